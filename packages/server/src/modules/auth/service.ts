import type { Database, Queryable } from '../../db/database.js';
import type { AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { type AccountSetUp, accountSetUpOf, hashToken, loadGrants, newToken } from '../../platform/authentication.js';
import { AppError } from '../../platform/errors.js';
import { assertAcceptablePassword, hashPassword, verifyPassword, wrongCurrentPassword } from '../../platform/passwords.js';
import { type SignInIdentity, assertNotLockedOut, clearSignInFailures, recordSignInFailure } from '../../platform/sign-in-lockout.js';
import { type SecretVault, twoFactorEnabled, useSecondFactor } from './two-factor.js';

export interface SessionGrant {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  officer: SignedInAccount;
}

/** The officer, with what their account still needs and whether they sign in with a second factor. */
export interface SignedInAccount extends AuthenticatedOfficer {
  accountSetUp: AccountSetUp | null;
  twoFactorEnabled: boolean;
}

/** The signed-in officer's account as /auth/me describes it. */
export async function signedInAccount(db: Queryable, officer: AuthenticatedOfficer, accountSetUp: AccountSetUp | null): Promise<SignedInAccount> {
  return { ...officer, accountSetUp, twoFactorEnabled: await twoFactorEnabled(db, officer.id) };
}

// Checked when the username is unknown, so that an unknown name and a wrong password take as long.
let dummyHash: Promise<string> | undefined;
const hashForUnknownUser = () => (dummyHash ??= hashPassword(newToken()));

/**
 * A username as officers are stored, looked up and counted by the sign-in limits: NFC, without
 * the spaces of any script around it (tab, NBSP, U+3000 …), in lower case.
 */
export const officerLogin = (username: string) => username.normalize('NFC').trim().toLowerCase();

const wrongCredentials = () => new AppError(401, 'invalid_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.');

/**
 * Signs an officer in with their password and, when they turned it on, a second factor: the code
 * their authenticator app shows or one of their recovery codes (`code`). Without the code, a right
 * password is answered 401 `two_factor_required` and the client asks for it; a wrong code counts
 * against the lock-out as a wrong password does.
 */
export async function signIn(
  db: Database,
  vault: SecretVault,
  input: { username: string; password: string; code?: string | undefined; ip: string; sessionHours: number; now: Date; requireTwoFactor: boolean },
): Promise<SessionGrant> {
  const identity: SignInIdentity = { realm: 'officer', login: officerLogin(input.username) };
  await assertNotLockedOut(db, identity, input.now);
  const { rows } = await db.query<{ id: string; username: string; full_name: string; password_hash: string; active: boolean; must_change_password: boolean }>(
    'SELECT id, username, full_name, password_hash, active, must_change_password FROM officer_sign_in WHERE username = $1',
    [identity.login],
  );
  const officer = rows[0];
  const passwordOk = await verifyPassword(officer?.password_hash ?? (await hashForUnknownUser()), input.password);
  if (!officer || !passwordOk || !officer.active) {
    await recordSignInFailure(db, identity, officer?.id ?? null, input.ip, input.now);
    throw wrongCredentials();
  }
  const withTwoFactor = await twoFactorEnabled(db, officer.id);
  if (withTwoFactor && !input.code?.trim()) {
    throw new AppError(401, 'two_factor_required', 'Nhập mã xác thực từ ứng dụng trên điện thoại (hoặc một mã khôi phục).', 'Enter the code from your authenticator app (or a recovery code).', 'code');
  }
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + input.sessionHours * 3_600_000);
  const authenticated: AuthenticatedOfficer = {
    id: officer.id,
    username: officer.username,
    fullName: officer.full_name,
    grants: await loadGrants(db, officer.id),
  };
  const secondFactor = await db.transaction(async (tx) => {
    const used = withTwoFactor ? await useSecondFactor(tx, vault, officer.id, input.code!, input.now) : null;
    if (withTwoFactor && !used) return null;
    await clearSignInFailures(tx, identity);
    await tx.query('DELETE FROM sessions WHERE officer_id = $1 AND expires_at < now()', [officer.id]);
    await tx.query('INSERT INTO sessions (token_hash, officer_id, csrf_token, expires_at, ip) VALUES ($1, $2, $3, $4, $5)', [
      hashToken(token),
      officer.id,
      csrfToken,
      expiresAt,
      input.ip,
    ]);
    await appendAudit(
      tx,
      { kind: 'officer', officer: authenticated, ip: input.ip },
      { action: 'auth.sign_in', entityType: 'officer', entityId: officer.id, ...(used && { details: { secondFactor: used } }) },
    );
    return used ?? 'none';
  });
  if (secondFactor === null) {
    await recordSignInFailure(db, identity, officer.id, input.ip, input.now);
    throw new AppError(401, 'two_factor_invalid', 'Mã xác thực không đúng hoặc đã được dùng.', 'The code is wrong or was used already.', 'code');
  }
  const accountSetUp = accountSetUpOf({ mustChangePassword: officer.must_change_password, twoFactorEnabled: withTwoFactor, grants: authenticated.grants }, input.requireTwoFactor);
  return { token, csrfToken, expiresAt, officer: { ...authenticated, accountSetUp, twoFactorEnabled: withTwoFactor } };
}

/**
 * The officer changes their own password (also when an administrator made them): the current one
 * first, then a new one the policy accepts and unlike the current. Their other sessions end.
 */
export async function changePassword(
  db: Database,
  officer: AuthenticatedOfficer,
  input: { currentPassword: string; newPassword: string },
  at: { tokenHash: string; ip: string },
): Promise<void> {
  const { rows } = await db.query<{ password_hash: string; email: string }>('SELECT password_hash, email FROM officer_sign_in WHERE id = $1', [officer.id]);
  const account = rows[0]!;
  if (!(await verifyPassword(account.password_hash, input.currentPassword))) throw wrongCurrentPassword();
  assertAcceptablePassword(input.newPassword, 'officer', [officer.username, account.email], 'newPassword', input.currentPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.query('SELECT set_officer_password($1, $2, false)', [officer.id, passwordHash]);
    await tx.query('DELETE FROM sessions WHERE officer_id = $1 AND token_hash <> $2', [officer.id, at.tokenHash]);
    await appendAudit(tx, { kind: 'officer', officer, ip: at.ip }, { action: 'auth.password_change', entityType: 'officer', entityId: officer.id });
  });
}

/** Ends every session of an officer, inside the caller's transaction: their roles changed. */
export async function endOfficerSessions(db: Queryable, officerId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE officer_id = $1', [officerId]);
}

/** Ends the session that signed the request in (by its token's hash). */
export async function signOut(db: Database, tokenHash: string, officer: AuthenticatedOfficer, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    await appendAudit(tx, { kind: 'officer', officer, ip }, { action: 'auth.sign_out', entityType: 'officer', entityId: officer.id });
  });
}
