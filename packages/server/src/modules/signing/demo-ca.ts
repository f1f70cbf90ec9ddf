import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { type Signing, storeCredential } from './credentials.js';
import { describeCertificate, generateKeyPair, issueCertificate, writePkcs12 } from './x509.js';

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
}

/** The CA and one PKCS#12 credential per agency, valid over `validity`. */
export async function createDemoAuthority(agencies: DemoAgency[], validity: { notBefore: Date; notAfter: Date }): Promise<DemoAuthority> {
  const [caKeys, ...agencyKeys] = await Promise.all([generateKeyPair(), ...agencies.map(() => generateKeyPair())]);
  const certificate = await issueCertificate({
    subject: { country: 'VN', organisation: 'MotCua', commonName: DEMO_CA_NAME },
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
  return { certificate, credentials };
}

/**
 * Records the CA as the demo's trust anchor (trusted while the demo is on) and stores the
 * credentials as the agencies' current ones. They are not opened here: they were made a moment
 * ago, and opening a PKCS#12 file takes a while; the first signature at each agency opens it.
 */
export async function installDemoAuthority(tx: Queryable, signing: Signing, authority: DemoAuthority): Promise<void> {
  await tx.query('INSERT INTO demo_certification_authorities (fingerprint_sha256, certificate) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    describeCertificate(authority.certificate).fingerprintSha256,
    Buffer.from(authority.certificate),
  ]);
  for (const { agencyId, pkcs12, password, certificate, chain } of authority.credentials) {
    const opened = { certificate, chain, facts: describeCertificate(certificate) };
    await storeCredential(tx, signing.vault, agencyId, { pkcs12, password, opened, configuredBy: null });
  }
}
