import type { SigningCertificate } from '@motcua/core';
import type { Config } from '../../config.js';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { decodeBase64 } from '../../platform/base64.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { AGENCY, assertAdministers, lineage } from '../agencies/index.js';
import { type OpenedCredential, assertCertificateCurrent, openPkcs12 } from './pkcs12.js';
import { assertTrusted, readTrustAnchors } from './trust.js';
import { type CredentialVault, createVault } from './vault.js';
import { type CertificateFacts, describeCertificate, toPem } from './x509.js';
import { authorize } from '../../platform/rule-book.js';

/**
 * Each agency signs its results with its own PKCS#12 credential. The file and its password are
 * sealed at rest and never leave the server; the API shows only the certificate.
 */

interface CredentialRow {
  id: string;
  agency_id: string;
  sealed_secret: Uint8Array;
  certificate: Uint8Array;
  chain: Uint8Array[];
  configured_at: Date;
}

/** What a stored credential's sealed secret holds. */
interface Secret {
  pkcs12: string;
  password: string;
}


function view(row: CredentialRow, now: Date): SigningCertificate {
  const facts = describeCertificate(row.certificate);
  return {
    id: row.id,
    agencyId: row.agency_id,
    subject: facts.subject,
    commonName: facts.commonName,
    issuer: facts.issuer,
    serialNumber: facts.serialNumber,
    notBefore: facts.notBefore.toISOString(),
    notAfter: facts.notAfter.toISOString(),
    fingerprintSha256: facts.fingerprintSha256,
    configuredAt: row.configured_at.toISOString(),
    expired: facts.notAfter.getTime() < now.getTime(),
  };
}

async function currentRow(db: Queryable, agencyId: string): Promise<CredentialRow | undefined> {
  const { rows } = await db.query<CredentialRow>(
    'SELECT id, agency_id, sealed_secret, certificate, chain, configured_at FROM signing_credentials WHERE agency_id = $1 AND retired_at IS NULL',
    [agencyId],
  );
  return rows[0];
}

/** A credential opened for signing: which one it is, the signer, and the certificate's facts. */
export interface ActiveCredential extends OpenedCredential {
  id: string;
}

/** The server's signing equipment: the vault that seals credentials, and credentials opened recently. */
export interface Signing {
  vault: CredentialVault;
  /** Where anyone checks a signed result: `<public url>/verify/<code>`, what its QR code holds. */
  verificationUrl(code: string): string;
  /** The agency's credential, opened and checked valid at `at`; a 409 says why it cannot sign. */
  activeCredential(db: Queryable, agencyId: string, at: Date): Promise<ActiveCredential>;
  /** The root certificates agencies' certificates must chain to: MOTCUA_TRUST_ANCHORS's, then the demo CA while the demo is on. */
  trustAnchors(db: Queryable): Promise<Uint8Array[]>;
  /** Opens a sealed PKCS#12 credential (an agency's or an officer's); `id` names its row, which never changes. */
  openSealed(id: string, sealed: Uint8Array): Promise<OpenedCredential>;
}

/** A PKCS#12 file and its password, sealed for the database. */
export const sealPkcs12 = (vault: CredentialVault, pkcs12: Uint8Array, password: string) =>
  vault.seal(Buffer.from(JSON.stringify({ pkcs12: Buffer.from(pkcs12).toString('base64'), password } satisfies Secret)));

const noCredential = () =>
  new AppError(
  409,
  'signing_certificate_missing',
  'Cơ quan chưa được cấu hình chứng thư số để ký kết quả giải quyết; đề nghị quản trị hệ thống cập nhật chứng thư số của cơ quan.',
  'The agency has no signing certificate for results; an administrator must configure one.',
);

const unusableCredential = () =>
  new AppError(
  409,
  'signing_credential_unusable',
  'Không mở được chứng thư số của cơ quan (sai mật khẩu hoặc tệp hỏng); đề nghị quản trị hệ thống cấu hình lại chứng thư số.',
  'The agency’s signing credential cannot be opened (wrong password or damaged file); an administrator must configure it again.',
);

/** The demo's CA, recorded when the demo province was seeded (demo-ca.ts); none in production. */
async function demoAuthorities(db: Queryable): Promise<Uint8Array[]> {
  const { rows } = await db.query<{ certificate: Uint8Array }>('SELECT certificate FROM demo_certification_authorities ORDER BY created_at, fingerprint_sha256');
  return rows.map((row) => new Uint8Array(row.certificate));
}

export function createSigning(config: Pick<Config, 'credentialKey' | 'dataDir' | 'publicUrl' | 'seedDemo' | 'trustAnchorsPath'>): Signing {
  const vault = createVault(config);
  const configuredAnchors = config.trustAnchorsPath ? readTrustAnchors(config.trustAnchorsPath) : [];
  // A credential row never changes (a new file is a new row), so an opened one can be kept: opening
  // a PKCS#12 file derives keys from its password, which takes a noticeable moment.
  const opened = new Map<string, Promise<OpenedCredential>>();
  const openSealed = (id: string, sealed: Uint8Array) => {
    let credential = opened.get(id);
    if (!credential) {
      credential = (async () => {
        const secret = JSON.parse(vault.open(Buffer.from(sealed)).toString('utf8')) as Secret;
        return openPkcs12(Buffer.from(secret.pkcs12, 'base64'), secret.password);
      })();
      opened.set(id, credential);
      credential.catch(() => opened.delete(id));
    }
    return credential;
  };
  const open = (row: CredentialRow) => openSealed(row.id, row.sealed_secret);
  return {
    vault,
    verificationUrl: (code) => `${config.publicUrl}/verify/${code}`,
    async activeCredential(db, agencyId, at) {
      const row = await currentRow(db, agencyId);
      if (!row) throw noCredential();
      const credential = await open(row).catch(() => {
        throw unusableCredential();
      });
      assertCertificateCurrent(credential.facts, at, 409);
      return { id: row.id, ...credential };
    },
    async trustAnchors(db) {
      return [...configuredAnchors, ...(config.seedDemo ? await demoAuthorities(db) : [])];
    },
    openSealed,
  };
}

/** Stores a credential as the agency's current one, retiring the one before. */
export async function storeCredential(
  tx: Queryable,
  vault: CredentialVault,
  agencyId: string,
  input: { pkcs12: Uint8Array; password: string; opened: Pick<OpenedCredential, 'certificate' | 'chain' | 'facts'>; configuredBy: string | null },
): Promise<string> {
  const { facts } = input.opened;
  await tx.query('UPDATE signing_credentials SET retired_at = now() WHERE agency_id = $1 AND retired_at IS NULL', [agencyId]);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO signing_credentials (agency_id, sealed_secret, certificate, chain, subject, issuer, serial_number, not_before, not_after,
                                      fingerprint_sha256, configured_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      agencyId,
      sealPkcs12(vault, input.pkcs12, input.password),
      Buffer.from(input.opened.certificate),
      input.opened.chain.map((der) => Buffer.from(der)),
      facts.subject,
      facts.issuer,
      facts.serialNumber,
      facts.notBefore,
      facts.notAfter,
      facts.fingerprintSha256,
      input.configuredBy,
    ],
  );
  return rows[0]!.id;
}

const auditedFacts = (facts: CertificateFacts) => ({
  subject: facts.subject,
  issuer: facts.issuer,
  serialNumber: facts.serialNumber,
  notAfter: facts.notAfter.toISOString(),
  fingerprintSha256: facts.fingerprintSha256,
});

/**
 * An administrator hands in an agency's .p12/.pfx file and its password: it must open, hold a
 * private key, its certificate must be valid now and chain to a trust anchor of the installation
 * (through the intermediates the file carries). It replaces the agency's credential.
 */
export async function configureCredential(
  ctx: { db: Database; signing: Signing; now: () => Date },
  actor: Actor & { kind: 'officer' },
  agencyId: string,
  input: { pkcs12Base64: string; password: string },
): Promise<SigningCertificate> {
  await assertAdministers(ctx.db, actor.officer, agencyId);
  const pkcs12 = decodeBase64(input.pkcs12Base64, 'pkcs12Base64');
  const opened = await openPkcs12(pkcs12, input.password);
  assertCertificateCurrent(opened.facts, ctx.now(), 400, 'pkcs12Base64');
  assertTrusted(opened, await ctx.signing.trustAnchors(ctx.db), ctx.now());
  await ctx.db.transaction(async (tx) => {
    await storeCredential(tx, ctx.signing.vault, agencyId, { pkcs12, password: input.password, opened, configuredBy: actor.officer.id });
    await appendAudit(tx, actor, { action: 'signing_credential.configure', entityType: 'agency', entityId: agencyId, details: auditedFacts(opened.facts) });
  });
  return (await describeCredential(ctx, actor, agencyId))!;
}

/** The agency's current certificate, for its administrators and leaders. */
export async function describeCredential(ctx: { db: Database; now: () => Date }, actor: Actor & { kind: 'officer' }, agencyId: string): Promise<SigningCertificate> {
  const chain = await lineage(ctx.db, agencyId);
  if (chain.length === 0) throw notFound(AGENCY);
  authorize(actor.officer, 'see-signing-credential', chain);
  const row = await currentRow(ctx.db, agencyId);
  if (!row) throw notFound({ vi: 'chứng thư số của cơ quan', en: 'Signing certificate' });
  return view(row, ctx.now());
}

/** Takes the agency's credential out of use (a compromised key, a departed signer); it is kept for the record. */
export async function retireCredential(ctx: { db: Database }, actor: Actor & { kind: 'officer' }, agencyId: string): Promise<void> {
  await assertAdministers(ctx.db, actor.officer, agencyId);
  await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ certificate: Uint8Array }>(
      'UPDATE signing_credentials SET retired_at = now() WHERE agency_id = $1 AND retired_at IS NULL RETURNING certificate',
      [agencyId],
    );
    if (!rows[0]) throw notFound({ vi: 'chứng thư số của cơ quan', en: 'Signing certificate' });
    await appendAudit(tx, actor, { action: 'signing_credential.retire', entityType: 'agency', entityId: agencyId, details: auditedFacts(describeCertificate(rows[0].certificate)) });
  });
}

/**
 * The installation's trust anchors in PEM, what a reader adds to a trust store to see signed
 * results as trusted. Never a certificate an agency uploaded: those chain to these.
 */
export async function trustBundlePem(ctx: { db: Queryable; signing: Signing }): Promise<string> {
  const anchors = await ctx.signing.trustAnchors(ctx.db);
  if (anchors.length === 0) throw notFound({ vi: 'chứng thư số gốc', en: 'Root certificate' });
  return anchors.map((der) => toPem(der)).join('');
}
