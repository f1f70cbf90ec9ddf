import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { TICKET_STATUSES } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { component } from '../../platform/components.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { Nullable } from '../../platform/schemas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { boardStream, readBoard } from './board.js';
import { requireCentre } from './centre.js';
import { eventStreamResponse, openEventStream } from './event-streams.js';
import { requireFollowedTicket, requireTicketPosition, ticketFollowStream } from './ticket-follow.js';
import { CentreParams } from './ticket-schemas.js';

const SERVICE_FIELDS = { code: Type.String(), name: Type.String(), nameEn: Type.String(), prefix: Type.String({ description: 'The tickets’ letter, e.g. A' }) };
const BoardServiceSchema = component('BoardService', Type.Object(SERVICE_FIELDS));

const BoardCallSchema = component(
  'BoardCall',
  Type.Object({
    number: Type.String({ description: 'The ticket’s number, e.g. A017' }),
    counter: Type.Integer({ description: 'The counter’s number: "Quầy số 3"' }),
    counterName: Type.String(),
    service: BoardServiceSchema,
    calledAt: Type.String(),
  }),
);

const BoardSchema = component(
  'Board',
  Type.Object({
    centre: Type.Object({ agencyCode: Type.String(), name: Type.String() }),
    calling: Type.Array(BoardCallSchema, { description: 'Each counter’s ticket called and not yet finished, the latest call first' }),
    lastCalls: Type.Array(BoardCallSchema, { description: 'The day’s last calls and recalls, the latest first' }),
    waiting: Type.Array(Type.Object({ ...SERVICE_FIELDS, count: Type.Integer() }), { description: 'People waiting per service' }),
  }),
);

const TicketPositionSchema = component(
  'TicketPosition',
  Type.Object({
    number: Type.String({ description: 'e.g. A017' }),
    service: BoardServiceSchema,
    status: Type.Enum(TICKET_STATUSES),
    ahead: Type.Integer({ description: 'People to be called before this ticket (0 once called)' }),
    estimatedWaitMinutes: Type.Integer(),
    counter: Nullable(Type.Object({ number: Type.Integer(), name: Type.String() }, { description: 'Where to go once called' })),
    centre: Type.Object({ agencyCode: Type.String(), name: Type.String() }),
    calledAt: Nullable(Type.String()),
    issuedAt: Type.String(),
  }),
);

const TicketParams = Type.Object({ followToken: Type.String({ minLength: 16, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'The code in the ticket’s QR code' }) });

const TICKET_EVENTS =
  '`position` (a TicketPosition) when the stream opens, after events may have been missed and whenever the queue moves; `called` (a TicketPosition with its counter) when the ticket is called or recalled; `finished` (a TicketPosition) when it is served, missed or cancelled';

const BOARD_EVENTS =
  '`snapshot` (a Board) when the stream opens and after events may have been missed; `call` ({ number, counter, counterName, service, callCount, at }) per call and recall; `waiting` ({ waiting }) when the counts change';

/** The display board and the phones that follow a ticket: what they show now, and its stream. */
export function liveRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/centres/:agencyCode/board',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['centres'],
          summary: 'Màn hình gọi số: số đang gọi, các lượt gọi gần nhất, số người chờ theo dịch vụ',
          params: CentreParams,
          response: { 200: BoardSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => readBoard(ctx.db, await requireCentre(ctx.db, request.params.agencyCode), ctx.now()),
    );

    app.get(
      '/api/public/centres/:agencyCode/board/stream',
      {
        // Each connection is a request: a board that reconnects too often is held off like any public caller.
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['centres'],
          summary: 'Luồng sự kiện của màn hình gọi số (text/event-stream): mỗi lượt gọi kèm số phiếu và quầy',
          params: CentreParams,
          response: { 200: eventStreamResponse(BOARD_EVENTS), 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const centre = await requireCentre(ctx.db, request.params.agencyCode);
        openEventStream(ctx.queueEvents, request, reply, centre.agencyId, boardStream(ctx.db, centre, ctx.now));
      },
    );

    app.get(
      '/api/public/tickets/:followToken',
      {
        config: { rule: 'ticket-holder', rateLimit: limits.ticketHolder },
        schema: {
          tags: ['centres'],
          summary: 'Vị trí của phiếu số thứ tự (trang điện thoại sau mã QR): số người phía trước, thời gian chờ dự kiến, quầy khi được gọi',
          params: TicketParams,
          response: { 200: TicketPositionSchema, 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      // The code in the address is the holder's proof: whoever has the slip may follow it, nobody else can guess it.
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return requireTicketPosition(ctx.db, request.params.followToken, ctx.now());
      },
    );

    app.get(
      '/api/public/tickets/:followToken/stream',
      {
        config: { rule: 'ticket-holder', rateLimit: limits.ticketHolder },
        schema: {
          tags: ['centres'],
          summary: 'Luồng sự kiện của phiếu số thứ tự (text/event-stream): vị trí, khi được gọi và ở quầy nào, khi xong',
          params: TicketParams,
          response: { 200: eventStreamResponse(TICKET_EVENTS), 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const ticket = await requireFollowedTicket(ctx.db, request.params.followToken);
        openEventStream(ctx.queueEvents, request, reply, ticket.agencyId, ticketFollowStream(ctx.db, request.params.followToken, ticket, ctx.now));
      },
    );
  };
}
