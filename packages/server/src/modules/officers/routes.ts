import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { OFFICER_ROLES, SIGNING_AUTHORITIES } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { Name, Nullable, writeErrors } from '../../platform/schemas.js';
import { createOfficer, replaceGrants, resetOfficerPassword, resetOfficerTwoFactor, searchOfficers, setOfficerActive } from './service.js';

const Role = component('OfficerRole', Type.Enum(OFFICER_ROLES));
const SigningAuthority = component('SigningAuthority', Type.Enum(SIGNING_AUTHORITIES, {
  description: 'How the officer signs for the agency (Decree 30/2020): head (TM. for a collective body), deputy (KT.), by order (TL.), by authorisation (TUQ.)',
}));
const Grant = component('RoleGrantInput', Type.Object({
  role: Role,
  agencyId: Type.String({ format: 'uuid' }),
  unitId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  signingAuthority: Type.Optional(Nullable(SigningAuthority)),
  signingPosition: Type.Optional(Type.String({ maxLength: 200, description: 'The position printed under the authority, e.g. `Phó Chủ tịch`, `Chánh Văn phòng`' })),
}));
const OfficerGrant = component('OfficerGrant', Type.Object({
  role: Role,
  agencyId: Type.String(),
  unitId: Nullable(Type.String()),
  signingAuthority: Nullable(SigningAuthority),
  signingPosition: Type.String(),
}));

export function officerRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/officers',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['officers'],
          summary: 'Tìm cán bộ trong các cơ quan mình quản trị (quản trị)',
          description: 'By part of a name, username or e-mail, without regard to diacritics or case; in every agency the administrator administers, or in one (`agencyId`). Numbered pages in the order of names, with the total.',
          querystring: Type.Object({
            agencyId: Type.Optional(Type.String({ format: 'uuid' })),
            q: Type.Optional(Type.String({ maxLength: 200 })),
            page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(
                component('Officer', Type.Object({
                  id: Type.String(),
                  username: Type.String(),
                  fullName: Type.String(),
                  title: Type.String(),
                  email: Type.String(),
                  phone: Type.String(),
                  active: Type.Boolean(),
                  mustChangePassword: Type.Boolean({ description: 'The officer must change the password an administrator gave them at their next sign-in' }),
                  twoFactorEnabled: Type.Boolean(),
                  grants: Type.Array(OfficerGrant),
                })),
              ),
              total: Type.Integer(),
            }),
            ...writeErrors,
          },
        },
      },
      async (request) => {
        const { agencyId, q, page, pageSize } = request.query;
        return searchOfficers(ctx.db, officerActor(request), { agencyId, q, limit: pageSize, offset: (page - 1) * pageSize });
      },
    );

    app.post(
      '/api/v1/officers',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['officers'],
          summary: 'Tạo tài khoản cán bộ và phân quyền',
          description: 'The password is the initial one: the officer must change it at first sign-in (403 `password_change_required` until then).',
          body: Type.Object({
            username: Type.String({ pattern: '^[a-zA-Z0-9._-]{3,60}$' }),
            fullName: Name(200, { minLength: 2 }),
            title: Name(200, { minLength: 0, default: '' }),
            email: Type.String({ maxLength: 200, default: '' }),
            phone: Type.String({ maxLength: 30, default: '' }),
            password: Type.String({ minLength: 10, maxLength: 200 }),
            grants: Type.Array(Grant, { minItems: 1 }),
          }),
          response: { 201: Type.Object({ id: Type.String() }), ...writeErrors },
        },
      },
      async (request, reply) => reply.status(201).send({ id: await createOfficer(ctx.db, officerActor(request), request.body) }),
    );

    app.put(
      '/api/v1/officers/:id/grants',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['officers'],
          summary: 'Thay toàn bộ vai trò của cán bộ (phiên đăng nhập hiện có bị huỷ)',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ grants: Type.Array(Grant) }),
          response: { 204: Type.Null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await replaceGrants(ctx.db, officerActor(request), request.params.id, request.body.grants);
        ctx.sessions.forgetAll();
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/v1/officers/:id/active',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['officers'],
          summary: 'Khoá hoặc mở lại tài khoản cán bộ (khoá: phiên đăng nhập bị huỷ ngay)',
          description: 'A disabled officer cannot sign in and is offered no step; their roles and history stay. Needs an administrator of every agency where they hold a role; no one disables themselves (409 cannot_disable_self).',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ active: Type.Boolean() }),
          response: { 204: Type.Null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await setOfficerActive(ctx.db, officerActor(request), request.params.id, request.body.active);
        ctx.sessions.forgetAll();
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/v1/officers/:id/password',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['officers'],
          summary: 'Đặt lại mật khẩu cán bộ (buộc đổi khi đăng nhập)',
          description: 'A temporary password the officer must change at their next sign-in; their sessions end at once. Needs an administrator of every agency where they hold a role.',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ temporaryPassword: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: { 204: Type.Null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await resetOfficerPassword(ctx.db, officerActor(request), request.params.id, request.body.temporaryPassword);
        ctx.sessions.forgetAll();
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/v1/officers/:id/two-factor',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['officers'],
          summary: 'Đặt lại xác thực hai lớp của cán bộ (mất điện thoại)',
          description: 'Forgets the officer’s authenticator app and recovery codes and ends their sessions: they sign in with the password and set up the app again.',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 204: Type.Null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await resetOfficerTwoFactor(ctx.db, officerActor(request), request.params.id);
        ctx.sessions.forgetAll();
        return reply.status(204).send(null);
      },
    );
  };
}
