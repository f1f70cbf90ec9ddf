import { type NotificationChannel, resetCodeRefusal } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import type { Citizen } from '../../platform/citizen-authentication.js';
import { AppError, invalid } from '../../platform/errors.js';
import { assertAcceptablePassword, hashPassword, verifyPassword, wrongCurrentPassword } from '../../platform/passwords.js';
import { clearSignInFailures } from '../../platform/sign-in-lockout.js';
import type { CodeVault } from '../../platform/one-time-codes.js';
import { citizenLogin } from './accounts.js';
import { checkCitizenCode, issueCitizenCode } from './codes.js';

export type { CodeVault } from '../../platform/one-time-codes.js';

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
  const { rows } = await db.query<{ id: string; full_name: string; email: string | null; phone: string | null; email_verified: boolean; phone_verified: boolean }>(
    `SELECT id, full_name, email, phone, email_verified_at IS NOT NULL AS email_verified, phone_verified_at IS NOT NULL AS phone_verified
       FROM citizens WHERE email = $1 OR phone = $2`,
    [login.email, login.phone],
  );
  return rows[0];
}

const systemAt = (ip: string): Actor => ({ kind: 'system', ip });

/**
 * Sends a reset code to the e-mail address or phone typed, if an account has it, verified, the
 * installation can reach it and that contact was not sent three codes this past hour. Returns the
 * channel the login calls for, whatever happened: the answer must not tell whether an account exists.
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
  const channel = login.channel;
  await db.transaction(async (tx) => {
    const audit = (outcome: string) =>
      // An unknown login is kept too (without the login typed), so that someone trying logins one after another shows in the log.
      appendAudit(tx, systemAt(at.ip), { action: 'citizen.password_reset_request', entityType: 'citizen', entityId: account?.id ?? null, details: { channel, outcome } });
    if (!account) return audit('no_account');
    const refusal = resetCodeRefusal({ email: account.email, phone: account.phone, emailVerified: account.email_verified, phoneVerified: account.phone_verified }, channel);
    if (refusal) return audit(refusal);
    const { outcome } = await issueCitizenCode(tx, vault, channels, { citizenId: account.id, purpose: 'password_reset', channel }, at);
    return audit(outcome);
  });
  return channel;
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
  const done = await db.transaction(async (tx) => {
    const check = await checkCitizenCode(tx, { citizenId: account.id, purpose: 'password_reset', channel: login.channel }, input.code, at.now);
    if (check.kind === 'wrong') {
      await appendAudit(tx, systemAt(at.ip), { action: 'citizen.password_reset_wrong_code', entityType: 'citizen', entityId: account.id, details: { attempt: check.attempt } });
    }
    if (check.kind !== 'right') return false;
    const actor: Actor = { kind: 'applicant', name: account.full_name, ip: at.ip, citizenId: account.id };
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
