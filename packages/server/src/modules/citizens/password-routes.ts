import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { requireCitizen } from '../../platform/citizen-authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { changeCitizenPassword, requestPasswordReset, resetPassword } from './passwords.js';

const TAGS = ['citizens'];
const Login = Type.String({ minLength: 1, maxLength: 200, description: 'The e-mail address or mobile number of the account' });
const NewPassword = Type.String({ minLength: 1, maxLength: 200 });

// Per address: the per-account limits (codes an hour, guesses a code) are the service's.
const resetKey = (request: FastifyRequest) => `password-reset|${request.ip}`;

/** A forgotten password reset by a code sent to the account's e-mail or phone, and the signed-in citizen's change of password. */
export function citizenPasswordRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.post(
      '/api/citizen/password-reset',
      {
        config: { rule: 'public', rateLimit: { ...limits.login, keyGenerator: resetKey } },
        schema: {
          tags: TAGS,
          summary: 'Quên mật khẩu: gửi mã xác nhận đến email hoặc điện thoại của tài khoản',
          description:
            'A six-digit code, valid 15 minutes, goes to the e-mail address or mobile number typed, if an account has it (three codes an hour at most). The answer is the same whether or not an account exists.',
          body: Type.Object({ login: Login }),
          response: { 202: Type.Object({ channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]) }), 400: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const channel = await requestPasswordReset(ctx.db, ctx.signing.vault, ctx.notify, request.body, { ip: request.ip, now: ctx.now() });
        return reply.status(202).send({ channel });
      },
    );

    app.post(
      '/api/citizen/password-reset/confirm',
      {
        config: { rule: 'public', rateLimit: { ...limits.login, keyGenerator: resetKey } },
        schema: {
          tags: TAGS,
          summary: 'Đặt mật khẩu mới bằng mã xác nhận',
          description:
            'The latest code sent to that login works once, until five wrong guesses. Every session of the account ends; the citizen then signs in with the new password. 400 `reset_code_invalid` alike for a wrong, used or expired code and for a login no account has.',
          body: Type.Object({ login: Login, code: Type.String({ minLength: 1, maxLength: 20 }), newPassword: NewPassword }),
          response: { 204: Type.Null(), 400: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        await resetPassword(ctx.db, request.body, { ip: request.ip, now: ctx.now() });
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/citizen/password',
      {
        config: { rule: 'citizen-themself', rateLimit: { ...limits.login, keyGenerator: (request) => `citizen-password|${request.citizen?.id ?? request.ip}` } },
        schema: {
          tags: TAGS,
          summary: 'Đổi mật khẩu tài khoản công dân',
          description: 'The current password, then the new one. The account’s other sessions end; this one stays.',
          body: Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: NewPassword }),
          response: { 204: Type.Null(), 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        await changeCitizenPassword(ctx.db, requireCitizen(request), request.body, { tokenHash: request.sessionTokenHash!, ip: request.ip });
        return reply.status(204).send(null);
      },
    );
  };
}
