import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { vietnamDate } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { requireOfficer } from '../../platform/authentication.js';
import { authorize } from '../../platform/rule-book.js';
import { writeErrors } from '../../platform/schemas.js';
import { WorkbookResponse, XLSX_CONTENT_TYPE } from '../../platform/workbooks.js';
import type { AgencyRow } from '../agencies/index.js';
import { PdfSchema, sendPdf } from '../papers/index.js';
import { RegisterQuery } from './schema.js';
import { agencyOfRequest } from './service.js';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** A register an agency keeps for a year, as it is printed and exported. */
export interface RegisterDownloads {
  /** `/api/v1/documents/incoming` */
  base: string;
  name: string;
  /** `so-van-ban-den`: the files are named `<stem>-<agency code>-<year>`. */
  fileStem: string;
  pdf(db: Queryable, agency: AgencyRow, year: number, madeAt: Date): Promise<Buffer>;
  workbook(db: Queryable, agency: AgencyRow, year: number): Promise<Buffer>;
}

/** The register of a year (this one unless asked) as a PDF and as a workbook, for officers of the agency. */
export function registerDownloadRoutes(app: App, ctx: AppContext, register: RegisterDownloads): void {
  const tags = ['documents'];
  const target = async (request: Parameters<typeof requireOfficer>[0], query: { agency?: string | undefined; year?: number | undefined }) => {
    const agency = await agencyOfRequest(ctx, requireOfficer(request), query.agency);
    authorize(request, 'see-documents', agency.id);
    const year = query.year ?? Number(vietnamDate(ctx.now()).slice(0, 4));
    return { agency, year, fileName: `${register.fileStem}-${agency.code}-${year}` };
  };
  app.get(
    `${register.base}/register.pdf`,
    { config: { rule: 'see-documents' }, schema: { tags, summary: `${register.name} của một năm, bản in PDF`, querystring: RegisterQuery, response: { 200: PdfSchema, ...writeErrors } } },
    async (request, reply) => {
      const { agency, year, fileName } = await target(request, request.query);
      return sendPdf(reply, { fileName: `${fileName}.pdf`, content: await register.pdf(ctx.db, agency, year, ctx.now()) });
    },
  );
  app.get(
    `${register.base}/register.xlsx`,
    {
      config: { rule: 'see-documents' },
      schema: { tags, summary: `${register.name} của một năm, tải về dạng bảng tính Excel (.xlsx)`, querystring: RegisterQuery, response: { 200: WorkbookResponse, ...writeErrors } },
    },
    async (request, reply) => {
      const { agency, year, fileName } = await target(request, request.query);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}.xlsx"`)
        .send(await register.workbook(ctx.db, agency, year));
    },
  );
}
