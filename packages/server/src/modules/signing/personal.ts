import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { loadGrants } from '../../platform/authentication.js';
import { decodeBase64 } from '../../platform/base64.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertAdministersEvery, lineage } from '../agencies/index.js';
import { authorize } from '../../platform/rule-book.js';
import { type Signing, sealPkcs12 } from './credentials.js';
import { checkPng } from './images.js';
import { assertCertificateCurrent, openPkcs12 } from './pkcs12.js';
import { type RemoteAccount, fetchRemoteCertificate, remoteSigner } from './remote.js';
import { type DocumentSigner, heldSigner } from './signer.js';
import { assertTrusted } from './trust.js';
import { type CertificateFacts, describeCertificate } from './x509.js';

/**
 * Officers' personal signatures: the certificate each signs with in their own name, either a
 * PKCS#12 file the installation holds (sealed in the vault like the agencies' credentials) or an
 * account at a remote signing service, configured by an administrator of the officer's agencies;
 * and the images of visible signatures (an officer's handwriting, an agency's seal).
 */

export const OFFICER = { vi: 'cán bộ', en: 'Officer' };
const NO_PERSONAL_SIGNING = { vi: 'cấu hình ký số cá nhân của cán bộ', en: 'Personal signing configuration' };

export type SigningMethod = 'pkcs12' | 'remote';

interface MethodRow {
  id: string;
  officer_id: string;
  method: SigningMethod;
  sealed_secret: Uint8Array | null;
  service_url: string | null;
  account_id: string | null;
  certificate: Uint8Array;
  chain: Uint8Array[];
  configured_at: Date;
}

/** How the officer signs, and the certificate they sign with (its facts, times as ISO strings). */
export type OfficerSigningView = Pick<CertificateFacts, 'subject' | 'commonName' | 'issuer' | 'fingerprintSha256'> & {
  officerId: string;
  method: SigningMethod;
  /** The remote service and the officer's account there; null for a PKCS#12 file. */
  remote: RemoteAccount | null;
  notAfter: string;
  configuredAt: string;
};

type Ctx = { db: Database; signing: Signing; now: () => Date };

async function currentMethod(db: Queryable, officerId: string): Promise<MethodRow | undefined> {
  const { rows } = await db.query<MethodRow>(
    `SELECT id, officer_id, method, sealed_secret, service_url, account_id, certificate, chain, configured_at
       FROM officer_signing_methods WHERE officer_id = $1 AND retired_at IS NULL`,
    [officerId],
  );
  return rows[0];
}

/** Only an administrator of every agency the officer holds a role at configures how they sign. */
async function assertAdministersOfficer(db: Queryable, actor: Actor & { kind: 'officer' }, officerId: string): Promise<void> {
  const grants = await loadGrants(db, officerId);
  if (grants.length === 0) throw notFound(OFFICER);
  await assertAdministersEvery(db, actor.officer, grants.map((grant) => grant.agencyId));
}

/** The officer themself, or such an administrator, sees how they sign and their signature image. */
async function assertSeesOfficerSigning(db: Queryable, actor: Actor & { kind: 'officer' }, officerId: string): Promise<void> {
  const grants = await loadGrants(db, officerId);
  if (grants.length === 0) throw notFound(OFFICER);
  const lineages = await Promise.all([...new Set(grants.map((grant) => grant.agencyId))].map((agencyId) => lineage(db, agencyId)));
  authorize(actor.officer, 'officer-signing', { officerId, lineages });
}

function view(row: MethodRow): OfficerSigningView {
  const facts = describeCertificate(row.certificate);
  return {
    officerId: row.officer_id,
    method: row.method,
    remote: row.method === 'remote' ? { serviceUrl: row.service_url!, accountId: row.account_id! } : null,
    subject: facts.subject,
    commonName: facts.commonName,
    issuer: facts.issuer,
    notAfter: facts.notAfter.toISOString(),
    fingerprintSha256: facts.fingerprintSha256,
    configuredAt: row.configured_at.toISOString(),
  };
}

type StoredMethod = { method: 'pkcs12'; sealed: Buffer } | { method: 'remote'; account: RemoteAccount };
type HeldCertificate = { certificate: Uint8Array; chain: Uint8Array[]; facts: CertificateFacts };

/** The officer's signing method from now on, their previous one retired. */
async function insertMethod(tx: Queryable, officerId: string, method: StoredMethod, { certificate, chain, facts }: HeldCertificate, configuredBy: string | null): Promise<void> {
  const remote = method.method === 'remote' ? method.account : undefined;
  await tx.query('UPDATE officer_signing_methods SET retired_at = now() WHERE officer_id = $1 AND retired_at IS NULL', [officerId]);
  await tx.query(
    `INSERT INTO officer_signing_methods (officer_id, method, sealed_secret, service_url, account_id, certificate, chain, subject, fingerprint_sha256,
                                          not_before, not_after, configured_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      officerId,
      method.method,
      method.method === 'pkcs12' ? method.sealed : null,
      remote?.serviceUrl ?? null,
      remote?.accountId ?? null,
      Buffer.from(certificate),
      chain.map((der) => Buffer.from(der)),
      facts.subject,
      facts.fingerprintSha256,
      facts.notBefore,
      facts.notAfter,
      configuredBy,
    ],
  );
}

/**
 * A PKCS#12 file made a moment ago for the officer (the demo's leaders, demo-ca.ts), stored without
 * the checks an uploaded one goes through: opening it again would only take time.
 */
export async function installOfficerPkcs12(tx: Queryable, signing: Signing, officerId: string, file: { pkcs12: Uint8Array; password: string; certificate: Uint8Array; chain: Uint8Array[] }): Promise<void> {
  const held = { certificate: file.certificate, chain: file.chain, facts: describeCertificate(file.certificate) };
  await insertMethod(tx, officerId, { method: 'pkcs12', sealed: sealPkcs12(signing.vault, file.pkcs12, file.password) }, held, null);
}

async function storeMethod(ctx: Ctx, actor: Actor & { kind: 'officer' }, officerId: string, method: StoredMethod, certificate: HeldCertificate): Promise<OfficerSigningView> {
  const { facts } = certificate;
  assertCertificateCurrent(facts, ctx.now(), 400, method.method === 'pkcs12' ? 'pkcs12Base64' : 'accountId');
  assertTrusted(certificate, await ctx.signing.trustAnchors(ctx.db), ctx.now());
  const remote = method.method === 'remote' ? method.account : undefined;
  await ctx.db.transaction(async (tx) => {
    await insertMethod(tx, officerId, method, certificate, actor.officer.id);
    await appendAudit(tx, actor, {
      action: 'officer_signing.configure',
      entityType: 'officer',
      entityId: officerId,
      details: { method: method.method, ...(remote ?? {}), subject: facts.subject, issuer: facts.issuer, fingerprintSha256: facts.fingerprintSha256 },
    });
  });
  return view((await currentMethod(ctx.db, officerId))!);
}

/** An administrator hands in the officer's own .p12/.pfx and its password: it must open, be valid now and chain to a trust anchor. */
export async function configureOfficerPkcs12(ctx: Ctx, actor: Actor & { kind: 'officer' }, officerId: string, input: { pkcs12Base64: string; password: string }) {
  await assertAdministersOfficer(ctx.db, actor, officerId);
  const pkcs12 = decodeBase64(input.pkcs12Base64, 'pkcs12Base64');
  const opened = await openPkcs12(pkcs12, input.password);
  return storeMethod(ctx, actor, officerId, { method: 'pkcs12', sealed: sealPkcs12(ctx.signing.vault, pkcs12, input.password) }, opened);
}

/**
 * An administrator names the officer's account at a remote signing service: the service is asked
 * for the account's certificate, which must be valid now and chain to a trust anchor.
 */
export async function configureOfficerRemote(ctx: Ctx, actor: Actor & { kind: 'officer' }, officerId: string, account: RemoteAccount) {
  await assertAdministersOfficer(ctx.db, actor, officerId);
  const fetched = await fetchRemoteCertificate(account);
  return storeMethod(ctx, actor, officerId, { method: 'remote', account }, { ...fetched, facts: describeCertificate(fetched.certificate) });
}

/** How the officer signs, for the officer themself and their administrators. */
export async function describeOfficerSigning(ctx: { db: Database }, actor: Actor & { kind: 'officer' }, officerId: string): Promise<OfficerSigningView> {
  await assertSeesOfficerSigning(ctx.db, actor, officerId);
  const row = await currentMethod(ctx.db, officerId);
  if (!row) throw notFound(NO_PERSONAL_SIGNING);
  return view(row);
}

/** The signer of the officer's personal signature at `at`, or undefined when none is configured. */
export async function officerSigner(ctx: { db: Queryable; signing: Signing }, officerId: string, at: Date): Promise<{ method: SigningMethod; signer: DocumentSigner } | undefined> {
  const row = await currentMethod(ctx.db, officerId);
  if (!row) return undefined;
  assertCertificateCurrent(describeCertificate(row.certificate), at, 409);
  if (row.method === 'remote') {
    return { method: 'remote', signer: remoteSigner({ serviceUrl: row.service_url!, accountId: row.account_id! }, row.certificate, row.chain) };
  }
  const opened = await ctx.signing.openSealed(row.id, row.sealed_secret!).catch(() => {
    throw new AppError(
      409,
      'signing_credential_unusable',
      'Không mở được chứng thư số cá nhân của cán bộ (sai mật khẩu hoặc tệp hỏng); đề nghị quản trị hệ thống cấu hình lại.',
      'The officer’s personal signing credential cannot be opened (wrong password or damaged file); an administrator must configure it again.',
    );
  });
  return { method: 'pkcs12', signer: heldSigner(opened) };
}

export type ImageOwner = { kind: 'officer'; officerId: string } | { kind: 'agency'; agencyId: string };

const ownerId = (owner: ImageOwner) => (owner.kind === 'officer' ? owner.officerId : owner.agencyId);

/**
 * An administrator uploads an officer's handwritten signature or an agency's seal (PNG). It
 * replaces the one before; the audit keeps the upload's facts.
 */
export async function storeSignatureImage(ctx: { db: Database }, actor: Actor & { kind: 'officer' }, owner: ImageOwner, pngBase64: string) {
  if (owner.kind === 'officer') await assertAdministersOfficer(ctx.db, actor, owner.officerId);
  else await assertAdministersEvery(ctx.db, actor.officer, [owner.agencyId]);
  const png = decodeBase64(pngBase64, 'pngBase64');
  const { width, height } = checkPng(png, 'pngBase64');
  await ctx.db.transaction(async (tx) => {
    await putSignatureImage(tx, owner, png, actor.officer.id);
    await appendAudit(tx, actor, {
      action: owner.kind === 'officer' ? 'signature_image.upload' : 'seal_image.upload',
      entityType: owner.kind,
      entityId: ownerId(owner),
      details: { width, height, bytes: png.length },
    });
  });
  return { width, height };
}

/** Stores the image as the owner's current one (the demo seed draws them; administrators upload them). */
export async function putSignatureImage(tx: Queryable, owner: ImageOwner, png: Uint8Array, uploadedBy: string | null): Promise<void> {
  const { width, height } = checkPng(png, 'pngBase64');
  await tx.query(
    `INSERT INTO signature_images (owner_kind, owner_id, png, width, height, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (owner_kind, owner_id) DO UPDATE SET png = EXCLUDED.png, width = EXCLUDED.width, height = EXCLUDED.height,
       uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()`,
    [owner.kind, ownerId(owner), Buffer.from(png), width, height, uploadedBy],
  );
}

/** The owner's current image, if one was uploaded. */
export async function signatureImage(db: Queryable, owner: ImageOwner): Promise<Uint8Array | undefined> {
  const { rows } = await db.query<{ png: Uint8Array }>('SELECT png FROM signature_images WHERE owner_kind = $1 AND owner_id = $2', [owner.kind, ownerId(owner)]);
  return rows[0] ? new Uint8Array(rows[0].png) : undefined;
}

/** The officer's signature image, for them and their administrators. */
export async function officerSignatureImage(ctx: { db: Database }, actor: Actor & { kind: 'officer' }, officerId: string): Promise<Uint8Array> {
  await assertSeesOfficerSigning(ctx.db, actor, officerId);
  const png = await signatureImage(ctx.db, { kind: 'officer', officerId });
  if (!png) throw notFound({ vi: 'ảnh chữ ký của cán bộ', en: 'Signature image' });
  return png;
}
