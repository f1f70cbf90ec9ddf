import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { OFFICER_COOKIES } from '@motcua/contract';
import type { AppContext } from '../../app-context.js';
import { requireOfficer, requireOfficerSession } from '../../platform/authentication.js';
import { clearSessionCookies, setSessionCookies } from '../../platform/session-cookies.js';
import type { AuthenticatedOfficer } from '../../platform/actor.js';
import { QUEUES } from '../../platform/dossier-rules.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { officerCapabilities } from '../../platform/policies.js';
import { rateLimits, signInKey } from '../../platform/rate-limits.js';
import { RoleGrantSchema } from '../../platform/schemas.js';
import { officerLogin, signIn, signOut } from './service.js';

const Officer = component('SignedInOfficer', Type.Object({
  id: Type.String(),
  username: Type.String(),
  fullName: Type.String(),
  grants: Type.Array(RoleGrantSchema),
  queues: Type.Array(component('QueueEntry', Type.Object({ queue: Type.Enum(QUEUES), label: Type.String(), labelEn: Type.String() })), {
    description: 'The work queues worth showing this officer (GET /api/v1/dossiers?queue=…), in order',
  }),
  receptionDeskIds: Type.Array(Type.String(), { description: 'Agencies where the officer receives dossiers at the counter' }),
  administeredAgencyIds: Type.Array(Type.String(), { description: 'Agencies the officer administers, each with every agency below it' }),
  followsUpNotices: Type.Boolean({ description: 'Whether the officer follows up notices to applicants (GET /api/v1/notifications)' }),
  statisticsAgencyIds: Type.Array(Type.String(), { description: 'The agencies whose leaders’ statistics the officer reads, each with everything below it (GET /api/v1/statistics)' }),
}));

/** The officer with what they may do, so that clients need no copy of the rules. */
const described = (officer: AuthenticatedOfficer) => ({ ...officer, ...officerCapabilities(officer) });

export function authRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.post(
      '/api/v1/auth/login',
      {
        config: { rule: 'public', rateLimit: { ...limits.login, keyGenerator: signInKey((body) => officerLogin((body as { username: string }).username)) } },
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập cán bộ',
          description:
            'Sets the session cookie and returns the CSRF token to send as x-csrf-token; API clients may send the token as a bearer token instead. Five wrong passwords in a row lock the username out for a minute, doubling with each further failure up to an hour: 429 `account_locked` with Retry-After.',
          body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: {
            200: Type.Object({ token: Type.String(), csrfToken: Type.String(), expiresAt: Type.String(), officer: Officer }),
            401: errorResponseSchema,
            429: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const session = await signIn(ctx.db, { ...request.body, ip: request.ip, sessionHours: ctx.config.sessionHours, now: ctx.now() });
        setSessionCookies(reply, OFFICER_COOKIES, session, ctx.config.secureCookies);
        return { ...session, officer: described(session.officer), expiresAt: session.expiresAt.toISOString() };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      { config: { rule: 'signed-in-officer' }, schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: Type.Null(), 401: errorResponseSchema } } },
      async (request, reply) => {
        const { officer, tokenHash } = requireOfficerSession(request);
        await signOut(ctx.db, tokenHash, officer, request.ip);
        ctx.sessions.forget(tokenHash);
        clearSessionCookies(reply, OFFICER_COOKIES);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/me',
      { config: { rule: 'signed-in-officer' }, schema: { tags: ['auth'], summary: 'Cán bộ đang đăng nhập', response: { 200: Officer, 401: errorResponseSchema } } },
      async (request) => described(requireOfficer(request)),
    );
  };
}
