import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { AppError, errorResponseSchema } from '../../platform/errors.js';
import { CalendarDate, writeErrors } from '../../platform/schemas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { sendFile } from '../files/index.js';
import { FileBody, UPLOAD_BODY_LIMIT, UploadBody } from '../files/index.js';
import { ComponentCode, ProcedureCode, ProcedureDefinitionSchema, ProcedureDraftSchema, ProcedureInForceSchema, ProcedureSummarySchema, ProcedureVersionSchema, TemplateFileSchema } from './schema.js';
import {
  discardProcedureDraft,
  getProcedure,
  getProcedureDraft,
  listFields,
  listProcedureVersions,
  publishProcedureDraft,
  saveProcedureDraft,
  searchCatalogue,
  withdrawProcedure,
} from './service.js';
import { currentTemplate, removeTemplate, uploadTemplate } from './templates.js';

const Published = Type.Object({ code: Type.String(), version: Type.Integer(), effectiveFrom: Type.String({ description: 'The instant the version takes effect' }) });
const TemplateParams = Type.Object({ code: ProcedureCode, version: Type.Integer({ minimum: 1 }), componentCode: ComponentCode });
const TEMPLATE_TYPES = 'PDF, DOC, DOCX or XLSX';

export function procedureRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/procedures',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['procedures'],
          summary: 'Tra cứu thủ tục hành chính (không dấu, chấp nhận gõ sai)',
          querystring: Type.Object({
            q: Type.Optional(Type.String({ maxLength: 200 })),
            field: Type.Optional(Type.String({ maxLength: 60 })),
            level: Type.Optional(Type.Union([Type.Literal('province'), Type.Literal('commune')])),
            agencyId: Type.Optional(Type.String({ format: 'uuid', description: 'The procedures this agency decides, or offers as one of the communes a procedure is offered by' })),
            online: Type.Optional(Type.Union([Type.Literal('none'), Type.Literal('partial'), Type.Literal('full')])),
            page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          }),
          response: { 200: Type.Object({ items: Type.Array(ProcedureSummarySchema), total: Type.Integer() }), 400: errorResponseSchema },
        },
      },
      async (request) => {
        const { q, field, level, agencyId, online, page, pageSize } = request.query;
        return searchCatalogue(ctx.db, { q, fieldCode: field, level, agencyId, onlineMode: online, limit: pageSize, offset: (page - 1) * pageSize });
      },
    );

    app.get(
      '/api/public/procedures/:code',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['procedures'],
          summary: 'Chi tiết thủ tục: thành phần hồ sơ, phí, thời hạn, quy trình, căn cứ pháp lý',
          params: Type.Object({ code: ProcedureCode }),
          response: { 200: ProcedureInForceSchema, 404: errorResponseSchema },
        },
      },
      async (request) => getProcedure(ctx.db, request.params.code, ctx.now()),
    );

    app.get(
      '/api/public/procedures/:code/versions',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['procedures'],
          summary: 'Các phiên bản đã công bố của thủ tục: quyết định công bố, ngày áp dụng, đang áp dụng hay sắp áp dụng',
          params: Type.Object({ code: ProcedureCode }),
          response: { 200: Type.Array(ProcedureVersionSchema) },
        },
      },
      async (request) => listProcedureVersions(ctx.db, request.params.code, ctx.now()),
    );

    app.get(
      '/api/public/procedures/:code/components/:componentCode/template',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['procedures'],
          summary: 'Tải mẫu đơn, tờ khai của một thành phần hồ sơ (phiên bản thủ tục đang áp dụng)',
          params: Type.Object({ code: ProcedureCode, componentCode: ComponentCode }),
          response: { 200: FileBody(TEMPLATE_TYPES), 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => sendFile(reply, ctx.blobStore, await currentTemplate(ctx.db, request.params.code, request.params.componentCode, ctx.now()), 'attachment'),
    );

    app.put(
      '/api/v1/procedures/:code/versions/:version/components/:componentCode/template',
      {
        config: { rule: 'administer-agencies' },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: ['procedures'],
          summary: 'Tải lên (hoặc thay) mẫu đơn, tờ khai của một thành phần hồ sơ (quản trị)',
          description: `${TEMPLATE_TYPES}, at most 10 MB, recognised by content. A later version keeps the templates of the components it keeps.`,
          params: TemplateParams,
          body: UploadBody,
          response: { 200: TemplateFileSchema, ...writeErrors, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema },
        },
      },
      async (request) => {
        const { code, version, componentCode } = request.params;
        return uploadTemplate(ctx.db, ctx.blobStore, officerActor(request), { code, version, componentCode }, request.body);
      },
    );

    app.delete(
      '/api/v1/procedures/:code/versions/:version/components/:componentCode/template',
      {
        config: { rule: 'administer-agencies' },
        schema: { tags: ['procedures'], summary: 'Gỡ mẫu đơn, tờ khai của một thành phần hồ sơ (quản trị)', params: TemplateParams, response: { 204: Type.Null(), ...writeErrors } },
      },
      async (request, reply) => {
        const { code, version, componentCode } = request.params;
        await removeTemplate(ctx.db, officerActor(request), { code, version, componentCode });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/public/fields',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['procedures'],
          summary: 'Lĩnh vực thủ tục',
          response: { 200: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String(), procedures: Type.Integer() })) },
        },
      },
      async () => listFields(ctx.db),
    );

    app.get(
      '/api/v1/procedures/:code/draft',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['procedures'],
          summary: 'Bản nháp phiên bản mới của thủ tục, hiển thị như trang thủ tục trên Cổng; chưa có bản nháp thì phiên bản công bố gần nhất (quản trị)',
          params: Type.Object({ code: ProcedureCode }),
          response: { 200: ProcedureDraftSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request) => getProcedureDraft(ctx.db, officerActor(request).officer, request.params.code, ctx.now()),
    );

    app.put(
      '/api/v1/procedures/:code/draft',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['procedures'],
          summary: 'Lưu bản nháp phiên bản mới (hoặc thủ tục mới); chưa ai khác thấy cho đến khi công bố',
          params: Type.Object({ code: ProcedureCode }),
          body: ProcedureDefinitionSchema,
          response: { 200: ProcedureDraftSchema, ...writeErrors },
        },
      },
      async (request) => {
        if (request.body.code !== request.params.code) {
          throw new AppError(400, 'code_mismatch', 'Mã thủ tục trong nội dung khác với địa chỉ.', 'The body code differs from the URL.', 'code');
        }
        return saveProcedureDraft(ctx.db, officerActor(request), request.body, ctx.now());
      },
    );

    app.delete(
      '/api/v1/procedures/:code/draft',
      {
        config: { rule: 'administer-agencies' },
        schema: { tags: ['procedures'], summary: 'Bỏ bản nháp của thủ tục', params: Type.Object({ code: ProcedureCode }), response: { 204: Type.Null(), ...writeErrors } },
      },
      async (request, reply) => {
        await discardProcedureDraft(ctx.db, officerActor(request), request.params.code);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/procedures/:code/draft/publish',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['procedures'],
          summary: 'Công bố bản nháp theo quyết định công bố, áp dụng từ ngày hiệu lực; đến ngày đó phiên bản hiện hành vẫn áp dụng',
          description: 'Dossiers received before the effective date, and those already running, keep the version in force when they were received.',
          params: Type.Object({ code: ProcedureCode }),
          body: Type.Object({
            decidingDocument: Type.String({ maxLength: 300, description: 'Number of the deciding document, e.g. Quyết định số 1234/QĐ-UBND' }),
            decidedOn: CalendarDate('The day the decision was signed'),
            effectiveOn: CalendarDate('The first day (Vietnam time) dossiers follow the new version; today or later'),
          }),
          response: { 200: Published, ...writeErrors },
        },
      },
      async (request) => {
        const published = await publishProcedureDraft(ctx.db, officerActor(request), request.params.code, request.body, ctx.now());
        return { code: request.params.code, version: published.version, effectiveFrom: published.effectiveFrom.toISOString() };
      },
    );

    app.delete(
      '/api/v1/procedures/:code',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['procedures'],
          summary: 'Ngừng áp dụng thủ tục (hồ sơ đang giải quyết không bị ảnh hưởng)',
          params: Type.Object({ code: ProcedureCode }),
          response: { 204: Type.Null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await withdrawProcedure(ctx.db, officerActor(request), request.params.code);
        return reply.status(204).send(null);
      },
    );
  };
}
