import ExcelJS from 'exceljs';
import type { WorkRecordView } from './service.js';

const HEADER_ROW = 4;
const COLUMNS: Array<{ header: string; width: number; value: (record: WorkRecordView) => string | number }> = [
  { header: 'Số, ký hiệu hồ sơ', width: 16, value: (record) => record.code },
  { header: 'Tên đề mục và tiêu đề hồ sơ', width: 60, value: (record) => record.title },
  { header: 'Thời hạn bảo quản', width: 16, value: (record) => record.retention.label },
  { header: 'Đơn vị, người lập hồ sơ', width: 36, value: (record) => [record.unit?.name, record.keeper.name].filter(Boolean).join(' – ') },
  { header: 'Số văn bản, tài liệu', width: 12, value: (record) => record.items },
  { header: 'Tình trạng', width: 26, value: (record) => record.stateLabel },
];

/**
 * The agency's list of records for a year (danh mục hồ sơ, the form of Decree 30/2020) as an Excel
 * workbook in Vietnamese: a numbered row per record, and the count of what they hold as a formula.
 */
export async function workRecordListWorkbook(agencyName: string, year: number, records: readonly WorkRecordView[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MotCua';
  const sheet = workbook.addWorksheet(`Danh mục hồ sơ ${year}`, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.getCell('A1').value = agencyName.toLocaleUpperCase('vi');
  sheet.getCell('A1').font = { bold: true };
  sheet.getCell('A2').value = `DANH MỤC HỒ SƠ NĂM ${year}`;
  sheet.getCell('A2').font = { bold: true, size: 14 };

  const header = sheet.getRow(HEADER_ROW);
  header.values = ['STT', ...COLUMNS.map((column) => column.header)];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.getColumn(1).width = 6;
  COLUMNS.forEach((column, index) => (sheet.getColumn(index + 2).width = column.width));

  records.forEach((record, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.values = [index + 1, ...COLUMNS.map((column) => column.value(record))];
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + records.length;
  const itemsColumn = String.fromCharCode('A'.charCodeAt(0) + 1 + COLUMNS.findIndex((column) => column.header === 'Số văn bản, tài liệu'));
  const total = sheet.getRow(last + 1);
  total.getCell(2).value = `Tổng số: ${records.length} hồ sơ`;
  total.getCell(itemsColumn).value = { formula: records.length > 0 ? `SUM(${itemsColumn}${first}:${itemsColumn}${last})` : '0', result: records.reduce((sum, record) => sum + record.items, 0) };
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
