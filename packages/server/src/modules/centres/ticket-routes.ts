import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { writeErrors } from '../../platform/schemas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { requireCentre } from './centre.js';
import { requireDevice } from './devices.js';
import { CentreParams, IssuedTicketSchema, TicketRequestSchema } from './ticket-schemas.js';
import { activeServiceId, issueTicket } from './tickets.js';

/** The kiosk's ticket. */
export function ticketRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.post(
      '/api/public/centres/:agencyCode/tickets',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: ['centres'],
          summary: 'Lấy số thứ tự tại ki-ốt đã ghép nối (Authorization: Device <mã>): dịch vụ và nhóm ưu tiên nếu có',
          params: CentreParams,
          body: TicketRequestSchema,
          response: { 201: IssuedTicketSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const centre = await requireCentre(ctx.db, request.params.agencyCode);
        const now = ctx.now();
        const ticket = await ctx.db.transaction(async (tx) => {
          await requireDevice(tx, request, ['kiosk'], centre.agencyId);
          const serviceId = await activeServiceId(tx, centre.agencyId, request.body.service);
          return issueTicket(tx, { agencyId: centre.agencyId, serviceId, priorityGroup: request.body.priority ?? null, channel: 'kiosk', bookingId: null }, now);
        });
        return reply.status(201).send(ticket);
      },
    );
  };
}
