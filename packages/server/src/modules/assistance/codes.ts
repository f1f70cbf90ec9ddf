import { randomInt, randomUUID } from 'node:crypto';
import { type NotificationChannel, ONE_TIME_CODE_RULES, codeExpiresAt, codeState, mayIssueCode, newOneTimeCode, renderClaimCode, renderConsentCode, typedOneTimeCode } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { sameSecret } from '../../platform/authentication.js';
import { type CodeVault, hashOneTimeCode, tooManyCodes, wrongOneTimeCode } from '../../platform/one-time-codes.js';
import { type OutboxTopic, PermanentDeliveryError, enqueue } from '../../platform/outbox.js';
import type { Senders } from '../notifications/index.js';

/**
 * The one-time codes of assisted submission (core/src/accounts: six digits, fifteen minutes, five
 * guesses, used once, three an hour to one phone or dossier): a citizen's consent, sent to the phone
 * they give the helper, and a claim of a dossier, sent to the phone or e-mail on the dossier.
 */

export const DOSSIER_CODE_TOPIC = 'dossier.one_time_code';

export type CodePurpose = 'consent' | 'claim';

export interface NewCode {
  purpose: CodePurpose;
  channel: NotificationChannel;
  recipient: string;
  procedureCode?: string | undefined;
  officerId?: string | undefined;
  dossierId?: string | undefined;
  citizenId?: string | undefined;
}

/** What the message says besides the code: the procedure and the point (consent), the dossier (claim). */
export type CodeMessage = { purpose: 'consent'; procedureName: string; pointName: string } | { purpose: 'claim'; dossierCode: string };

export interface CodeRow {
  id: string;
  purpose: CodePurpose;
  channel: NotificationChannel;
  recipient: string;
  procedure_code: string | null;
  officer_id: string | null;
  dossier_id: string | null;
  citizen_id: string | null;
  code_hash: string;
  issued_at: Date;
  attempts: number;
  used_at: Date | null;
}

/**
 * Issues a code in the caller's transaction and queues its message: refused (429) when three went
 * to the same phone (consent) or for the same dossier (claim) this past hour.
 */
export async function issueCode(tx: Queryable, vault: CodeVault, code: NewCode, message: CodeMessage, at: { ip: string; now: Date }): Promise<{ id: string; expiresAt: Date }> {
  // One request at a time per phone or dossier, so that three at once cannot all pass the count.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dossier-code|${code.purpose}|${code.dossierId ?? code.recipient}`]);
  const { rows } = await tx.query<{ issued_at: Date }>(
    `SELECT issued_at FROM dossier_codes WHERE purpose = $1 AND ${code.dossierId ? 'dossier_id = $2' : 'recipient = $2'} AND issued_at > $3`,
    [code.purpose, code.dossierId ?? code.recipient, new Date(at.now.getTime() - 3_600_000)],
  );
  if (!mayIssueCode(rows.map((row) => new Date(row.issued_at)), at.now)) throw tooManyCodes();
  const id = randomUUID();
  const secret = newOneTimeCode(randomInt);
  await tx.query(
    `INSERT INTO dossier_codes (id, purpose, channel, recipient, procedure_code, officer_id, dossier_id, citizen_id, code_hash, issued_at, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [id, code.purpose, code.channel, code.recipient, code.procedureCode ?? null, code.officerId ?? null, code.dossierId ?? null, code.citizenId ?? null, hashOneTimeCode(id, secret), at.now, at.ip],
  );
  await enqueue(tx, DOSSIER_CODE_TOPIC, { codeId: id, sealedCode: vault.seal(Buffer.from(secret)).toString('base64'), message }, `dossier-code/${id}`);
  return { id, expiresAt: codeExpiresAt(at.now) };
}

export const wrongCode = (purpose: CodePurpose) =>
  wrongOneTimeCode(purpose === 'consent' ? 'consent_code_invalid' : 'claim_code_invalid', purpose === 'consent' ? 'consent.code' : 'code');

/**
 * Checks a typed code against the row it answers, in a transaction of its own: the row's id when
 * the code is right and still usable. A wrong guess is counted (and audited) whatever the caller
 * does next; then 400, as for a used or expired code. The caller takes the code with takeCode.
 */
export async function verifyCode(
  db: Database,
  purpose: CodePurpose,
  load: (tx: Queryable) => Promise<CodeRow | undefined>,
  typed: string,
  actor: Actor,
  now: Date,
): Promise<string> {
  const verified = await db.transaction(async (tx) => {
    const row = await load(tx);
    if (!row || codeState({ issuedAt: new Date(row.issued_at), usedAt: row.used_at, attempts: row.attempts }, now) !== 'usable') return null;
    if (sameSecret(hashOneTimeCode(row.id, typedOneTimeCode(typed)), row.code_hash)) return row.id;
    await tx.query('UPDATE dossier_codes SET attempts = attempts + 1 WHERE id = $1', [row.id]);
    await appendAudit(tx, actor, { action: `dossier_code.wrong_${purpose}_code`, entityType: 'dossier_code', entityId: row.id, details: { attempt: row.attempts + 1 } });
    return null;
  });
  if (verified === null) throw wrongCode(purpose);
  return verified;
}

/** Uses a verified code in the caller's transaction; 400 when it was used, or expired, meanwhile. */
export async function takeCode(tx: Queryable, purpose: CodePurpose, id: string, now: Date): Promise<void> {
  const { rowCount } = await tx.query('UPDATE dossier_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND issued_at > $3', [id, now, new Date(now.getTime() - ONE_TIME_CODE_RULES.lifetimeMinutes * 60_000)]);
  if (rowCount !== 1) throw wrongCode(purpose);
}

interface CodePayload {
  codeId: string;
  sealedCode: string;
  message: CodeMessage;
}

/** Sends a dossier code: the outbox worker's handler for `dossier.one_time_code`. A code used meanwhile is not sent. */
export function dossierCodeTopic(db: Queryable, senders: Senders, vault: CodeVault): OutboxTopic {
  return {
    async deliver(outgoing) {
      const { codeId, sealedCode, message } = outgoing.payload as unknown as CodePayload;
      const { rows } = await db.query<Pick<CodeRow, 'channel' | 'recipient' | 'used_at'>>('SELECT channel, recipient, used_at FROM dossier_codes WHERE id = $1', [codeId]);
      const row = rows[0];
      if (!row) throw new PermanentDeliveryError(`No dossier code ${codeId}`);
      if (row.used_at) return;
      const sender = senders[row.channel];
      if (!sender) throw new PermanentDeliveryError(`The ${row.channel} channel is not configured`);
      const code = vault.open(Buffer.from(sealedCode, 'base64')).toString('utf8');
      const rendered = message.purpose === 'consent' ? renderConsentCode({ code, ...message }, row.channel) : renderClaimCode({ code, dossierCode: message.dossierCode }, row.channel);
      await sender.send(row.recipient, rendered, `motcua-dossier-code-${outgoing.id}`);
    },
  };
}
