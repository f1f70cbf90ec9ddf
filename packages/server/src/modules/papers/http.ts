import { Type } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { PaperFile } from './service.js';

/** The response of a paper, documented as application/pdf. */
export const PdfSchema = { description: 'A4 PDF', content: { 'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } } };

/** The file name as browsers save it: Vietnamese in `filename*` (RFC 5987), plain ASCII in `filename` for older clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987 wants them encoded too.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function sendPdf(reply: FastifyReply, paper: PaperFile) {
  return reply
    .type('application/pdf')
    .header('content-disposition', contentDisposition(paper.fileName))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(paper.content);
}
