import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { Nullable, writeErrors } from '../../platform/schemas.js';
import { requireCitizen } from '../../platform/citizen-authentication.js';
import { sendFile } from '../files/index.js';
import { FileBody } from '../files/index.js';
import { contentForCitizen, contentForOfficer, listForCitizen, listForOfficer } from './service.js';

const TAGS = ['digitisation'];
const Str = Type.String();
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const ServedDossier = Type.Optional(
  Type.String({ minLength: 1, maxLength: 40, description: 'The dossier the look-up serves: the officer must see it and it must be the applicant’s; recorded in the audit log' }),
);

const Digitised = component('DigitisedDocument', Type.Object({
  id: Str,
  fileId: Type.String({ description: 'Name it in components[].fileIds of a new dossier of the same applicant to reuse the document without uploading it again' }),
  kind: Type.Enum(['component', 'result'] as const),
  componentCode: Nullable(Str),
  title: Type.String({ description: 'The component’s name, or the result document’s type' }),
  name: Type.String({ description: 'File name' }),
  contentType: Str,
  size: Type.Integer(),
  pages: Nullable(Type.Integer()),
  sha256: Str,
  sourceDossierCode: Str,
  digitisedAt: Str,
  reuseCount: Type.Integer({ description: 'How many later dossiers reused it' }),
  verificationCode: Nullable(Type.String({ description: 'For a signed result' })),
}));

export function digitisationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {

    app.get(
      '/api/v1/digitised-documents',
      {
        config: { rule: 'look-up-digitised-documents' },
        schema: {
          tags: TAGS,
          summary: 'Giấy tờ đã số hóa của người nộp hồ sơ, dùng lại cho hồ sơ mới (cán bộ; có ghi nhật ký)',
          description:
            'For receiving officers (at the counter, before a dossier exists) and for officers who may see a dossier of this applicant; ' +
            'with dossierCode, for the officers who may see that dossier, which must be the applicant’s.',
          querystring: Type.Object({
            applicantType: Type.Enum(['citizen', 'organisation'] as const, { default: 'citizen' }),
            idNumber: Type.String({ minLength: 9, maxLength: 20, description: 'Số định danh cá nhân or tax code' }),
            dossierCode: ServedDossier,
          }),
          response: { 200: Type.Array(Digitised), ...writeErrors },
        },
      },
      async (request) =>
        listForOfficer(ctx.db, officerActor(request), { type: request.query.applicantType, idNumber: request.query.idNumber }, request.query.dossierCode),
    );

    app.get(
      '/api/v1/digitised-documents/:id/content',
      {
        config: { rule: 'look-up-digitised-documents' },
        schema: {
          tags: TAGS,
          summary: 'Xem giấy tờ đã số hóa (cán bộ; có ghi nhật ký)',
          params: IdParams,
          querystring: Type.Object({ dossierCode: ServedDossier }),
          response: { 200: FileBody('PDF, JPEG or PNG'), ...writeErrors },
        },
      },
      async (request, reply) => sendFile(reply, ctx.blobStore, await contentForOfficer(ctx.db, officerActor(request), request.params.id, request.query.dossierCode), 'inline'),
    );

    app.get(
      '/api/citizen/digitised-documents',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Kho giấy tờ đã số hóa của tôi (từ các hồ sơ tôi đã nộp bằng tài khoản)',
          response: { 200: Type.Array(Digitised), 401: errorResponseSchema },
        },
      },
      async (request) => listForCitizen(ctx.db, requireCitizen(request).id),
    );

    app.get(
      '/api/citizen/digitised-documents/:id/content',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Tải giấy tờ đã số hóa của tôi',
          params: IdParams,
          response: { 200: FileBody('PDF, JPEG or PNG'), 401: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request, reply) => sendFile(reply, ctx.blobStore, await contentForCitizen(ctx.db, requireCitizen(request).id, request.params.id), 'inline'),
    );
  };
}
