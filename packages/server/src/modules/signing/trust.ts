import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '../../platform/errors.js';
import type { CertificateFacts } from './x509.js';

/**
 * Trust anchors: the root certificates an installation accepts agencies' signing certificates
 * from (the national root in production, the demo CA in the demo). They are configuration, never
 * what an agency's administrator uploads, and they are all the public trust bundle serves.
 */

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

/** The certificates of a PEM file (MOTCUA_TRUST_ANCHORS), in DER; refuses a file without one. */
export function readTrustAnchors(path: string): Uint8Array[] {
  const anchors = [...readFileSync(path, 'utf8').matchAll(PEM_CERTIFICATE)].map((match) => new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64')));
  if (anchors.length === 0) throw new Error(`MOTCUA_TRUST_ANCHORS: ${path} holds no PEM certificate`);
  for (const der of anchors) new X509Certificate(der);
  return anchors;
}

/** Certificates between the agency's and an anchor; more than this is no chain anyone issues. */
const MAX_INTERMEDIATES = 8;

const validAt = (certificate: X509Certificate, at: Date) => new Date(certificate.validFrom) <= at && at <= new Date(certificate.validTo);
const issuedBy = (child: X509Certificate, issuer: X509Certificate) => child.checkIssued(issuer) && child.verify(issuer.publicKey);

/**
 * Whether the certificate chains to one of the anchors at `at`, through the CA certificates the
 * PKCS#12 file carries: each link's signature verified with its issuer's key, every certificate on
 * the way (the anchor included) valid at that time, every intermediate a CA.
 */
export function chainsToAnchor(certificate: Uint8Array, offered: readonly Uint8Array[], anchors: readonly Uint8Array[], at: Date): boolean {
  const trusted = anchors.map((der) => new X509Certificate(der)).filter((anchor) => validAt(anchor, at));
  const intermediates = offered.map((der) => new X509Certificate(der)).filter((candidate) => candidate.ca && validAt(candidate, at));
  let current = new X509Certificate(certificate);
  if (!validAt(current, at)) return false;
  for (let depth = 0; depth <= MAX_INTERMEDIATES; depth++) {
    const link = current;
    if (trusted.some((anchor) => anchor.fingerprint256 === link.fingerprint256 || issuedBy(link, anchor))) return true;
    const issuer = intermediates.find((candidate) => candidate.fingerprint256 !== link.fingerprint256 && issuedBy(link, candidate));
    if (!issuer) return false;
    current = issuer;
  }
  return false;
}

/** 400 for an uploaded PKCS#12 file whose certificate does not chain to an anchor of the installation. */
export function assertTrusted(opened: { certificate: Uint8Array; chain: readonly Uint8Array[]; facts: CertificateFacts }, anchors: readonly Uint8Array[], at: Date): void {
  if (chainsToAnchor(opened.certificate, opened.chain, anchors, at)) return;
  throw new AppError(
    400,
    'signing_certificate_untrusted',
    `Chứng thư số "${opened.facts.commonName}" (do "${opened.facts.issuer}" cấp) không dẫn tới chứng thư số gốc mà hệ thống tin cậy, ` +
      'hoặc có chứng thư trong chuỗi sai chữ ký hay hết hạn; đề nghị dùng chứng thư số do tổ chức cung cấp dịch vụ chứng thực chữ ký số được hệ thống công nhận cấp, kèm các chứng thư trung gian.',
    `The certificate "${opened.facts.commonName}" (issued by "${opened.facts.issuer}") does not chain to a trust anchor of this installation, ` +
      'or a certificate on the way has a bad signature or is out of its validity; use one issued by a recognised certification authority, with its intermediates.',
    'pkcs12Base64',
  );
}
