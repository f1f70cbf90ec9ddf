import { randomBytes, type webcrypto } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { type Signing, storeCredential } from './credentials.js';
import { describeCertificate, generateKeyPair, generateRsaKeyPair, issueCertificate, writePkcs12 } from './x509.js';

/**
 * A certification authority for trying MotCua out: it issues every agency a document-signing
 * certificate whose subject is the agency's Vietnamese name, so that signed results verify as
 * trusted once its certificate (GET /api/public/signing-ca.pem) is added to a trust store; while the
 * demo is on (MOTCUA_DEMO) it is also a trust anchor agencies' uploaded certificates may chain to. Made in
 * pure JavaScript at seed time: no openssl needed, on Windows neither.
 */
export const DEMO_CA_NAME = 'Cơ quan chứng thực chữ ký số MotCua (thử nghiệm)';

/** Certificates name the agency in full: `UBND xã Hòa Bình` → `Ủy ban nhân dân xã Hòa Bình`. */
export const officialName = (name: string) => name.normalize('NFC').replace(/^UBND\s+/u, 'Ủy ban nhân dân ');

export interface DemoAgency {
  id: string;
  name: string;
  /** The province the agency is in, for the certificate's ST attribute. */
  province: string;
}

export interface DemoCredential {
  agencyId: string;
  pkcs12: Uint8Array;
  password: string;
  /** The agency's certificate inside the file, and the CA's. */
  certificate: Uint8Array;
  chain: Uint8Array[];
}

export interface DemoAuthority {
  certificate: Uint8Array;
  credentials: DemoCredential[];
  /** The CA's key, kept in memory to issue officers' personal certificates (issueOfficerCertificate). */
  privateKey: webcrypto.CryptoKey;
}

/** An officer whose personal certificate the demo CA issues: their name, and the agency and province they work in. */
export interface DemoOfficer {
  fullName: string;
  agencyName: string;
  province: string;
}

/** An officer's personal key and certificate: for a PKCS#12 file the installation holds, or for a remote signing service's account. */
export interface OfficerCertificate {
  privateKey: webcrypto.CryptoKey;
  certificate: Uint8Array;
  chain: Uint8Array[];
}

/**
 * An officer's personal signing certificate from the CA: their name as CN, the agency as O. RSA,
 * as remote signing services hold (they sign a bare hash, see simulator.ts).
 */
export async function issueOfficerCertificate(
  authority: Pick<DemoAuthority, 'certificate' | 'privateKey'>,
  officer: DemoOfficer,
  validity: { notBefore: Date; notAfter: Date },
): Promise<OfficerCertificate> {
  const keys = await generateRsaKeyPair();
  const certificate = await issueCertificate({
    subject: { country: 'VN', province: officer.province, organisation: officialName(officer.agencyName), commonName: officer.fullName.normalize('NFC') },
    publicKey: keys.publicKey,
    issuer: { certificate: authority.certificate, privateKey: authority.privateKey },
    ca: false,
    ...validity,
  });
  return { privateKey: keys.privateKey, certificate, chain: [authority.certificate] };
}

/** The officer's certificate as a PKCS#12 file with a fresh password, as an administrator uploads one. */
export async function officerPkcs12(issued: OfficerCertificate): Promise<{ pkcs12: Uint8Array; password: string }> {
  const password = randomBytes(12).toString('base64url');
  return { pkcs12: await writePkcs12({ privateKey: issued.privateKey, certificate: issued.certificate, chain: issued.chain, password }), password };
}

/** The CA and one PKCS#12 credential per agency, valid over `validity`. */
export async function createDemoAuthority(agencies: DemoAgency[], validity: { notBefore: Date; notAfter: Date }, caName = DEMO_CA_NAME): Promise<DemoAuthority> {
  const [caKeys, ...agencyKeys] = await Promise.all([generateKeyPair(), ...agencies.map(() => generateKeyPair())]);
  const certificate = await issueCertificate({
    subject: { country: 'VN', organisation: 'MotCua', commonName: caName },
    publicKey: caKeys!.publicKey,
    issuer: { selfKey: caKeys!.privateKey },
    ca: true,
    ...validity,
  });
  const credentials = await Promise.all(
    agencies.map(async (agency, index) => {
      const keys = agencyKeys[index]!;
      const name = officialName(agency.name);
      const issued = await issueCertificate({
        subject: { country: 'VN', province: agency.province, organisation: name, commonName: name },
        publicKey: keys.publicKey,
        issuer: { certificate, privateKey: caKeys!.privateKey },
        ca: false,
        ...validity,
      });
      const password = randomBytes(12).toString('base64url');
      const pkcs12 = await writePkcs12({ privateKey: keys.privateKey, certificate: issued, chain: [certificate], password });
      return { agencyId: agency.id, pkcs12, password, certificate: issued, chain: [certificate] };
    }),
  );
  return { certificate, credentials, privateKey: caKeys!.privateKey };
}

/**
 * Records the CA as the demo's trust anchor (trusted while the demo is on) and stores the
 * credentials as the agencies' current ones. They are not opened here: they were made a moment
 * ago, and opening a PKCS#12 file takes a while; the first signature at each agency opens it.
 */
export async function installDemoAuthority(tx: Queryable, signing: Signing, authority: Pick<DemoAuthority, 'certificate' | 'credentials'>): Promise<void> {
  await trustDemoAuthority(tx, authority.certificate);
  for (const { agencyId, pkcs12, password, certificate, chain } of authority.credentials) {
    const opened = { certificate, chain, facts: describeCertificate(certificate) };
    await storeCredential(tx, signing.vault, agencyId, { pkcs12, password, opened, configuredBy: null });
  }
}

/** Records a demo CA as trusted while the demo is on (the agencies' one, the simulated remote signing service's). */
export async function trustDemoAuthority(tx: Queryable, certificate: Uint8Array): Promise<void> {
  await tx.query('INSERT INTO demo_certification_authorities (fingerprint_sha256, certificate) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    describeCertificate(certificate).fingerprintSha256,
    Buffer.from(certificate),
  ]);
}
