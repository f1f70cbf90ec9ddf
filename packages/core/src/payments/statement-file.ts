import { compactDescription } from './references.js';
import type { StatementLine } from './statement-matching.js';

/**
 * A bank statement as the account's internet banking exports it (the columns of Vietcombank's and
 * VietinBank's "Sao kê tài khoản" in CSV), UTF-8, one transaction a row, a header row first:
 *
 *     Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung giao dịch
 *     04/12/2026 10:15:22,FT26338912345,,50.000,12.350.000,"MBVCB.1234.MCK7Q3X9PA2B.CT tu 0011001234567 NGUYEN VAN AN"
 *
 * Dates are dd/MM/yyyy with an optional time, in Vietnam time; amounts in đồng with '.' or ','
 * between thousands. Columns are found by their header (the other names banks use are accepted)
 * and may come in any order; columns not named here are ignored, and so are debit rows.
 */

export interface StatementRow extends StatementLine {
  bookedAt: Date;
  /** Row number in the file, header = 1. */
  row: number;
}

export interface StatementProblem {
  row: number;
  vi: string;
  en: string;
}

const COLUMNS = {
  date: ['NGAYGIAODICH', 'NGAYGD', 'NGAYHIEULUC'],
  bankReference: ['SOTHAMCHIEU', 'MAGIAODICH', 'SOBUTTOAN'],
  credit: ['SOTIENGHICO', 'GHICO', 'PHATSINHCO'],
  description: ['NOIDUNGGIAODICH', 'NOIDUNG', 'MOTA', 'DIENGIAI'],
} as const;
type Column = keyof typeof COLUMNS;
const COLUMN_NAMES: Record<Column, { vi: string; en: string }> = {
  date: { vi: 'Ngày giao dịch', en: 'transaction date' },
  bankReference: { vi: 'Số tham chiếu', en: 'reference number' },
  credit: { vi: 'Số tiền ghi có', en: 'credit amount' },
  description: { vi: 'Nội dung giao dịch', en: 'description' },
};

/** The cells of a CSV text: quoted cells may hold commas, doubled quotes and line breaks. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function vietnamInstant(text: string): Date | undefined {
  const parts = DATE.exec(text.trim());
  if (!parts) return undefined;
  const [, day, month, year, hour = '0', minute = '0', second = '0'] = parts;
  const pad = (value: string) => value.padStart(2, '0');
  const at = new Date(`${year}-${pad(month!)}-${pad(day!)}T${pad(hour)}:${pad(minute)}:${pad(second)}+07:00`);
  // 31/02 would roll over into March: the local date must read back as written.
  const local = new Date(at.getTime() + 7 * 3_600_000);
  return Number.isNaN(at.getTime()) || local.getUTCDate() !== Number(day) || local.getUTCMonth() + 1 !== Number(month) ? undefined : at;
}

/** Whole đồng; a thousands separator of either kind. Empty = no amount. */
function amountOf(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(trimmed)) return 'invalid';
  return Number(trimmed.replace(/[.,]/g, ''));
}

export function readStatement(text: string): { rows: StatementRow[]; problems: StatementProblem[] } {
  const [header, ...body] = csvRows(text);
  const names = (header ?? []).map(compactDescription);
  const index = {} as Record<Column, number>;
  const missing = (Object.keys(COLUMNS) as Column[]).filter((column) => {
    index[column] = names.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name));
    return index[column] < 0;
  });
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          vi: `Dòng tiêu đề thiếu cột: ${missing.map((column) => COLUMN_NAMES[column].vi).join(', ')}.`,
          en: `The header row lacks the columns: ${missing.map((column) => COLUMN_NAMES[column].en).join(', ')}.`,
        },
      ],
    };
  }
  const rows: StatementRow[] = [];
  const problems: StatementProblem[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (column: Column) => (cells[index[column]] ?? '').trim();
    const credit = amountOf(cell('credit'));
    if (credit === undefined || credit === 0) return;
    const bookedAt = vietnamInstant(cell('date'));
    if (credit === 'invalid') problems.push({ row, vi: `Dòng ${row}: số tiền ghi có "${cell('credit')}" không hợp lệ.`, en: `Row ${row}: invalid credit amount "${cell('credit')}".` });
    else if (!bookedAt) problems.push({ row, vi: `Dòng ${row}: ngày giao dịch "${cell('date')}" không đúng dạng dd/MM/yyyy.`, en: `Row ${row}: transaction date "${cell('date')}" is not dd/MM/yyyy.` });
    else if (cell('bankReference') === '') problems.push({ row, vi: `Dòng ${row}: thiếu số tham chiếu của ngân hàng.`, en: `Row ${row}: the bank's reference number is missing.` });
    else rows.push({ row, bookedAt, bankReference: cell('bankReference'), amountVnd: credit, description: cell('description') });
  });
  return { rows, problems };
}
