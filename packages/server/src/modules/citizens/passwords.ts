import { randomInt, randomUUID } from 'node:crypto';
import {
  type NotificationChannel,
  codeState,
  mayIssueCode,
  newOneTimeCode,
  renderPasswordResetCode,
  typedOneTimeCode,
} from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { sameSecret } from '../../platform/authentication.js';
import type { Citizen } from '../../platform/citizen-authentication.js';
import { AppError, invalid } from '../../platform/errors.js';
import { type OutboxTopic, PermanentDeliveryError, enqueue } from '../../platform/outbox.js';
import { assertAcceptablePassword, hashPassword, verifyPassword, wrongCurrentPassword } from '../../platform/passwords.js';
import { clearSignInFailures } from '../../platform/sign-in-lockout.js';
import { type CodeVault, hashOneTimeCode } from '../../platform/one-time-codes.js';
import type { Senders } from '../notifications/index.js';
import { citizenLogin } from './accounts.js';

export type { CodeVault } from '../../platform/one-time-codes.js';

export const RESET_CODE_TOPIC = 'citizen.reset_code';
/** Where the citizen types the code: the web app's page. */
export const RESET_PAGE_PATH = '/quen-mat-khau';

const hashCode = hashOneTimeCode;

/** The login's normalised address or number and the channel that reaches it; a 400 for anything else. */
function resetLogin(raw: string) {
  const login = citizenLogin(raw);
  if (login.email === null && login.phone === null) {
    throw invalid('login', 'Nhập email hoặc số điện thoại di động đã dùng để đăng ký.', 'Enter the e-mail address or mobile number you registered with.');
  }
  const channel: NotificationChannel = login.email !== null ? 'email' : 'sms';
  return { ...login, channel };
}

async function accountOf(db: Queryable, login: { email: string | null; phone: string | null }) {
  const { rows } = await db.query<{ id: string; full_name: string; email: string | null; phone: string | null; password_hash: string }>(
    'SELECT id, full_name, email, phone, password_hash FROM citizens WHERE email = $1 OR phone = $2',
    [login.email, login.phone],
  );
  return rows[0];
}

const systemAt = (ip: string): Actor => ({ kind: 'system', ip });

/**
 * Sends a reset code to the e-mail address or phone typed, if an account has it, the installation
 * can reach it and the account was not sent three codes this past hour. Returns the channel the
 * login calls for, whatever happened: the answer must not tell whether an account exists.
 */
export async function requestPasswordReset(
  db: Database,
  vault: CodeVault,
  channels: ReadonlySet<NotificationChannel>,
  input: { login: string },
  at: { ip: string; now: Date },
): Promise<NotificationChannel> {
  const login = resetLogin(input.login);
  const account = await accountOf(db, login);
  if (account) await issueResetCode(db, vault, channels, account.id, login.channel, at);
  else {
    // Kept too (without the login typed), so that someone trying logins one after another shows in the log.
    await db.transaction((tx) =>
      appendAudit(tx, systemAt(at.ip), { action: 'citizen.password_reset_request', entityType: 'citizen', entityId: null, details: { channel: login.channel, outcome: 'no_account' } }),
    );
  }
  return login.channel;
}

async function issueResetCode(
  db: Database,
  vault: CodeVault,
  channels: ReadonlySet<NotificationChannel>,
  citizenId: string,
  channel: NotificationChannel,
  at: { ip: string; now: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    // One request at a time per account, so that three at once cannot all pass the count.
    await tx.query('SELECT 1 FROM citizens WHERE id = $1 FOR UPDATE', [citizenId]);
    const { rows } = await tx.query<{ issued_at: Date }>('SELECT issued_at FROM citizen_reset_codes WHERE citizen_id = $1 AND issued_at > $2', [
      citizenId,
      new Date(at.now.getTime() - 3_600_000),
    ]);
    const audit = (outcome: string) =>
      appendAudit(tx, systemAt(at.ip), { action: 'citizen.password_reset_request', entityType: 'citizen', entityId: citizenId, details: { channel, outcome } });
    if (!mayIssueCode(rows.map((row) => new Date(row.issued_at)), at.now)) return audit('too_many_codes');
    if (!channels.has(channel)) return audit('channel_not_configured');
    const id = randomUUID();
    const code = newOneTimeCode(randomInt);
    await tx.query('INSERT INTO citizen_reset_codes (id, citizen_id, channel, code_hash, issued_at, ip) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      citizenId,
      channel,
      hashCode(id, code),
      at.now,
      at.ip,
    ]);
    await enqueue(tx, RESET_CODE_TOPIC, { resetCodeId: id, sealedCode: vault.seal(Buffer.from(code)).toString('base64') }, `citizen-reset/${citizenId}`);
    return audit('sent');
  });
}

const wrongCode = () =>
  new AppError(400, 'reset_code_invalid', 'Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng kiểm tra lại hoặc yêu cầu mã mới.', 'The code is wrong or has expired. Check it or ask for a new one.', 'code');

/**
 * Sets a new password with the latest code sent to that e-mail address or phone: the code works
 * once, for fifteen minutes, until five wrong guesses. Every session of the account ends and its
 * sign-in lock-out is lifted. A wrong code and an unknown login get the same answer.
 */
export async function resetPassword(db: Database, input: { login: string; code: string; newPassword: string }, at: { ip: string; now: Date }): Promise<void> {
  const login = resetLogin(input.login);
  assertAcceptablePassword(input.newPassword, 'citizen', [login.email, login.phone], 'newPassword');
  const account = await accountOf(db, login);
  const passwordHash = await hashPassword(input.newPassword);
  if (!account) throw wrongCode();
  const typed = typedOneTimeCode(input.code);
  const done = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; code_hash: string; issued_at: Date; used_at: Date | null; attempts: number }>(
      `SELECT id, code_hash, issued_at, used_at, attempts FROM citizen_reset_codes
        WHERE citizen_id = $1 AND channel = $2 ORDER BY issued_at DESC LIMIT 1 FOR UPDATE`,
      [account.id, login.channel],
    );
    const code = rows[0];
    if (!code || codeState({ issuedAt: new Date(code.issued_at), usedAt: code.used_at, attempts: code.attempts }, at.now) !== 'usable') return false;
    const actor: Actor = { kind: 'applicant', name: account.full_name, ip: at.ip, citizenId: account.id };
    if (!sameSecret(hashCode(code.id, typed), code.code_hash)) {
      await tx.query('UPDATE citizen_reset_codes SET attempts = attempts + 1 WHERE id = $1', [code.id]);
      await appendAudit(tx, systemAt(at.ip), { action: 'citizen.password_reset_wrong_code', entityType: 'citizen', entityId: account.id, details: { attempt: code.attempts + 1 } });
      return false;
    }
    await tx.query('UPDATE citizen_reset_codes SET used_at = $2 WHERE id = $1', [code.id, at.now]);
    await tx.query('UPDATE citizens SET password_hash = $2 WHERE id = $1', [account.id, passwordHash]);
    await tx.query('DELETE FROM citizen_sessions WHERE citizen_id = $1', [account.id]);
    await clearSignInFailures(tx, citizenLogin(input.login).identity);
    await appendAudit(tx, actor, { action: 'citizen.password_reset', entityType: 'citizen', entityId: account.id, details: { channel: login.channel } });
    return true;
  });
  if (!done) throw wrongCode();
}

/** The signed-in citizen changes their password: the current one first; their other sessions end. */
export async function changeCitizenPassword(
  db: Database,
  citizen: Citizen,
  input: { currentPassword: string; newPassword: string },
  at: { tokenHash: string; ip: string },
): Promise<void> {
  const { rows } = await db.query<{ password_hash: string }>('SELECT password_hash FROM citizens WHERE id = $1', [citizen.id]);
  if (!(await verifyPassword(rows[0]!.password_hash, input.currentPassword))) throw wrongCurrentPassword();
  assertAcceptablePassword(input.newPassword, 'citizen', [citizen.email, citizen.phone], 'newPassword', input.currentPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE citizens SET password_hash = $2 WHERE id = $1', [citizen.id, passwordHash]);
    await tx.query('DELETE FROM citizen_sessions WHERE citizen_id = $1 AND token_hash <> $2', [citizen.id, at.tokenHash]);
    await appendAudit(
      tx,
      { kind: 'applicant', name: citizen.fullName, ip: at.ip, citizenId: citizen.id },
      { action: 'citizen.password_change', entityType: 'citizen', entityId: citizen.id },
    );
  });
}

interface ResetCodePayload {
  resetCodeId: string;
  sealedCode: string;
}

/** Sends a reset code: the outbox worker's handler for `citizen.reset_code`. A code used meanwhile is not sent. */
export function resetCodeTopic(db: Queryable, senders: Senders, vault: CodeVault, publicUrl: string): OutboxTopic {
  return {
    async deliver(message) {
      const { resetCodeId, sealedCode } = message.payload as unknown as ResetCodePayload;
      const { rows } = await db.query<{ channel: NotificationChannel; used_at: Date | null; full_name: string; email: string | null; phone: string | null }>(
        `SELECT r.channel, r.used_at, c.full_name, c.email, c.phone
           FROM citizen_reset_codes r JOIN citizens c ON c.id = r.citizen_id WHERE r.id = $1`,
        [resetCodeId],
      );
      const row = rows[0];
      if (!row) throw new PermanentDeliveryError(`No reset code ${resetCodeId}`);
      if (row.used_at) return;
      const sender = senders[row.channel];
      const recipient = row.channel === 'email' ? row.email : row.phone;
      if (!sender || !recipient) throw new PermanentDeliveryError(`The ${row.channel} channel cannot reach this account`);
      const code = vault.open(Buffer.from(sealedCode, 'base64')).toString('utf8');
      await sender.send(recipient, renderPasswordResetCode({ code, name: row.full_name, resetUrl: `${publicUrl}${RESET_PAGE_PATH}` }, row.channel), `motcua-reset-${message.id}`);
    },
  };
}
