import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { CODE128_QUIET_ZONE, code128Bars } from '@motcua/core';
import { type Face, FACES, paperFonts } from './fonts.js';
import { longDay, upper } from './format.js';

/**
 * A small layout toolkit for the look of Vietnamese official papers (Decree 30/2020 on the
 * presentation of documents): A4, margins of 20 mm top and bottom, 30 mm left and 15 mm right,
 * the issuing agency in the top-left block and the national motto in the top-right one, the
 * place-and-date line under the motto, the paper's name centred in bold capitals, bordered tables
 * and signature blocks. Everything flows down the page; a table that does not fit goes on to the
 * next page, and a signature block that does not fit takes the paragraph before it along, so that
 * no signature stands on a page without the text it signs.
 */

const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const LINE_GAP = 1;
const RULE_WIDTH = 0.6;
const CELL_PADDING = 4;
/** The motto column: wide enough for the national name in one line. */
const MOTTO_COLUMN = 268;
const COLUMN_GAP = 10;
const QR_SIZE = 28 * MM;
const QR_CORNER = 9 * MM;
const SIGNATURE_SPACE = 56;
/** A Code 128 module 0.3 mm wide and bars 8 mm high (between the QR code's top and the margin): what an ordinary handheld or kiosk scanner reads. */
const BARCODE_MODULE = 0.3 * MM;
const BARCODE_HEIGHT = 8 * MM;

export const SIZES = { agency: 12, nation: 12, motto: 12.5, body: 12, title: 14, table: 11, small: 10 } as const;

export interface PaperInfo {
  /** The PDF's title: the paper's name and what it is about. */
  title: string;
  /** The issuing agency. */
  author: string;
  subject: string;
  /** The instant the paper records, as its creation date: the same paper renders to the same bytes. */
  issuedAt: Date;
  landscape?: boolean;
  /** Type and spacing as a share of their usual size (QR codes and margins keep theirs): a paper that must fit its page may be set tighter. */
  scale?: number;
}

export interface Heading {
  /** The agency above the issuer (cơ quan chủ quản), in plain capitals. */
  superior?: string | undefined;
  /** The issuing agency or unit, in bold capitals and underlined. */
  issuer: string;
  /** Lines under the issuer, such as the number of the paper or a verification code. */
  references?: string[];
  /** Where and when it is issued: `Hòa Bình, ngày 23 tháng 11 năm 2026`. */
  placeAndDate?: { place: string; at: Date } | undefined;
  /** A QR code in the top-left corner of the page. */
  qrCode?: string;
  /** A Code 128 barcode in the top margin on the right, level with the QR code. */
  barcode?: string;
  /**
   * Lines left blank for what is written in only when the paper is issued, each recorded in
   * `slots`: the number and symbol under the issuer (`number`), the place and date under the motto
   * (`date`).
   */
  blank?: { number?: boolean; date?: boolean };
}

/** A place on a page (0-based), in PDF points from the page's bottom-left corner, where something is drawn later. */
export interface PageSlot {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextStyle {
  face?: Face;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Space before, in points. */
  before?: number;
  indent?: number;
}

export interface Column {
  title: string;
  /** A share of the table's width; the shares are scaled to fill it. */
  share: number;
  align?: 'left' | 'center' | 'right';
}

/** A cell of a table's header that may span columns and rows, as in forms whose columns are grouped under a common title. */
export interface HeaderCell {
  title: string;
  /** Columns it spans: 1 unless given. */
  columns?: number;
  /** Header rows it spans: 1 unless given. */
  rows?: number;
}

export interface TableOptions {
  size?: number;
  /** The header as rows of cells, each cell in the first column free of the ones above it (as HTML lays out a table); the columns' titles unless given. */
  header?: HeaderCell[][];
  /** The rows (by index) written in bold, such as subtotals and the total. */
  strong?: ReadonlySet<number>;
}

export interface Signer {
  /** The role, e.g. `NGƯỜI NỘP HỒ SƠ`, or the signer's authority, one line each (`KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`), written in bold capitals. */
  title: string | readonly string[];
  /** Under the role, in italics: `(Ký, ghi rõ họ tên)`. */
  note?: string;
  /** The signer's full name, under the space left for the signature. */
  name?: string;
}

/** A line of a column, such as a signature block's title, note and name. */
interface Line {
  text: string;
  face: Face;
  size: number;
  /** Space before, in points. */
  before?: number;
}

export class Paper {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  /** The copies of a paper repeat its QR code: it is encoded once. */
  private readonly qrCodes = new Map<string, QRCode.BitMatrix>();
  private readonly scale: number;
  /**
   * The last paragraph (and the space after it), measured but not yet drawn: a signature block
   * that follows takes it along to the next page rather than stand there alone.
   */
  private held: Array<{ height: number; draw: () => void }> = [];
  /**
   * Where the lines left blank went (`number`, `date`) and the space for the first signer's
   * signature (`signature`): what is drawn on the PDF after it is made, such as a visible signature.
   */
  readonly slots: Record<string, PageSlot> = {};

  constructor(info: PaperInfo) {
    this.scale = info.scale ?? 1;
    this.doc = new PDFDocument({
      size: 'A4',
      layout: info.landscape ? 'landscape' : 'portrait',
      margins: MARGINS,
      bufferPages: true,
      lang: 'vi-VN',
      displayTitle: true,
      pdfVersion: '1.7',
      // No default font: pdfkit would parse Helvetica's metrics for every paper, which prints none.
      font: '',
      info: {
        Title: info.title,
        Author: info.author,
        Subject: info.subject,
        Creator: 'MotCua',
        Producer: 'MotCua',
        CreationDate: info.issuedAt,
      },
    });
    const fonts = paperFonts();
    for (const face of FACES) this.doc.registerFont(face, fonts[face]);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.style('regular', SIZES.body);
  }

  private get left() {
    return this.doc.page.margins.left;
  }

  private get right() {
    return this.doc.page.width - this.doc.page.margins.right;
  }

  private get width() {
    return this.right - this.left;
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private style(face: Face, size: number): PDFKit.PDFDocument {
    return this.doc.font(face, size * this.scale).fillColor('black');
  }

  /** A distance in points, as tight as the paper is set. */
  private gap(points: number): number {
    return points * this.scale;
  }

  /** How many pages the paper has so far. */
  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  private rule(x1: number, x2: number, y: number): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(RULE_WIDTH).strokeColor('black').stroke();
  }

  /** Centred text in a column; returns the y under it. */
  private centred(text: string, x: number, y: number, width: number, face: Face, size: number): number {
    this.style(face, size).text(text, x, y, { width, align: 'center', lineGap: LINE_GAP });
    return this.doc.y;
  }

  /** Records a slot on the current page from pdfkit's top-down coordinates. */
  private slot(name: string, x: number, top: number, width: number, height: number): void {
    this.slots[name] = { page: this.pageCount - 1, x, y: this.doc.page.height - top - height, width, height };
  }

  /** The rule under a centred line, as long as a share of the line's own width. */
  private underline(text: string, x: number, width: number, y: number, share: number): void {
    const length = Math.min(this.doc.widthOfString(text), width) * share;
    this.rule(x + (width - length) / 2, x + (width + length) / 2, y + 1.5);
  }

  /** The header: issuer top left (beside the QR code in the corner, if any), national motto top right, then the place and date. */
  heading(heading: Heading): this {
    this.release();
    const top = this.doc.page.margins.top;
    let leftX = this.left;
    if (heading.qrCode !== undefined) {
      this.qrCode(heading.qrCode, QR_CORNER, QR_CORNER, QR_SIZE);
      leftX = QR_CORNER + QR_SIZE + COLUMN_GAP / 2;
    }
    if (heading.barcode !== undefined) this.barcode(heading.barcode);
    const mottoX = this.right - MOTTO_COLUMN;
    const leftWidth = mottoX - COLUMN_GAP - leftX;

    let y = top;
    if (heading.superior) y = this.centred(upper(heading.superior), leftX, y, leftWidth, 'regular', SIZES.agency);
    const issuer = upper(heading.issuer);
    y = this.centred(issuer, leftX, y, leftWidth, 'bold', SIZES.agency);
    this.underline(issuer, leftX, leftWidth, y, 0.4);
    y += this.gap(6);
    for (const line of heading.references ?? []) {
      // A number or a code is read whole: one of wide letters (W, M) is set smaller rather than broken beside the QR code.
      const natural = this.style('regular', SIZES.agency).widthOfString(line);
      y = this.centred(line, leftX, y, leftWidth, 'regular', SIZES.agency * Math.min(1, (leftWidth - 1) / natural));
    }
    const blankLine = this.style('regular', SIZES.agency).currentLineHeight(true);
    if (heading.blank?.number) {
      this.slot('number', leftX, y, leftWidth, blankLine);
      y += blankLine;
    }
    const leftBottom = y;

    let right = this.centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', mottoX, top, MOTTO_COLUMN, 'bold', SIZES.nation);
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    right = this.centred(motto, mottoX, right, MOTTO_COLUMN, 'bold', SIZES.motto);
    this.underline(motto, mottoX, MOTTO_COLUMN, right, 1);
    if (heading.placeAndDate) {
      const { place, at } = heading.placeAndDate;
      right = this.centred(`${place}, ${longDay(at)}`, mottoX, right + this.gap(10), MOTTO_COLUMN, 'italic', SIZES.body);
    } else if (heading.blank?.date) {
      this.slot('date', mottoX, right + this.gap(10), MOTTO_COLUMN, blankLine);
      right += this.gap(10) + blankLine;
    }
    const qrBottom = heading.qrCode !== undefined ? QR_CORNER + QR_SIZE : 0;
    this.doc.x = this.left;
    this.doc.y = Math.max(leftBottom, right, qrBottom) + this.gap(14);
    return this;
  }

  /**
   * The national motto alone, centred across the page: the header of what a person writes to an
   * agency (a declaration, an application), which has no issuer of its own.
   */
  nationalMotto(): this {
    this.release();
    const top = this.centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', this.left, this.doc.y, this.width, 'bold', SIZES.nation);
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    const bottom = this.centred(motto, this.left, top, this.width, 'bold', SIZES.motto);
    this.underline(motto, this.left, this.width, bottom, 1);
    this.doc.x = this.left;
    this.doc.y = bottom + this.gap(14);
    return this;
  }

  /** The paper's name in bold capitals, with lines under it (such as the dossier code). */
  title(name: string, lines: Array<{ text: string; face?: Face }> = []): this {
    this.release();
    this.centred(upper(name), this.left, this.doc.y + this.gap(4), this.width, 'bold', SIZES.title);
    for (const line of lines) this.centred(line.text, this.left, this.doc.y, this.width, line.face ?? 'bold', SIZES.body);
    this.doc.y += this.gap(10);
    return this;
  }

  /** Draws the paragraph held back, if any: what comes next no longer needs it. */
  private release(): void {
    const held = this.held;
    this.held = [];
    for (const part of held) part.draw();
  }

  /** Holds a paragraph back until the next one comes (see `held`), drawing the one held before. */
  private hold(height: number, draw: () => void): this {
    this.release();
    this.held = [{ height, draw }];
    return this;
  }

  text(text: string, style: TextStyle = {}): this {
    const face = style.face ?? 'regular';
    const size = style.size ?? SIZES.body;
    const indent = this.gap(style.indent ?? 0);
    const before = this.gap(style.before ?? 0);
    const options = { width: this.width - indent, align: style.align ?? 'justify', lineGap: LINE_GAP } as const;
    const height = before + this.style(face, size).heightOfString(text, options);
    return this.hold(height, () => {
      this.keepOnPage(this.style(face, size).currentLineHeight(true));
      this.doc.text(text, this.left + indent, this.doc.y + before, options);
    });
  }

  /** `Label: value`, the value in bold when it is what the reader looks for. */
  field(label: string, value: string, options: { strong?: boolean; indent?: number } = {}): this {
    const indent = this.gap(options.indent ?? 0);
    const width = this.width - indent;
    const valueFace: Face = options.strong ? 'bold' : 'regular';
    // Measured in the value's face throughout: bold is the wider, so the measure never falls short.
    const height = this.style(valueFace, SIZES.body).heightOfString(`${label}: ${value || '—'}`, { width, lineGap: LINE_GAP });
    return this.hold(height, () => {
      this.keepOnPage(this.style('regular', SIZES.body).currentLineHeight(true));
      this.doc.text(`${label}: `, this.left + indent, this.doc.y, { width, continued: true, lineGap: LINE_GAP });
      this.style(valueFace, SIZES.body).text(value || '—', { lineGap: LINE_GAP });
    });
  }

  /** Vertical space, in points; after a paragraph it goes with it. */
  space(points: number): this {
    const move = () => {
      this.doc.y += this.gap(points);
    };
    if (this.held.length > 0) this.held.push({ height: this.gap(points), draw: move });
    else move();
    return this;
  }

  /** A table with borders; its header is repeated on every page it runs onto. */
  table(columns: Column[], rows: string[][], options: TableOptions = {}): this {
    this.release();
    const size = options.size ?? SIZES.table;
    const padding = this.gap(CELL_PADDING);
    const total = columns.reduce((sum, column) => sum + column.share, 0);
    const widths = columns.map((column) => (column.share / total) * this.width);
    const textHeight = (text: string, face: Face, width: number) =>
      this.style(face, size).heightOfString(text || ' ', { width: width - 2 * padding, lineGap: LINE_GAP / 2 }) + 2 * padding;
    const heightOf = (cells: string[], face: Face) => Math.max(...cells.map((cell, index) => textHeight(cell, face, widths[index]!)));
    const drawRow = (cells: string[], face: Face, height: number) => {
      const y = this.doc.y;
      let x = this.left;
      cells.forEach((cell, index) => {
        const width = widths[index]!;
        this.style(face, size).text(cell, x + padding, y + padding, { width: width - 2 * padding, align: columns[index]!.align ?? 'left', lineGap: LINE_GAP / 2 });
        this.doc.rect(x, y, width, height).lineWidth(RULE_WIDTH).strokeColor('black').stroke();
        x += width;
      });
      this.doc.x = this.left;
      this.doc.y = y + height;
    };
    const header = this.headerGrid(options.header ?? [columns.map((column) => ({ title: column.title }))], widths, size, textHeight);
    const faceOf = (index: number): Face => (options.strong?.has(index) ? 'bold' : 'regular');
    const heights = rows.map((row, index) => heightOf(row, faceOf(index)));
    this.keepOnPage(header.height + (heights[0] ?? 0));
    header.draw();
    rows.forEach((row, index) => {
      const height = heights[index]!;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        header.draw();
      }
      drawRow(row, faceOf(index), height);
    });
    this.doc.y += this.gap(8);
    return this;
  }

  /**
   * Places the header's cells on a grid of columns and rows: each cell takes the first column not
   * held by a cell above that spans down to it. A row is as high as its tallest single-row cell;
   * a cell spanning rows that needs more makes its last row higher.
   */
  private headerGrid(header: HeaderCell[][], widths: number[], size: number, textHeight: (text: string, face: Face, width: number) => number) {
    const held = header.map(() => widths.map(() => false));
    const cells = header.flatMap((line, row) => {
      let column = 0;
      return line.map((cell) => {
        while (held[row]![column]) column++;
        const span = { row, column, columns: cell.columns ?? 1, rows: cell.rows ?? 1, title: cell.title };
        for (let down = row; down < row + span.rows; down++) for (let across = column; across < column + span.columns; across++) held[down]![across] = true;
        column += span.columns;
        return span;
      });
    });
    const widthOf = (cell: (typeof cells)[number]) => widths.slice(cell.column, cell.column + cell.columns).reduce((sum, width) => sum + width, 0);
    const heights = header.map(() => 0);
    for (const cell of cells.filter((cell) => cell.rows === 1)) heights[cell.row] = Math.max(heights[cell.row]!, textHeight(cell.title, 'bold', widthOf(cell)));
    const sum = (from: number, count: number) => heights.slice(from, from + count).reduce((total, height) => total + height, 0);
    for (const cell of cells.filter((cell) => cell.rows > 1)) {
      const short = textHeight(cell.title, 'bold', widthOf(cell)) - sum(cell.row, cell.rows);
      if (short > 0) heights[cell.row + cell.rows - 1]! += short;
    }
    const padding = this.gap(CELL_PADDING);
    const draw = () => {
      const top = this.doc.y;
      for (const cell of cells) {
        const x = this.left + widths.slice(0, cell.column).reduce((total, width) => total + width, 0);
        const y = top + sum(0, cell.row);
        const [width, height] = [widthOf(cell), sum(cell.row, cell.rows)];
        // A cell spanning rows is centred in its height, as forms print it; a single row's cells start at its top.
        const lift = cell.rows > 1 ? (height - textHeight(cell.title, 'bold', width)) / 2 : 0;
        this.style('bold', size).text(cell.title, x + padding, y + padding + lift, { width: width - 2 * padding, align: 'center', lineGap: LINE_GAP / 2 });
        this.doc.rect(x, y, width, height).lineWidth(RULE_WIDTH).strokeColor('black').stroke();
      }
      this.doc.x = this.left;
      this.doc.y = top + sum(0, header.length);
    };
    return { height: sum(0, header.length), draw };
  }

  /**
   * Signature blocks side by side; with `recipients` (nơi nhận) the list takes the left half and
   * one signer the right half, as in letters. A block that does not fit on the page goes on to the
   * next one with the paragraph before it.
   */
  signatures(signers: Signer[], recipients?: string[]): this {
    const columns = recipients ? 2 : Math.max(signers.length, 2);
    const columnWidth = this.width / columns;
    const first = recipients ? 1 : columns - signers.length;
    const recipientLines: Line[] = recipients
      ? [{ text: 'Nơi nhận:', face: 'bold', size: SIZES.small + 1 }, ...recipients.map((line): Line => ({ text: `- ${line}`, face: 'regular', size: SIZES.small }))]
      : [];
    const blocks = signers.map((signer): Line[] => [
      { text: upper(typeof signer.title === 'string' ? signer.title : signer.title.join('\n')), face: 'bold', size: SIZES.body },
      ...(signer.note ? [{ text: signer.note, face: 'italic', size: SIZES.small + 1 } satisfies Line] : []),
      ...(signer.name ? [{ text: signer.name, face: 'bold', size: SIZES.body, before: SIGNATURE_SPACE } satisfies Line] : []),
    ]);
    const lead = this.gap(12);
    const height = lead + Math.max(this.linesHeight(recipientLines, columnWidth, 'left'), ...blocks.map((lines) => this.linesHeight(lines, columnWidth, 'center')));
    const held = this.held.reduce((sum, part) => sum + part.height, 0);
    const pageHeight = this.bottom - this.doc.page.margins.top;
    // Together on this page, or together on the next; only what no page holds is left to flow.
    if (this.doc.y + held + height > this.bottom && held + height <= pageHeight) this.doc.addPage();
    this.release();
    this.keepOnPage(height);
    const top = this.doc.y + lead;
    let bottom = this.drawLines(recipientLines, this.left, top, columnWidth, 'left');
    blocks.forEach((lines, index) => {
      bottom = Math.max(bottom, this.drawLines(lines, this.left + (first + index) * columnWidth, top, columnWidth, 'center'));
    });
    const signed = blocks[0];
    if (signers[0]?.name && signed) {
      const above = this.linesHeight(signed.slice(0, -1), columnWidth, 'center');
      this.slot('signature', this.left + first * columnWidth, top + above, columnWidth, this.gap(SIGNATURE_SPACE));
    }
    this.doc.x = this.left;
    this.doc.y = bottom + this.gap(10);
    return this;
  }

  private linesHeight(lines: Line[], width: number, align: 'left' | 'center'): number {
    const lineGap = align === 'left' ? LINE_GAP / 2 : LINE_GAP;
    return lines.reduce((sum, line) => sum + this.gap(line.before ?? 0) + this.style(line.face, line.size).heightOfString(line.text, { width, align, lineGap }), 0);
  }

  /** Lines one under another in a column; returns the y under them. */
  private drawLines(lines: Line[], x: number, top: number, width: number, align: 'left' | 'center'): number {
    const lineGap = align === 'left' ? LINE_GAP / 2 : LINE_GAP;
    let y = top;
    for (const line of lines) {
      this.style(line.face, line.size).text(line.text, x, y + this.gap(line.before ?? 0), { width, align, lineGap });
      y = this.doc.y;
    }
    return y;
  }

  /** A QR code drawn as vector squares, one rectangle per run of dark modules. */
  private qrCode(payload: string, x: number, y: number, size: number): void {
    let modules = this.qrCodes.get(payload);
    if (!modules) {
      // One byte-mode segment (UTF-8): the encoder need not search for the shortest mix of modes.
      modules = QRCode.create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' }).modules;
      this.qrCodes.set(payload, modules);
    }
    const count = modules.size;
    const module = size / count;
    for (let row = 0; row < count; row++) {
      for (let column = 0; column < count; column++) {
        if (!modules.get(row, column)) continue;
        let end = column;
        while (end + 1 < count && modules.get(row, end + 1)) end++;
        this.doc.rect(x + column * module, y + row * module, (end - column + 1) * module, module);
        column = end;
      }
    }
    this.doc.fillColor('black').fill();
  }

  /** A Code 128 barcode in the top margin, its right end at the text's, its quiet zones clear: it takes no room from the text. */
  private barcode(text: string): void {
    const { bars, modules } = code128Bars(text);
    const width = modules * BARCODE_MODULE;
    if ((modules + 2 * CODE128_QUIET_ZONE) * BARCODE_MODULE > MOTTO_COLUMN) throw new RangeError(`Too long for the barcode above the motto: ${text}`);
    const x = this.right - width;
    for (const bar of bars) this.doc.rect(x + bar.start * BARCODE_MODULE, QR_CORNER, bar.width * BARCODE_MODULE, BARCODE_HEIGHT);
    this.doc.fillColor('black').fill();
  }

  /** Starts the next page, such as the second copy of a paper. */
  newPage(): this {
    this.release();
    this.doc.addPage();
    return this;
  }

  private keepOnPage(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Ends the paper; `numberPages` numbers the pages of one that runs onto several. */
  async finish(options: { numberPages?: boolean } = {}): Promise<Buffer> {
    this.release();
    const { start, count } = this.doc.bufferedPageRange();
    if (options.numberPages && count > 1) {
      for (let index = start; index < start + count; index++) {
        const page = this.doc.switchToPage(index);
        const bottomMargin = page.margins.bottom;
        // Written inside the bottom margin, which pdfkit would otherwise take as the end of the page.
        page.margins.bottom = 0;
        this.style('regular', SIZES.small).text(`Trang ${index - start + 1}/${count}`, this.left, page.height - bottomMargin / 2, { width: this.width, align: 'center' });
        page.margins.bottom = bottomMargin;
      }
    }
    this.doc.end();
    return this.done;
  }
}
