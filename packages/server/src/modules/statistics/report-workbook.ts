import { formatVietnamDay, formatVietnamTimeAndDay, vietnamInstant } from '@motcua/core';
import ExcelJS from 'exceljs';
import { longDay, placeOf } from '../papers/index.js';
import {
  type HandlingReport,
  REPORT_COLUMNS,
  REPORT_GROUPS,
  REPORT_SIGNERS,
  REPORT_TITLE,
  REPORT_UNIT,
  type ReportColumn,
  type ReportCounts,
  type ReportLine,
  columnValue,
} from './report.js';

/**
 * The report as the Excel workbook the provinces' reporting forms are filled in: the national
 * heading, the agency, the title and period, a three-level header with merged cells and the
 * columns' numbers, then the lines. Every total is a formula (a "Tổng số" column adds its parts, a
 * field adds its procedures, the last line adds the lines) with its value cached, so the file reads
 * right before Excel recalculates and stays right when someone corrects a figure.
 */

const FIRST_COUNT = 3;
const LAST = FIRST_COUNT + REPORT_COLUMNS.length - 1;
/** Where the table's header starts, under the heading and the title. */
const HEADER_ROW = 8;
const FIRST_LINE = HEADER_ROW + 4;
const letter = (column: number) => String.fromCharCode(64 + column);
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'Times New Roman';

/** The sheet column of each count, to write the "Tổng số" columns' formulas with. */
const MEASURE_COLUMN = new Map(REPORT_COLUMNS.flatMap((column, index) => ('measure' in column ? [[column.measure, FIRST_COUNT + index] as const] : [])));

function merge(sheet: ExcelJS.Worksheet, range: string, value: string, style: Partial<ExcelJS.Style> = {}) {
  sheet.mergeCells(range);
  const cell = sheet.getCell(range.split(':')[0]!);
  cell.value = value;
  cell.font = { name: FONT, size: 12, ...style.font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true, ...style.alignment };
  return cell;
}

function heading(sheet: ExcelJS.Worksheet, report: HandlingReport) {
  const left = `A1:${letter(5)}1`;
  if (report.agency.superior) merge(sheet, left, report.agency.superior.toLocaleUpperCase('vi'));
  merge(sheet, `A2:${letter(5)}2`, report.agency.name.toLocaleUpperCase('vi'), { font: { bold: true, underline: true } });
  merge(sheet, `${letter(LAST - 5)}1:${letter(LAST)}1`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: { bold: true } });
  merge(sheet, `${letter(LAST - 5)}2:${letter(LAST)}2`, 'Độc lập - Tự do - Hạnh phúc', { font: { bold: true, underline: true } });
  const made = `${placeOf(report.agency.name)}, ${longDay(report.madeAt)}`;
  merge(sheet, `${letter(LAST - 5)}3:${letter(LAST)}3`, made, { font: { italic: true } });
  merge(sheet, `A5:${letter(LAST)}5`, REPORT_TITLE.toLocaleUpperCase('vi'), { font: { bold: true, size: 14 } });
  const days = `Từ ngày ${formatVietnamDay(vietnamInstant(report.days.from))} đến ngày ${formatVietnamDay(vietnamInstant(report.days.to))}`;
  const counted = report.countedTo ? `; số liệu đến ${formatVietnamTimeAndDay(report.madeAt)}` : '';
  merge(sheet, `A6:${letter(LAST)}6`, `${report.label} (${days}${counted})`, { font: { bold: true } });
  merge(sheet, `${letter(LAST - 3)}7:${letter(LAST)}7`, REPORT_UNIT, { font: { italic: true, size: 11 }, alignment: { horizontal: 'right' } });
}

/** Three rows of titles and one of the columns' numbers, (3) = (4) + (5) + (6) as the forms write it. */
function tableHeader(sheet: ExcelJS.Worksheet, byAgency: boolean) {
  const [top, middle, bottom, numbers] = [HEADER_ROW, HEADER_ROW + 1, HEADER_ROW + 2, HEADER_ROW + 3];
  const bold = { font: { bold: true, size: 11 } };
  merge(sheet, `A${top}:A${bottom}`, 'STT', bold);
  merge(sheet, `B${top}:B${bottom}`, byAgency ? 'Tên đơn vị' : 'Lĩnh vực, thủ tục hành chính', bold);
  let column = FIRST_COUNT;
  for (const group of REPORT_GROUPS) {
    merge(sheet, `${letter(column)}${top}:${letter(column + group.columns.length - 1)}${top}`, group.title, bold);
    for (let index = 0; index < group.columns.length; index++) {
      const entry = group.columns[index]!;
      const here = letter(column + index);
      if (entry.under) {
        const span = group.columns.filter((other) => other.under === entry.under).length;
        merge(sheet, `${here}${middle}:${letter(column + index + span - 1)}${middle}`, entry.under, bold);
        for (let sub = 0; sub < span; sub++) merge(sheet, `${letter(column + index + sub)}${bottom}`, group.columns[index + sub]!.title, bold);
        index += span - 1;
      } else {
        merge(sheet, `${here}${middle}:${here}${bottom}`, entry.title, bold);
      }
    }
    column += group.columns.length;
  }
  const numbering = sheet.getRow(numbers);
  for (let at = 1; at <= LAST; at++) {
    const entry = REPORT_COLUMNS[at - FIRST_COUNT];
    const parts = entry && 'sumOf' in entry ? `=${entry.sumOf.map((measure) => `(${MEASURE_COLUMN.get(measure)})`).join('+')}` : '';
    numbering.getCell(at).value = `(${at})${parts}`;
    numbering.getCell(at).font = { name: FONT, italic: true, size: 10 };
    numbering.getCell(at).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  for (let row = top; row <= numbers; row++) for (let at = 1; at <= LAST; at++) sheet.getCell(row, at).border = BORDER;
  sheet.getRow(bottom).height = 32;
}

/** A count's cell: the number itself on a plain line, a SUM of the lines it adds up otherwise. */
function countCell(column: ReportColumn, index: number, row: number, counts: ReportCounts, sumRows: number[] | null): ExcelJS.CellValue {
  const result = columnValue(counts, column);
  if ('sumOf' in column) return { formula: column.sumOf.map((measure) => `${letter(MEASURE_COLUMN.get(measure)!)}${row}`).join('+'), result };
  if (!sumRows) return result;
  const at = letter(FIRST_COUNT + index);
  const contiguous = sumRows.every((line, position) => position === 0 || line === sumRows[position - 1]! + 1);
  const formula = sumRows.length === 0 ? '0' : contiguous ? `SUM(${at}${sumRows[0]}:${at}${sumRows.at(-1)})` : `SUM(${sumRows.map((line) => `${at}${line}`).join(',')})`;
  return { formula, result };
}

function writeLine(sheet: ExcelJS.Worksheet, row: number, number: string, name: string, counts: ReportCounts, sumRows: number[] | null, bold: boolean) {
  const line = sheet.getRow(row);
  line.getCell(1).value = number;
  line.getCell(2).value = name;
  REPORT_COLUMNS.forEach((column, index) => (line.getCell(FIRST_COUNT + index).value = countCell(column, index, row, counts, sumRows)));
  for (let at = 1; at <= LAST; at++) {
    const cell = line.getCell(at);
    cell.border = BORDER;
    cell.font = { name: FONT, size: 11, bold };
    cell.alignment = at === 2 ? { vertical: 'middle', wrapText: true } : { horizontal: at === 1 ? 'center' : 'right', vertical: 'middle' };
    if (at >= FIRST_COUNT) cell.numFmt = '#,##0';
  }
}

/** The lines from FIRST_LINE on, a field before its procedures; returns the rows the total adds and the next free row. */
function writeLines(sheet: ExcelJS.Worksheet, lines: ReportLine[]): { top: number[]; next: number } {
  const top: number[] = [];
  let row = FIRST_LINE;
  for (const line of lines) {
    const at = row++;
    top.push(at);
    const procedures = (line.lines ?? []).map((procedure) => {
      writeLine(sheet, row, procedure.number, procedure.name, procedure.counts, null, false);
      return row++;
    });
    writeLine(sheet, at, line.number, line.name, line.counts, line.lines ? procedures : null, line.lines !== undefined);
  }
  return { top, next: row };
}

export async function reportWorkbook(report: HandlingReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MotCua';
  workbook.created = report.madeAt;
  const sheet = workbook.addWorksheet('Báo cáo', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW + 3}`,
    },
    views: [{ state: 'frozen', ySplit: HEADER_ROW + 3, xSplit: 2 }],
  });
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 42;
  for (let at = FIRST_COUNT; at <= LAST; at++) sheet.getColumn(at).width = 11;

  heading(sheet, report);
  tableHeader(sheet, report.by === 'agency');
  const { top, next } = writeLines(sheet, report.lines);
  writeLine(sheet, next, '', 'Tổng cộng', report.total, top, true);

  const signatures = next + 2;
  const halves = [`A${signatures}:${letter(5)}`, `${letter(LAST - 5)}${signatures}:${letter(LAST)}`];
  REPORT_SIGNERS.forEach((signer, index) => {
    const [from, to] = halves[index]!.split(':');
    merge(sheet, `${from}:${to}${signatures}`, signer.title.toLocaleUpperCase('vi'), { font: { bold: true } });
    merge(sheet, `${from!.replace(/\d+$/, String(signatures + 1))}:${to}${signatures + 1}`, signer.note, { font: { italic: true, size: 11 } });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
