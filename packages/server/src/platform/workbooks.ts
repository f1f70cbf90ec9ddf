import { Type } from '@fastify/type-provider-typebox';

/** What the modules that answer with Excel workbooks share: the media type and its OpenAPI response. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const WorkbookResponse = { description: 'Excel workbook', content: { [XLSX_CONTENT_TYPE]: { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } } };
