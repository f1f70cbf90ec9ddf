import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { OFFICER_ROLES } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { Name, writeErrors } from '../../platform/schemas.js';
import { createOfficer, listOfficersOf, replaceGrants } from './service.js';

const Role = Type.Enum(OFFICER_ROLES);
const Grant = Type.Object({
  role: Role,
  agencyId: Type.String({ format: 'uuid' }),
  unitId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
});

export function officerRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/officers',
      {
        schema: {
          tags: ['officers'],
          summary: 'Cán bộ của một cơ quan (quản trị)',
          querystring: Type.Object({ agencyId: Type.String({ format: 'uuid' }) }),
          response: {
            200: Type.Array(
              Type.Object({
                id: Type.String(),
                username: Type.String(),
                fullName: Type.String(),
                title: Type.String(),
                email: Type.String(),
                phone: Type.String(),
                active: Type.Boolean(),
                grants: Type.Array(Type.Object({ role: Type.Enum(OFFICER_ROLES), agencyId: Type.String(), unitId: Type.Union([Type.String(), Type.Null()]) })),
              }),
            ),
            ...writeErrors,
          },
        },
      },
      async (request) => listOfficersOf(ctx.db, officerActor(request), request.query.agencyId),
    );

    app.post(
      '/api/v1/officers',
      {
        schema: {
          tags: ['officers'],
          summary: 'Tạo tài khoản cán bộ và phân quyền',
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
  };
}
