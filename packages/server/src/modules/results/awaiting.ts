import { REMOTE_SIGNATURE_FAILURES, isSettled } from '@motcua/core';
import { PDF } from '@libpdf/core';
import type { AppContext } from '../../app-context.js';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { loadGrants } from '../../platform/authentication.js';
import { AppError, notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { findAgency } from '../agencies/index.js';
import { type ActionInput, type AwaitingSignature, DOSSIER, type DeferApproval, type SignResult, actOnDossier, assertOfficerSees, findDossierAtStep } from '../dossiers/index.js';
import { type PreparedSignature, type Signing, finishPdf, officerSigner, recordRemoteRequest, settleRemoteRequest, signPdf } from '../signing/index.js';
import { type DraftedResult, draftResult, recordSignedResult } from './issue.js';
import { resultClaims } from './render.js';
import type { BlobStore } from '../../platform/blob-store/index.js';

/**
 * Approvals by a leader who signs through a remote signing service. Approving prepares the result
 * and sends its hash to the service; the dossier stays exactly as it was while the leader confirms
 * on their phone. When the signature arrives, the approval is carried out as any other, in one
 * transaction with the signed result; if the leader refuses, or the time runs out, or the dossier
 * moved on meanwhile, nothing of the approval is written and the reason is kept for the leader.
 */

type AwaitingState = 'awaiting' | 'approved' | 'failed';

interface AwaitingRow {
  id: string;
  remote_request_id: string;
  dossier_id: string;
  dossier_version: number;
  approving_agency_id: string;
  officer_id: string;
  action_input: ActionInput;
  prepared: StoredPreparation;
  unsigned_pdf: Uint8Array;
  state: AwaitingState;
  failure_code: FailureCode | null;
  failure_reason: string | null;
  requested_at: Date;
  settled_at: Date | null;
}

/** What is kept, besides the unsigned PDF, to finish the signature and record the result exactly as prepared. */
interface StoredPreparation {
  claims: Omit<PreparedSignature['claims'], 'signingTime'> & { signingTime: string };
  certificate: string;
  chain: string[];
  digest: string;
  ticket: { serviceUrl: string; accountId: string; transactionId: string; expiresAt: string };
  drafted: Omit<DraftedResult, 'unsigned' | 'stamp'> & { stamp: Omit<DraftedResult['stamp'], 'signedAt'> & { signedAt: string } };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

function store(prepared: PreparedSignature, drafted: DraftedResult): StoredPreparation {
  return {
    claims: { ...prepared.claims, signingTime: prepared.claims.signingTime.toISOString() },
    certificate: b64(prepared.certificate),
    chain: prepared.chain.map(b64),
    digest: prepared.digest,
    ticket: { ...prepared.ticket, expiresAt: prepared.ticket.expiresAt.toISOString() },
    drafted: { source: drafted.source, sourceFileId: drafted.sourceFileId, stamp: { ...drafted.stamp, signedAt: drafted.stamp.signedAt.toISOString() } },
  };
}

function restore(row: AwaitingRow): { prepared: PreparedSignature; drafted: DraftedResult } {
  const stored = row.prepared;
  const unsigned = new Uint8Array(row.unsigned_pdf);
  return {
    prepared: {
      unsigned,
      claims: { ...stored.claims, signingTime: new Date(stored.claims.signingTime) },
      certificate: bytes(stored.certificate),
      chain: stored.chain.map(bytes),
      digest: stored.digest,
      ticket: { ...stored.ticket, expiresAt: new Date(stored.ticket.expiresAt) },
    },
    drafted: { ...stored.drafted, unsigned, stamp: { ...stored.drafted.stamp, signedAt: new Date(stored.drafted.stamp.signedAt) } },
  };
}

const SELECT_AWAITING = `SELECT id, remote_request_id, dossier_id, dossier_version, approving_agency_id, officer_id, action_input, prepared, unsigned_pdf,
                                state, failure_code, failure_reason, requested_at, settled_at FROM approvals_awaiting_signature`;

/** The approval still waiting, else the one settled last (several may be asked within the same instant). */
async function latestFor(db: Queryable, dossierId: string): Promise<AwaitingRow | undefined> {
  const { rows } = await db.query<AwaitingRow>(
    `${SELECT_AWAITING} WHERE dossier_id = $1 ORDER BY state = 'awaiting' DESC, requested_at DESC, settled_at DESC LIMIT 1`,
    [dossierId],
  );
  return rows[0];
}

async function byId(db: Queryable, id: string): Promise<AwaitingRow> {
  const { rows } = await db.query<AwaitingRow>(`${SELECT_AWAITING} WHERE id = $1`, [id]);
  return rows[0]!;
}

const awaitingView = (row: AwaitingRow): AwaitingSignature => ({ id: row.id, requestedAt: iso(row.requested_at)!, expiresAt: iso(new Date(row.prepared.ticket.expiresAt))! });

const alreadyAwaiting = () =>
  new AppError(
    409,
    'signature_pending',
    'Hồ sơ đang chờ người ký xác nhận ký số trên điện thoại; không thể phê duyệt lại cho đến khi có kết quả.',
    'The dossier is waiting for the signer to confirm the signature on their phone; it cannot be approved again until then.',
  );

/** Lends the dossier lifecycle the waiting for remote signatures (app.ts wires it in). */
export const remoteApproval =
  (deps: { blobs: BlobStore; signing: Signing }): DeferApproval =>
  async ({ db, now, actor, dossier, approvingAgencyId, definition, input }) => {
    const personal = await officerSigner({ db, signing: deps.signing }, actor.officer.id, now);
    if (personal?.method !== 'remote') return undefined;
    if ((await latestFor(db, dossier.id))?.state === 'awaiting') throw alreadyAwaiting();
    const agency = (await findAgency(db, approvingAgencyId))!;
    const drafted = await draftResult({ db, blobs: deps.blobs, now, verificationUrl: deps.signing.verificationUrl }, actor, dossier, agency, definition, input.resultFileId, 'personal');
    const outcome = await signPdf(drafted.unsigned, personal.signer, resultClaims(drafted.stamp));
    if (!('awaiting' in outcome)) throw new Error('A remote signer signs later');
    const prepared = outcome.awaiting;
    const row = await db.transaction(async (tx) => {
      const requestId = await recordRemoteRequest(tx, actor.officer.id, prepared, now);
      const { rows } = await tx.query<AwaitingRow>(
        `INSERT INTO approvals_awaiting_signature (remote_request_id, dossier_id, dossier_version, approving_agency_id, officer_id, action_input, prepared,
                                                   unsigned_pdf, requested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (dossier_id) WHERE state = 'awaiting' DO NOTHING
         RETURNING id, remote_request_id, dossier_id, dossier_version, approving_agency_id, officer_id, action_input, prepared, unsigned_pdf,
                   state, failure_code, failure_reason, requested_at, settled_at`,
        [requestId, dossier.id, dossier.version, agency.id, actor.officer.id, JSON.stringify(approvalInput(input)), JSON.stringify(store(prepared, drafted)), Buffer.from(prepared.unsigned), now],
      );
      if (!rows[0]) throw alreadyAwaiting();
      await appendAudit(tx, actor, {
        action: 'dossier.approve.awaiting_signature',
        entityType: 'dossier',
        entityId: dossier.code,
        details: { serviceUrl: prepared.ticket.serviceUrl, accountId: prepared.ticket.accountId, transactionId: prepared.ticket.transactionId, expiresAt: prepared.ticket.expiresAt.toISOString() },
      });
      return rows[0];
    });
    return awaitingView(row);
  };

/** What of the approval's input is carried out once signed (upload proofs were checked when the leader approved). */
const approvalInput = (input: ActionInput): ActionInput => ({ comment: input.comment, commentForApplicant: input.commentForApplicant, resultFileId: input.resultFileId, attachmentIds: input.attachmentIds });

/** The approval's signer as they acted: their grants now, so that one who lost the role meanwhile cannot approve. */
async function approverOf(db: Queryable, officerId: string, ip: string): Promise<Actor & { kind: 'officer' }> {
  const { rows } = await db.query<{ id: string; username: string; full_name: string }>('SELECT id, username, full_name FROM officer_directory WHERE id = $1', [officerId]);
  const officer = rows[0]!;
  return { kind: 'officer', ip, officer: { id: officer.id, username: officer.username, fullName: officer.full_name, grants: await loadGrants(db, officerId) } };
}

const CHANGED_MEANWHILE = {
  vi: 'Hồ sơ đã có thay đổi trong khi chờ ký số nên phê duyệt không được thực hiện; hồ sơ giữ nguyên, đề nghị xem lại và phê duyệt lại.',
  en: 'The dossier changed while the signature was awaited, so the approval was not carried out; the dossier is unchanged. Review it and approve again.',
};

/** Why an approval waiting for a signature was not carried out, by the code the leader's view gives. */
const FAILURES = {
  signature_refused: REMOTE_SIGNATURE_FAILURES.refused,
  signature_expired: REMOTE_SIGNATURE_FAILURES.expired,
  signature_invalid: {
    vi: 'Chữ ký số nhận được từ dịch vụ ký số từ xa không hợp lệ; hồ sơ giữ nguyên như trước khi phê duyệt.',
    en: 'The signature received from the remote signing service does not verify; the dossier stays as it was before the approval.',
  },
  dossier_changed: CHANGED_MEANWHILE,
} as const;
type FailureCode = keyof typeof FAILURES;

async function dossierCodeOf(db: Queryable, dossierId: string): Promise<string> {
  const { rows } = await db.query<{ code: string }>('SELECT code FROM dossier_facts WHERE id = $1', [dossierId]);
  return rows[0]!.code;
}

async function fail(db: Database, row: AwaitingRow, code: FailureCode, at: Date, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `UPDATE approvals_awaiting_signature SET state = 'failed', failure_code = $2, failure_reason = $3, settled_at = $4 WHERE id = $1 AND state = 'awaiting'`,
      [row.id, code, FAILURES[code].vi, at],
    );
    if (rowCount === 0) return;
    await appendAudit(tx, actor, { action: 'dossier.approve.signature_failed', entityType: 'dossier', entityId: await dossierCodeOf(tx, row.dossier_id), details: { code, reason: FAILURES[code].vi } });
  });
}

/**
 * Settles the approval waiting on the remote signature: asks the service, and once signed,
 * approves the dossier with the signed result in one transaction; once refused or expired, or if
 * the dossier moved on, records why and leaves the dossier as it was.
 */
async function settle(ctx: AppContext, row: AwaitingRow, ip: string): Promise<void> {
  if (row.state !== 'awaiting') return;
  const at = ctx.now();
  const remote = await settleRemoteRequest(ctx.db, row.remote_request_id, at);
  if (!isSettled(remote.state)) return;
  const system: Actor = { kind: 'system', ip };
  if (remote.state !== 'signed') return fail(ctx.db, row, remote.state === 'refused' ? 'signature_refused' : 'signature_expired', at, system);
  const { prepared, drafted } = restore(row);
  const signed = await finishPdf(prepared, remote.signature!).catch(() => undefined);
  if (!signed) return fail(ctx.db, row, 'signature_invalid', at, system);
  const pages = (await PDF.load(signed)).getPageCount();
  const approver = await approverOf(ctx.db, row.officer_id, ip);
  const signResult: SignResult = async ({ db, actor, dossier }) => {
    // Claimed in the approval's transaction: of two instances settling at once, one approves.
    const { rowCount } = await db.query(`UPDATE approvals_awaiting_signature SET state = 'approved', settled_at = $2 WHERE id = $1 AND state = 'awaiting'`, [row.id, at]);
    if (rowCount === 0) throw new AppError(409, 'signature_settled', 'Phê duyệt này đã được xử lý.', 'This approval has already been settled.');
    return recordSignedResult({ db, blobs: ctx.blobStore }, actor, dossier, row.approving_agency_id, drafted, { bytes: signed, pages, by: { credentialId: null, certificate: prepared.certificate } });
  };
  try {
    await actOnDossier({ ...ctx, signResult, deferApproval: undefined }, approver, await dossierCodeOf(ctx.db, row.dossier_id), 'approve', { ...row.action_input, version: row.dossier_version });
  } catch (error) {
    if (error instanceof AppError && error.code === 'signature_settled') return;
    // The lifecycle refused (the dossier moved on, the leader lost the role): the approval is not carried out.
    if (error instanceof AppError && error.statusCode < 500) return fail(ctx.db, row, 'dossier_changed', at, system);
    throw error;
  }
}

/** What the dossier's officers see of its latest approval by remote signature, news asked of the service first. */
export async function approvalSignature(ctx: AppContext, actor: Actor & { kind: 'officer' }, code: string) {
  const found = await findDossierAtStep(ctx.db, code);
  if (!found) throw notFound(DOSSIER);
  assertOfficerSees(actor.officer, found);
  const latest = await latestFor(ctx.db, found.dossier.id);
  if (!latest) throw notFound({ vi: 'yêu cầu ký số của hồ sơ', en: 'Signature request' });
  await settle(ctx, latest, actor.ip);
  const row = await byId(ctx.db, latest.id);
  return {
    ...awaitingView(row),
    state: row.state,
    failure: row.failure_code ? { code: row.failure_code, message: FAILURES[row.failure_code].vi, messageEn: FAILURES[row.failure_code].en } : null,
    settledAt: iso(row.settled_at),
  };
}

/** The background job: every approval still waiting is asked about; returns how many were settled. */
export async function settleAwaitingApprovals(ctx: AppContext): Promise<number> {
  const { rows } = await ctx.db.query<AwaitingRow>(`${SELECT_AWAITING} WHERE state = 'awaiting' ORDER BY requested_at LIMIT 50`);
  let settled = 0;
  for (const row of rows) {
    await settle(ctx, row, '127.0.0.1');
    if ((await byId(ctx.db, row.id)).state !== 'awaiting') settled++;
  }
  return settled;
}
