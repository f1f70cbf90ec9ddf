import { DOCUMENT_TYPES, INCOMING_STATE_LABELS, formatVietnamDay, formatVietnamTimeAndDay, vietnamInstant } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Queryable } from '../../db/database.js';
import { type AgencyRow, findAgency } from '../agencies/index.js';
import { Paper } from '../papers/index.js';
import { registerLines } from './listing.js';
import { markLabels } from './service.js';

/** The incoming register (Sổ đăng ký văn bản đến, Decree 30/2020 Appendix IV) of an agency for a year. */
export const INCOMING_REGISTER_NAME = 'Sổ đăng ký văn bản đến';

const COLUMNS = [
  { title: 'Ngày đến', share: 52, align: 'center' as const, width: 18 },
  { title: 'Số đến', share: 30, align: 'center' as const, width: 8 },
  { title: 'Tác giả', share: 80, width: 30 },
  { title: 'Số, ký hiệu', share: 62, width: 16 },
  { title: 'Ngày tháng', share: 46, align: 'center' as const, width: 12 },
  { title: 'Tên loại và trích yếu nội dung', share: 150, width: 60 },
  { title: 'Đơn vị hoặc người nhận', share: 70, width: 26 },
  { title: 'Ghi chú', share: 60, width: 24 },
];

interface RegisterBook {
  agency: AgencyRow;
  superior: AgencyRow | undefined;
  year: number;
  lines: string[][];
}

async function registerBook(db: Queryable, agency: AgencyRow, year: number): Promise<RegisterBook> {
  const [superior, rows] = await Promise.all([agency.parent_id ? findAgency(db, agency.parent_id) : undefined, registerLines(db, agency.id, year)]);
  const lines = rows.map((row) => [
    formatVietnamTimeAndDay(row.arrived_at),
    String(row.register_number),
    row.sender,
    row.number_symbol,
    row.document_date ? formatVietnamDay(vietnamInstant(row.document_date)) : '',
    `${DOCUMENT_TYPES[row.type].vi}: ${row.subject}`,
    row.lead ?? '',
    [...markLabels(row), INCOMING_STATE_LABELS[row.state].vi].join('; '),
  ]);
  return { agency, superior, year, lines };
}

export async function incomingRegisterPdf(db: Queryable, agency: AgencyRow, year: number, madeAt: Date): Promise<Buffer> {
  const book = await registerBook(db, agency, year);
  const paper = new Paper({ title: `${INCOMING_REGISTER_NAME} năm ${year}`, author: agency.name, subject: `${INCOMING_REGISTER_NAME} — ${agency.name}`, issuedAt: madeAt, landscape: true })
    .heading({ superior: book.superior?.name, issuer: agency.name })
    .title(INCOMING_REGISTER_NAME, [{ text: `Năm ${year}` }, { text: `(Lập lúc ${formatVietnamTimeAndDay(madeAt)}; ${book.lines.length} văn bản)`, face: 'italic' }])
    .table(
      COLUMNS.map(({ title, share, align }) => ({ title, share, ...(align && { align }) })),
      book.lines,
      { size: 8.5 },
    );
  if (book.lines.length === 0) paper.text('Chưa có văn bản đến nào được vào sổ trong năm này.', { face: 'italic', align: 'center' });
  return paper.finish({ numberPages: true });
}

export async function incomingRegisterWorkbook(db: Queryable, agency: AgencyRow, year: number): Promise<Buffer> {
  const book = await registerBook(db, agency, year);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MotCua';
  const sheet = workbook.addWorksheet(`Văn bản đến ${year}`, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.getCell('A1').value = `${INCOMING_REGISTER_NAME} năm ${year}`;
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
    const row = sheet.addRow(line.map((cell, index) => (index === 1 ? Number(cell) : cell)));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
