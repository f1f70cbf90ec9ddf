import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { Nullable } from '../../platform/schemas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { DeadlineStatusSchema, DossierCodeParam, StatusSchema } from '../dossiers/schema.js';
import { trackDossier } from './service.js';


const Tracking = Type.Object({
  code: Type.String(),
  procedure: Type.Object({ code: Type.String(), name: Type.String() }),
  applicantName: Type.String({ description: 'Masked: Nguyễn V. A.' }),
  status: StatusSchema,
  channel: Type.String(),
  receivingAgency: Type.String(),
  submittedAt: Type.String(),
  receivedAt: Nullable(Type.String()),
  appointmentAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  returnedAt: Nullable(Type.String()),
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
});

export function trackingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/dossiers/:code',
      {
        config: { rateLimit: limits.public },
        schema: {
          tags: ['tracking'],
          summary: 'Tra cứu tiến độ hồ sơ theo mã (thông tin cá nhân được che)',
          params: Type.Object({ code: DossierCodeParam }),
          response: { 200: Tracking, 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => trackDossier(ctx, request.params.code),
    );
  };
}
