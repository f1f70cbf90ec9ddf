import { type KeyObject, X509Certificate, createPrivateKey, sign, webcrypto } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { findAgency, rootAgencyIds } from '../agencies/index.js';
import { type Signing, generateKeyPair, issueCertificate, toPem } from '../signing/index.js';

/**
 * This installation as its peers know it: a name, a certificate they register, and the private key
 * that signs every package it sends. Made on first use (ECDSA P-256, self-signed for ten years: a
 * peer trusts the certificate an administrator registered, not a chain), the key sealed by the
 * credential vault so that a copy of the database alone cannot sign for the installation.
 */
export interface ExchangeIdentity {
  name: string;
  certificatePem: string;
  fingerprintSha256: string;
  privateKey: KeyObject;
}

interface IdentityRow {
  name: string;
  certificate_pem: string;
  fingerprint_sha256: string;
  sealed_private_key: Uint8Array;
}

/** The lowercase hex SHA-256 of the certificate's DER, as peers name each other in the signature headers. */
export const certificateFingerprint = (certificate: X509Certificate) => certificate.fingerprint256.replaceAll(':', '').toLowerCase();

const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;

async function installationName(db: Queryable): Promise<string> {
  const [rootId] = await rootAgencyIds(db);
  const root = rootId ? await findAgency(db, rootId) : undefined;
  return root ? `MotCua — ${root.name}` : 'MotCua';
}

async function createIdentity(db: Queryable, signing: Pick<Signing, 'vault'>, now: Date): Promise<void> {
  const name = await installationName(db);
  const keys = await generateKeyPair();
  const der = await issueCertificate({
    subject: { country: 'VN', organisation: name, commonName: name },
    publicKey: keys.publicKey,
    issuer: { selfKey: keys.privateKey },
    ca: false,
    notBefore: now,
    notAfter: new Date(now.getTime() + TEN_YEARS_MS),
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  await db.query(
    `INSERT INTO exchange_identity (name, certificate_pem, fingerprint_sha256, sealed_private_key) VALUES ($1, $2, $3, $4)
     ON CONFLICT (singleton) DO NOTHING`,
    [name, toPem(der), certificateFingerprint(new X509Certificate(der)), signing.vault.seal(pkcs8)],
  );
}

// The row never changes once written: its opened key is kept per database row (fingerprint).
const openedKeys = new Map<string, KeyObject>();

/** The identity, made in `db` (the caller's transaction, if any) when there is none yet. */
export async function exchangeIdentity(db: Queryable, signing: Pick<Signing, 'vault'>, now: Date): Promise<ExchangeIdentity> {
  const read = async () => (await db.query<IdentityRow>('SELECT name, certificate_pem, fingerprint_sha256, sealed_private_key FROM exchange_identity')).rows[0];
  let row = await read();
  if (!row) {
    await createIdentity(db, signing, now);
    row = (await read())!;
  }
  let privateKey = openedKeys.get(row.fingerprint_sha256);
  if (!privateKey) {
    privateKey = createPrivateKey({ key: signing.vault.open(Buffer.from(row.sealed_private_key)), format: 'der', type: 'pkcs8' });
    openedKeys.set(row.fingerprint_sha256, privateKey);
  }
  return { name: row.name, certificatePem: row.certificate_pem, fingerprintSha256: row.fingerprint_sha256, privateKey };
}

/** The detached signature of a package: ECDSA with SHA-256 over its exact bytes, DER, base64. */
export const signPackage = (identity: ExchangeIdentity, body: Uint8Array) => sign('sha256', body, identity.privateKey).toString('base64');
