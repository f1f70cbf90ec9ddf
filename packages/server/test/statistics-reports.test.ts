import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDataRows } from '../src/modules/statistics/open-data.js';
import { APPLICANT } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { inkIn, pdfInfo, pdfText, renderPage } from './support/pdf.js';
import { AGENCIES } from './support/province.js';
import { tellStatisticsStoryBeforeAll } from './support/statistics-story.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function sheetOf(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.getWorksheet('Báo cáo')!;
}

/** A cell's value as the form shows it: a formula's cached result, else the value. */
const shown = (cell: ExcelJS.Cell) => (cell.formula ? cell.result : cell.value);
/** Checks the cells named by address in `expected`: their values, or their formulas. */
function expectCells(sheet: ExcelJS.Worksheet, property: 'value' | 'formula', expected: Record<string, unknown>) {
  expect(Object.fromEntries(Object.keys(expected).map((address) => [address, sheet.getCell(address)[property]]))).toEqual(expected);
}
/** Columns C to M of a row, as shown. */
const counts = (sheet: ExcelJS.Worksheet, row: number) => 'CDEFGHIJKLM'.split('').map((column) => shown(sheet.getCell(`${column}${row}`)));

/** RFC 4180 as a reader parses it: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[index + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), index++;
    else field += char;
  }
  return rows;
}

/**
 * The reports on the story of support/statistics-story.ts (every dossier the commune's), counted
 * by hand. This year: F carried over; A, B, E, G, H, X received at the counter and C online (D never
 * received); A finished early and B late; E open within its time, F, C and G past their appointments.
 */
describe.each(ENGINES)('official reports and open data on $name', (engine) => {
  const story = tellStatisticsStoryBeforeAll(engine);

  it("writes the province's yearly report as the form: heading, grouped header, a line per subordinate agency and totals as formulas", async () => {
    const response = await story.admin.request('GET', '/api/v1/statistics/reports/year.xlsx?period=2026');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="bao-cao-nam-2026-${AGENCIES.province.code}.xlsx"`);
    const sheet = await sheetOf(response.rawPayload);

    expectCells(sheet, 'value', {
      A2: 'UBND TỈNH THỬ NGHIỆM',
      H1: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      H2: 'Độc lập - Tự do - Hạnh phúc',
      H3: 'Thử Nghiệm, ngày 02 tháng 12 năm 2026',
      A5: 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
      A6: 'Năm 2026 (Từ ngày 01/01/2026 đến ngày 31/12/2026; số liệu đến 12:00 02/12/2026)',
      J7: 'Đơn vị tính: hồ sơ',
    });
    expect(['A8', 'B8', 'C8', 'G8', 'K8'].map((cell) => sheet.getCell(cell).value)).toEqual([
      'STT',
      'Tên đơn vị',
      'Tổng số hồ sơ tiếp nhận',
      'Số hồ sơ đã giải quyết',
      'Số hồ sơ đang giải quyết',
    ]);
    expect('CDEFGHIJKLM'.split('').map((column) => sheet.getCell(`${column}${column === 'E' || column === 'F' ? 10 : 9}`).value)).toEqual([
      'Tổng số',
      'Kỳ trước chuyển qua',
      'Trực tuyến',
      'Trực tiếp, bưu chính',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(sheet.getCell('E9').value).toBe('Mới tiếp nhận');
    // Merged: the groups across their columns, STT down the three header rows.
    expect([sheet.getCell('F8').master.address, sheet.getCell('M8').master.address, sheet.getCell('A10').master.address, sheet.getCell('F9').master.address]).toEqual(['C8', 'K8', 'A8', 'E9']);
    expect(sheet.getCell('C11').value).toBe('(3)=(4)+(5)+(6)');

    // The province's three subordinate agencies by code: the department, then the two communes.
    expect([12, 13, 14].map((row) => [sheet.getCell(`A${row}`).value, sheet.getCell(`B${row}`).value])).toEqual([
      ['1', AGENCIES.department.name],
      ['2', AGENCIES.commune.name],
      ['3', AGENCIES.otherCommune.name],
    ]);
    expect(counts(sheet, 12)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(counts(sheet, 13)).toEqual([8, 1, 1, 6, 2, 1, 0, 1, 4, 1, 3]);
    expect(counts(sheet, 14)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(sheet.getCell('B15').value).toBe('Tổng cộng');
    expect(counts(sheet, 15)).toEqual([8, 1, 1, 6, 2, 1, 0, 1, 4, 1, 3]);

    // Totals are formulas: "Tổng số" columns add their parts, the last line adds the lines.
    expectCells(sheet, 'formula', {
      C13: 'D13+E13+F13',
      G13: 'H13+I13+J13',
      K13: 'L13+M13',
      D13: undefined,
      D15: 'SUM(D12:D14)',
      M15: 'SUM(M12:M14)',
      C15: 'D15+E15+F15',
    });
    expect(sheet.getCell('D13').numFmt).toBe('#,##0');

    expectCells(sheet, 'value', { A17: 'NGƯỜI LẬP BIỂU', H17: 'THỦ TRƯỞNG CƠ QUAN', H18: '(Ký tên, đóng dấu)' });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.getColumn(2).width).toBe(42);
  });

  it("writes a month's report at the month's end: what was open carried over, what finished in it", async () => {
    const sheet = await sheetOf((await story.admin.request('GET', '/api/v1/statistics/reports/month.xlsx?period=2026-12')).rawPayload);
    expect(sheet.getCell('A6').value).toMatch(/^Tháng 12 năm 2026 \(Từ ngày 01\/12\/2026 đến ngày 31\/12\/2026/);
    // F, B, C, E, G open on 1 December; B finished late; E within its time, F, C, G past it.
    expect(counts(sheet, 13)).toEqual([5, 5, 0, 0, 1, 0, 0, 1, 4, 1, 3]);
    const quarter = await sheetOf((await story.admin.request('GET', '/api/v1/statistics/reports/quarter.xlsx?period=2026-Q4')).rawPayload);
    expect(quarter.getCell('A6').value).toMatch(/^Quý IV năm 2026 \(Từ ngày 01\/10\/2026 đến ngày 31\/12\/2026/);
    expect(counts(quarter, 13)).toEqual([8, 1, 1, 6, 2, 1, 0, 1, 4, 1, 3]);
  });

  it("writes a commune's report by field, its procedures under it and the field's line summing them", async () => {
    const response = await story.sessions.leader.request('GET', '/api/v1/statistics/reports/year.xlsx?period=2026');
    expect(response.statusCode, response.body).toBe(200);
    const sheet = await sheetOf(response.rawPayload);
    expectCells(sheet, 'value', { A1: 'UBND TỈNH THỬ NGHIỆM', A2: 'UBND XÃ HÒA BÌNH', B8: 'Lĩnh vực, thủ tục hành chính' });
    expect([12, 13, 14, 15, 16].map((row) => [sheet.getCell(`A${row}`).value, sheet.getCell(`B${row}`).value])).toEqual([
      ['I', 'Lĩnh vực Hộ tịch'],
      ['1', 'Xác nhận tình trạng hôn nhân (1.000894)'],
      ['2', 'Đăng ký khai sinh (1.001193)'],
      ['3', 'Cấp Phiếu lý lịch tư pháp liên thông (2.000635)'],
      ['', 'Tổng cộng'],
    ]);
    expect(counts(sheet, 13)).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(counts(sheet, 14)).toEqual([6, 1, 1, 4, 2, 1, 0, 1, 4, 1, 3]);
    expect(counts(sheet, 12)).toEqual([8, 1, 1, 6, 2, 1, 0, 1, 4, 1, 3]);
    expectCells(sheet, 'formula', { F12: 'SUM(F13:F15)', F16: 'SUM(F12:F12)' });
    expect(counts(sheet, 16)).toEqual([8, 1, 1, 6, 2, 1, 0, 1, 4, 1, 3]);
  });

  it('prints the same report as a PDF on A4 landscape, Vietnamese and numbers readable', async () => {
    const response = await story.admin.request('GET', '/api/v1/statistics/reports/year.pdf?period=2026');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect((await pdfInfo(pdf))['Page size']).toMatch(/^841\.89 x 595\.2\d pts \(A4\)/);
    const text = await pdfText(pdf);
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'UBND TỈNH THỬ NGHIỆM', 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'Năm 2026', 'Đơn vị tính: hồ sơ', 'Số hồ sơ đã giải quyết', 'THỦ TRƯỞNG CƠ QUAN']) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/UBND xã Hòa Bình\s+8\s+1\s+1\s+6\s+2\s+1\s+0\s+1\s+4\s+1\s+3/);
    expect(text).toMatch(/Tổng cộng\s+8\s+1\s+1\s+6\s+2\s+1\s+0\s+1\s+4\s+1\s+3/);
    const page = await renderPage(pdf, 50);
    expect(inkIn(page, { xMin: 0, yMin: 0, xMax: 842, yMax: 595 })).toBeGreaterThan(0.01);
  });

  it('lets only those who read the statistics have reports, of the agencies they answer for, for a period that has begun', async () => {
    expect((await story.sessions.specialist.request('GET', '/api/v1/statistics/reports/month.xlsx')).statusCode).toBe(403);
    expect((await story.sessions.specialist.request('GET', '/api/v1/statistics/reports/month.pdf')).statusCode).toBe(403);
    const province = await story.sessions.leader.request('GET', `/api/v1/statistics/reports/year.xlsx?agency=${AGENCIES.province.code}`);
    expect(province.json()).toMatchObject({ code: 'forbidden', rule: 'see-statistics' });
    for (const [kind, period] of [['year', '2026-11'], ['month', '2026-13'], ['quarter', '2026-Q5'], ['month', '2027-01']]) {
      const response = await story.admin.request('GET', `/api/v1/statistics/reports/${kind}.xlsx?period=${period}`);
      expect(response.statusCode, `${kind} ${period}`).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid_input', field: 'period' });
    }
    expect((await story.admin.request('GET', '/api/v1/statistics/reports/week.xlsx')).statusCode).toBe(400);
  });

  it('publishes the received dossiers as CSV and JSON with no personal data', async () => {
    const csv = await story.t.app.inject({ method: 'GET', url: '/api/public/open-data/dossiers.csv?from=2025-12-03&to=2026-12-02' });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(csv.body.replace(/^\uFEFF/, ''));
    expect(header).toEqual(['code', 'procedureCode', 'procedureName', 'fieldCode', 'fieldName', 'agencyCode', 'agencyName', 'channel', 'receivedAt', 'statutoryDueAt', 'finishedAt', 'state', 'stateName', 'timing']);
    // Eight received (D never was), F first.
    expect(rows).toHaveLength(8);
    const byCode = new Map(rows.map((row) => [row[0], Object.fromEntries(header!.map((column, index) => [column, row[index]]))]));
    expect(rows[0]![0]).toBe(story.codes.F);
    expect(byCode.get(story.codes.B)).toEqual({
      code: story.codes.B,
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      fieldCode: expect.any(String),
      fieldName: 'Hộ tịch',
      agencyCode: AGENCIES.commune.code,
      agencyName: AGENCIES.commune.name,
      channel: 'in_person',
      receivedAt: '2026-11-23T09:00:00+07:00',
      statutoryDueAt: '2026-11-30T09:00:00+07:00',
      finishedAt: '2026-12-01T10:00:00+07:00',
      state: 'result_ready',
      stateName: 'Đã có kết quả, chờ trả',
      timing: 'late',
    });
    // A field holding a comma is quoted.
    expect(csv.body).toContain(',"Đã có kết quả, chờ trả",late\r\n');
    const timings = Object.fromEntries((['A', 'C', 'E', 'F', 'G', 'H'] as const).map((key) => [key, byCode.get(story.codes[key])!.timing]));
    expect(timings).toEqual({ A: 'early', C: 'overdue', E: 'in_time', F: 'overdue', G: 'overdue', H: '' });
    expect(byCode.get(story.codes.C)!.channel).toBe('online');
    expect(byCode.has(story.codes.D)).toBe(false);

    const json = await story.t.app.inject({ method: 'GET', url: '/api/public/open-data/dossiers.json?from=2025-12-03&to=2026-12-02' });
    expect(json.statusCode, json.body).toBe(200);
    const answer = json.json();
    expect(answer).toMatchObject({ period: { from: '2025-12-03', to: '2026-12-02' }, columns: header });
    expect(answer.items).toHaveLength(8);
    expect(answer.items.find((item: { code: string }) => item.code === story.codes.H)).toMatchObject({ state: 'withdrawn', timing: null, finishedAt: '2026-11-24T09:00:00+07:00' });

    for (const body of [csv.body, json.body]) {
      for (const personal of [APPLICANT.name, APPLICANT.idNumber, APPLICANT.phone, APPLICANT.email, APPLICANT.address]) expect(body).not.toContain(personal);
    }
    // Only this year's (F was received last year).
    expect((await story.t.app.inject({ method: 'GET', url: '/api/public/open-data/dossiers.json?from=2026-01-01&to=2026-12-02' })).json().items).toHaveLength(7);
  });

  it('reads the open data in keyset batches that neither skip nor repeat a row, seven dossiers received at the same instant included', async () => {
    const period = { from: '2025-12-03', to: '2026-12-02' };
    const read = async (batch: number) => {
      const batches: string[][] = [];
      for await (const rows of openDataRows(story.t.db, period, story.t.clock.at, batch)) batches.push(rows.map((row) => row.code!));
      return batches;
    };
    const whole = await read(1000);
    expect(whole).toHaveLength(1);
    const pairs = await read(2);
    expect(pairs.map((rows) => rows.length)).toEqual([2, 2, 2, 2]);
    expect(pairs.flat()).toEqual(whole[0]);
  });

  it('refuses an open-data period longer than a year, saying to ask a year at a time', async () => {
    const response = await story.t.app.inject({ method: 'GET', url: '/api/public/open-data/dossiers.csv?from=2025-01-01&to=2026-01-02' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_input', field: 'to', message: expect.stringContaining('tối đa một năm') });
    expect((await story.t.app.inject({ method: 'GET', url: '/api/public/open-data/dossiers.json?from=2025-01-01&to=2026-01-01' })).statusCode).toBe(200);
  });
});
