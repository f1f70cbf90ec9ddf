import { type FastifyPluginAsyncTypebox, type TSchema, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../platform/actor.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { Name, writeErrors } from '../../platform/schemas.js';
import { actOnTicketInHand, callNext, issueAtCounter, transferTicketInHand } from './calling.js';
import { requireCentre } from './centre.js';
import { changeMyCounter, openCounter, readDesk } from './counter-desk.js';
import { CentreCode, DeskSchema, IssuedTicketSchema, TicketRequestSchema } from './ticket-schemas.js';

const CounterParams = Type.Object({
  agencyCode: CentreCode,
  number: Type.Integer({ minimum: 1, maximum: 999, description: 'The counter’s number' }),
});

const TransferSchema = Type.Object({
  service: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'The code of the service the ticket goes to' })),
  counter: Type.Optional(Type.Integer({ minimum: 1, maximum: 999, description: 'The counter the ticket goes to (it must serve the service)' })),
});

type OfficerActor = Actor & { kind: 'officer' };

/**
 * The officer's counter desk: open a counter, pause, resume, close; call, recall, serve, transfer,
 * mark no-shows; issue a ticket at the counter. Every action answers with the desk as it now is.
 */
export function counterRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const desk = (actor: OfficerActor) => readDesk(ctx.db, actor.officer, ctx.now());

    /** A POST on the officer's own counter (its centre's serve-at-counter rule is checked on the counter). */
    const onMyCounter = <Body extends TSchema>(action: string, summary: string, body: Body | undefined, change: (actor: OfficerActor, body: never) => Promise<void>) =>
      app.post(
        `/api/v1/counters/mine/${action}`,
        {
          config: { rule: 'serve-at-counter' },
          schema: { tags: ['centres'], summary, ...(body ? { body } : {}), response: { 200: DeskSchema, ...writeErrors } },
        },
        async (request) => {
          const actor = officerActor(request);
          await change(actor, request.body as never);
          return desk(actor);
        },
      );

    app.get(
      '/api/v1/counters/mine',
      {
        config: { rule: 'signed-in-officer' },
        schema: {
          tags: ['centres'],
          summary: 'Quầy của cán bộ: quầy đang mở, phiếu đang gọi hoặc phục vụ, số người chờ mỗi dịch vụ, các quầy có thể mở',
          response: { 200: DeskSchema, 401: errorResponseSchema },
        },
      },
      async (request) => readDesk(ctx.db, requireOfficer(request), ctx.now()),
    );

    app.post(
      '/api/v1/centres/:agencyCode/counters/:number/open',
      {
        config: { rule: 'serve-at-counter' },
        schema: { tags: ['centres'], summary: 'Mở quầy (cán bộ ngồi vào quầy): mỗi quầy một cán bộ, mỗi cán bộ một quầy', params: CounterParams, response: { 200: DeskSchema, ...writeErrors } },
      },
      async (request) => {
        const actor = officerActor(request);
        const centre = await requireCentre(ctx.db, request.params.agencyCode);
        await openCounter(ctx.db, actor, centre, request.params.number, ctx.now());
        return desk(actor);
      },
    );

    onMyCounter('pause', 'Tạm dừng quầy, với lý do (ví dụ: nghỉ giải lao)', Type.Object({ reason: Name(200, { minLength: 1, description: 'e.g. Nghỉ giải lao' }) }), (actor, body: { reason: string }) =>
      changeMyCounter(ctx.db, actor, { to: 'paused', reason: body.reason }, ctx.now()),
    );
    onMyCounter('resume', 'Tiếp tục quầy đang tạm dừng', undefined, (actor) => changeMyCounter(ctx.db, actor, { to: 'open' }, ctx.now()));
    onMyCounter('close', 'Đóng quầy (cán bộ rời quầy)', undefined, (actor) => changeMyCounter(ctx.db, actor, { to: 'closed' }, ctx.now()));
    onMyCounter('call-next', 'Gọi số tiếp theo: ưu tiên, lịch hẹn đã đến giờ, rồi theo thứ tự (quy tắc của trung tâm)', undefined, (actor) => callNext(ctx.db, actor, ctx.now()));
    onMyCounter('recall', 'Gọi lại phiếu đang gọi', undefined, (actor) => actOnTicketInHand(ctx.db, actor, 'recall', ctx.now()));
    onMyCounter('no-show', 'Đánh dấu vắng mặt (sau số lần gọi của trung tâm)', undefined, (actor) => actOnTicketInHand(ctx.db, actor, 'no_show', ctx.now()));
    onMyCounter('start', 'Bắt đầu phục vụ phiếu đang gọi', undefined, (actor) => actOnTicketInHand(ctx.db, actor, 'start', ctx.now()));
    onMyCounter('finish', 'Kết thúc phục vụ', undefined, (actor) => actOnTicketInHand(ctx.db, actor, 'finish', ctx.now()));
    onMyCounter('transfer', 'Chuyển phiếu sang dịch vụ hoặc quầy khác (giữ nguyên thứ tự)', TransferSchema, (actor, body: { service?: string; counter?: number }) =>
      transferTicketInHand(ctx.db, actor, body, ctx.now()),
    );

    app.post(
      '/api/v1/counters/mine/tickets',
      {
        config: { rule: 'serve-at-counter' },
        schema: { tags: ['centres'], summary: 'Cấp số thứ tự tại quầy (người đến thẳng quầy)', body: TicketRequestSchema, response: { 201: IssuedTicketSchema, ...writeErrors } },
      },
      async (request, reply) => {
        const ticket = await issueAtCounter(ctx.db, officerActor(request), { service: request.body.service, priority: request.body.priority ?? null }, ctx.now());
        return reply.status(201).send(ticket);
      },
    );
  };
}
