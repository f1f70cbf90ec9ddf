import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { WorkbookResponse, XLSX_CONTENT_TYPE } from '../../platform/workbooks.js';
import { PdfSchema, sendPdf } from '../papers/index.js';
import { agencyOfRequest } from './leader-routes.js';
import { REPORT_KINDS, handlingReport, reportFileName } from './report.js';
import { reportPaper } from './report-paper.js';
import { reportWorkbook } from './report-workbook.js';

const TAGS = ['statistics'];
const OfficerErrors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

const ReportParams = Type.Object({ kind: Type.Union(REPORT_KINDS.map((kind) => Type.Literal(kind)), { description: 'Báo cáo tháng, quý hoặc năm' }) });
const ReportQuery = Type.Object({
  agency: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'The agency’s code; by default the highest the officer answers for' })),
  period: Type.Optional(
    Type.String({ maxLength: 10, description: 'YYYY-MM for a month, YYYY-Qn for a quarter, YYYY for a year; by default the one running today' }),
  ),
});

/** The monthly, quarterly and yearly reports on the handling of procedures, as .xlsx and as PDF (rule see-statistics). */
export function statisticsReportRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const reportOf = async (request: Parameters<typeof agencyOfRequest>[1] & { params: { kind: (typeof REPORT_KINDS)[number] }; query: { agency?: string; period?: string } }) => {
      const { agency } = await agencyOfRequest(ctx, request, { agency: request.query.agency });
      return handlingReport(ctx.db, agency, request.params.kind, request.query.period, ctx.now());
    };

    app.get(
      '/api/v1/statistics/reports/:kind.xlsx',
      {
        config: { rule: 'see-statistics' },
        schema: {
          tags: TAGS,
          summary: 'Báo cáo tình hình, kết quả giải quyết TTHC theo tháng, quý, năm (biểu mẫu Excel, dòng tổng bằng công thức)',
          params: ReportParams,
          querystring: ReportQuery,
          response: { 200: WorkbookResponse, ...OfficerErrors },
        },
      },
      async (request, reply) => {
        const report = await reportOf(request);
        return reply
          .header('content-type', XLSX_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${reportFileName(report)}.xlsx"`)
          .header('cache-control', 'private, no-store')
          .send(await reportWorkbook(report));
      },
    );

    app.get(
      '/api/v1/statistics/reports/:kind.pdf',
      {
        config: { rule: 'see-statistics' },
        schema: {
          tags: TAGS,
          summary: 'Báo cáo tình hình, kết quả giải quyết TTHC theo tháng, quý, năm (PDF khổ A4 ngang)',
          params: ReportParams,
          querystring: ReportQuery,
          response: { 200: PdfSchema, ...OfficerErrors },
        },
      },
      async (request, reply) => {
        const report = await reportOf(request);
        return sendPdf(reply, { fileName: `${reportFileName(report)}.pdf`, content: await reportPaper(report) });
      },
    );
  };
}
