import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { decodeBase64 } from '../../platform/base64.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { Nullable, writeErrors } from '../../platform/schemas.js';
import { DossierCodeParam } from '../dossiers/index.js';
import { UPLOAD_BODY_LIMIT } from '../files/index.js';
import { ProcedureCode } from '../procedures/index.js';
import { approvalSignature } from './awaiting.js';
import { checkDocument, listDossierResults, revokeResult, verifyCode } from './service.js';
import { describeTemplate, saveTemplate } from './templates.js';

const TAGS = ['results'];
const Str = Type.String();
const CodeParams = Type.Object({ code: Type.String({ minLength: 10, maxLength: 20, description: 'The verification code printed on the result, e.g. K7M2Q9XA4T' }) });
const Revocation = Nullable(Type.Object({ at: Str, reason: Str }));

const Template = component('ResultTemplate', Type.Object({
  title: Type.String({ minLength: 2, maxLength: 300 }),
  subtitle: Type.Optional(Type.String({ maxLength: 500 })),
  paragraphs: Type.Array(Type.String({ maxLength: 4000 }), { minItems: 1, maxItems: 60 }),
  signerTitle: Type.Optional(Type.String({ maxLength: 200 })),
  recipients: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 20 })),
}));
const TemplateView = component('ResultTemplateView', Type.Object({
  procedureCode: Str,
  template: Template,
  isDefault: Type.Boolean(),
  placeholders: Type.Record(Type.String(), Type.Object({ description: Str, descriptionEn: Str }), { description: 'What each {{placeholder}} is filled with' }),
}));

const Certificate = Type.Object({ subject: Str, issuer: Str, serialNumber: Str, notBefore: Str, notAfter: Str, fingerprintSha256: Str });
const Verification = Type.Object({
  verificationCode: Str,
  genuine: Type.Boolean({ description: 'Issued under this code and not revoked' }),
  status: Type.Enum(['valid', 'revoked'] as const),
  documentType: Str,
  dossierCode: Str,
  procedure: Type.Object({ code: Str, name: Str }),
  applicantName: Type.String({ description: 'Masked for citizens: Nguyễn V. A.' }),
  issuingAgency: Type.Object({ code: Str, name: Str }),
  signer: Type.Object({ name: Str, title: Str }),
  signedAt: Str,
  sha256: Type.String({ description: 'SHA-256 of the signed PDF as issued' }),
  certificate: Certificate,
  revoked: Revocation,
});
const Check = Type.Object({
  verificationCode: Str,
  genuine: Type.Boolean({ description: 'Byte-identical to the issued file, signature valid over the whole file by the issuing certificate, not revoked' }),
  verdict: Type.Enum(['genuine', 'revoked', 'not_signed', 'signature_invalid', 'other_signer', 'different_file'] as const),
  message: Str,
  messageEn: Str,
  identical: Type.Boolean(),
  sha256: Str,
  signature: Type.Object({
    present: Type.Boolean(),
    valid: Type.Boolean(),
    coversWholeFile: Type.Boolean(),
    signerMatches: Type.Boolean(),
    signerCommonName: Nullable(Str),
    signedAt: Nullable(Str),
  }),
  revoked: Revocation,
});
const DossierResult = Type.Object({
  verificationCode: Str,
  documentType: Str,
  source: Type.Enum(['template', 'upload'] as const),
  agencyName: Str,
  signer: Type.Object({ name: Str, title: Str }),
  signedAt: Str,
  fileId: Type.String({ description: 'Download with GET /api/v1/dossiers/{code}/files/{fileId}' }),
  sha256: Str,
  revoked: Revocation,
  canRevoke: Type.Boolean({ description: 'The result stands and the officer may revoke it (POST /api/v1/signed-results/{code}/revoke)' }),
});

const ApprovalSignature = component('ApprovalSignature', Type.Object({
  id: Str,
  state: Type.Enum(['awaiting', 'approved', 'failed'] as const),
  requestedAt: Str,
  expiresAt: Str,
  settledAt: Nullable(Str),
  failure: Nullable(Type.Object({ code: Str, message: Str, messageEn: Str })),
}));

export function resultRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/v1/dossiers/:code/signed-results',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: TAGS,
          summary: 'Văn bản kết quả đã ký số của hồ sơ',
          params: Type.Object({ code: DossierCodeParam }),
          response: { 200: Type.Array(DossierResult), ...writeErrors },
        },
      },
      async (request) => listDossierResults(ctx.db, officerActor(request), request.params.code),
    );

    app.get(
      '/api/v1/dossiers/:code/approval-signature',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: TAGS,
          summary: 'Phê duyệt đang chờ người ký xác nhận ký số từ xa trên điện thoại: trạng thái, lý do nếu không thành',
          description:
            'The latest approval of the dossier by a leader who signs through a remote signing service. The service is asked for news first: ' +
            'once the signature arrives the dossier is approved with the signed result (state approved); if the signer refuses, the time runs out ' +
            'or the dossier changed meanwhile, the dossier stays as it was (state failed, with the reason). 404 when none was asked.',
          params: Type.Object({ code: DossierCodeParam }),
          response: { 200: ApprovalSignature, ...writeErrors },
        },
      },
      async (request) => approvalSignature(ctx, officerActor(request), request.params.code),
    );

    app.post(
      '/api/v1/signed-results/:code/revoke',
      {
        config: { rule: 'revoke-result' },
        schema: {
          tags: TAGS,
          summary: 'Thu hồi văn bản kết quả đã ký số (lãnh đạo cơ quan ban hành hoặc quản trị)',
          description: 'Everyone who checks the code afterwards sees the result as revoked, with the reason.',
          params: CodeParams,
          body: Type.Object({ reason: Type.String({ minLength: 3, maxLength: 2000 }) }),
          response: { 200: Type.Object({ verificationCode: Str, revoked: Type.Object({ at: Str, reason: Str }) }), ...writeErrors },
        },
      },
      async (request) => revokeResult(ctx, officerActor(request), request.params.code, request.body.reason),
    );

    app.get(
      '/api/v1/procedures/:code/result-template',
      {
        config: { rule: 'signed-in-officer' },
        schema: {
          tags: TAGS,
          summary: 'Mẫu văn bản kết quả của thủ tục (dùng khi cán bộ không tải lên tệp kết quả)',
          params: Type.Object({ code: ProcedureCode }),
          response: { 200: TemplateView, ...writeErrors },
        },
      },
      async (request) => describeTemplate(ctx.db, request.params.code, ctx.now()),
    );

    app.put(
      '/api/v1/procedures/:code/result-template',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: TAGS,
          summary: 'Cập nhật mẫu văn bản kết quả của thủ tục (quản trị)',
          description: 'Texts may name {{placeholders}} (see the GET answer); an unknown one is refused (unknown_placeholder).',
          params: Type.Object({ code: ProcedureCode }),
          body: Template,
          response: { 200: TemplateView, ...writeErrors },
        },
      },
      async (request) => saveTemplate(ctx.db, officerActor(request), request.params.code, request.body, ctx.now()),
    );

    app.get(
      '/api/public/verify/:code',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Xác thực văn bản kết quả theo mã xác thực (mã QR trên văn bản)',
          params: CodeParams,
          response: { 200: Verification, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => verifyCode(ctx.db, request.params.code),
    );

    app.post(
      '/api/public/verify/:code/check',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Kiểm tra tệp PDF có đúng là văn bản kết quả đã ban hành (mã băm và chữ ký số)',
          description: 'Compares the file with the one issued under the code (SHA-256) and verifies its embedded CMS signature.',
          params: CodeParams,
          body: Type.Object({ contentBase64: Type.String({ minLength: 4, description: 'The PDF, base64, at most 10 MB' }) }),
          response: { 200: Check, 400: errorResponseSchema, 404: errorResponseSchema, 413: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => checkDocument(ctx.db, request.params.code, decodeBase64(request.body.contentBase64, 'contentBase64')),
    );
  };
}
