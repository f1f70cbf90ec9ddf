import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { COUNTER_STATUSES, FIGURE_GROUPINGS } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { lineage } from '../agencies/index.js';
import { component } from '../../platform/components.js';
import { authorize } from '../../platform/rule-book.js';
import { CalendarDate, Nullable, writeErrors } from '../../platform/schemas.js';
import { WorkbookResponse, XLSX_CONTENT_TYPE } from '../../platform/workbooks.js';
import { type Centre, requireCentre } from './centre.js';
import { eventStreamResponse, openEventStream } from './event-streams.js';
import { centreFigures } from './figures.js';
import { figuresWorkbook } from './figures-workbook.js';
import { centreLiveState } from './live-state.js';
import { CentreParams } from './ticket-schemas.js';

const TAGS = ['centres'];
const Str = Type.String();
const Instant = Type.String({ description: 'ISO 8601, Vietnam time (+07:00)' });
const Minutes = (description: string) => Nullable(Type.Number({ minimum: 0, description: `${description}, in minutes (one decimal); null when nothing was measured` }));

const LiveState = component(
  'CentreLiveState',
  Type.Object({
    centre: Type.Object({ agencyCode: Str, name: Str }),
    at: Instant,
    counters: Type.Array(
      Type.Object({
        number: Type.Integer(),
        name: Str,
        priority: Type.Boolean(),
        status: Type.Enum(COUNTER_STATUSES),
        pauseReason: Str,
        since: Type.String({ description: 'When the counter opened, paused or closed' }),
        officer: Nullable(Type.String({ description: 'Who sits at the counter now' })),
        services: Type.Array(Str, { description: 'The codes of the services it serves' }),
        current: Nullable(
          Type.Object({
            number: Type.String({ description: 'The ticket called or served there, e.g. A017' }),
            service: Str,
            status: Type.Enum(['called', 'serving'] as const),
            callCount: Type.Integer(),
            since: Type.String({ description: 'Its (last) call, or the start of its service' }),
          }),
        ),
      }),
    ),
    services: Type.Array(
      Type.Object({
        code: Str,
        name: Str,
        prefix: Str,
        waiting: Type.Integer({ description: 'Tickets waiting to be called' }),
        waitingSince: Nullable(Type.String({ description: 'When the one waiting longest started to wait' })),
        longestWaitMinutes: Nullable(Type.Integer()),
        openCounters: Type.Integer({ description: 'Open counters that serve it' }),
      }),
    ),
    longestWait: Nullable(Type.Object({ number: Str, service: Str, since: Instant, minutes: Type.Integer() })),
    today: Type.Object({ issued: Type.Integer(), served: Type.Integer(), noShows: Type.Integer(), waiting: Type.Integer() }),
  }),
);

const Measures = {
  tickets: Type.Integer({ description: 'Tickets issued' }),
  called: Type.Integer({ description: 'Tickets called to a counter at least once' }),
  served: Type.Integer({ description: 'Tickets served to the end' }),
  noShows: Type.Integer(),
  transfers: Type.Integer({ description: 'Transfers to another service or counter' }),
  waitingMeanMinutes: Minutes('Mean wait from the ticket (or an early booking’s slot) to the first call'),
  waitingP90Minutes: Minutes('90th percentile of that wait'),
  serviceMeanMinutes: Minutes('Mean service time, from its start to its end'),
  serviceP90Minutes: Minutes('90th percentile of the service time'),
  verySatisfied: Type.Integer({ description: 'Ratings of these tickets: very satisfied' }),
  satisfied: Type.Integer(),
  notSatisfied: Type.Integer(),
  satisfactionRate: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'Satisfied or very satisfied, of the ratings; null without ratings' })),
};

const FiguresQuery = Type.Object({
  from: CalendarDate('The first day of the period, the centre’s time'),
  to: CalendarDate('The last day of the period, included (at most 366 days)'),
  by: Type.Enum(FIGURE_GROUPINGS, { default: 'service', description: 'One row per service, counter, officer or hour of the day' }),
});

const Figures = component(
  'CentreFigures',
  Type.Object({
    centre: Type.Object({ agencyCode: Str, name: Str }),
    from: Str,
    to: Str,
    by: Type.Enum(FIGURE_GROUPINGS),
    rows: Type.Array(
      Type.Object({
        key: Nullable(Type.String({ description: 'Service code, counter number, officer username or hour (08); null for tickets no counter reached' })),
        label: Str,
        ...Measures,
      }),
    ),
    total: Type.Object(Measures),
    bookings: Type.Object(
      {
        made: Type.Integer({ description: 'Bookings of the period’s slots (one moved to another slot counts once, at its new slot)' }),
        checkedIn: Type.Integer({ description: 'Checked in at the kiosk' }),
        noShows: Type.Integer({ description: 'Not checked in by the end of their check-in window' }),
        cancelled: Type.Integer({ description: 'Cancelled by their holder' }),
        upcoming: Type.Integer({ description: 'Their check-in window has not closed yet' }),
      },
      { description: 'The bookings whose slot falls in the period, as they stand now' },
    ),
  }),
);

/** What the centre's managers see: its live state, with its stream, and its figures for a period (also as .xlsx). */
export function centreManagerRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  /** The centre of the address, once the signed-in officer is shown to manage it. */
  async function managedCentre(request: Parameters<typeof authorize>[0], agencyCode: string): Promise<Centre> {
    const centre = await requireCentre(ctx.db, agencyCode);
    authorize(request, 'manage-centre', await lineage(ctx.db, centre.agencyId));
    return centre;
  }

  return async (app) => {
    app.get(
      '/api/v1/centres/:agencyCode/live',
      {
        config: { rule: 'manage-centre' },
        schema: {
          tags: TAGS,
          summary: 'Tình hình trung tâm lúc này: các quầy mở, tạm dừng, đóng, ai phục vụ số nào, số người chờ từng dịch vụ, chờ lâu nhất',
          params: CentreParams,
          response: { 200: LiveState, ...writeErrors },
        },
      },
      async (request) => centreLiveState(ctx.db, await managedCentre(request, request.params.agencyCode), ctx.now()),
    );

    app.get(
      '/api/v1/centres/:agencyCode/live/stream',
      {
        config: { rule: 'manage-centre' },
        schema: {
          tags: TAGS,
          summary: 'Luồng sự kiện (text/event-stream) tình hình trung tâm: sự kiện "live" mang toàn bộ tình hình, khi mở và sau mỗi thay đổi',
          params: CentreParams,
          response: { 200: eventStreamResponse('event "live": the whole CentreLiveState'), ...writeErrors },
        },
      },
      async (request, reply) => {
        const centre = await managedCentre(request, request.params.agencyCode);
        const live = async () => ({ event: 'live', data: await centreLiveState(ctx.db, centre, ctx.now()) });
        openEventStream(ctx.queueEvents, request, reply, centre.agencyId, { snapshot: live, onEvent: async () => [await live()] });
        return reply;
      },
    );

    app.get(
      '/api/v1/centres/:agencyCode/figures',
      {
        config: { rule: 'manage-centre' },
        schema: {
          tags: TAGS,
          summary: 'Số liệu của trung tâm trong một khoảng ngày theo dịch vụ, quầy, cán bộ hoặc khung giờ: số phiếu, thời gian chờ và phục vụ, vắng mặt, chuyển',
          params: CentreParams,
          querystring: FiguresQuery,
          response: { 200: Figures, ...writeErrors },
        },
      },
      async (request) => centreFigures(ctx.db, await managedCentre(request, request.params.agencyCode), request.query, ctx.now()),
    );

    app.get(
      '/api/v1/centres/:agencyCode/figures.xlsx',
      {
        config: { rule: 'manage-centre' },
        schema: {
          tags: TAGS,
          summary: 'Số liệu của trung tâm như trên, tải về dạng bảng tính Excel (.xlsx) với dòng cả kỳ bằng công thức',
          params: CentreParams,
          querystring: FiguresQuery,
          response: { 200: WorkbookResponse, ...writeErrors },
        },
      },
      async (request, reply) => {
        const figures = await centreFigures(ctx.db, await managedCentre(request, request.params.agencyCode), request.query, ctx.now());
        const name = `so-lieu-${figures.centre.agencyCode}-${figures.from}-${figures.to}-${figures.by}.xlsx`;
        return reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', `attachment; filename="${name}"`).send(await figuresWorkbook(figures));
      },
    );
  };
}
