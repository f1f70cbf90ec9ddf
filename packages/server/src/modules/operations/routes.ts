import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { component } from '../../platform/components.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { CalendarDate, Nullable } from '../../platform/schemas.js';
import { eventStreamResponse, openEventStream, requireDevice } from '../centres/index.js';
import { AREA_DAYS, readOperationsScreen, screenAgency } from './screen.js';

const Rate = Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'A fraction; null when nothing was counted' }));

const OperationsScreenSchema = component(
  'OperationsScreen',
  Type.Object({
    agency: Type.Object({ code: Type.String(), name: Type.String() }, { description: 'The agency shown, with every agency below it' }),
    at: Type.String({ format: 'date-time' }),
    today: Type.Object({
      day: CalendarDate(),
      received: Type.Integer(),
      receivedOnline: Type.Integer(),
      finished: Type.Integer({ description: 'Dossiers given their result (or refused) today' }),
      onTimeRate: Rate,
      onlineShare: Rate,
    }),
    open: Type.Object({ total: Type.Integer(), overdue: Type.Integer({ description: 'Open now and past their statutory due' }) }),
    recent: Type.Object(
      { from: CalendarDate(), to: CalendarDate(), received: Type.Integer(), finished: Type.Integer(), onTimeRate: Rate },
      { description: `The last ${AREA_DAYS} days, today included: the period of the areas` },
    ),
    areas: Type.Array(
      Type.Object({ code: Type.String(), name: Type.String(), received: Type.Integer(), finished: Type.Integer(), onTimeRate: Rate, overdue: Type.Integer() }),
      { description: 'The agencies directly below (the agency itself when none), each with its subtree: the tree-map’s cells' },
    ),
    centres: Type.Array(
      Type.Object({ agencyCode: Type.String(), name: Type.String(), waiting: Type.Integer(), serving: Type.Integer(), countersOpen: Type.Integer() }),
      { description: 'Queue load now at the centres of the agency, the busiest first' },
    ),
    events: Type.Array(
      Type.Object({
        kind: Type.Union([Type.Literal('received'), Type.Literal('decided'), Type.Literal('returned'), Type.Literal('overdue')]),
        at: Type.String({ format: 'date-time' }),
        dossierCode: Type.String(),
        procedure: Type.String(),
        agency: Type.String(),
        applicant: Type.String({ description: 'Masked: Nguyễn V. A.' }),
      }),
      { description: 'The latest receptions, results and returns, and the latest dossiers fallen overdue, newest first' },
    ),
  }),
);

const OPERATIONS_EVENTS =
  '`changed` ({ at }) when the stream opens, after events may have been missed, and when a dossier or queue of the agency changes (at most one every 2 s): the screen reads GET /api/public/devices/operations again';

/** The operations screen: the wall screen of an operations centre, paired like a kiosk, following its agency live. */
export function operationsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/devices/operations',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: ['operations'],
          summary: 'Màn hình điều hành: tiếp nhận và kết quả hôm nay, quá hạn, tỷ lệ đúng hạn, tỷ lệ trực tuyến, các địa bàn, hàng chờ tại các trung tâm, sự kiện mới nhất',
          response: { 200: OperationsScreenSchema, 401: errorResponseSchema, 403: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const device = await requireDevice(ctx.db, request, ['operations']);
        reply.header('cache-control', 'no-store');
        return readOperationsScreen(ctx.db, await screenAgency(ctx.db, device), ctx.now());
      },
    );

    app.get(
      '/api/public/devices/operations/stream',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: ['operations'],
          summary: 'Luồng sự kiện của màn hình điều hành (text/event-stream): báo khi hồ sơ hoặc hàng chờ của địa bàn thay đổi',
          response: { 200: eventStreamResponse(OPERATIONS_EVENTS), 401: errorResponseSchema, 403: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const agency = await screenAgency(ctx.db, await requireDevice(ctx.db, request, ['operations']));
        openEventStream(ctx.operationsEvents, request, reply, agency.id, {
          snapshot: () => Promise.resolve({ event: 'changed', data: { at: ctx.now().toISOString() } }),
          onEvent: (change) => [{ event: 'changed', data: change }],
        });
      },
    );
  };
}
