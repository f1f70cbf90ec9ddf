import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../src/modules/files/pages.js';
import { objectStreamPdf } from './support/pdf-bomb.js';

describe('reading uploaded PDFs in a worker thread', () => {
  it('counts pages, and refuses a file whose streams inflate past the cap', async () => {
    expect(await inspectPdf(objectStreamPdf(0))).toEqual({ readable: true, pages: 1, text: null });
    expect(await inspectPdf(Buffer.from('%PDF-1.4\n%%EOF\n'))).toEqual({ readable: true, pages: null, text: null });
    expect(await inspectPdf(objectStreamPdf(200))).toEqual({ readable: false, reason: 'inflated_size' });
  });

  it('stops reading at the deadline, and reads the next file with a fresh worker', async () => {
    const bomb = objectStreamPdf(200);
    expect(await inspectPdf(bomb, { deadlineMs: 200, maxInflatedBytes: 1024 * 1024 * 1024, maxTextChars: 0 })).toEqual({ readable: false, reason: 'deadline' });
    expect(await inspectPdf(objectStreamPdf(0))).toEqual({ readable: true, pages: 1, text: null });
  });
});
