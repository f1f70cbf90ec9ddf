import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PDF_INSPECTION_LIMITS, inspectPdf } from '../src/modules/files/pages.js';
import { objectStreamPdf } from './support/pdf-bomb.js';

const FILES = new URL('../src/modules/files/', import.meta.url);

describe('reading uploaded PDFs in a worker thread', () => {
  it('counts pages, and refuses a file whose streams inflate past the cap', async () => {
    expect(await inspectPdf(objectStreamPdf(0))).toEqual({ readable: true, pages: 1 });
    expect(await inspectPdf(Buffer.from('%PDF-1.4\n%%EOF\n'))).toEqual({ readable: true, pages: null });
    expect(await inspectPdf(objectStreamPdf(200))).toEqual({ readable: false, reason: 'inflated_size' });
  });

  it('stops reading at the deadline, and reads the next file with a fresh worker', async () => {
    const bomb = objectStreamPdf(200);
    expect(await inspectPdf(bomb, { deadlineMs: 200, maxInflatedBytes: 1024 * 1024 * 1024 })).toEqual({ readable: false, reason: 'deadline' });
    expect(await inspectPdf(objectStreamPdf(0))).toEqual({ readable: true, pages: 1 });
  });

  it('starts its worker from compiled JavaScript too', async () => {
    // Compiled next to the package's own node_modules, as the build will, so that the worker finds the PDF library.
    const dir = await mkdtemp(join(new URL('..', import.meta.url).pathname, '.compiled-'));
    try {
      for (const name of ['pages', 'pages-worker']) {
        const source = await readFile(new URL(`${name}.ts`, FILES), 'utf8');
        const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true } });
        await writeFile(join(dir, `${name}.js`), outputText);
      }
      const compiled = (await import(join(dir, 'pages.js'))) as { inspectPdf: typeof inspectPdf };
      expect(await compiled.inspectPdf(objectStreamPdf(0), PDF_INSPECTION_LIMITS)).toEqual({ readable: true, pages: 1 });
      expect(await compiled.inspectPdf(objectStreamPdf(200))).toEqual({ readable: false, reason: 'inflated_size' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
