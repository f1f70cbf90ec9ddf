import { type NotificationChannel, isPersonalIdNumber, normaliseEmail, normalisePhone } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import { appendAudit } from '../../platform/audit.js';
import { hashToken, newToken } from '../../platform/authentication.js';
import { AppError, invalid } from '../../platform/errors.js';
import { communesInOffice } from '../agencies/index.js';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../../platform/passwords.js';
import { type SignInIdentity, assertNotLockedOut, clearSignInFailures, recordSignInFailure } from '../../platform/sign-in-lockout.js';
import { type Citizen, type CitizenRow, actorOfCitizen as actorFor, citizenColumns, citizenView } from '../../platform/citizen-authentication.js';
import type { CodeVault } from '../../platform/one-time-codes.js';
import { sendVerificationCodes } from './contacts.js';

/** A browser session just opened: the cookies to set. */
export interface CitizenSessionGrant {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  citizen: Citizen;
}

const blankToNull = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);

export interface Registration {
  fullName: string;
  email?: string | undefined;
  phone?: string | undefined;
  idNumber?: string | undefined;
  /** The commune of the citizen's address: where their commune-level dossiers go by default. */
  communeId?: string | undefined;
  password: string;
}

/** The account as it will be stored, or a 400 naming the field at fault. */
function checkedRegistration(input: Registration) {
  const fullName = input.fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (Array.from(fullName).length < 2) throw invalid('fullName', 'Vui lòng nhập họ và tên.', 'Enter your full name.');
  const rawEmail = blankToNull(input.email);
  const email = rawEmail === null ? null : normaliseEmail(rawEmail);
  if (rawEmail !== null && email === null) throw invalid('email', 'Địa chỉ email không hợp lệ.', 'The email address is not valid.');
  const rawPhone = blankToNull(input.phone);
  const phone = rawPhone === null ? null : normalisePhone(rawPhone);
  if (rawPhone !== null && phone === null) {
    throw invalid('phone', 'Số điện thoại di động không hợp lệ (ví dụ 0912345678).', 'Not a Vietnamese mobile number (e.g. 0912345678).');
  }
  if (email === null && phone === null) {
    throw new AppError(400, 'contact_required', 'Vui lòng nhập email hoặc số điện thoại di động.', 'Give an email address or a mobile number.', 'email');
  }
  const idNumber = blankToNull(input.idNumber);
  if (idNumber !== null && !isPersonalIdNumber(idNumber)) {
    throw invalid('idNumber', 'Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.', 'The personal identification number (CCCD) has exactly 12 digits.');
  }
  assertAcceptablePassword(input.password, 'citizen', [email, phone], 'password');
  return { fullName, email, phone, idNumber };
}

const accountExists = (field: 'email' | 'phone') =>
  new AppError(
    409,
    'account_exists',
    field === 'email' ? 'Email này đã được dùng cho một tài khoản khác. Vui lòng đăng nhập.' : 'Số điện thoại này đã được dùng cho một tài khoản khác. Vui lòng đăng nhập.',
    field === 'email' ? 'An account with this email already exists. Sign in instead.' : 'An account with this phone number already exists. Sign in instead.',
    field,
  );

async function openSession(tx: Queryable, citizen: Citizen, ip: string, sessionHours: number): Promise<CitizenSessionGrant> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + sessionHours * 3_600_000);
  await tx.query('DELETE FROM citizen_sessions WHERE citizen_id = $1 AND expires_at < now()', [citizen.id]);
  await tx.query('INSERT INTO citizen_sessions (token_hash, citizen_id, csrf_token, expires_at, ip) VALUES ($1, $2, $3, $4, $5)', [
    hashToken(token),
    citizen.id,
    csrfToken,
    expiresAt,
    ip,
  ]);
  return { token, csrfToken, expiresAt, citizen };
}

/** The commune an account names, which must be one in office (else a 400); none when not given. */
async function homeCommune(db: Queryable, communeId: string | undefined): Promise<string | null> {
  if (communeId === undefined) return null;
  if (!(await communesInOffice(db)).some((commune) => commune.id === communeId)) {
    throw invalid('communeId', 'Vui lòng chọn xã, phường, đặc khu nơi cư trú trong danh sách của tỉnh.', 'Pick the commune you live in from the province’s list.');
  }
  return communeId;
}

/** Sets (or clears) the commune of the citizen's address. */
export async function setHomeCommune(db: Database, citizen: Citizen, communeId: string | null, ip: string): Promise<Citizen> {
  const checked = communeId === null ? null : await homeCommune(db, communeId);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<CitizenRow>(`UPDATE citizens SET commune_id = $2 WHERE id = $1 RETURNING ${citizenColumns()}`, [citizen.id, checked]);
    await appendAudit(tx, actorFor(citizen, ip), { action: 'citizen.commune_change', entityType: 'citizen', entityId: citizen.id, details: { communeId: checked } });
    return citizenView(rows[0]!);
  });
}

/** How a new account's contacts are sent their verification codes. */
export interface VerificationSending {
  vault: CodeVault;
  channels: ReadonlySet<NotificationChannel>;
  now: Date;
}

/** Creates an account, sends a verification code to each of its contacts and signs it in. */
export async function register(db: Database, input: Registration, ip: string, sessionHours: number, verification: VerificationSending): Promise<CitizenSessionGrant> {
  const account = { ...checkedRegistration(input), communeId: await homeCommune(db, input.communeId) };
  const taken = await db.query<{ email: string | null; phone: string | null }>('SELECT email, phone FROM citizens WHERE email = $1 OR phone = $2', [
    account.email,
    account.phone,
  ]);
  if (taken.rows.length > 0) throw accountExists(account.email !== null && taken.rows.some((row) => row.email === account.email) ? 'email' : 'phone');
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const { rows } = await tx.query<CitizenRow>(
        `INSERT INTO citizens (full_name, email, phone, id_number, commune_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${citizenColumns()}`,
        [account.fullName, account.email, account.phone, account.idNumber, account.communeId, passwordHash],
      );
      const citizen = citizenView(rows[0]!);
      await appendAudit(tx, actorFor(citizen, ip), { action: 'citizen.register', entityType: 'citizen', entityId: citizen.id });
      await sendVerificationCodes(tx, verification.vault, verification.channels, citizen, { ip, now: verification.now });
      return await openSession(tx, citizen, ip, sessionHours);
    });
  } catch (error) {
    // Two registrations with the same email or phone at once: the unique index decides.
    const failure = error as { code?: string; constraint?: string; message?: string };
    if (failure.code === '23505') throw accountExists(`${failure.constraint ?? failure.message ?? ''}`.includes('phone') ? 'phone' : 'email');
    throw error;
  }
}

// Checked when nobody has that login, so that an unknown login and a wrong password take as long.
let dummyHash: Promise<string> | undefined;
const hashForUnknownLogin = () => (dummyHash ??= hashPassword(newToken()));

/**
 * A login as the sign-in looks it up and the sign-in limits count it: an email address (it has an
 * @) or a mobile number, normalised as accounts store them (`+84 912…`, `84912…` and `0912 …` are
 * one number); anything else NFC, trimmed of the spaces of any script and in lower case.
 */
export function citizenLogin(raw: string): { email: string | null; phone: string | null; identity: SignInIdentity } {
  const login = raw.normalize('NFC').trim();
  const email = login.includes('@') ? normaliseEmail(login) : null;
  const phone = email === null ? normalisePhone(login) : null;
  return { email, phone, identity: { realm: 'citizen', login: email ?? phone ?? login.toLowerCase() } };
}

/**
 * Signs in with an email address or a mobile number, whichever the citizen gave. Each of them is
 * locked out on its own after failures in a row, whether or not an account has it: counting them
 * together would tell that an email and a number belong to one account.
 */
export async function signIn(
  db: Database,
  input: { login: string; password: string },
  at: { ip: string; now: Date },
  sessionHours: number,
): Promise<CitizenSessionGrant> {
  const { email, phone, identity } = citizenLogin(input.login);
  await assertNotLockedOut(db, identity, at.now);
  const { rows } =
    email !== null || phone !== null
      ? await db.query<CitizenRow & { password_hash: string }>(
          `SELECT ${citizenColumns()}, password_hash FROM citizens WHERE email = $1 OR phone = $2`,
          [email, phone],
        )
      : { rows: [] };
  const row = rows[0];
  const passwordOk = await verifyPassword(row?.password_hash ?? (await hashForUnknownLogin()), input.password);
  if (!row || !passwordOk) {
    await recordSignInFailure(db, identity, row?.id ?? null, at.ip, at.now);
    throw new AppError(401, 'invalid_credentials', 'Email/số điện thoại hoặc mật khẩu không đúng.', 'Wrong email/phone number or password.');
  }
  const citizen = citizenView(row);
  return db.transaction(async (tx) => {
    await clearSignInFailures(tx, identity);
    await appendAudit(tx, actorFor(citizen, at.ip), { action: 'citizen.sign_in', entityType: 'citizen', entityId: citizen.id });
    return openSession(tx, citizen, at.ip, sessionHours);
  });
}

/** Ends the session that signed the request in (by its token's hash). */
export async function signOut(db: Database, tokenHash: string, citizen: Citizen, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM citizen_sessions WHERE token_hash = $1', [tokenHash]);
    await appendAudit(tx, actorFor(citizen, ip), { action: 'citizen.sign_out', entityType: 'citizen', entityId: citizen.id });
  });
}
