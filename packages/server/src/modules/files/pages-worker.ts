import { constants, unzipSync } from 'node:zlib';
import { parentPort } from 'node:worker_threads';
import { PDF } from '@libpdf/core';
import type { PdfInspection } from './pages.js';

/**
 * Counts the pages of PDFs, one at a time, in a worker thread started by pages.ts. Before the PDF
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

async function inspect(pdf: Buffer, maxInflatedBytes: number): Promise<PdfInspection> {
  if (!inflatesWithin(pdf, maxInflatedBytes)) return { readable: false, reason: 'inflated_size' };
  try {
    const pages = (await PDF.load(pdf)).getPageCount();
    return { readable: true, pages: pages > 0 ? pages : null };
  } catch {
    // Damaged, encrypted or not really a PDF: kept, with no page count.
    return { readable: true, pages: null };
  }
}

// The first message says the worker has loaded; each later one answers a file.
parentPort!.postMessage('ready');
parentPort!.on('message', async ({ content, maxInflatedBytes }: { content: Uint8Array; maxInflatedBytes: number }) => {
  parentPort!.postMessage(await inspect(Buffer.from(content.buffer, content.byteOffset, content.byteLength), maxInflatedBytes));
});
