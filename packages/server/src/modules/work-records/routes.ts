import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { authorize } from '../../platform/rule-book.js';
import { writeErrors } from '../../platform/schemas.js';
import { WorkbookResponse, XLSX_CONTENT_TYPE } from '../../platform/workbooks.js';
import { agencyOfRequest } from '../documents/index.js';
import { workRecordListWorkbook } from './list-workbook.js';
import {
  FileEntryBody,
  OpenWorkRecordBody,
  WorkRecordDetailSchema,
  WorkRecordItemParams,
  WorkRecordListFileQuery,
  WorkRecordListQuery,
  WorkRecordParams,
  WorkRecordSchema,
} from './schema.js';
import {
  closeWorkRecord,
  fileIntoWorkRecord,
  handOverWorkRecord,
  listWorkRecords,
  openWorkRecord,
  reopenWorkRecord,
  showWorkRecord,
  unfileFromWorkRecord,
} from './service.js';

const TAGS = ['work-records'];

/** Work records (hồ sơ công việc): each agency's yearly list, what is filed in each, closing and the archive's hand-over. */
export function workRecordRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/work-records',
      {
        config: { rule: 'see-work-records' },
        schema: { tags: TAGS, summary: 'Danh mục hồ sơ công việc của cơ quan trong một năm', querystring: WorkRecordListQuery, response: { 200: Type.Array(WorkRecordSchema), ...writeErrors } },
      },
      async (request) => {
        const officer = requireOfficer(request);
        const agency = await agencyOfRequest(ctx, officer, request.query.agency);
        authorize(officer, 'see-work-records', agency.id);
        return listWorkRecords(ctx, officer, agency, request.query);
      },
    );

    app.get(
      '/api/v1/work-records.xlsx',
      {
        config: { rule: 'see-work-records' },
        schema: { tags: TAGS, summary: 'Danh mục hồ sơ của cơ quan trong một năm, tải về dạng bảng tính Excel (.xlsx)', querystring: WorkRecordListFileQuery, response: { 200: WorkbookResponse, ...writeErrors } },
      },
      async (request, reply) => {
        const officer = requireOfficer(request);
        const agency = await agencyOfRequest(ctx, officer, request.query.agency);
        authorize(officer, 'see-work-records', agency.id);
        const records = await listWorkRecords(ctx, officer, agency, { year: request.query.year });
        const name = `danh-muc-ho-so-${agency.code}-${request.query.year}.xlsx`;
        return reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', `attachment; filename="${name}"`).send(await workRecordListWorkbook(agency.name, request.query.year, records));
      },
    );

    app.post(
      '/api/v1/work-records',
      {
        config: { rule: 'keep-work-record-list' },
        schema: { tags: TAGS, summary: 'Lập một hồ sơ trong danh mục hồ sơ của năm, giao cho người lập hồ sơ', body: OpenWorkRecordBody, response: { 201: WorkRecordSchema, ...writeErrors } },
      },
      async (request, reply) => {
        const actor = officerActor(request);
        const agency = await agencyOfRequest(ctx, actor.officer, request.body.agency);
        return reply.status(201).send(await openWorkRecord(ctx, actor, agency, request.body));
      },
    );

    app.get(
      '/api/v1/work-records/:id',
      {
        config: { rule: 'see-work-records' },
        schema: { tags: TAGS, summary: 'Một hồ sơ công việc và các văn bản, tài liệu trong hồ sơ', params: WorkRecordParams, response: { 200: WorkRecordDetailSchema, ...writeErrors } },
      },
      async (request) => showWorkRecord(ctx, requireOfficer(request), request.params.id),
    );

    app.post(
      '/api/v1/work-records/:id/entries',
      {
        config: { rule: 'keep-work-record' },
        schema: { tags: TAGS, summary: 'Đưa một văn bản của cơ quan hoặc một ghi chú vào hồ sơ đang lập', params: WorkRecordParams, body: FileEntryBody, response: { 200: WorkRecordSchema, ...writeErrors } },
      },
      async (request) => fileIntoWorkRecord(ctx, officerActor(request), request.params.id, request.body),
    );

    app.delete(
      '/api/v1/work-records/:id/entries/:itemId',
      {
        config: { rule: 'keep-work-record' },
        schema: { tags: TAGS, summary: 'Rút một văn bản, tài liệu khỏi hồ sơ đang lập', params: WorkRecordItemParams, response: { 200: WorkRecordSchema, ...writeErrors } },
      },
      async (request) => unfileFromWorkRecord(ctx, officerActor(request), request.params.id, request.params.itemId),
    );

    for (const [path, summary, run] of [
      ['close', 'Kết thúc hồ sơ (chờ nộp lưu vào lưu trữ cơ quan trong một năm)', closeWorkRecord],
      ['reopen', 'Mở lại hồ sơ đã kết thúc, chưa nộp lưu', reopenWorkRecord],
    ] as const) {
      app.post(
        `/api/v1/work-records/:id/${path}`,
        { config: { rule: 'keep-work-record' }, schema: { tags: TAGS, summary, params: WorkRecordParams, response: { 200: WorkRecordSchema, ...writeErrors } } },
        async (request) => run(ctx, officerActor(request), request.params.id),
      );
    }

    app.post(
      '/api/v1/work-records/:id/hand-over',
      {
        config: { rule: 'archive-work-records' },
        schema: { tags: TAGS, summary: 'Lưu trữ cơ quan nhận nộp lưu hồ sơ đã kết thúc; từ đó hồ sơ chỉ còn để xem', params: WorkRecordParams, response: { 200: WorkRecordSchema, ...writeErrors } },
      },
      async (request) => handOverWorkRecord(ctx, officerActor(request), request.params.id),
    );
  };
}
