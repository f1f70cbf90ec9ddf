import { DOCUMENT_TYPES, INCOMING_STATE_LABELS, OUTGOING_STATE_LABELS, formatVietnamDay, formatVietnamTimeAndDay, vietnamInstant } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Queryable } from '../../db/database.js';
import { type AgencyRow, findAgency } from '../agencies/index.js';
import { Paper } from '../papers/index.js';
import { outgoingRegisterLines, registerLines } from './listing.js';
import { markLabels } from './service.js';

/** The registers of Decree 30/2020 Appendix IV (Sổ đăng ký văn bản đến, đi) of an agency for a year, printed and exported alike. */
export const INCOMING_REGISTER_NAME = 'Sổ đăng ký văn bản đến';
export const OUTGOING_REGISTER_NAME = 'Sổ đăng ký văn bản đi';

interface Column {
  title: string;
  share: number;
  align?: 'center';
  /** In the workbook, in characters. */
  width: number;
}

/** A register: its name, its columns, the sheet's name, and its lines of a year (which column holds a number). */
interface RegisterKind {
  name: string;
  sheet: string;
  columns: Column[];
  numberColumn: number;
  empty: string;
  lines(db: Queryable, agencyId: string, year: number): Promise<string[][]>;
}

const INCOMING_COLUMNS: Column[] = [
  { title: 'Ngày đến', share: 52, align: 'center' as const, width: 18 },
  { title: 'Số đến', share: 30, align: 'center' as const, width: 8 },
  { title: 'Tác giả', share: 80, width: 30 },
  { title: 'Số, ký hiệu', share: 62, width: 16 },
  { title: 'Ngày tháng', share: 46, align: 'center' as const, width: 12 },
  { title: 'Tên loại và trích yếu nội dung', share: 150, width: 60 },
  { title: 'Đơn vị hoặc người nhận', share: 70, width: 26 },
  { title: 'Ghi chú', share: 60, width: 24 },
];

const dayOfDate = (date: string | null) => (date ? formatVietnamDay(vietnamInstant(date)) : '');

const INCOMING: RegisterKind = {
  name: INCOMING_REGISTER_NAME,
  sheet: 'Văn bản đến',
  columns: INCOMING_COLUMNS,
  numberColumn: 1,
  empty: 'Chưa có văn bản đến nào được vào sổ trong năm này.',
  lines: async (db, agencyId, year) =>
    (await registerLines(db, agencyId, year)).map((row) => [
    formatVietnamTimeAndDay(row.arrived_at),
    String(row.register_number),
    row.sender,
    row.number_symbol,
    dayOfDate(row.document_date),
    `${DOCUMENT_TYPES[row.type].vi}: ${row.subject}`,
    row.lead ?? '',
    [...markLabels(row), INCOMING_STATE_LABELS[row.state].vi].join('; '),
  ]),
};

const OUTGOING: RegisterKind = {
  name: OUTGOING_REGISTER_NAME,
  sheet: 'Văn bản đi',
  columns: [
    { title: 'Số, ký hiệu văn bản', share: 62, width: 18 },
    { title: 'Ngày tháng văn bản', share: 46, align: 'center', width: 12 },
    { title: 'Tên loại và trích yếu nội dung', share: 150, width: 60 },
    { title: 'Người ký', share: 60, width: 24 },
    { title: 'Nơi nhận văn bản', share: 90, width: 40 },
    { title: 'Đơn vị soạn thảo', share: 60, width: 24 },
    { title: 'Ghi chú', share: 50, width: 20 },
  ],
  numberColumn: -1,
  empty: 'Chưa có văn bản đi nào được cấp số trong năm này.',
  lines: async (db, agencyId, year) =>
    (await outgoingRegisterLines(db, agencyId, year)).map((row) => [
      row.number_symbol,
      dayOfDate(row.document_date),
      `${DOCUMENT_TYPES[row.type].vi}: ${row.subject}`,
      row.signer_name,
      row.recipients.map((recipient) => recipient.name).join('; '),
      row.unit_name ?? row.author_name,
      [...markLabels(row), OUTGOING_STATE_LABELS[row.state].vi].join('; '),
    ]),
};

interface RegisterBook {
  agency: AgencyRow;
  superior: AgencyRow | undefined;
  year: number;
  lines: string[][];
}

async function registerBook(db: Queryable, kind: RegisterKind, agency: AgencyRow, year: number): Promise<RegisterBook> {
  const [superior, lines] = await Promise.all([agency.parent_id ? findAgency(db, agency.parent_id) : undefined, kind.lines(db, agency.id, year)]);
  return { agency, superior, year, lines };
}

async function registerPdf(db: Queryable, kind: RegisterKind, agency: AgencyRow, year: number, madeAt: Date): Promise<Buffer> {
  const book = await registerBook(db, kind, agency, year);
  const paper = new Paper({ title: `${kind.name} năm ${year}`, author: agency.name, subject: `${kind.name} — ${agency.name}`, issuedAt: madeAt, landscape: true })
    .heading({ superior: book.superior?.name, issuer: agency.name })
    .title(kind.name, [{ text: `Năm ${year}` }, { text: `(Lập lúc ${formatVietnamTimeAndDay(madeAt)}; ${book.lines.length} văn bản)`, face: 'italic' }])
    .table(
      kind.columns.map(({ title, share, align }) => ({ title, share, ...(align && { align }) })),
      book.lines,
      { size: 8.5 },
    );
  if (book.lines.length === 0) paper.text(kind.empty, { face: 'italic', align: 'center' });
  return paper.finish({ numberPages: true });
}

async function registerWorkbook(db: Queryable, kind: RegisterKind, agency: AgencyRow, year: number): Promise<Buffer> {
  const book = await registerBook(db, kind, agency, year);
  const COLUMNS = kind.columns;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MotCua';
  const sheet = workbook.addWorksheet(`${kind.sheet} ${year}`, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.getCell('A1').value = `${kind.name} năm ${year}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = agency.name;
  const header = sheet.getRow(3);
  COLUMNS.forEach((column, index) => {
    header.getCell(index + 1).value = column.title;
    sheet.getColumn(index + 1).width = column.width;
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const line of book.lines) {
    const row = sheet.addRow(line.map((cell, index) => (index === kind.numberColumn ? Number(cell) : cell)));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const incomingRegisterPdf = (db: Queryable, agency: AgencyRow, year: number, madeAt: Date) => registerPdf(db, INCOMING, agency, year, madeAt);
export const incomingRegisterWorkbook = (db: Queryable, agency: AgencyRow, year: number) => registerWorkbook(db, INCOMING, agency, year);
export const outgoingRegisterPdf = (db: Queryable, agency: AgencyRow, year: number, madeAt: Date) => registerPdf(db, OUTGOING, agency, year, madeAt);
export const outgoingRegisterWorkbook = (db: Queryable, agency: AgencyRow, year: number) => registerWorkbook(db, OUTGOING, agency, year);
