import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { OFFICER_COOKIES } from '@motcua/contract';
import type { AppContext } from '../../app-context.js';
import { requireOfficer, requireOfficerSession } from '../../platform/authentication.js';
import type { FastifyRequest } from 'fastify';
import { clearSessionCookies, setSessionCookies } from '../../platform/session-cookies.js';
import { QUEUES } from '../../platform/dossier-rules.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { officerCapabilities } from '../../platform/policies.js';
import { rateLimits, signInKey } from '../../platform/rate-limits.js';
import { RoleGrantSchema } from '../../platform/schemas.js';
import { type SignedInAccount, changePassword, officerLogin, signIn, signOut, signedInAccount } from './service.js';
import { confirmTwoFactor, startTwoFactorSetUp, turnOffTwoFactor } from './two-factor.js';

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
  assistancePointIds: Type.Array(Type.String(), { description: 'The assisted-digital points (or reception desks) where the officer submits dossiers for citizens present (POST /api/v1/assisted/dossiers)' }),
  documentAgencyIds: Type.Array(Type.String(), { description: 'The agencies whose document registers and work records the officer reads (GET /api/v1/documents/incoming, GET /api/v1/work-records)' }),
  accountSetUp: Type.Union([Type.Literal('password_change'), Type.Literal('two_factor_set_up'), Type.Null()], {
    description: 'What the officer must do to their account before the API answers anything else (403 `password_change_required` or `two_factor_setup_required` until then)',
  }),
  twoFactorEnabled: Type.Boolean({ description: 'Whether the officer signs in with a code from an authenticator app' }),
}));

/** The officer with what they may do, so that clients need no copy of the rules. */
const described = (officer: SignedInAccount) => ({ ...officer, ...officerCapabilities(officer) });

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
            'Sets the session cookie and returns the CSRF token to send as x-csrf-token; API clients may send the token as a bearer token instead. Five wrong passwords in a row lock the username out for a minute, doubling with each further failure up to an hour: 429 `account_locked` with Retry-After. An officer with two-factor sign-in sends `code` too (the six digits of the authenticator app, or a recovery code): without it a right password is answered 401 `two_factor_required`; a wrong code is 401 `two_factor_invalid` and counts as a failure.',
          body: Type.Object({
            username: Type.String({ minLength: 1, maxLength: 100 }),
            password: Type.String({ minLength: 1, maxLength: 200 }),
            code: Type.Optional(Type.String({ maxLength: 20 })),
          }),
          response: {
            200: Type.Object({ token: Type.String(), csrfToken: Type.String(), expiresAt: Type.String(), officer: Officer }),
            401: errorResponseSchema,
            429: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const session = await signIn(ctx.db, ctx.signing.vault, {
          ...request.body,
          ip: request.ip,
          sessionHours: ctx.config.sessionHours,
          now: ctx.now(),
          requireTwoFactor: ctx.config.requireTwoFactor,
        });
        setSessionCookies(reply, OFFICER_COOKIES, session, ctx.config.secureCookies);
        return { ...session, officer: described(session.officer), expiresAt: session.expiresAt.toISOString() };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      { config: { rule: 'own-officer-account' }, schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: Type.Null(), 401: errorResponseSchema } } },
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
      { config: { rule: 'own-officer-account' }, schema: { tags: ['auth'], summary: 'Cán bộ đang đăng nhập', response: { 200: Officer, 401: errorResponseSchema } } },
      async (request) => described(await signedInAccount(ctx.db, requireOfficer(request), request.officerAccountSetUp)),
    );

    // What a signed-in officer tries against their own password is limited per account, whatever the address.
    const ownAccountLimit = { ...limits.login, keyGenerator: (request: FastifyRequest) => `own-account|${request.officer?.id ?? request.ip}` };
    const afterAccountChange = (request: FastifyRequest) => ctx.sessions.forget(requireOfficerSession(request).tokenHash);

    app.put(
      '/api/v1/auth/password',
      {
        config: { rule: 'own-officer-account', rateLimit: ownAccountLimit },
        schema: {
          tags: ['auth'],
          summary: 'Đổi mật khẩu của chính mình',
          description:
            'Also the way out of `password_change_required` (a new account, or a password an administrator reset). The officer’s other sessions end; this one stays. 400 `wrong_password` for a wrong current password, `invalid_input` on newPassword for one the policy refuses.',
          body: Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: { 204: Type.Null(), 400: errorResponseSchema, 401: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const { officer, tokenHash } = requireOfficerSession(request);
        await changePassword(ctx.db, officer, request.body, { tokenHash, ip: request.ip });
        ctx.sessions.forgetAll();
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/two-factor/set-up',
      {
        config: { rule: 'own-officer-account' },
        schema: {
          tags: ['auth'],
          summary: 'Bắt đầu cài xác thực hai lớp (ứng dụng xác thực)',
          description: 'A new secret for an authenticator app, as text and as the otpauth URI its QR code carries. Nothing changes at sign-in until POST /api/v1/auth/two-factor/confirm checks a code from the app.',
          response: {
            200: Type.Object({ secret: Type.String({ description: 'Base32, to type into the app by hand' }), otpauthUri: Type.String() }),
            401: errorResponseSchema,
            409: errorResponseSchema,
          },
        },
      },
      async (request) => startTwoFactorSetUp(ctx.db, ctx.signing.vault, requireOfficer(request)),
    );

    app.post(
      '/api/v1/auth/two-factor/confirm',
      {
        config: { rule: 'own-officer-account', rateLimit: ownAccountLimit },
        schema: {
          tags: ['auth'],
          summary: 'Bật xác thực hai lớp bằng mã từ ứng dụng',
          description: 'Turns two-factor sign-in on and returns ten recovery codes, each good for one sign-in instead of the app: they are shown this once, only their hashes are kept.',
          body: Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) }),
          response: { 200: Type.Object({ recoveryCodes: Type.Array(Type.String()) }), 400: errorResponseSchema, 401: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => {
        const recoveryCodes = await confirmTwoFactor(ctx.db, ctx.signing.vault, requireOfficer(request), request.body.code, request.ip, ctx.now());
        afterAccountChange(request);
        return { recoveryCodes };
      },
    );

    app.delete(
      '/api/v1/auth/two-factor',
      {
        config: { rule: 'own-officer-account', rateLimit: ownAccountLimit },
        schema: {
          tags: ['auth'],
          summary: 'Tắt xác thực hai lớp (cần mật khẩu)',
          description: 'Refused (409 `two_factor_required_by_role`) to administrators and agency leaders where the installation requires it of them.',
          body: Type.Object({ password: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: { 204: Type.Null(), 400: errorResponseSchema, 401: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        await turnOffTwoFactor(ctx.db, requireOfficer(request), request.body.password, { ip: request.ip, requireTwoFactor: ctx.config.requireTwoFactor });
        afterAccountChange(request);
        return reply.status(204).send(null);
      },
    );
  };
}
