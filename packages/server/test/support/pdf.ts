import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';

/**
 * Reading PDFs back as a person would: the text with poppler's pdftotext, the page as pixels with
 * pdftoppm, and a QR code with zbarimg. A PDF's text layer can be right while its glyphs are drawn
 * blank, so papers are checked both ways.
 */
const run = promisify(execFile);

async function withFile<T>(pdf: Buffer, work: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'motcua-pdf-'));
  try {
    const path = join(dir, 'paper.pdf');
    await writeFile(path, pdf);
    return await work(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of every page, laid out as printed (`pdftotext -layout`). */
export const pdfText = (pdf: Buffer) => withFile(pdf, async (path) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'])).stdout);

/** `pdfinfo` as key → value. */
export const pdfInfo = (pdf: Buffer) =>
  withFile(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path]);
    return Object.fromEntries(stdout.split('\n').flatMap((line) => {
      const colon = line.indexOf(':');
      return colon > 0 ? [[line.slice(0, colon).trim(), line.slice(colon + 1).trim()]] : [];
    })) as Record<string, string>;
  });

/** The fonts of the PDF and whether each is embedded (`pdffonts`). */
export const pdfFonts = (pdf: Buffer) =>
  withFile(pdf, async (path) => {
    const { stdout } = await run('pdffonts', [path]);
    // name type encoding emb sub uni object ID
    return stdout.split('\n').slice(2).filter(Boolean).map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
    });
  });

export interface Word {
  text: string;
  /** In points from the top-left corner of the page. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of one page with their boxes (`pdftotext -bbox`). */
export const pdfWords = (pdf: Buffer, page = 1) =>
  withFile(pdf, async (path) => {
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-']);
    const words: Word[] = [];
    const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const match of stdout.matchAll(pattern)) {
      const [, xMin, yMin, xMax, yMax, text] = match;
      const decoded = text!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
      words.push({ text: decoded, xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) });
    }
    return words;
  });

/** A page rendered in shades of grey, one byte a pixel, 0 black to 255 white. */
export interface GreyPage {
  width: number;
  height: number;
  dpi: number;
  pixels: Buffer;
}

/** Renders one page with `pdftoppm -gray`, which writes a binary PGM (P5) that needs no image library. */
export const renderPage = (pdf: Buffer, dpi = 100, page = 1) =>
  withFile(pdf, async (path, dir) => {
    await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, 'page')]);
    const image = await readFile(join(dir, 'page.pgm'));
    // P5 <width> <height> <maxval> then one byte a pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PGM');
    const [whole, width, height] = header;
    return { width: Number(width), height: Number(height), dpi, pixels: image.subarray(whole!.length) } satisfies GreyPage;
  });

/** How much of a box (in points) is ink: the share of its pixels darker than mid-grey. */
export function inkIn(page: GreyPage, box: Pick<Word, 'xMin' | 'yMin' | 'xMax' | 'yMax'>): number {
  const scale = page.dpi / 72;
  const [x0, y0] = [Math.floor(box.xMin * scale), Math.floor(box.yMin * scale)];
  const [x1, y1] = [Math.min(page.width, Math.ceil(box.xMax * scale)), Math.min(page.height, Math.ceil(box.yMax * scale))];
  let dark = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (page.pixels[y * page.width + x]! < 128) dark++;
  const area = Math.max(1, (x1 - x0) * (y1 - y0));
  return dark / area;
}

interface ReadOptions {
  dpi?: number;
  page?: number;
  region?: { x: number; y: number; width: number; height: number };
}

/** The QR codes on a page, or on a region of it (in points from the top-left corner), read by zbarimg from a rendering. */
export const readQrCodes = (pdf: Buffer, options: ReadOptions = {}) => readBarcodes(pdf, 'qrcode', options);

/** The Code 128 barcodes on a page (or a region of it), as a scanner reads them. */
export const readCode128 = (pdf: Buffer, options: ReadOptions = {}) => readBarcodes(pdf, 'code128', options);

const readBarcodes = (pdf: Buffer, symbology: 'qrcode' | 'code128', options: ReadOptions) =>
  withFile(pdf, async (path, dir) => {
    const { dpi = 200, page = 1, region } = options;
    const pixels = (points: number) => String(Math.round((points * dpi) / 72));
    const crop = region ? ['-x', pixels(region.x), '-y', pixels(region.y), '-W', pixels(region.width), '-H', pixels(region.height)] : [];
    await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), ...crop, '-singlefile', path, join(dir, 'page')]);
    const { stdout } = await run('zbarimg', ['--raw', '-q', '-Sdisable', `-S${symbology}.enable`, join(dir, 'page.png')]);
    return stdout.split('\n').filter(Boolean);
  });

/** A page rendered in colour, three bytes a pixel (RGB). */
export type ColourPage = Omit<GreyPage, 'pixels'> & { pixels: Buffer };

/** Renders one page with `pdftoppm` in colour: a binary PPM (P6). */
export const renderColourPage = (pdf: Buffer, dpi = 100, page = 1) =>
  withFile(pdf, async (path, dir) => {
    await run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, 'page')]);
    const image = await readFile(join(dir, 'page.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PPM');
    const [whole, width, height] = header;
    return { width: Number(width), height: Number(height), dpi, pixels: image.subarray(whole!.length) } satisfies ColourPage;
  });

/** How many pixels of a box (in points from the top-left corner) are of the colour `is` tells. */
export function pixelsIn(page: ColourPage, box: Pick<Word, 'xMin' | 'yMin' | 'xMax' | 'yMax'>, is: (r: number, g: number, b: number) => boolean): number {
  const scale = page.dpi / 72;
  let count = 0;
  for (let y = Math.floor(box.yMin * scale); y < Math.min(page.height, Math.ceil(box.yMax * scale)); y++) {
    for (let x = Math.floor(box.xMin * scale); x < Math.min(page.width, Math.ceil(box.xMax * scale)); x++) {
      const at = (y * page.width + x) * 3;
      if (is(page.pixels[at]!, page.pixels[at + 1]!, page.pixels[at + 2]!)) count++;
    }
  }
  return count;
}

/** A PDF with a text layer, as a word processor exports one: A4 pages that `draw` adds and writes. */
export function drawnPdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}
