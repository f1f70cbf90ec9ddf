import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isOfficerRole, needsTwoFactor } from '@motcua/core';
import { CITIZEN_API_PREFIX, CSRF_HEADER, OFFICER_COOKIES } from '@motcua/contract';
import type { Database, Queryable } from '../db/database.js';
import type { Actor, AuthenticatedOfficer, RoleGrant } from './actor.js';
import { AppError } from './errors.js';
import { TtlCache } from './ttl-cache.js';

export const SESSION_COOKIE = OFFICER_COOKIES.session;

declare module 'fastify' {
  interface FastifyRequest {
    officer: AuthenticatedOfficer | null;
    /** The hash of the session token that signed this request in, in either realm: signing out ends exactly that session. */
    sessionTokenHash: string | null;
    /** What the signed-in officer must do to their account before any other work (platform/route-access.ts holds them to it). */
    officerAccountSetUp: AccountSetUp | null;
  }
}

/**
 * What an officer must do to their own account before the API does anything else for them: change
 * the password an administrator gave them, or turn on two-factor sign-in that their roles require.
 */
export type AccountSetUp = 'password_change' | 'two_factor_set_up';

export function accountSetUpOf(
  account: { mustChangePassword: boolean; twoFactorEnabled: boolean; grants: ReadonlyArray<{ role: RoleGrant['role'] }> },
  requireTwoFactor: boolean,
): AccountSetUp | null {
  if (account.mustChangePassword) return 'password_change';
  return requireTwoFactor && !account.twoFactorEnabled && needsTwoFactor(account.grants) ? 'two_factor_set_up' : null;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export async function loadGrants(db: Queryable, officerId: string): Promise<RoleGrant[]> {
  const { rows } = await db.query<{ role: string; agency_id: string; unit_id: string | null }>(
    'SELECT role, agency_id, unit_id FROM officer_roles WHERE officer_id = $1',
    [officerId],
  );
  return rows.flatMap((row) => (isOfficerRole(row.role) ? [{ role: row.role, agencyId: row.agency_id, unitId: row.unit_id }] : []));
}

interface SessionRow {
  officer_id: string;
  csrf_token: string;
  username: string;
  full_name: string;
  must_change_password: boolean;
  two_factor_enabled: boolean;
  grants: Array<{ role: string; agencyId: string; unitId: string | null }>;
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The token of an `Authorization: Bearer <token>` header (the scheme in any case, any spacing); undefined for anything else. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')?.[1];
}

/**
 * Whether a request is for the citizen realm, by the route it reached: its URL may spell the same
 * path otherwise (`/api/%63itizen/…`).
 */
export const isCitizenRoute = (request: FastifyRequest) => request.routeOptions.url?.startsWith(CITIZEN_API_PREFIX) ?? false;

export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sessions recently seen, so that an officer's every click does not cost a database round trip.
 * Signing out or a change of roles on this instance takes effect at once; on other instances
 * within `SESSION_CACHE_MS`.
 */
const SESSION_CACHE_MS = 10_000;

export interface SessionCache {
  forget(tokenHash: string): void;
  forgetAll(): void;
}

async function readSession(db: Database, tokenHash: string): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>(
    `SELECT s.officer_id, s.csrf_token, o.username, o.full_name, o.must_change_password,
            EXISTS (SELECT 1 FROM officer_two_factor t WHERE t.officer_id = o.id AND t.enabled_at IS NOT NULL) AS two_factor_enabled,
            (SELECT coalesce(json_agg(json_build_object('role', r.role, 'agencyId', r.agency_id, 'unitId', r.unit_id)), '[]')
               FROM officer_roles r WHERE r.officer_id = o.id) AS grants
       FROM sessions s JOIN officers o ON o.id = s.officer_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND o.active`,
    [tokenHash],
  );
  return rows[0];
}

/**
 * Resolves the officer behind a request from the session cookie (browsers) or a bearer token
 * (API clients). Cookie-authenticated writes must echo the session's CSRF token in a header:
 * a cross-site form cannot read it, so it cannot forge the write.
 */
export function installAuthentication(app: FastifyInstance, db: Database, requireTwoFactor: boolean): SessionCache {
  const cache = new TtlCache<string, SessionRow | undefined>(SESSION_CACHE_MS, (session) => session !== undefined);
  app.decorateRequest('officer', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('officerAccountSetUp', null);
  app.addHook('onRequest', async (request) => {
    // Citizens have a realm of their own (modules/citizens): an officer's cookies, present in the
    // same browser, must neither sign them in there nor demand the officer's CSRF token.
    if (isCitizenRoute(request)) return;
    const bearer = bearerToken(request.headers.authorization);
    const cookie = request.cookies[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (!token) return;
    const tokenHash = hashToken(token);
    const session = await cache.get(tokenHash, () => readSession(db, tokenHash));
    if (!session) return;
    if (!bearer && UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrf_token)) {
        throw new AppError(403, 'csrf_failed', 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.', 'Missing or wrong CSRF token.');
      }
    }
    const grants = session.grants.flatMap((grant) => (isOfficerRole(grant.role) ? [{ ...grant, role: grant.role }] : []));
    request.officer = { id: session.officer_id, username: session.username, fullName: session.full_name, grants };
    request.sessionTokenHash = tokenHash;
    request.officerAccountSetUp = accountSetUpOf({ mustChangePassword: session.must_change_password, twoFactorEnabled: session.two_factor_enabled, grants }, requireTwoFactor);
  });
  return { forget: (tokenHash) => cache.delete(tokenHash), forgetAll: () => cache.clear() };
}

const unauthenticated = () => new AppError(401, 'unauthenticated', 'Vui lòng đăng nhập.', 'Sign in first.');

/** The signed-in officer, or a 401 for the caller. */
export function requireOfficer(request: FastifyRequest): AuthenticatedOfficer {
  if (!request.officer) throw unauthenticated();
  return request.officer;
}

/** The signed-in officer and the session that signed the request in (to sign out), or a 401. */
export function requireOfficerSession(request: FastifyRequest): { officer: AuthenticatedOfficer; tokenHash: string } {
  if (!request.officer || !request.sessionTokenHash) throw unauthenticated();
  return { officer: request.officer, tokenHash: request.sessionTokenHash };
}

export function officerActor(request: FastifyRequest): Actor & { kind: 'officer' } {
  return { kind: 'officer', officer: requireOfficer(request), ip: request.ip };
}
