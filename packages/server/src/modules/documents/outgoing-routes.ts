import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { authorize } from '../../platform/rule-book.js';
import { writeErrors } from '../../platform/schemas.js';
import { FileBody, UPLOAD_BODY_LIMIT, sendFile } from '../files/index.js';
import { searchOutgoingRegister } from './listing.js';
import { approveFormat, createDraft, forwardOutgoing, outgoingFile, returnOutgoing, reviseDraft, showOutgoing, submitOutgoing } from './outgoing.js';
import { recallOutgoing, releaseOutgoing, settleOutgoingSignature, signOutgoing } from './outgoing-release.js';
import { registerPaperOnlyOutgoing } from './outgoing-paper-only.js';
import { DraftOutgoingBody, OutgoingDocumentSchema, OutgoingListQuery, OutgoingListSchema, PaperOnlyOutgoingBody, PaperOnlyRegisteredSchema, ReviseOutgoingBody } from './outgoing-schema.js';
import { OUTGOING_REGISTER_NAME, outgoingRegisterPdf, outgoingRegisterWorkbook } from './register-files.js';
import { registerDownloadRoutes } from './register-routes.js';
import { AttachmentParams, DocumentParams, NoteBody } from './schema.js';
import { agencyOfRequest } from './service.js';

const TAGS = ['documents'];
const BASE = '/api/v1/documents/outgoing';
const uploadErrors = { ...writeErrors, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema };

/**
 * Outgoing documents (văn bản đi): a specialist drafts, the unit head reviews, the office checks
 * the format, the leader signs, the clerk numbers and releases; the register is searched, printed
 * and exported.
 */
export function outgoingDocumentRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      BASE,
      {
        config: { rule: 'see-documents' },
        schema: {
          tags: TAGS,
          summary: 'Văn bản đi của cơ quan: dự thảo và sổ văn bản đi, tìm theo số, ký hiệu, ngày, trích yếu (không dấu, gõ sai vẫn tìm được)',
          querystring: OutgoingListQuery,
          response: { 200: OutgoingListSchema, ...writeErrors },
        },
      },
      async (request) => {
        const { agency: code, ...search } = request.query;
        const agency = await agencyOfRequest(ctx, requireOfficer(request), code);
        authorize(request, 'see-documents', agency.id);
        return searchOutgoingRegister(ctx, agency.id, search);
      },
    );

    app.post(
      BASE,
      {
        config: { rule: 'draft-outgoing-documents' },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Soạn dự thảo văn bản đi (nội dung là tệp PDF, hoặc viết theo mẫu của loại văn bản, thể thức Phụ lục I Nghị định 30/2020)',
          description: 'A classified document is not drafted through the system (422 classified_content). The signer must be a leader of the agency with a signing authority.',
          body: DraftOutgoingBody,
          response: { 201: OutgoingDocumentSchema, ...uploadErrors },
        },
      },
      async (request, reply) => {
        const { agency: code, ...input } = request.body;
        const actor = officerActor(request);
        const id = await createDraft(ctx, actor, await agencyOfRequest(ctx, actor.officer, code), input);
        return reply.status(201).send(await showOutgoing(ctx, actor.officer, id));
      },
    );

    app.post(
      `${BASE}/paper-only`,
      {
        config: { rule: 'register-paper-outgoing-documents' },
        schema: {
          tags: TAGS,
          summary: 'Vào sổ văn bản đi một văn bản chỉ phát hành bản giấy (văn bản mật, văn bản ký tay): cấp số trong cùng sổ, chỉ lưu thông tin, không lưu tệp, không gửi qua mạng',
          description: 'The signer must be a leader of the agency with a signing authority; the number is drawn from the same yearly outgoing register as the electronic documents.',
          body: PaperOnlyOutgoingBody,
          response: { 201: PaperOnlyRegisteredSchema, ...writeErrors, 422: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const { agency: code, ...input } = request.body;
        const actor = officerActor(request);
        return reply.status(201).send(await registerPaperOnlyOutgoing(ctx, actor, await agencyOfRequest(ctx, actor.officer, code), input));
      },
    );

    registerDownloadRoutes(app, ctx, { base: BASE, name: OUTGOING_REGISTER_NAME, fileStem: 'so-van-ban-di', pdf: outgoingRegisterPdf, workbook: outgoingRegisterWorkbook });

    app.get(
      `${BASE}/:id`,
      {
        config: { rule: 'see-documents' },
        schema: {
          tags: TAGS,
          summary: 'Văn bản đi: thông tin, các phiên bản dự thảo, tệp đã ký và phát hành, nơi nhận, quá trình',
          description: 'A signature waiting for the signer’s remote signing service is asked about first.',
          params: DocumentParams,
          response: { 200: OutgoingDocumentSchema, ...writeErrors },
        },
      },
      async (request) => {
        const officer = requireOfficer(request);
        const shown = await showOutgoing(ctx, officer, request.params.id);
        if (!shown.signaturePending) return shown;
        await settleOutgoingSignature(ctx, request.params.id);
        return showOutgoing(ctx, officer, request.params.id);
      },
    );

    app.get(
      `${BASE}/:id/files/:fileId`,
      {
        config: { rule: 'see-documents' },
        schema: { tags: TAGS, summary: 'Tải tệp của văn bản đi (dự thảo, bản đã ký, bản phát hành)', params: AttachmentParams, response: { 200: FileBody('PDF'), ...writeErrors } },
      },
      async (request, reply) => sendFile(reply, ctx.blobStore, await outgoingFile(ctx, requireOfficer(request), request.params.id, request.params.fileId), 'inline'),
    );

    app.post(
      `${BASE}/:id/versions`,
      {
        config: { rule: 'draft-outgoing-documents' },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Người soạn thảo sửa dự thảo: một phiên bản mới (các phiên bản trước được giữ lại); chỉ khi đang soạn hoặc bị trả lại',
          params: DocumentParams,
          body: ReviseOutgoingBody,
          response: { 200: OutgoingDocumentSchema, ...uploadErrors },
        },
      },
      async (request) => reviseDraft(ctx, officerActor(request), request.params.id, request.body),
    );

    const step = (path: string, summary: string, run: (actor: ReturnType<typeof officerActor>, id: string, note: string | undefined) => ReturnType<typeof showOutgoing>) =>
      app.post(
        `${BASE}/:id/${path}`,
        {
          config: { rule: 'route-outgoing-document' },
          schema: { tags: TAGS, summary, params: DocumentParams, body: NoteBody, response: { 200: OutgoingDocumentSchema, ...writeErrors, 422: errorResponseSchema } },
        },
        async (request) => run(officerActor(request), request.params.id, request.body?.note),
      );
    step('submit', 'Chuyên viên trình lãnh đạo phòng dự thảo (lần đầu hoặc sau khi sửa)', (actor, id, note) => submitOutgoing(ctx, actor, id, note));
    step('return', 'Trả lại người soạn thảo kèm ý kiến (lãnh đạo phòng, văn thư kiểm tra thể thức, hoặc người ký)', (actor, id, note) => returnOutgoing(ctx, actor, id, note));
    step('forward', 'Lãnh đạo phòng chuyển văn phòng kiểm tra thể thức', (actor, id, note) => forwardOutgoing(ctx, actor, id, note));
    step('approve-format', 'Văn thư xác nhận thể thức đúng, trình ký', (actor, id, note) => approveFormat(ctx, actor, id, note));
    step('sign', 'Người ký ký số bằng chữ ký cá nhân (ký từ xa: văn bản chờ xác nhận trên điện thoại)', (actor, id) => signOutgoing(ctx, actor, id));
    step('release', 'Văn thư cấp số, ngày tháng, ký số của cơ quan và phát hành đến nơi nhận', (actor, id, note) => releaseOutgoing(ctx, actor, id, note));
    step('recall', 'Thu hồi văn bản đã phát hành (lãnh đạo hoặc văn thư; ghi lý do)', (actor, id, note) => recallOutgoing(ctx, actor, id, note));
  };
}
