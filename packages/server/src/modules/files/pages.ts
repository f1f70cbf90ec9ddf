import { PDF } from '@libpdf/core';

/** How many pages a PDF has; null when it cannot be read (damaged, encrypted, not really a PDF). */
export async function pdfPageCount(content: Uint8Array): Promise<number | null> {
  try {
    const pages = (await PDF.load(content)).getPageCount();
    return pages > 0 ? pages : null;
  } catch {
    return null;
  }
}
