import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { authorize } from '../../platform/rule-book.js';
import { writeErrors } from '../../platform/schemas.js';
import { FileBody, FileFactsSchema, UPLOAD_BODY_LIMIT, sendFile } from '../files/index.js';
import { myDocuments, overdueByUnit, searchRegister } from './listing.js';
import { INCOMING_REGISTER_NAME, incomingRegisterPdf, incomingRegisterWorkbook } from './register-files.js';
import {
  AgencyQuery,
  AssignBody,
  AssignmentParams,
  AttachmentBody,
  AttachmentParams,
  DocumentParams,
  DocumentStaffSchema,
  FinishBody,
  IncomingDocumentSchema,
  IncomingListQuery,
  IncomingListSchema,
  MyDocumentsQuery,
  MyDocumentsSchema,
  NoteBody,
  OverdueByUnitSchema,
  PassDownBody,
  ProgressBody,
  RegisterIncomingBody,
} from './schema.js';
import {
  addAttachment,
  agencyOfRequest,
  assignIncoming,
  attachmentFile,
  finishIncoming,
  finishPart,
  passDown,
  presentIncoming,
  recordProgress,
  registerIncoming,
  returnIncoming,
  showIncoming,
  withdrawIncoming,
} from './service.js';
import { registerDownloadRoutes } from './register-routes.js';
import { documentStaff } from './staff.js';

const TAGS = ['documents'];
const BASE = '/api/v1/documents/incoming';
const uploadErrors = { ...writeErrors, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema };

/**
 * Incoming documents (văn bản đến): the clerk registers and presents them, the leader assigns them,
 * unit heads pass them down, assignees record progress and finish; the register is searched,
 * printed and exported, and each officer has their queues.
 */
export function documentRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      BASE,
      {
        config: { rule: 'see-documents' },
        schema: {
          tags: TAGS,
          summary: 'Sổ văn bản đến của cơ quan: danh sách, tìm theo số, ký hiệu, nơi gửi, ngày, trích yếu (không dấu, gõ sai vẫn tìm được)',
          querystring: IncomingListQuery,
          response: { 200: IncomingListSchema, ...writeErrors },
        },
      },
      async (request) => {
        const { agency: code, ...search } = request.query;
        const agency = await agencyOfRequest(ctx, requireOfficer(request), code);
        authorize(request, 'see-documents', agency.id);
        return searchRegister(ctx, agency.id, search);
      },
    );

    app.post(
      BASE,
      {
        config: { rule: 'register-incoming-documents' },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Vào sổ văn bản đến (số đến tự động theo cơ quan và năm; kèm bản scan nếu không phải văn bản mật)',
          description: 'A classified document (Mật, Tối mật, Tuyệt mật) is registered with its metadata only: a scan is refused with 422 classified_content.',
          body: RegisterIncomingBody,
          response: { 201: IncomingDocumentSchema, ...uploadErrors },
        },
      },
      async (request, reply) => {
        const { agency: code, ...input } = request.body;
        const actor = officerActor(request);
        const id = await registerIncoming(ctx, actor, await agencyOfRequest(ctx, actor.officer, code), input);
        return reply.status(201).send(await showIncoming(ctx, actor.officer, id));
      },
    );

    app.get(
      '/api/v1/documents/mine',
      {
        config: { rule: 'signed-in-officer' },
        schema: {
          tags: TAGS,
          summary: 'Văn bản của tôi: cần xử lý, quá hạn, để biết, chờ trình (văn thư), chờ phân phối (lãnh đạo); văn bản đi chờ duyệt, chờ kiểm tra thể thức, chờ ký, chờ phát hành',
          querystring: MyDocumentsQuery,
          response: { 200: MyDocumentsSchema, ...writeErrors },
        },
      },
      async (request) => myDocuments(ctx, requireOfficer(request), request.query.view),
    );

    app.get(
      `${BASE}/overdue`,
      {
        config: { rule: 'see-overdue-documents' },
        schema: {
          tags: TAGS,
          summary: 'Văn bản đến quá hạn xử lý, theo phòng, đơn vị (lãnh đạo)',
          querystring: AgencyQuery,
          response: { 200: OverdueByUnitSchema, ...writeErrors },
        },
      },
      async (request) => {
        const agency = await agencyOfRequest(ctx, requireOfficer(request), request.query.agency);
        authorize(request, 'see-overdue-documents', agency.id);
        return overdueByUnit(ctx, agency.id);
      },
    );

    app.get(
      '/api/v1/documents/staff',
      {
        config: { rule: 'see-documents' },
        schema: {
          tags: TAGS,
          summary: 'Phòng, đơn vị và cán bộ của cơ quan để chọn khi phân phối, giao xử lý văn bản hoặc giao lập hồ sơ',
          querystring: AgencyQuery,
          response: { 200: DocumentStaffSchema, ...writeErrors },
        },
      },
      async (request) => {
        const agency = await agencyOfRequest(ctx, requireOfficer(request), request.query.agency);
        authorize(request, 'see-documents', agency.id);
        return documentStaff(ctx.db, agency.id);
      },
    );

    registerDownloadRoutes(app, ctx, { base: BASE, name: INCOMING_REGISTER_NAME, fileStem: 'so-van-ban-den', pdf: incomingRegisterPdf, workbook: incomingRegisterWorkbook });

    app.get(
      `${BASE}/:id`,
      {
        config: { rule: 'see-documents' },
        schema: { tags: TAGS, summary: 'Văn bản đến: thông tin, tệp, phân công và quá trình xử lý', params: DocumentParams, response: { 200: IncomingDocumentSchema, ...writeErrors } },
      },
      async (request) => showIncoming(ctx, requireOfficer(request), request.params.id),
    );

    app.post(
      `${BASE}/:id/attachments`,
      {
        config: { rule: 'register-incoming-documents' },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Thêm tệp (bản scan, phụ lục) vào văn bản đến; không nhận với văn bản mật',
          params: DocumentParams,
          body: AttachmentBody,
          response: { 201: FileFactsSchema, ...uploadErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await addAttachment(ctx, officerActor(request), request.params.id, request.body)),
    );

    app.get(
      `${BASE}/:id/attachments/:fileId`,
      {
        config: { rule: 'see-documents' },
        schema: { tags: TAGS, summary: 'Tải tệp của văn bản đến', params: AttachmentParams, response: { 200: FileBody('PDF, JPEG or PNG'), ...writeErrors } },
      },
      async (request, reply) => sendFile(reply, ctx.blobStore, await attachmentFile(ctx, requireOfficer(request), request.params.id, request.params.fileId), 'inline'),
    );

    const documentAction = (path: string, summary: string, run: (request: { id: string; note?: string | undefined }, actor: ReturnType<typeof officerActor>) => ReturnType<typeof presentIncoming>) =>
      app.post(
        `${BASE}/:id/${path}`,
        {
          config: { rule: 'route-incoming-document' },
          schema: { tags: TAGS, summary, params: DocumentParams, body: NoteBody, response: { 200: IncomingDocumentSchema, ...writeErrors } },
        },
        async (request) => run({ id: request.params.id, note: request.body?.note }, officerActor(request)),
      );
    documentAction('present', 'Văn thư trình lãnh đạo văn bản đến', ({ id, note }, actor) => presentIncoming(ctx, actor, id, note));
    documentAction('return', 'Lãnh đạo trả lại văn thư (không thuộc thẩm quyền, vào sổ sai)', ({ id, note }, actor) => returnIncoming(ctx, actor, id, note));
    documentAction('withdraw', 'Văn thư thu hồi văn bản vào sổ nhầm (số đến giữ nguyên trong sổ)', ({ id, note }, actor) => withdrawIncoming(ctx, actor, id, note));

    app.post(
      `${BASE}/:id/assign`,
      {
        config: { rule: 'route-incoming-document' },
        schema: {
          tags: TAGS,
          summary: 'Lãnh đạo phân phối: đơn vị, cá nhân chủ trì, phối hợp, để biết; ý kiến chỉ đạo; hạn xử lý theo ngày làm việc',
          params: DocumentParams,
          body: AssignBody,
          response: { 200: IncomingDocumentSchema, ...writeErrors },
        },
      },
      async (request) => assignIncoming(ctx, officerActor(request), request.params.id, request.body),
    );

    app.post(
      `${BASE}/:id/assignments/:assignmentId/pass-down`,
      {
        config: { rule: 'route-incoming-document' },
        schema: {
          tags: TAGS,
          summary: 'Lãnh đạo phòng giao chuyên viên trong phòng xử lý phần việc của phòng',
          params: AssignmentParams,
          body: PassDownBody,
          response: { 200: IncomingDocumentSchema, ...writeErrors },
        },
      },
      async (request) => passDown(ctx, officerActor(request), request.params.id, request.params.assignmentId, request.body),
    );

    app.post(
      `${BASE}/:id/assignments/:assignmentId/progress`,
      {
        config: { rule: 'route-incoming-document' },
        schema: { tags: TAGS, summary: 'Cập nhật tiến độ xử lý phần việc được giao', params: AssignmentParams, body: ProgressBody, response: { 200: IncomingDocumentSchema, ...writeErrors } },
      },
      async (request) => recordProgress(ctx, officerActor(request), request.params.id, request.params.assignmentId, request.body.note),
    );

    app.post(
      `${BASE}/:id/assignments/:assignmentId/finish`,
      {
        config: { rule: 'route-incoming-document' },
        schema: {
          tags: TAGS,
          summary: 'Hoàn thành xử lý văn bản (đơn vị, cá nhân chủ trì), có thể kèm văn bản đi trả lời',
          params: AssignmentParams,
          body: FinishBody,
          response: { 200: IncomingDocumentSchema, ...writeErrors },
        },
      },
      async (request) => finishIncoming(ctx, officerActor(request), request.params.id, request.params.assignmentId, request.body),
    );

    app.post(
      `${BASE}/:id/assignments/:assignmentId/finish-part`,
      {
        config: { rule: 'route-incoming-document' },
        schema: { tags: TAGS, summary: 'Hoàn thành phần phối hợp được giao', params: AssignmentParams, body: NoteBody, response: { 200: IncomingDocumentSchema, ...writeErrors } },
      },
      async (request) => finishPart(ctx, officerActor(request), request.params.id, request.params.assignmentId, request.body?.note),
    );
  };
}
