import { constants, unzipSync } from 'node:zlib';
import { parentPort } from 'node:worker_threads';
import { PDF } from '@libpdf/core';
import type { PdfInspection } from './pages.js';

/**
 * Counts the pages of PDFs, and reads their text when asked, one at a time, in a worker thread
 * started by pages.ts. Before the PDF
 * library reads a file, every stream that zlib can inflate is inflated once with a cap on the total
 * output, so that a small file whose streams inflate to gigabytes (a "zip bomb") is refused
 * after reading no more than the cap.
 */
// "stream" then an end of line starts a stream's data (and "endstream" ends it).
const STREAM_START = /(?<!end)stream\r?\n/g;

function inflatesWithin(pdf: Buffer, budget: number): boolean {
  const text = pdf.toString('latin1');
  let remaining = budget;
  for (const match of text.matchAll(STREAM_START)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const data = pdf.subarray(start, end === -1 ? pdf.length : end);
    try {
      // A sync flush at the end, as the PDF library falls back to, also inflates a stream cut short.
      remaining -= unzipSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: remaining + 1 }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return false;
      // Not zlib data (an image, another filter): the PDF library's own limits apply to it.
      continue;
    }
    if (remaining < 0) return false;
  }
  return true;
}

/** The text layer of every page, in order, up to the characters a caller keeps (pages.ts). */
function textOf(document: PDF, maxTextChars: number): string {
  const pages: string[] = [];
  let length = 0;
  for (const page of document.getPages()) {
    if (length >= maxTextChars) break;
    const text = page.extractText({ includeChars: false }).text;
    pages.push(text);
    length += text.length + 1;
  }
  return pages.join('\n').slice(0, maxTextChars).normalize('NFC');
}

async function inspect(pdf: Buffer, { maxInflatedBytes, maxTextChars }: InspectionRequest): Promise<PdfInspection> {
  if (!inflatesWithin(pdf, maxInflatedBytes)) return { readable: false, reason: 'inflated_size' };
  let document: PDF;
  try {
    document = await PDF.load(pdf);
  } catch {
    // Damaged, encrypted or not really a PDF: kept, with no page count and no text.
    return { readable: true, pages: null, text: null };
  }
  const pages = document.getPageCount();
  let text: string | null = null;
  try {
    if (maxTextChars > 0) text = textOf(document, maxTextChars);
  } catch {
    // A page whose content the library cannot read: the file is kept, without its text.
  }
  return { readable: true, pages: pages > 0 ? pages : null, text };
}

interface InspectionRequest {
  maxInflatedBytes: number;
  /** How much of the text layer to read; none when 0. */
  maxTextChars: number;
}

// The first message says the worker has loaded; each later one answers a file.
parentPort!.postMessage('ready');
parentPort!.on('message', async ({ content, ...request }: InspectionRequest & { content: Uint8Array }) => {
  parentPort!.postMessage(await inspect(Buffer.from(content.buffer, content.byteOffset, content.byteLength), request));
});
