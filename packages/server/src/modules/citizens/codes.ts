import { randomInt, randomUUID } from 'node:crypto';
import {
  type CitizenCodePurpose,
  type NotificationChannel,
  codeExpiresAt,
  codeState,
  mayIssueCode,
  newOneTimeCode,
  renderContactVerificationCode,
  renderPasswordResetCode,
  typedOneTimeCode,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { sameSecret } from '../../platform/authentication.js';
import { type CodeVault, hashOneTimeCode } from '../../platform/one-time-codes.js';
import { type OutboxTopic, PermanentDeliveryError, enqueue } from '../../platform/outbox.js';
import type { Senders } from '../notifications/index.js';

/**
 * The one-time codes sent to a citizen's own e-mail address or phone (core/src/accounts: six
 * digits, fifteen minutes, five guesses, used once): to reset a forgotten password, or to verify
 * the contact. Three at most an hour to one contact, whatever they are for: more would make the
 * portal a tool to flood someone's mailbox or phone.
 */

/** The outbox topic of these codes (named when it carried reset codes only; messages queued then still arrive under it). */
export const CITIZEN_CODE_TOPIC = 'citizen.reset_code';
/** Where the citizen types a reset code: the web app's page. */
export const RESET_PAGE_PATH = '/quen-mat-khau';
/** Where the signed-in citizen types a verification code: their account's page. */
export const ACCOUNT_PAGE_PATH = '/tai-khoan';

export type IssueOutcome = 'sent' | 'too_many_codes' | 'channel_not_configured';

/**
 * Issues a code to the account's contact on that channel in the caller's transaction and queues
 * its message, unless three went to that contact this past hour or the installation cannot reach
 * the channel. The caller audits the outcome.
 */
export async function issueCitizenCode(
  tx: Queryable,
  vault: CodeVault,
  channels: ReadonlySet<NotificationChannel>,
  code: { citizenId: string; purpose: CitizenCodePurpose; channel: NotificationChannel },
  at: { ip: string; now: Date },
): Promise<{ outcome: IssueOutcome; expiresAt: Date }> {
  // One request at a time per account, so that three at once cannot all pass the count.
  await tx.query('SELECT 1 FROM citizens WHERE id = $1 FOR UPDATE', [code.citizenId]);
  const { rows } = await tx.query<{ issued_at: Date }>('SELECT issued_at FROM citizen_codes WHERE citizen_id = $1 AND channel = $2 AND issued_at > $3', [
    code.citizenId,
    code.channel,
    new Date(at.now.getTime() - 3_600_000),
  ]);
  const expiresAt = codeExpiresAt(at.now);
  if (!mayIssueCode(rows.map((row) => new Date(row.issued_at)), at.now)) return { outcome: 'too_many_codes', expiresAt };
  if (!channels.has(code.channel)) return { outcome: 'channel_not_configured', expiresAt };
  const id = randomUUID();
  const secret = newOneTimeCode(randomInt);
  await tx.query('INSERT INTO citizen_codes (id, citizen_id, purpose, channel, code_hash, issued_at, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    id,
    code.citizenId,
    code.purpose,
    code.channel,
    hashOneTimeCode(id, secret),
    at.now,
    at.ip,
  ]);
  await enqueue(tx, CITIZEN_CODE_TOPIC, { codeId: id, sealedCode: vault.seal(Buffer.from(secret)).toString('base64') }, `citizen-code/${code.citizenId}`);
  return { outcome: 'sent', expiresAt };
}

export type CodeCheck = { kind: 'right' } | { kind: 'wrong'; attempt: number } | { kind: 'unusable' };

/**
 * Checks a typed code against the latest one sent for that purpose to that contact, in the
 * caller's transaction: a right code is used up, a wrong one counted (the caller commits either).
 * Unusable when none was sent or it is used, expired or out of guesses.
 */
export async function checkCitizenCode(
  tx: Queryable,
  code: { citizenId: string; purpose: CitizenCodePurpose; channel: NotificationChannel },
  typed: string,
  now: Date,
): Promise<CodeCheck> {
  const { rows } = await tx.query<{ id: string; code_hash: string; issued_at: Date; used_at: Date | null; attempts: number }>(
    `SELECT id, code_hash, issued_at, used_at, attempts FROM citizen_codes
      WHERE citizen_id = $1 AND purpose = $2 AND channel = $3 ORDER BY issued_at DESC LIMIT 1 FOR UPDATE`,
    [code.citizenId, code.purpose, code.channel],
  );
  const row = rows[0];
  if (!row || codeState({ issuedAt: new Date(row.issued_at), usedAt: row.used_at, attempts: row.attempts }, now) !== 'usable') return { kind: 'unusable' };
  if (!sameSecret(hashOneTimeCode(row.id, typedOneTimeCode(typed)), row.code_hash)) {
    await tx.query('UPDATE citizen_codes SET attempts = attempts + 1 WHERE id = $1', [row.id]);
    return { kind: 'wrong', attempt: row.attempts + 1 };
  }
  await tx.query('UPDATE citizen_codes SET used_at = $2 WHERE id = $1', [row.id, now]);
  return { kind: 'right' };
}

interface CodePayload {
  codeId?: string;
  /** The payload's key while the topic carried reset codes only. */
  resetCodeId?: string;
  sealedCode: string;
}

/** Sends a citizen's code: the outbox worker's handler for its topic. A code used meanwhile is not sent. */
export function citizenCodeTopic(db: Queryable, senders: Senders, vault: CodeVault, publicUrl: string): OutboxTopic {
  return {
    async deliver(message) {
      const payload = message.payload as unknown as CodePayload;
      const codeId = payload.codeId ?? payload.resetCodeId;
      const { rows } = await db.query<{ purpose: CitizenCodePurpose; channel: NotificationChannel; used_at: Date | null; full_name: string; email: string | null; phone: string | null }>(
        `SELECT r.purpose, r.channel, r.used_at, c.full_name, c.email, c.phone
           FROM citizen_codes r JOIN citizens c ON c.id = r.citizen_id WHERE r.id = $1`,
        [codeId],
      );
      const row = rows[0];
      if (!row) throw new PermanentDeliveryError(`No citizen code ${codeId}`);
      if (row.used_at) return;
      const sender = senders[row.channel];
      const recipient = row.channel === 'email' ? row.email : row.phone;
      if (!sender || !recipient) throw new PermanentDeliveryError(`The ${row.channel} channel cannot reach this account`);
      const code = vault.open(Buffer.from(payload.sealedCode, 'base64')).toString('utf8');
      const rendered =
        row.purpose === 'password_reset'
          ? renderPasswordResetCode({ code, name: row.full_name, resetUrl: `${publicUrl}${RESET_PAGE_PATH}` }, row.channel)
          : renderContactVerificationCode({ code, name: row.full_name, verifyUrl: `${publicUrl}${ACCOUNT_PAGE_PATH}` }, row.channel);
      await sender.send(recipient, rendered, `motcua-${row.purpose === 'password_reset' ? 'reset' : 'verify'}-${message.id}`);
    },
  };
}
