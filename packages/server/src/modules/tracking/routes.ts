import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { normalisePhone, readDossierCode } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { AppError, errorResponseSchema } from '../../platform/errors.js';
import { component } from '../../platform/components.js';
import { Nullable } from '../../platform/schemas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { requireCentre, requireDevice } from '../centres/index.js';
import { AssistanceSchema, DeadlineStatusSchema, DeliveryViewSchema, DossierCodeParam, StatusSchema } from '../dossiers/index.js';
import { trackDossier } from './service.js';
import { answerTrackingSms, assertCarrier } from './sms.js';

const InboundSmsBody = Type.Object({
  from: Type.String({ maxLength: 20, description: "The sender's number: 84912345678, +84 912 345 678 or 0912345678" }),
  text: Type.String({ maxLength: 1000, description: 'What the citizen wrote, e.g. "TC 000.00.01.H56-261123-0007"' }),
  id: Type.String({ minLength: 1, maxLength: 100, description: "The carrier's id of the message; a message handed over twice is answered once" }),
});

/** The number as the reply will go to it, so that 84…, +84… and 0… count as one; anything else as sent. */
const senderKey = (request: { body: unknown }) => {
  const from = String((request.body as { from?: unknown }).from ?? '');
  return normalisePhone(from) ?? from;
};

// A citizen's number asks at most this often; the carrier's adapter calls from one address, so the count is per sender.
const SMS_PER_SENDER = { max: 10, timeWindow: '1 hour', hook: 'preHandler', keyGenerator: senderKey } as const;

const Tracking = component('DossierTracking', Type.Object({
  code: Type.String(),
  procedure: Type.Object({ code: Type.String(), name: Type.String() }),
  applicantName: Type.String({ description: 'A person masked (Nguyễn V. A.), an organisation in full' }),
  status: StatusSchema,
  channel: Type.String(),
  receivingAgency: Type.String(),
  assistance: Nullable(AssistanceSchema),
  submittedAt: Type.String(),
  receivedAt: Nullable(Type.String()),
  appointmentAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  returnedAt: Nullable(Type.String()),
  delivery: Nullable(DeliveryViewSchema),
  deadlineStatus: DeadlineStatusSchema,
  currentStep: Type.Union([
    Type.Object({ name: Type.String(), agency: Type.String(), unit: Nullable(Type.String()), dueAt: Type.String() }),
    Type.Null(),
  ]),
  steps: Type.Array(
    Type.Object({
      name: Type.String(),
      agency: Type.String(),
      unit: Nullable(Type.String()),
      startedAt: Type.String(),
      dueAt: Type.String(),
      finishedAt: Nullable(Type.String()),
      deadlineStatus: DeadlineStatusSchema,
    }),
  ),
}));

const unreadableCode = () =>
  new AppError(
    400,
    'unreadable_dossier_code',
    'Không đọc được mã hồ sơ. Hãy quét mã vạch hoặc mã QR trên giấy tiếp nhận hồ sơ, hoặc nhập mã hồ sơ (ví dụ 000.00.01.H56-261123-0007).',
    'The dossier code could not be read. Scan the barcode or QR code on the receipt, or type the dossier code (e.g. 000.00.01.H56-261123-0007).',
    'code',
  );

export function trackingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/dossiers/:code',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['tracking'],
          summary: 'Tra cứu tiến độ hồ sơ theo mã (thông tin cá nhân được che)',
          params: Type.Object({ code: DossierCodeParam }),
          response: { 200: Tracking, 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => trackDossier(ctx, request.params.code),
    );

    app.get(
      '/api/public/centres/:agencyCode/dossier-status',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: ['tracking'],
          summary: 'Ki-ốt của trung tâm tra cứu hồ sơ từ mã quét trên giấy tiếp nhận (mã vạch, mã QR hoặc mã hồ sơ; thông tin cá nhân được che)',
          description: 'Called by a paired kiosk (`Authorization: Device <token>`) with what its scanner read: the dossier code, the receipt QR code\'s JSON or the tracking address.',
          params: Type.Object({ agencyCode: Type.String({ maxLength: 40 }) }),
          querystring: Type.Object({ code: Type.String({ maxLength: 1000, description: 'What was scanned or typed' }) }),
          response: { 200: Tracking, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => {
        const centre = await requireCentre(ctx.db, request.params.agencyCode);
        await requireDevice(ctx.db, request, ['kiosk'], centre.agencyId);
        const code = readDossierCode(request.query.code);
        if (!code) throw unreadableCode();
        return trackDossier(ctx, code);
      },
    );

    app.post(
      '/api/public/sms/inbound',
      {
        config: { rule: 'sms-carrier', rateLimit: SMS_PER_SENDER },
        // Before the per-number count: otherwise anyone could use up a citizen's number for the hour.
        onRequest: async (request) => assertCarrier(ctx, request.headers.authorization),
        schema: {
          tags: ['tracking'],
          summary: 'Tra cứu hồ sơ qua SMS: nhà mạng chuyển tin nhắn đến (TC <mã hồ sơ>), hệ thống nhắn lại tình trạng hồ sơ',
          description: 'Called by the SMS carrier\'s adapter with `Authorization: Bearer <MOTCUA_SMS_INBOUND_TOKEN>`; the answer goes back by SMS through the outbox.',
          body: InboundSmsBody,
          response: {
            202: Type.Object({ queued: Type.Boolean({ description: 'false when this message was answered before' }) }),
            400: errorResponseSchema,
            401: errorResponseSchema,
            404: errorResponseSchema,
            429: errorResponseSchema,
          },
        },
      },
      async (request, reply) => reply.status(202).send(await answerTrackingSms(ctx, request.body)),
    );
  };
}
