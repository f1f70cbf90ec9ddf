import type { FastifyReply } from 'fastify';
import type { BlobStore } from '../../platform/blob-store/index.js';
import type { FileRecord } from './service.js';

/** RFC 5987 ext-value: UTF-8, with everything outside attr-char percent-encoded. */
const extValue = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** For clients that ignore filename*: diacritics folded (đ → d), anything else outside printable ASCII, and quotes, replaced. */
const asciiName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');

/** A Content-Disposition header that keeps a Vietnamese file name intact (RFC 6266 with RFC 5987's filename*). */
export function contentDisposition(disposition: 'inline' | 'attachment', name: string): string {
  const nfc = name.normalize('NFC');
  return `${disposition}; filename="${asciiName(nfc)}"; filename*=UTF-8''${extValue(nfc)}`;
}

/**
 * Sends a stored file under its own name, streamed from the blob store. `nosniff`: the browser
 * takes it for the type that was checked on upload and nothing else.
 */
export async function sendFile(reply: FastifyReply, blobs: BlobStore, file: FileRecord, disposition: 'inline' | 'attachment') {
  const content = await blobs.get(file.sha256);
  return reply
    .type(file.contentType)
    .header('content-length', file.size)
    .header('content-disposition', contentDisposition(disposition, file.name))
    .header('x-content-type-options', 'nosniff')
    .send(content);
}
