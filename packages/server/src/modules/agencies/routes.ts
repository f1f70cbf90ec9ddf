import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { AGENCY_KINDS, UNIT_KINDS, defaultUnitAbbreviation } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { AgencyReference, CalendarDate, Name, writeErrors } from '../../platform/schemas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { createAgency, createUnit, listAgencyTree, updateAgencyDetails } from './service.js';

const SymbolAbbreviation = Type.String({ description: 'What it signs document symbols with (`UBND`, `SNV`; a unit `VP`), set or by default from its kind and name' });
const Unit = component(
  'Unit',
  Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), kind: Type.Enum(UNIT_KINDS), symbolAbbreviation: SymbolAbbreviation }),
);
const Agency = component('Agency', Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  kind: Type.Enum(AGENCY_KINDS),
  parentId: Type.Union([Type.String(), Type.Null()]),
  address: Type.String(),
  phone: Type.String(),
  abolishedOn: Type.Union([Type.String(), Type.Null()]),
  successorId: Type.Union([Type.String(), Type.Null()]),
  symbolAbbreviation: SymbolAbbreviation,
  units: Type.Array(Unit),
}));
const AgencyKind = Type.Enum(AGENCY_KINDS);
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function agencyRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/agencies',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: { tags: ['agencies'], summary: 'Danh sách cơ quan, đơn vị và bộ phận một cửa', response: { 200: Type.Array(Agency) } },
      },
      async () => listAgencyTree(ctx.db),
    );

    app.post(
      '/api/v1/agencies',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['agencies'],
          summary: 'Thêm cơ quan',
          body: Type.Object({
            code: Type.String(),
            name: Name(300, { minLength: 2 }),
            shortName: Name(100),
            kind: AgencyKind,
            parentId: Type.String({ format: 'uuid' }),
            address: Type.String({ maxLength: 500, default: '' }),
            phone: Type.String({ maxLength: 50, default: '' }),
          }),
          response: { 201: Type.Object({ id: Type.String(), code: Type.String() }), ...writeErrors },
        },
      },
      async (request, reply) => {
        const agency = await createAgency(ctx.db, officerActor(request), request.body as Parameters<typeof createAgency>[2]);
        return reply.status(201).send({ id: agency.id, code: agency.code });
      },
    );

    app.patch(
      '/api/v1/agencies/:id',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['agencies'],
          summary: 'Sửa thông tin cơ quan (kể cả ghi nhận giải thể, sáp nhập)',
          params: Id,
          body: Type.Partial(
            Type.Object({
              name: Name(300, { minLength: 2 }),
              shortName: Name(100),
              address: Type.String({ maxLength: 500 }),
              phone: Type.String({ maxLength: 50 }),
              abolishedOn: CalendarDate(),
              successorId: Type.String({ format: 'uuid' }),
              symbolAbbreviation: Type.String({ pattern: '^[\\p{L}\\d]{1,20}$', description: 'Letters and digits, as in `12/QĐ-UBND`' }),
            }),
          ),
          response: { 200: AgencyReference, ...writeErrors },
        },
      },
      async (request) => {
        const agency = await updateAgencyDetails(ctx.db, officerActor(request), request.params.id, request.body);
        return { id: agency.id, code: agency.code, name: agency.name };
      },
    );

    app.post(
      '/api/v1/agencies/:id/units',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['agencies'],
          summary: 'Thêm phòng, ban hoặc bộ phận một cửa',
          params: Id,
          body: Type.Object({
            code: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,40}$' }),
            name: Name(300, { minLength: 2 }),
            kind: Type.Union(UNIT_KINDS.map((kind) => Type.Literal(kind))),
          }),
          response: { 201: Unit, ...writeErrors },
        },
      },
      async (request, reply) => {
        const unit = await createUnit(ctx.db, officerActor(request), request.params.id, request.body);
        return reply.status(201).send({ id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, symbolAbbreviation: defaultUnitAbbreviation(unit) });
      },
    );
  };
}
