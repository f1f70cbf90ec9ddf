import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { CalendarDate, writeErrors } from '../../platform/schemas.js';
import { DossierCodeParam } from '../dossiers/index.js';
import { PdfSchema, sendPdf } from './http.js';
import { DOSSIER_PAPER_KEYS, agencyRegister, dossierPaper, papersOf } from './service.js';

const TAGS = ['papers'];
const Day = CalendarDate('YYYY-MM-DD, Vietnam time');
const readErrors = { 400: writeErrors[400], 401: writeErrors[401], 403: writeErrors[403], 404: writeErrors[404] };

/** The official papers of dossiers and agencies, for officers who may see them. */
export function paperRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/dossiers/:code/papers',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: TAGS,
          summary: 'Các giấy tờ của hồ sơ có thể in (giấy tiếp nhận, tờ khai, phiếu yêu cầu bổ sung, phiếu từ chối, văn bản xin lỗi, thông báo dừng giải quyết, phiếu kiểm soát, biên lai)',
          params: Type.Object({ code: DossierCodeParam }),
          response: {
            200: Type.Array(Type.Object({ paper: Type.Enum(DOSSIER_PAPER_KEYS), name: Type.String(), nameEn: Type.String(), href: Type.String() })),
            ...readErrors,
          },
        },
      },
      async (request) => papersOf(ctx, officerActor(request), request.params.code),
    );

    app.get(
      '/api/v1/dossiers/:code/papers/:paper.pdf',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: TAGS,
          summary: 'In một giấy tờ của hồ sơ (PDF khổ A4 theo mẫu của Thông tư 03/2025/TT-VPCP)',
          description:
            'receipt: mẫu 01 (two copies); declaration: the tờ khai filled in as the procedure’s e-form; supplement-request: mẫu 02; refusal: mẫu 03; apology: mẫu 04; stop-notice: mẫu 05; control-record: mẫu 06; ' +
            'fee-receipt: biên lai thu phí, lệ phí. 404 paper_not_applicable when nothing happened that the paper records.',
          params: Type.Object({ code: DossierCodeParam, paper: Type.Enum(DOSSIER_PAPER_KEYS) }),
          response: { 200: PdfSchema, ...readErrors },
        },
      },
      async (request, reply) => sendPdf(reply, await dossierPaper(ctx, officerActor(request), request.params.code, request.params.paper)),
    );

    app.get(
      '/api/v1/agencies/:id/register.pdf',
      {
        config: { rule: 'see-agency-register' },
        schema: {
          tags: TAGS,
          summary: 'In sổ theo dõi hồ sơ của cơ quan tiếp nhận trong một khoảng thời gian (mẫu 07)',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          querystring: Type.Object({ from: Day, to: Day }),
          response: { 200: PdfSchema, ...readErrors },
        },
      },
      async (request, reply) => sendPdf(reply, await agencyRegister(ctx, officerActor(request), request.params.id, request.query.from, request.query.to)),
    );
  };
}
