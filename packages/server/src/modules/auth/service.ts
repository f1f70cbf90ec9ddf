import type { Database, Queryable } from '../../db/database.js';
import type { AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { hashToken, loadGrants, newToken } from '../../platform/authentication.js';
import { AppError } from '../../platform/errors.js';
import { hashPassword, verifyPassword } from '../../platform/passwords.js';
import { type SignInIdentity, assertNotLockedOut, clearSignInFailures, recordSignInFailure } from '../../platform/sign-in-lockout.js';

export interface SessionGrant {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  officer: AuthenticatedOfficer;
}

// Checked when the username is unknown, so that an unknown name and a wrong password take as long.
let dummyHash: Promise<string> | undefined;
const hashForUnknownUser = () => (dummyHash ??= hashPassword(newToken()));

/**
 * A username as officers are stored, looked up and counted by the sign-in limits: NFC, without
 * the spaces of any script around it (tab, NBSP, U+3000 …), in lower case.
 */
export const officerLogin = (username: string) => username.normalize('NFC').trim().toLowerCase();

export async function signIn(
  db: Database,
  input: { username: string; password: string; ip: string; sessionHours: number; now: Date },
): Promise<SessionGrant> {
  const identity: SignInIdentity = { realm: 'officer', login: officerLogin(input.username) };
  await assertNotLockedOut(db, identity, input.now);
  const { rows } = await db.query<{ id: string; username: string; full_name: string; password_hash: string; active: boolean }>(
    'SELECT id, username, full_name, password_hash, active FROM officer_sign_in WHERE username = $1',
    [identity.login],
  );
  const officer = rows[0];
  const passwordOk = await verifyPassword(officer?.password_hash ?? (await hashForUnknownUser()), input.password);
  if (!officer || !passwordOk || !officer.active) {
    await recordSignInFailure(db, identity, officer?.id ?? null, input.ip, input.now);
    throw new AppError(401, 'invalid_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.');
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
  await db.transaction(async (tx) => {
    await clearSignInFailures(tx, identity);
    await tx.query('DELETE FROM sessions WHERE officer_id = $1 AND expires_at < now()', [officer.id]);
    await tx.query('INSERT INTO sessions (token_hash, officer_id, csrf_token, expires_at, ip) VALUES ($1, $2, $3, $4, $5)', [
      hashToken(token),
      officer.id,
      csrfToken,
      expiresAt,
      input.ip,
    ]);
    await appendAudit(tx, { kind: 'officer', officer: authenticated, ip: input.ip }, { action: 'auth.sign_in', entityType: 'officer', entityId: officer.id });
  });
  return { token, csrfToken, expiresAt, officer: authenticated };
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
