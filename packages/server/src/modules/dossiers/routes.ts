import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { APPLICANT_ACTIONS, TRANSITIONS, officersTake, ruleFor } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { sendFile } from '../files/index.js';
import { FileBody } from '../files/index.js';
import { writeErrors } from '../../platform/schemas.js';
import { anonymousQuotas, withinQuota } from '../../platform/quotas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { QUEUES, dossierDetail, listDossiers, queueCounts } from './queries.js';
import { actionBody, actionDescription } from './action-schema.js';
import { DeliveryOptionsSchema, deliveryOptions } from './delivery.js';
import {
  ActionResult,
  AssignableOfficersSchema,
  CounterReceptionBody,
  CreatedDossierSchema,
  DossierCodeParam,
  DossierDetailSchema,
  DossierListSchema,
  ListQuery,
  PublicSubmissionBody,
  UploadTokens,
} from './schema.js';
import { STAFFING_ACTIONS, actAsApplicant, actOnDossier, assignableOfficers, dossierFile, receiveAtCounter, submitOnline } from './service.js';
import { iso } from '../../platform/instants.js';

const created = (dossier: Awaited<ReturnType<typeof receiveAtCounter>>) => ({ ...dossier, receivedAt: iso(dossier.receivedAt), dueAt: iso(dossier.dueAt) });
const LookupCode = Type.String({ minLength: 4, maxLength: 20, description: 'The lookup code printed on the receipt' });

export function dossierRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  const quotas = anonymousQuotas(ctx.config);
  return async (app) => {
    app.post(
      '/api/v1/dossiers',
      {
        config: { rule: 'dossier-lifecycle' },
        schema: {
          tags: ['dossiers'],
          summary: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa (hồ sơ đầy đủ: cấp mã, tính ngày hẹn trả)',
          body: CounterReceptionBody,
          response: { 201: CreatedDossierSchema, ...writeErrors },
        },
      },
      async (request, reply) => reply.status(201).send(created(await receiveAtCounter(ctx, officerActor(request), request.body))),
    );

    app.get(
      '/api/v1/dossiers',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: ['dossiers'],
          summary: 'Danh sách hồ sơ theo hàng đợi công việc của cán bộ',
          querystring: ListQuery,
          response: { 200: DossierListSchema, ...writeErrors },
        },
      },
      async (request) => {
        const { queue, ...filters } = request.query;
        return listDossiers(ctx, officerActor(request).officer, { ...filters, queue: queue ?? 'all' });
      },
    );

    app.get(
      '/api/v1/dossiers/counts',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: ['dossiers'],
          summary: 'Số hồ sơ trong từng hàng đợi công việc của cán bộ (cho thanh điều hướng)',
          response: { 200: Type.Object(Object.fromEntries(QUEUES.map((queue) => [queue, Type.Integer()]))), ...writeErrors },
        },
      },
      async (request) => queueCounts(ctx, officerActor(request).officer),
    );

    app.get(
      '/api/v1/dossiers/:code',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: ['dossiers'],
          summary: 'Chi tiết hồ sơ, phiếu kiểm soát quá trình và các thao tác được phép',
          params: Type.Object({ code: DossierCodeParam }),
          response: { 200: DossierDetailSchema, ...writeErrors },
        },
      },
      async (request) => dossierDetail(ctx, officerActor(request), request.params.code),
    );

    app.get(
      '/api/v1/dossiers/:code/assignable-officers',
      {
        config: { rule: 'dossier-lifecycle' },
        schema: {
          tags: ['dossiers'],
          summary: 'Cán bộ có thể được phân công bước hiện tại (assign) hoặc nhận bước tiếp theo (hand_over)',
          description: 'Only an officer who may take that action on the dossier now may ask (403 otherwise; 409 when the dossier is not at a step where the action applies).',
          params: Type.Object({ code: DossierCodeParam }),
          querystring: Type.Object({ action: Type.Enum(STAFFING_ACTIONS, { default: 'assign' }) }),
          response: { 200: AssignableOfficersSchema, ...writeErrors },
        },
      },
      async (request) => assignableOfficers(ctx, officerActor(request), request.params.code, request.query.action),
    );

    app.get(
      '/api/v1/dossiers/:code/files/:fileId',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: ['dossiers'],
          summary: 'Tải tệp của hồ sơ (bản scan thành phần, tệp đính kèm)',
          params: Type.Object({ code: DossierCodeParam, fileId: Type.String({ format: 'uuid' }) }),
          response: { 200: FileBody('PDF, JPEG or PNG'), ...writeErrors },
        },
      },
      async (request, reply) => {
        const file = await dossierFile(ctx, officerActor(request), request.params.code, request.params.fileId);
        return sendFile(reply, ctx.blobStore, file, 'inline');
      },
    );

    // One route per action, from its row of the lifecycle: its own body in the OpenAPI document.
    for (const rule of TRANSITIONS.filter(officersTake)) {
      app.post(
        `/api/v1/dossiers/:code/actions/${rule.action}`,
        {
          config: { rule: 'dossier-lifecycle' },
          schema: {
            tags: ['dossiers'],
            summary: rule.label.vi,
            description: actionDescription(rule),
            params: Type.Object({ code: DossierCodeParam }),
            body: actionBody(rule),
            response: { 200: ActionResult, ...writeErrors },
          },
        },
        async (request) => actOnDossier(ctx, officerActor(request), request.params.code, rule.action, request.body),
      );
    }

    app.post(
      '/api/public/dossiers',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['dossiers'],
          summary: 'Nộp hồ sơ trực tuyến (chờ cán bộ tiếp nhận)',
          description:
            'Each address may submit MOTCUA_ANONYMOUS_SUBMISSIONS_PER_HOUR dossiers an hour this way (429 quota_exceeded). No notice goes to the contact given until an officer receives the dossier.',
          body: PublicSubmissionBody,
          response: { 201: CreatedDossierSchema, 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const dossier = await withinQuota(ctx.db, quotas.submissions, request.ip, 1, ctx.now(), () => submitOnline(ctx, request.ip, request.body));
        return reply.status(201).send(created(dossier));
      },
    );

    app.get(
      '/api/public/agencies/:agencyId/delivery-options',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['dossiers'],
          summary: 'Hình thức nhận kết quả nơi tiếp nhận hồ sơ cung cấp: địa chỉ, giờ làm việc, phí dịch vụ bưu chính',
          description: 'What the applicant chooses from before submitting: postalFeeVnd null means the agency does not send results by post.',
          params: Type.Object({ agencyId: Type.String({ format: 'uuid' }) }),
          response: { 200: DeliveryOptionsSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => deliveryOptions(ctx.db, request.params.agencyId),
    );

    for (const action of APPLICANT_ACTIONS) {
      const rule = ruleFor(action);
      app.post(
        `/api/public/dossiers/:code/applicant-actions/${action}`,
        {
          config: { rule: 'applicant-with-lookup-code', rateLimit: limits.public },
          schema: {
            tags: ['dossiers'],
            summary: `${rule.label.vi} (công dân, xác thực bằng mã tra cứu trên giấy tiếp nhận)`,
            description: actionDescription(rule),
            params: Type.Object({ code: DossierCodeParam }),
            body: actionBody<{ lookupCode: string; uploadTokens?: string[] | undefined }>(rule, {
              by: 'Applicant',
              properties: { lookupCode: LookupCode, ...UploadTokens.properties },
            }),
            response: { 200: ActionResult, ...writeErrors, 429: errorResponseSchema },
          },
        },
        async (request) => {
          const { lookupCode, ...input } = request.body;
          return actAsApplicant(ctx, request.ip, request.params.code, lookupCode, action, input);
        },
      );
    }
  };
}
