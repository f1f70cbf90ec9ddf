import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { vietnamDate } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { requireCitizen } from '../../platform/citizen-authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { authorize } from '../../platform/rule-book.js';
import { CalendarDate } from '../../platform/schemas.js';
import { lineage } from '../agencies/index.js';
import { CentreParams, eventStreamResponse, openEventStream, requireCentre, requireDevice } from '../centres/index.js';
import { DossierCodeParam } from '../dossiers/index.js';
import { centreRatings, ratingPeriod } from './figures.js';
import {
  AwaitingSchema,
  CentreRatingsSchema,
  DossierRatingStateSchema,
  GivenRatingSchema,
  LookupRatingBody,
  RatingBody,
  TabletRatingBody,
  TicketRatingStateSchema,
} from './schema.js';
import {
  awaitingTicket,
  ownDossierRatingState,
  rateByFollowToken,
  rateDossierWithLookupCode,
  rateOnTablet,
  rateOwnDossier,
  ticketRatingState,
} from './service.js';

const TAGS = ['ratings'];
const errors = (...statuses: Array<400 | 401 | 403 | 404 | 409 | 429>) => Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));
const FollowTokenParams = Type.Object({ followToken: Type.String({ minLength: 10, maxLength: 100, description: 'The code in the ticket’s QR code' }) });
const DossierParams = Type.Object({ code: DossierCodeParam });

const TABLET_EVENTS = '`snapshot` ({ ticket }) when the stream opens and after events may have been missed; `awaiting` ({ ticket }) when a ticket is finished at the centre';

/**
 * Satisfaction ratings: on the counter's tablet, through the ticket's QR code, and for a dossier by
 * its applicant; the centre's managers read them with their comments.
 */
export function ratingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/devices/tablet/awaiting',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Máy tính bảng đánh giá: phiếu vừa được phục vụ xong tại quầy, chưa được đánh giá',
          response: { 200: AwaitingSchema, ...errors(401, 403, 409, 429) },
        },
      },
      async (request) => awaitingTicket(ctx.db, await requireDevice(ctx.db, request, ['tablet']), ctx.now()),
    );

    app.get(
      '/api/public/devices/tablet/stream',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Luồng sự kiện của máy tính bảng đánh giá (text/event-stream): phiếu vừa phục vụ xong hiện ra ngay',
          response: { 200: eventStreamResponse(TABLET_EVENTS), ...errors(401, 403, 409, 429) },
        },
      },
      async (request, reply) => {
        const tablet = await requireDevice(ctx.db, request, ['tablet']);
        // Refused before the stream opens when the tablet stands at no counter.
        await awaitingTicket(ctx.db, tablet, ctx.now());
        openEventStream(ctx.queueEvents, request, reply, tablet.agencyId, {
          snapshot: async () => ({ event: 'snapshot', data: await awaitingTicket(ctx.db, tablet, ctx.now()) }),
          onEvent: async ({ event }) => (event.kind === 'finished' ? [{ event: 'awaiting', data: await awaitingTicket(ctx.db, tablet, ctx.now()) }] : []),
        });
      },
    );

    app.post(
      '/api/public/devices/tablet/ratings',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Đánh giá mức độ hài lòng trên máy tính bảng tại quầy',
          body: TabletRatingBody,
          response: { 201: GivenRatingSchema, ...errors(400, 401, 403, 409, 429) },
        },
      },
      async (request, reply) => {
        const tablet = await requireDevice(ctx.db, request, ['tablet']);
        const { ticketId, ...rating } = request.body;
        return reply.status(201).send(await rateOnTablet(ctx.db, tablet, ticketId, rating, ctx.now()));
      },
    );

    app.get(
      '/api/public/tickets/:followToken/rating',
      {
        config: { rule: 'ticket-holder', rateLimit: limits.ticketHolder },
        schema: {
          tags: TAGS,
          summary: 'Phiếu số thứ tự (mã QR): đã đánh giá được chưa, và đánh giá đã gửi',
          params: FollowTokenParams,
          response: { 200: TicketRatingStateSchema, ...errors(400, 404, 429) },
        },
      },
      async (request) => ticketRatingState(ctx.db, request.params.followToken),
    );

    app.post(
      '/api/public/tickets/:followToken/rating',
      {
        config: { rule: 'ticket-holder', rateLimit: limits.ticketHolder },
        schema: {
          tags: TAGS,
          summary: 'Đánh giá mức độ hài lòng qua mã QR trên phiếu số thứ tự',
          params: FollowTokenParams,
          body: RatingBody,
          response: { 201: GivenRatingSchema, ...errors(400, 404, 409, 429) },
        },
      },
      async (request, reply) => reply.status(201).send(await rateByFollowToken(ctx.db, request.params.followToken, request.body, ctx.now())),
    );

    app.get(
      '/api/citizen/dossiers/:code/rating',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Hồ sơ của tôi: đã đánh giá được chưa, và đánh giá đã gửi',
          params: DossierParams,
          response: { 200: DossierRatingStateSchema, ...errors(400, 401, 404) },
        },
      },
      async (request) => ownDossierRatingState(ctx.db, requireCitizen(request).id, request.params.code),
    );

    app.post(
      '/api/citizen/dossiers/:code/rating',
      {
        config: { rule: 'citizen-themself', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Đánh giá việc giải quyết hồ sơ của tôi',
          params: DossierParams,
          body: RatingBody,
          response: { 201: GivenRatingSchema, ...errors(400, 401, 403, 404, 409, 429) },
        },
      },
      async (request, reply) => reply.status(201).send(await rateOwnDossier(ctx.db, requireCitizen(request).id, request.params.code, request.body, ctx.now())),
    );

    app.post(
      '/api/public/dossiers/:code/rating',
      {
        config: { rule: 'applicant-with-lookup-code', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Đánh giá việc giải quyết hồ sơ (người nộp, xác thực bằng mã tra cứu trên giấy tiếp nhận)',
          params: DossierParams,
          body: LookupRatingBody,
          response: { 201: GivenRatingSchema, ...errors(400, 404, 409, 429) },
        },
      },
      async (request, reply) => {
        const { lookupCode, ...rating } = request.body;
        return reply.status(201).send(await rateDossierWithLookupCode(ctx.db, request.params.code, lookupCode, rating, ctx.now()));
      },
    );

    app.get(
      '/api/v1/centres/:agencyCode/ratings',
      {
        config: { rule: 'manage-centre' },
        schema: {
          tags: TAGS,
          summary: 'Đánh giá của người dân về trung tâm trong một khoảng thời gian (kèm cán bộ, quầy và góp ý)',
          description: 'Without from and to: the last 30 days, Vietnam time.',
          params: CentreParams,
          querystring: Type.Object({ from: Type.Optional(CalendarDate('First day')), to: Type.Optional(CalendarDate('Last day')) }),
          response: { 200: CentreRatingsSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const centre = await requireCentre(ctx.db, request.params.agencyCode);
        authorize(request, 'manage-centre', await lineage(ctx.db, centre.agencyId));
        return centreRatings(ctx.db, centre.agencyId, ratingPeriod(request.query.from, request.query.to, vietnamDate(ctx.now())));
      },
    );
  };
}
