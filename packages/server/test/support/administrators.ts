import type { FastifyInstance } from 'fastify';
import { type Session, signIn } from './http.js';
import { PASSWORD } from './province.js';

const INITIAL_PASSWORD = 'mat-khau-ban-dau';

/**
 * An officer an administrator created through the API, signed in after changing the initial
 * password (which a new account must do before anything else) to the test province's PASSWORD.
 */
export async function signInFirstTime(app: FastifyInstance, creator: Session, officer: Record<string, unknown> & { username: string }): Promise<Session> {
  const created = await creator.request('POST', '/api/v1/officers', { ...officer, password: INITIAL_PASSWORD });
  if (created.statusCode !== 201) throw new Error(`creating ${officer.username} failed: ${created.statusCode} ${created.body}`);
  const first = await signIn(app, officer.username, INITIAL_PASSWORD);
  const changed = await first.request('PUT', '/api/v1/auth/password', { currentPassword: INITIAL_PASSWORD, newPassword: PASSWORD });
  if (changed.statusCode !== 204) throw new Error(`${officer.username} could not change the initial password: ${changed.statusCode} ${changed.body}`);
  return first;
}

/**
 * An administrator of one agency only (a commune's, say), made by an administrator above it
 * through the API and signed in: the test province has none below the province.
 */
export async function agencyAdministrator(app: FastifyInstance, creator: Session, agencyId: string, username: string): Promise<Session> {
  return signInFirstTime(app, creator, { username, fullName: 'Quản Trị Cấp Xã', grants: [{ role: 'admin', agencyId }] });
}
