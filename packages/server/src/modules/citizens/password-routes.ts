import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { requireCitizen } from '../../platform/citizen-authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { NOTIFICATION_CHANNELS, toVietnamIso } from '@motcua/core';
import { component } from '../../platform/components.js';
import { changeCitizenPassword, requestPasswordReset, resetPassword } from './passwords.js';
import { requestVerificationCode, verifyContact } from './contacts.js';
import { SignedIn } from './schema.js';

const TAGS = ['citizens'];
const ContactChannel = component(
  'ContactChannel',
  Type.Enum(NOTIFICATION_CHANNELS, { description: "Which of the account's contacts: `email` its e-mail address, `sms` its mobile number" }),
);
const Code = Type.String({ minLength: 1, maxLength: 20, description: 'The six digits received; spaces and dashes are ignored' });
const Login = Type.String({ minLength: 1, maxLength: 200, description: 'The e-mail address or mobile number of the account' });
const NewPassword = Type.String({ minLength: 1, maxLength: 200 });

// Per address: the per-account limits (codes an hour, guesses a code) are the service's.
const resetKey = (request: FastifyRequest) => `password-reset|${request.ip}`;

/**
 * A forgotten password reset by a code sent to the account's verified e-mail or phone, the
 * signed-in citizen's change of password, and the verification of their contacts.
 */
export function citizenPasswordRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.post(
      '/api/citizen/password-reset',
      {
        config: { rule: 'public', rateLimit: { ...limits.login, keyGenerator: resetKey } },
        schema: {
          tags: TAGS,
          summary: 'Quên mật khẩu: gửi mã xác nhận đến email hoặc điện thoại đã xác nhận của tài khoản',
          description:
            'A six-digit code, valid 15 minutes, goes to the e-mail address or mobile number typed, if an account has it and the citizen verified it (three codes an hour at most to one contact). The answer is the same whether or not an account exists or its contact is verified; the audit log keeps which (`contact_not_verified`).',
          body: Type.Object({ login: Login }),
          response: { 202: Type.Object({ channel: ContactChannel }), 400: errorResponseSchema, 429: errorResponseSchema },
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
          body: Type.Object({ login: Login, code: Code, newPassword: NewPassword }),
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

    // Per account, like the change of password: the per-contact limit (three codes an hour) is the service's.
    const contactRateLimit = { ...limits.login, keyGenerator: (request: FastifyRequest) => `citizen-contacts|${request.citizen?.id ?? request.ip}` };

    app.post(
      '/api/citizen/me/contacts/verification-code',
      {
        config: { rule: 'citizen-themself', rateLimit: contactRateLimit },
        schema: {
          tags: TAGS,
          summary: 'Gửi lại mã xác nhận thư điện tử hoặc số điện thoại của tài khoản',
          description:
            'A new six-digit code, valid 15 minutes, to the contact named, if the account has it and it is not verified yet: 400 `no_such_contact`, 409 `contact_already_verified`; three codes an hour at most to one contact (429 `too_many_codes`), 503 `channel_not_configured` when the installation sends no e-mail or SMS.',
          body: Type.Object({ channel: ContactChannel }),
          response: {
            202: Type.Object({ channel: ContactChannel, expiresAt: Type.String({ description: 'ISO 8601: when the code stops working' }) }),
            400: errorResponseSchema,
            401: errorResponseSchema,
            403: errorResponseSchema,
            409: errorResponseSchema,
            429: errorResponseSchema,
            503: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const sent = await requestVerificationCode(ctx.db, ctx.signing.vault, ctx.notify, requireCitizen(request), request.body.channel, { ip: request.ip, now: ctx.now() });
        return reply.status(202).send({ channel: sent.channel, expiresAt: toVietnamIso(sent.expiresAt) });
      },
    );

    app.post(
      '/api/citizen/me/contacts/verification',
      {
        config: { rule: 'citizen-themself', rateLimit: contactRateLimit },
        schema: {
          tags: TAGS,
          summary: 'Xác nhận thư điện tử hoặc số điện thoại của tài khoản bằng mã đã nhận',
          description:
            'The latest code sent to that contact works once, for 15 minutes, until five wrong guesses; then the contact is verified and may receive password reset codes. 400 `verification_code_invalid` alike for a wrong, used or expired code. Answers the account as it now is.',
          body: Type.Object({ channel: ContactChannel, code: Code }),
          response: { 200: SignedIn, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => ({ citizen: await verifyContact(ctx.db, requireCitizen(request), request.body, { ip: request.ip, now: ctx.now() }) }),
    );
  };
}
