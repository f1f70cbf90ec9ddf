import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CITIZEN_COOKIES, CSRF_HEADER } from '@motcua/contract';
import type { Database } from '../db/database.js';
import type { Actor } from './actor.js';
import { UNSAFE_METHODS, hashToken, isCitizenRoute, sameSecret } from './authentication.js';
import { AppError } from './errors.js';

import type { CitizenAccount as Citizen } from '@motcua/core';

export type { Citizen };

declare module 'fastify' {
  interface FastifyRequest {
    citizen: Citizen | null;
  }
}

export interface CitizenRow {
  id: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  id_number: string | null;
  commune_id: string | null;
  email_verified_at: Date | null;
  phone_verified_at: Date | null;
}

/** The columns of `citizens` a CitizenRow holds, to select or return them (`c.`: of the alias c). */
export const citizenColumns = (alias = '') =>
  ['id', 'full_name', 'email', 'phone', 'id_number', 'commune_id', 'email_verified_at', 'phone_verified_at'].map((column) => `${alias}${column}`).join(', ');

export const citizenView = (row: CitizenRow): Citizen => ({
  id: row.id,
  fullName: row.full_name,
  email: row.email,
  phone: row.phone,
  idNumber: row.id_number,
  communeId: row.commune_id,
  emailVerified: row.email_verified_at !== null,
  phoneVerified: row.phone_verified_at !== null,
});

/**
 * Resolves the citizen behind a request to /api/citizen/ from the session cookie (browsers only:
 * the citizen realm has no bearer tokens). Writes must echo the session's CSRF token in
 * x-csrf-token, exactly as in the officer realm.
 */
export function installCitizenAuthentication(app: FastifyInstance, db: Database): void {
  app.decorateRequest('citizen', null);
  app.addHook('onRequest', async (request) => {
    if (!isCitizenRoute(request)) return;
    const token = request.cookies[CITIZEN_COOKIES.session];
    if (!token) return;
    const tokenHash = hashToken(token);
    const { rows } = await db.query<CitizenRow & { csrf_token: string }>(
      `SELECT ${citizenColumns('c.')}, s.csrf_token
         FROM citizen_sessions s JOIN citizens c ON c.id = s.citizen_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    const session = rows[0];
    if (!session) return;
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrf_token)) {
        throw new AppError(403, 'csrf_failed', 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.', 'Missing or wrong CSRF token.');
      }
    }
    request.citizen = citizenView(session);
    request.sessionTokenHash = tokenHash;
  });
}

/** The signed-in citizen, or a 401 for the caller. */
export function requireCitizen(request: FastifyRequest): Citizen {
  if (!request.citizen) {
    throw new AppError(401, 'unauthenticated', 'Vui lòng đăng nhập tài khoản công dân.', 'Sign in to your citizen account first.');
  }
  return request.citizen;
}

/** A citizen acts on dossiers as their applicant; the audit log keeps the account. */
export type CitizenActor = Actor & { kind: 'applicant'; citizenId: string };

export const actorOfCitizen = (citizen: Citizen, ip: string): CitizenActor => ({ kind: 'applicant', name: citizen.fullName, ip, citizenId: citizen.id });

export function citizenActor(request: FastifyRequest): CitizenActor {
  return actorOfCitizen(requireCitizen(request), request.ip);
}
