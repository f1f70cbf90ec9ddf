import { P12Signer } from '@libpdf/core';
import { AppError } from '../../platform/errors.js';
import { type CertificateFacts, describeCertificate } from './x509.js';

/** A PKCS#12 credential opened with its password: the signer and what its certificate says. */
export interface OpenedCredential {
  signer: P12Signer;
  certificate: Uint8Array;
  chain: Uint8Array[];
  facts: CertificateFacts;
}

function whyUnopenable(message: string): AppError {
  if (/no private key/i.test(message)) {
    return new AppError(400, 'pkcs12_without_key', 'Tệp chứng thư số không chứa khóa bí mật nên không dùng để ký được.', 'The PKCS#12 file holds no private key.', 'pkcs12Base64');
  }
  if (/integrity|password|decrypt|mac/i.test(message)) {
    return new AppError(400, 'pkcs12_wrong_password', 'Mật khẩu của tệp chứng thư số không đúng.', 'Wrong password for the PKCS#12 file.', 'password');
  }
  return new AppError(400, 'pkcs12_invalid', 'Tệp không phải chứng thư số dạng PKCS#12 (.p12, .pfx) hợp lệ.', 'Not a valid PKCS#12 (.p12/.pfx) file.', 'pkcs12Base64');
}

/**
 * Opens a .p12/.pfx file as @libpdf/core will sign with it (legacy 3DES/RC2 files and AES ones
 * alike). Throws a 400 naming what is wrong: not PKCS#12, wrong password, no private key.
 */
export async function openPkcs12(bytes: Uint8Array, password: string): Promise<OpenedCredential> {
  let signer: P12Signer;
  try {
    signer = await P12Signer.create(bytes, password);
  } catch (error) {
    throw whyUnopenable((error as Error).message);
  }
  return { signer, certificate: signer.certificate, chain: signer.certificateChain, facts: describeCertificate(signer.certificate) };
}

/**
 * Throws unless the certificate is valid at `at`: a result signed outside its validity is
 * worthless. 400 when an administrator hands in such a file, 409 when an approval meets one.
 */
export function assertCertificateCurrent(facts: CertificateFacts, at: Date, status: 400 | 409, field?: string): void {
  const day = (value: Date) => value.toISOString().slice(0, 10);
  if (at.getTime() > facts.notAfter.getTime()) {
    throw new AppError(
      status,
      'signing_certificate_expired',
      `Chứng thư số "${facts.commonName}" đã hết hạn từ ngày ${day(facts.notAfter)}; đề nghị quản trị hệ thống cập nhật chứng thư số mới.`,
      `The signing certificate "${facts.commonName}" expired on ${day(facts.notAfter)}; an administrator must configure a new one.`,
      field,
    );
  }
  if (at.getTime() < facts.notBefore.getTime()) {
    throw new AppError(
      status,
      'signing_certificate_not_yet_valid',
      `Chứng thư số "${facts.commonName}" chỉ có hiệu lực từ ngày ${day(facts.notBefore)}.`,
      `The signing certificate "${facts.commonName}" is valid only from ${day(facts.notBefore)}.`,
      field,
    );
  }
}
