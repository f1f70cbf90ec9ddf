import type { FastifyInstance } from 'fastify';
import { type Session, signIn } from './http.js';
import { PASSWORD } from './province.js';

/**
 * An administrator of one agency only (a commune's, say), made by an administrator above it
 * through the API and signed in: the test province has none below the province.
 */
export async function agencyAdministrator(app: FastifyInstance, creator: Session, agencyId: string, username: string): Promise<Session> {
  const created = await creator.request('POST', '/api/v1/officers', { username, fullName: 'Quản Trị Cấp Xã', password: PASSWORD, grants: [{ role: 'admin', agencyId }] });
  if (created.statusCode !== 201) throw new Error(`creating ${username} failed: ${created.statusCode} ${created.body}`);
  return signIn(app, username);
}
