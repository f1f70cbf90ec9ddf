import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { notFound } from '../../platform/errors.js';
import { noticeFollowUpAgencyIds } from '../../platform/policies.js';
import { writeErrors } from '../../platform/schemas.js';
import { NotificationIdParam, NotificationListQuery, NotificationListSchema } from './schema.js';
import { agencyNotifications, failedNoticeCount, notificationAgency, resendNotification } from './service.js';
import { authorize } from '../../platform/rule-book.js';

const NOTIFICATION = { vi: 'thông báo', en: 'Notification' };

export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/notifications',
      {
        config: { rule: 'follow-up-notices' },
        schema: {
          tags: ['notifications'],
          summary: 'Thông báo gửi người nộp hồ sơ (thư điện tử, SMS) của các hồ sơ cơ quan đã tiếp nhận, mới nhất trước',
          querystring: NotificationListQuery,
          response: { 200: NotificationListSchema, ...writeErrors },
        },
      },
      async (request) => {
        authorize(request, 'follow-up-notices', {});
        const agencyIds = noticeFollowUpAgencyIds(officerActor(request).officer);
        return agencyNotifications(ctx.db, agencyIds, request.query);
      },
    );

    app.get(
      '/api/v1/notifications/counts',
      {
        config: { rule: 'follow-up-notices' },
        schema: {
          tags: ['notifications'],
          summary: 'Số thông báo gửi không thành công của các hồ sơ cơ quan đã tiếp nhận (cho thanh điều hướng)',
          response: { 200: Type.Object({ failed: Type.Integer() }), ...writeErrors },
        },
      },
      async (request) => {
        authorize(request, 'follow-up-notices', {});
        const agencyIds = noticeFollowUpAgencyIds(officerActor(request).officer);
        return { failed: await failedNoticeCount(ctx.db, agencyIds) };
      },
    );

    app.post(
      '/api/v1/notifications/:id/resend',
      {
        config: { rule: 'follow-up-notices' },
        schema: {
          tags: ['notifications'],
          summary: 'Gửi lại một thông báo đã gửi không thành công',
          params: NotificationIdParam,
          response: { 202: Type.Object({ id: Type.Integer(), status: Type.Literal('pending') }), ...writeErrors },
        },
      },
      async (request, reply) => {
        const actor = officerActor(request);
        const { id } = request.params;
        const notice = await notificationAgency(ctx.db, id);
        if (!notice) throw notFound(NOTIFICATION);
        authorize(request, 'follow-up-notices', notice);
        await resendNotification(ctx.db, actor, id);
        return reply.status(202).send({ id, status: 'pending' as const });
      },
    );
  };
}
