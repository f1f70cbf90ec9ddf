import type { Database, Queryable } from '../db/database.js';
import { appendAudit } from './audit.js';
import { AppError } from './errors.js';

/**
 * A login in one realm, as the sign-in reads it (normalised by the realm's module): the lock-out
 * counts per login, whether or not an account has it.
 */
export interface SignInIdentity {
  realm: 'officer' | 'citizen';
  login: string;
}

const FAILURES_BEFORE_LOCK = 5;
const FIRST_LOCK_SECONDS = 60;
const LONGEST_LOCK_SECONDS = 3600;
// Failures this old are forgotten: a password mistyped last week does not bring today's lock nearer.
const FORGET_AFTER_MS = 24 * 3_600_000;
const LOCK_OUT_ACTION: Record<SignInIdentity['realm'], string> = { officer: 'auth.lock_out', citizen: 'citizen.lock_out' };

/** A minute after the fifth failure in a row, doubling with each further one, an hour at most. */
export const lockSeconds = (failures: number) =>
  failures < FAILURES_BEFORE_LOCK ? 0 : Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FAILURES_BEFORE_LOCK), LONGEST_LOCK_SECONDS);

class SignInLocked extends AppError {
  override readonly headers: Readonly<Record<string, string>>;

  constructor(seconds: number) {
    const minutes = Math.ceil(seconds / 60);
    super(
      429,
      'account_locked',
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
    this.headers = { 'retry-after': String(seconds) };
  }
}

/** Refuses a sign-in while its login is locked out, before the password is looked at: the right one is refused too. */
export async function assertNotLockedOut(db: Queryable, identity: SignInIdentity, now: Date): Promise<void> {
  const { rows } = await db.query<{ locked_until: Date }>(
    'SELECT locked_until FROM sign_in_failures WHERE realm = $1 AND login = $2 AND locked_until > $3',
    [identity.realm, identity.login, now],
  );
  const lockedUntil = rows[0]?.locked_until;
  if (lockedUntil) throw new SignInLocked(Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 1000));
}

/**
 * Counts a failed sign-in against its login and locks the login when the failures in a row call for
 * it; each lock is audited, with the account when there is one.
 */
export async function recordSignInFailure(db: Database, identity: SignInIdentity, accountId: string | null, ip: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ failures: number }>(
      `INSERT INTO sign_in_failures AS f (realm, login, failures, last_failed_at) VALUES ($1, $2, 1, $3)
       ON CONFLICT (realm, login) DO UPDATE
          SET failures = CASE WHEN f.last_failed_at > $4 THEN f.failures + 1 ELSE 1 END, last_failed_at = $3
       RETURNING failures`,
      [identity.realm, identity.login, now, new Date(now.getTime() - FORGET_AFTER_MS)],
    );
    const failures = rows[0]!.failures;
    const seconds = lockSeconds(failures);
    if (seconds === 0) return;
    const lockedUntil = new Date(now.getTime() + seconds * 1000);
    await tx.query('UPDATE sign_in_failures SET locked_until = $3 WHERE realm = $1 AND login = $2', [identity.realm, identity.login, lockedUntil]);
    await appendAudit(
      tx,
      { kind: 'system', ip },
      {
        action: LOCK_OUT_ACTION[identity.realm],
        entityType: identity.realm,
        entityId: accountId,
        details: { login: identity.login, failures, lockedUntil: lockedUntil.toISOString() },
      },
    );
  });
}

/** A successful sign-in starts the count afresh; in the sign-in's transaction. */
export async function clearSignInFailures(tx: Queryable, identity: SignInIdentity): Promise<void> {
  await tx.query('DELETE FROM sign_in_failures WHERE realm = $1 AND login = $2', [identity.realm, identity.login]);
}

/** Forgets failures too old to count (a background job), so that the table holds only recent ones; returns how many. */
export async function purgeSignInFailures(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM sign_in_failures WHERE last_failed_at <= $1', [new Date(now.getTime() - FORGET_AFTER_MS)]);
  return rowCount;
}
