import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  RECOVERY_CODE_COUNT,
  TOTP,
  formatRecoveryCode,
  isRecoveryCodeShape,
  matchingTotpStep,
  needsTwoFactor,
  otpauthUri,
  base32Encode,
  typedRecoveryCode,
} from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { sameSecret } from '../../platform/authentication.js';
import { AppError } from '../../platform/errors.js';
import { verifyPassword, wrongCurrentPassword } from '../../platform/passwords.js';
import type { Signing } from '../signing/index.js';

/** Seals secrets at rest with the key that seals the signing credentials. */
export type SecretVault = Signing['vault'];

const ISSUER = 'Một cửa điện tử';
const hmacSha1 = (key: Uint8Array, message: Uint8Array) => new Uint8Array(createHmac('sha1', key).update(message).digest());
const hashRecoveryCode = (typed: string) => createHash('sha256').update(typedRecoveryCode(typed)).digest('hex');

interface TwoFactorRow {
  sealed_secret: Buffer;
  enabled_at: Date | null;
  last_used_step: string | null;
}

async function twoFactorOf(db: Queryable, officerId: string, lock = false): Promise<TwoFactorRow | undefined> {
  const { rows } = await db.query<TwoFactorRow>(
    `SELECT sealed_secret, enabled_at, last_used_step FROM officer_two_factor WHERE officer_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [officerId],
  );
  return rows[0];
}

/** Whether the officer signs in with a second factor. */
export async function twoFactorEnabled(db: Queryable, officerId: string): Promise<boolean> {
  return (await twoFactorOf(db, officerId))?.enabled_at != null;
}

export type SecondFactor = 'totp' | 'recovery_code';

/**
 * Checks the second factor of a sign-in inside its transaction and uses it up: the app's code
 * (never one already used, nor an older one) or an unused recovery code. Null when it is wrong.
 */
export async function useSecondFactor(tx: Queryable, vault: SecretVault, officerId: string, typed: string, now: Date): Promise<SecondFactor | null> {
  const row = await twoFactorOf(tx, officerId, true);
  if (!row?.enabled_at) return null;
  if (isRecoveryCodeShape(typed)) {
    const used = await tx.query(
      'UPDATE officer_recovery_codes SET used_at = $3 WHERE officer_id = $1 AND code_hash = $2 AND used_at IS NULL',
      [officerId, hashRecoveryCode(typed), now],
    );
    return used.rowCount === 1 ? 'recovery_code' : null;
  }
  const secret = vault.open(Buffer.from(row.sealed_secret));
  const step = matchingTotpStep(hmacSha1, secret, typed, now, row.last_used_step === null ? null : Number(row.last_used_step), sameSecret);
  if (step === null) return null;
  await tx.query('UPDATE officer_two_factor SET last_used_step = $2 WHERE officer_id = $1', [officerId, step]);
  return 'totp';
}

const officerActorOf = (officer: AuthenticatedOfficer, ip: string): Actor => ({ kind: 'officer', officer, ip });

/**
 * Starts setting up an authenticator app: a new secret, kept aside until a code from the app
 * proves it was scanned. A second factor already on must be turned off first.
 */
export async function startTwoFactorSetUp(db: Database, vault: SecretVault, officer: AuthenticatedOfficer): Promise<{ secret: string; otpauthUri: string }> {
  const secret = randomBytes(TOTP.secretBytes);
  await db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `INSERT INTO officer_two_factor (officer_id, sealed_secret) VALUES ($1, $2)
       ON CONFLICT (officer_id) DO UPDATE SET sealed_secret = EXCLUDED.sealed_secret, last_used_step = NULL, created_at = now()
        WHERE officer_two_factor.enabled_at IS NULL`,
      [officer.id, vault.seal(secret)],
    );
    if (rowCount === 0) {
      throw new AppError(409, 'two_factor_already_on', 'Xác thực hai lớp đang bật. Hãy tắt trước khi cài lại.', 'Two-factor sign-in is on already. Turn it off before setting it up again.');
    }
  });
  return { secret: base32Encode(secret), otpauthUri: otpauthUri(ISSUER, officer.username, secret) };
}

/** Turns two-factor sign-in on once a code from the app matches; returns the recovery codes, shown this once. */
export async function confirmTwoFactor(db: Database, vault: SecretVault, officer: AuthenticatedOfficer, code: string, ip: string, now: Date): Promise<string[]> {
  return db.transaction(async (tx) => {
    const row = await twoFactorOf(tx, officer.id, true);
    if (!row || row.enabled_at) {
      throw new AppError(409, 'two_factor_not_started', 'Hãy bắt đầu cài đặt xác thực hai lớp trước.', 'Start setting up two-factor sign-in first.');
    }
    const step = matchingTotpStep(hmacSha1, vault.open(Buffer.from(row.sealed_secret)), code, now, null, sameSecret);
    if (step === null) {
      throw new AppError(400, 'two_factor_invalid', 'Mã xác thực không đúng. Hãy nhập mã đang hiện trong ứng dụng.', 'Wrong code. Enter the code the app shows now.', 'code');
    }
    await tx.query('UPDATE officer_two_factor SET enabled_at = $2, last_used_step = $3 WHERE officer_id = $1', [officer.id, now, step]);
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () => formatRecoveryCode(randomBytes(7)));
    await tx.query('DELETE FROM officer_recovery_codes WHERE officer_id = $1', [officer.id]);
    await tx.query('INSERT INTO officer_recovery_codes (officer_id, code_hash) SELECT $1, unnest($2::text[])', [officer.id, recoveryCodes.map(hashRecoveryCode)]);
    await appendAudit(tx, officerActorOf(officer, ip), { action: 'auth.two_factor_on', entityType: 'officer', entityId: officer.id });
    return recoveryCodes;
  });
}

/** Turns two-factor sign-in off, with the password; not for an officer whose roles require it. */
export async function turnOffTwoFactor(
  db: Database,
  officer: AuthenticatedOfficer,
  password: string,
  at: { ip: string; requireTwoFactor: boolean },
): Promise<void> {
  if (at.requireTwoFactor && needsTwoFactor(officer.grants)) {
    throw new AppError(409, 'two_factor_required_by_role', 'Vai trò của bạn bắt buộc xác thực hai lớp, không thể tắt.', 'Your roles require two-factor sign-in: it cannot be turned off.');
  }
  const { rows } = await db.query<{ password_hash: string }>('SELECT password_hash FROM officer_sign_in WHERE id = $1', [officer.id]);
  if (!(await verifyPassword(rows[0]?.password_hash ?? '', password))) throw wrongCurrentPassword('password');
  await db.transaction(async (tx) => {
    await removeTwoFactor(tx, officer.id);
    await appendAudit(tx, officerActorOf(officer, at.ip), { action: 'auth.two_factor_off', entityType: 'officer', entityId: officer.id });
  });
}

/** Forgets an officer's authenticator and recovery codes, inside the caller's transaction (an administrator resets them). */
export async function removeTwoFactor(tx: Queryable, officerId: string): Promise<void> {
  await tx.query('DELETE FROM officer_two_factor WHERE officer_id = $1', [officerId]);
  await tx.query('DELETE FROM officer_recovery_codes WHERE officer_id = $1', [officerId]);
}
