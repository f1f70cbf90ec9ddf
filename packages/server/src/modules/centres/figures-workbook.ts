import { type FigureGrouping, formatVietnamDay, vietnamInstant } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { CentreFigures, FigureMeasures } from './figures.js';

const GROUPING_HEADERS: Record<FigureGrouping, { header: string; name: string }> = {
  service: { header: 'Dịch vụ', name: 'dịch vụ' },
  counter: { header: 'Quầy', name: 'quầy' },
  officer: { header: 'Cán bộ', name: 'cán bộ' },
  hour: { header: 'Khung giờ', name: 'khung giờ lấy số' },
};

/**
 * How the whole period's cell of a column is made: counts add up (SUM), a mean is the mean of the
 * rows' means weighted by what each measured (SUMPRODUCT), and a 90th percentile does not add up
 * at all: the whole period's is computed from every ticket and written as a value.
 */
type Total = { kind: 'sum' } | { kind: 'weighted'; by: keyof FigureMeasures } | { kind: 'overall' };

interface Column {
  header: string;
  measure: keyof FigureMeasures;
  total: Total;
  decimals: boolean;
}

const count = (header: string, measure: keyof FigureMeasures): Column => ({ header, measure, total: { kind: 'sum' }, decimals: false });
const mean = (header: string, measure: keyof FigureMeasures, by: keyof FigureMeasures): Column => ({ header, measure, total: { kind: 'weighted', by }, decimals: true });
const percentile = (header: string, measure: keyof FigureMeasures): Column => ({ header, measure, total: { kind: 'overall' }, decimals: true });

const COLUMNS: Column[] = [
  count('Số phiếu', 'tickets'),
  count('Đã gọi', 'called'),
  count('Đã phục vụ', 'served'),
  count('Vắng mặt', 'noShows'),
  count('Lượt chuyển', 'transfers'),
  mean('Thời gian chờ trung bình (phút)', 'waitingMeanMinutes', 'called'),
  percentile('Thời gian chờ, phân vị 90 (phút)', 'waitingP90Minutes'),
  mean('Thời gian phục vụ trung bình (phút)', 'serviceMeanMinutes', 'served'),
  percentile('Thời gian phục vụ, phân vị 90 (phút)', 'serviceP90Minutes'),
  count('Rất hài lòng', 'verySatisfied'),
  count('Hài lòng', 'satisfied'),
  count('Không hài lòng', 'notSatisfied'),
];

/** The bookings' block under the table: made, then what became of them (they add up to the made ones). */
const BOOKING_COLUMNS: Array<[string, keyof CentreFigures['bookings']]> = [
  ['Đã đặt', 'made'],
  ['Đã đến (xác nhận tại kiosk)', 'checkedIn'],
  ['Vắng mặt', 'noShows'],
  ['Đã hủy', 'cancelled'],
  ['Chưa đến giờ', 'upcoming'],
];

const HEADER_ROW = 4;
const SATISFACTION_HEADER = 'Tỷ lệ hài lòng';
const columnLetter = (index: number) => String.fromCharCode('B'.charCodeAt(0) + index);
const day = (date: string) => formatVietnamDay(vietnamInstant(date));

/**
 * The figures as an Excel workbook, in Vietnamese: a title, the period, a table with one row per
 * service, counter, officer or hour, and the whole period's row made of formulas over the rows
 * above it (so that a manager who deletes or corrects a row sees the totals follow).
 */
export async function figuresWorkbook(figures: CentreFigures): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MotCua';
  const grouping = GROUPING_HEADERS[figures.by];
  const sheet = workbook.addWorksheet(`Theo ${grouping.name}`.slice(0, 31), { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }] });
  sheet.getCell('A1').value = `Số liệu phục vụ tại ${figures.centre.name}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `Từ ngày ${day(figures.from)} đến ngày ${day(figures.to)}, theo ${grouping.name}`;

  const header = sheet.getRow(HEADER_ROW);
  header.values = [grouping.header, ...COLUMNS.map((column) => column.header), SATISFACTION_HEADER];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getColumn(1).width = 32;
  COLUMNS.forEach((column, index) => {
    sheet.getColumn(index + 2).width = column.decimals ? 16 : 12;
    sheet.getColumn(index + 2).numFmt = column.decimals ? '0.0' : '0';
  });
  const rateColumn = sheet.getColumn(COLUMNS.length + 2);
  rateColumn.width = 12;
  rateColumn.numFmt = '0%';
  const [very, satisfied, not] = (['verySatisfied', 'satisfied', 'notSatisfied'] as const).map((measure) => columnLetter(COLUMNS.findIndex((column) => column.measure === measure)));
  /** Decision 766's satisfaction of a row: satisfied or very satisfied, of its ratings. */
  const satisfaction = (row: number, rate: number | null) => ({
    formula: `IF(${very}${row}+${satisfied}${row}+${not}${row}=0,"",(${very}${row}+${satisfied}${row})/(${very}${row}+${satisfied}${row}+${not}${row}))`,
    result: rate ?? '',
  });

  const first = HEADER_ROW + 1;
  figures.rows.forEach((row, index) => {
    sheet.getRow(first + index).values = [row.label || 'Chưa đến quầy', ...COLUMNS.map((column) => row[column.measure]), satisfaction(first + index, row.satisfactionRate)];
  });
  const last = first + figures.rows.length - 1;
  const totalRow = sheet.getRow(last + 1);
  totalRow.getCell(1).value = 'Cả kỳ';
  totalRow.font = { bold: true };
  const range = (index: number) => `${columnLetter(index)}${first}:${columnLetter(index)}${last}`;
  COLUMNS.forEach((column, index) => {
    const cell = totalRow.getCell(index + 2);
    const whole = figures.total[column.measure];
    if (column.total.kind === 'overall' || figures.rows.length === 0) {
      cell.value = whole;
    } else if (column.total.kind === 'sum') {
      cell.value = { formula: `SUM(${range(index)})`, result: whole ?? 0 };
    } else {
      const weights = range(COLUMNS.findIndex((other) => other.measure === (column.total as { by: keyof FigureMeasures }).by));
      cell.value = { formula: `IF(SUM(${weights})=0,"",SUMPRODUCT(${range(index)},${weights})/SUM(${weights}))`, result: whole ?? '' };
    }
  });
  totalRow.getCell(COLUMNS.length + 2).value = satisfaction(last + 1, figures.total.satisfactionRate);
  sheet.getCell(`A${last + 3}`).value =
    'Thời gian chờ tính từ lúc lấy số (lịch hẹn đến sớm: từ giờ hẹn) đến lần gọi đầu tiên; thời gian phục vụ từ lúc bắt đầu đến lúc xong. ' +
    'Phân vị 90 của cả kỳ tính trên từng phiếu, không cộng từ các dòng. Đánh giá tính theo ngày lấy số của phiếu được đánh giá.';
  const bookings = sheet.getRow(last + 5);
  bookings.values = ['Lịch hẹn trong kỳ (theo ngày hẹn)', ...BOOKING_COLUMNS.map(([header]) => header)];
  bookings.font = { bold: true };
  bookings.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(last + 6).values = ['Cả kỳ', ...BOOKING_COLUMNS.map(([, figure]) => figures.bookings[figure])];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
