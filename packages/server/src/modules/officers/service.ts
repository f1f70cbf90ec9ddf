import { type OfficerAccount, type OfficerRole, type SigningAuthority, signerAuthorityProblem } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { containsText } from '../../db/like.js';
import { assertAcceptablePassword, hashPassword } from '../../platform/passwords.js';
import { assertAdministersEvery } from '../agencies/index.js';
import { endOfficerSessions, officerLogin, removeTwoFactor } from '../auth/index.js';

export interface GrantInput {
  role: OfficerRole;
  agencyId: string;
  unitId?: string | null | undefined;
  /** How the officer signs for the agency of this grant; none: in the capacity each paper names. */
  signingAuthority?: SigningAuthority | null | undefined;
  signingPosition?: string | undefined;
}

export interface OfficerInput {
  username: string;
  fullName: string;
  title: string;
  email: string;
  phone: string;
  password: string;
  grants: GrantInput[];
}


const OFFICER = { vi: 'cán bộ', en: 'Officer' };

/** `alsoAdministered`: agencies the change touches besides those of the new grants (roles taken away). */
async function assertGrantsAllowed(db: Queryable, actor: Actor & { kind: 'officer' }, grants: GrantInput[], alsoAdministered: string[] = []): Promise<void> {
  await assertAdministersEvery(db, actor.officer, [...grants.map((grant) => grant.agencyId), ...alsoAdministered]);
  for (const grant of grants) {
    const problem = signerAuthorityProblem(grant.signingAuthority ?? null, grant.signingPosition ?? '');
    if (problem) throw new AppError(400, 'signing_authority_invalid', problem.vi, problem.en, 'grants');
    if (!grant.unitId) continue;
    const unit = await db.query('SELECT 1 FROM unit_directory WHERE id = $1 AND agency_id = $2', [grant.unitId, grant.agencyId]);
    if (unit.rowCount === 0) {
      throw new AppError(400, 'unit_not_in_agency', 'Đơn vị không thuộc cơ quan đã chọn.', 'The unit does not belong to that agency.', 'grants');
    }
  }
}

async function writeGrants(tx: Queryable, officerId: string, grants: GrantInput[]): Promise<void> {
  await tx.query('DELETE FROM officer_roles WHERE officer_id = $1', [officerId]);
  for (const grant of grants) {
    await tx.query(
      `INSERT INTO officer_roles (officer_id, role, agency_id, unit_id, signing_authority, signing_position) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [officerId, grant.role, grant.agencyId, grant.unitId ?? null, grant.signingAuthority ?? null, (grant.signingPosition ?? '').normalize('NFC').trim()],
    );
  }
}

/** Creates an officer's account with their roles; the officer changes the initial password at first sign-in. */
export async function createOfficer(db: Database, actor: Actor & { kind: 'officer' }, input: OfficerInput): Promise<string> {
  await assertGrantsAllowed(db, actor, input.grants);
  assertAcceptablePassword(input.password, 'officer', [input.username, input.email], 'password');
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO officers (username, full_name, title, email, phone, password_hash, must_change_password) VALUES ($1, $2, $3, $4, $5, $6, true) RETURNING id`,
        [officerLogin(input.username), input.fullName.normalize('NFC'), input.title.normalize('NFC'), input.email, input.phone, passwordHash],
      );
      const id = rows[0]!.id;
      await writeGrants(tx, id, input.grants);
      await appendAudit(tx, actor, { action: 'officer.create', entityType: 'officer', entityId: id, details: { username: input.username, grants: input.grants } });
      return id;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError(409, 'username_taken', `Tên đăng nhập ${input.username} đã tồn tại.`, `Username ${input.username} is taken.`, 'username');
    }
    throw error;
  }
}

/** The agencies where an officer holds a role; 404 for no such officer. */
async function agenciesOfOfficer(db: Queryable, officerId: string): Promise<string[]> {
  const { rows } = await db.query<{ agency_id: string | null }>(
    'SELECT DISTINCT r.agency_id FROM officers o LEFT JOIN officer_roles r ON r.officer_id = o.id WHERE o.id = $1',
    [officerId],
  );
  if (rows.length === 0) throw notFound(OFFICER);
  return rows.flatMap((row) => (row.agency_id ? [row.agency_id] : []));
}

export async function replaceGrants(db: Database, actor: Actor & { kind: 'officer' }, officerId: string, grants: GrantInput[]): Promise<void> {
  // Taking a role away is as much an act of administration as giving one.
  await assertGrantsAllowed(db, actor, grants, await agenciesOfOfficer(db, officerId));
  await db.transaction(async (tx) => {
    await writeGrants(tx, officerId, grants);
    await endOfficerSessions(tx, officerId);
    await appendAudit(tx, actor, { action: 'officer.grants.replace', entityType: 'officer', entityId: officerId, details: { grants } });
  });
}

/**
 * Disables an officer (they can no longer sign in, their sessions end at once, no step is offered
 * to them) or enables them again; their roles and everything they did stay. Like a change of
 * roles, it needs an administrator of every agency where they hold one.
 */
export async function setOfficerActive(db: Database, actor: Actor & { kind: 'officer' }, officerId: string, active: boolean): Promise<void> {
  await assertAdministersEvery(db, actor.officer, await agenciesOfOfficer(db, officerId));
  if (!active && officerId === actor.officer.id) {
    throw new AppError(409, 'cannot_disable_self', 'Bạn không thể tự khoá tài khoản của chính mình.', 'You cannot disable your own account.');
  }
  await db.transaction(async (tx) => {
    await tx.query('UPDATE officers SET active = $2 WHERE id = $1', [officerId, active]);
    if (!active) await endOfficerSessions(tx, officerId);
    await appendAudit(tx, actor, { action: active ? 'officer.enable' : 'officer.disable', entityType: 'officer', entityId: officerId });
  });
}

/**
 * Gives an officer a temporary password (they forgot theirs, or it may be known to others): their
 * sessions end and they must change it at their next sign-in. Needs an administrator of every
 * agency where they hold a role.
 */
export async function resetOfficerPassword(db: Database, actor: Actor & { kind: 'officer' }, officerId: string, temporaryPassword: string): Promise<void> {
  await assertAdministersEvery(db, actor.officer, await agenciesOfOfficer(db, officerId));
  const { rows } = await db.query<{ username: string; email: string }>('SELECT username, email FROM officers WHERE id = $1', [officerId]);
  assertAcceptablePassword(temporaryPassword, 'officer', [rows[0]!.username, rows[0]!.email], 'temporaryPassword');
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE officers SET password_hash = $2, must_change_password = true WHERE id = $1', [officerId, passwordHash]);
    await endOfficerSessions(tx, officerId);
    await appendAudit(tx, actor, { action: 'officer.password_reset', entityType: 'officer', entityId: officerId });
  });
}

/**
 * Forgets an officer's authenticator app and recovery codes (a lost phone): their sessions end, and
 * they sign in with the password alone until they set up two-factor sign-in again, which their
 * roles may require at once.
 */
export async function resetOfficerTwoFactor(db: Database, actor: Actor & { kind: 'officer' }, officerId: string): Promise<void> {
  await assertAdministersEvery(db, actor.officer, await agenciesOfOfficer(db, officerId));
  await db.transaction(async (tx) => {
    await removeTwoFactor(tx, officerId);
    await endOfficerSessions(tx, officerId);
    await appendAudit(tx, actor, { action: 'officer.two_factor_reset', entityType: 'officer', entityId: officerId });
  });
}

/** Where a process step is handled: the role it needs, in an agency and perhaps one unit of it. */
export interface StepPost {
  role: string;
  agencyId: string;
  unitId: string | null;
}

export interface EligibleOfficer {
  id: string;
  fullName: string;
  title: string;
  /** The unit in which the officer holds the role; none when they hold it for the whole agency. */
  unit: { id: string; name: string } | null;
}

// Vietnamese alphabetical order (Đ after D): the databases' collations differ.
const byVietnameseName = new Intl.Collator('vi');

/**
 * The active officers who may take a step: they hold its role in its agency, in the step's unit
 * or for the whole agency. `onlyOfficerId` asks about one officer.
 */
export async function officersForStep(db: Queryable, post: StepPost, onlyOfficerId?: string): Promise<EligibleOfficer[]> {
  const { rows } = await db.query<{ id: string; full_name: string; title: string; unit_id: string | null; unit_name: string | null }>(
    `SELECT DISTINCT ON (o.id) o.id, o.full_name, o.title, u.id AS unit_id, u.name AS unit_name
       FROM officer_roles r JOIN officers o ON o.id = r.officer_id LEFT JOIN unit_directory u ON u.id = r.unit_id
      WHERE o.active AND r.role = $1 AND r.agency_id = $2 AND ($3::uuid IS NULL OR r.unit_id IS NULL OR r.unit_id = $3)
        AND ($4::uuid IS NULL OR o.id = $4)
      ORDER BY o.id, r.unit_id IS NULL`,
    [post.role, post.agencyId, post.unitId, onlyOfficerId ?? null],
  );
  rows.sort((a, b) => byVietnameseName.compare(a.full_name, b.full_name));
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    title: row.title,
    unit: row.unit_id ? { id: row.unit_id, name: row.unit_name! } : null,
  }));
}

export interface OfficerSearch {
  /** One agency of those administered; without it, every agency the administrator administers. */
  agencyId?: string | undefined;
  /** Part of a name, username or e-mail address, with or without diacritics. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The officers an administrator manages (a role in an agency they administer, or below it), found
 * by part of their name, username or e-mail without regard to diacritics or case, in the order of
 * their names; a page of them with how many there are.
 */
export async function searchOfficers(db: Database, actor: Actor & { kind: 'officer' }, search: OfficerSearch): Promise<{ items: OfficerAccount[]; total: number }> {
  const administering = [...new Set(actor.officer.grants.filter((grant) => grant.role === 'admin').map((grant) => grant.agencyId))];
  // An officer who administers nothing is refused, not shown an empty list.
  await assertAdministersEvery(db, actor.officer, search.agencyId ? [search.agencyId] : administering);
  const q = search.q?.trim() ? search.q.trim() : null;
  // One statement: the page and the count of the same officers (a page past the end still says how many there are).
  const { rows } = await db.query<{ total: string; items: OfficerAccount[] }>(
    `WITH RECURSIVE administered AS (
       SELECT id FROM agency_directory WHERE id = ANY($1::uuid[])
       UNION SELECT a.id FROM agency_directory a JOIN administered above ON a.parent_id = above.id),
     found AS (
       SELECT o.* FROM officers o
        WHERE EXISTS (SELECT 1 FROM officer_roles r WHERE r.officer_id = o.id AND r.agency_id IN (SELECT id FROM administered)
                         AND ($2::uuid IS NULL OR r.agency_id = $2))
          AND ($3::text IS NULL OR ${containsText("search_key(concat_ws(' ', o.full_name, o.username, o.email))", 'search_key($3)')})),
     page AS (SELECT * FROM found ORDER BY search_key(full_name), username LIMIT $4 OFFSET $5)
     SELECT (SELECT count(*) FROM found) AS total,
            coalesce((SELECT json_agg(json_build_object(
                'id', o.id, 'username', o.username, 'fullName', o.full_name, 'title', o.title, 'email', o.email, 'phone', o.phone, 'active', o.active,
                'mustChangePassword', o.must_change_password,
                'twoFactorEnabled', EXISTS (SELECT 1 FROM officer_two_factor_status t WHERE t.officer_id = o.id AND t.enabled),
                'grants', (SELECT coalesce(json_agg(json_build_object('role', r.role, 'agencyId', r.agency_id, 'unitId', r.unit_id,
                                                  'signingAuthority', r.signing_authority, 'signingPosition', r.signing_position)), '[]')
                             FROM officer_roles r WHERE r.officer_id = o.id))
              ORDER BY search_key(o.full_name), o.username) FROM page o), '[]') AS items`,
    [administering, search.agencyId ?? null, q, search.limit, search.offset],
  );
  return { total: Number(rows[0]!.total), items: rows[0]!.items };
}
