import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES } from './support/province.js';

const START = new Date('2027-01-05T09:00:00+07:00');
const DAY = 86_400_000;

describe.each(ENGINES)('work records on $name', (engine) => {
  let t: TestApp;
  let clerk: Session;
  let specialist: Session;
  let specialist2: Session;
  let head: Session;
  let otherLeader: Session;
  let specialistId: string;

  const officerId = async (session: Session) => (await t.db.query<{ id: string }>('SELECT id FROM officers WHERE username = $1', [session.username])).rows[0]!.id;
  const registerIncoming = async (subject: string) => {
    const response = await clerk.request('POST', '/api/v1/documents/incoming', { sender: 'Sở Nội vụ tỉnh Thử Nghiệm', subject, numberSymbol: '15/SNV-CCHC', documentDate: '2027-01-04' });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const open = (code: string, keeperId: string, session = clerk) =>
    session.request('POST', '/api/v1/work-records', { year: 2027, code, title: `Hồ sơ ${code} về cải cách hành chính năm 2027`, retentionYears: 10, keeperId });

  beforeAll(async () => {
    t = await startTestApp(engine, { at: START });
    [clerk, specialist, specialist2, head, otherLeader] = await Promise.all([
      signIn(t.app, 'clerk'),
      signIn(t.app, 'specialist'),
      signIn(t.app, 'specialist2'),
      signIn(t.app, 'head'),
      signIn(t.app, 'other.leader'),
    ]);
    specialistId = await officerId(specialist);
  });
  afterAll(() => t.close());

  it("keeps a record's course: opened in the year's list, documents and notes filed, closed, handed over, then read-only", async () => {
    const opened = await open('01.VHXH', specialistId);
    expect(opened.statusCode, opened.body).toBe(201);
    const record = opened.json();
    expect(record).toMatchObject({
      agency: { code: AGENCIES.commune.code },
      year: 2027,
      code: '01.VHXH',
      retention: { years: 10, label: '10 năm' },
      keeper: { id: specialistId, name: 'Trần Văn Chuyên' },
      unit: { code: 'VHXH', name: 'Phòng Văn hóa - Xã hội' },
      state: 'open',
      stateLabel: 'Đang lập',
      handOverBy: null,
      items: 0,
    });

    const documentId = await registerIncoming('Về việc báo cáo kết quả cải cách hành chính quý IV');
    expect((await specialist.request('POST', `/api/v1/work-records/${record.id}/entries`, { documentId })).statusCode).toBe(200);
    const again = await specialist.request('POST', `/api/v1/work-records/${record.id}/entries`, { documentId });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_filed', message: 'Văn bản này đã có trong hồ sơ.' });
    // The head of the keeper's unit files in the keeper's stead.
    expect((await head.request('POST', `/api/v1/work-records/${record.id}/entries`, { note: 'Đã tổng hợp số liệu các phòng, chờ lãnh đạo cho ý kiến.' })).statusCode).toBe(200);

    const shown = (await specialist.request('GET', `/api/v1/work-records/${record.id}`)).json();
    expect(shown.items).toBe(2);
    expect(shown.entries).toMatchObject([
      { kind: 'document', document: { id: documentId, direction: 'incoming', numberSymbol: '15/SNV-CCHC', subject: 'Về việc báo cáo kết quả cải cách hành chính quý IV', registerYear: 2027 }, filedBy: 'Trần Văn Chuyên' },
      { kind: 'note', document: null, note: 'Đã tổng hợp số liệu các phòng, chờ lãnh đạo cho ý kiến.', filedBy: 'Phạm Văn Trưởng' },
    ]);

    t.clock.at = new Date(START.getTime() + 30 * DAY);
    const closed = await specialist.request('POST', `/api/v1/work-records/${record.id}/close`);
    expect(closed.json()).toMatchObject({ state: 'closed', handOverBy: '2028-02-04', handOverOverdue: false });
    const late = await specialist.request('POST', `/api/v1/work-records/${record.id}/entries`, { note: 'Bổ sung sau khi đã kết thúc.' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'invalid_transition' });

    // A year and a day later, the archive is late to take it over.
    t.clock.at = new Date(START.getTime() + 397 * DAY);
    expect((await clerk.request('GET', `/api/v1/work-records/${record.id}`)).json()).toMatchObject({ handOverOverdue: true });
    // The keeper does not hand over to themself.
    expect((await specialist.request('POST', `/api/v1/work-records/${record.id}/hand-over`)).statusCode).toBe(403);
    const archived = await clerk.request('POST', `/api/v1/work-records/${record.id}/hand-over`);
    expect(archived.json()).toMatchObject({ state: 'archived', stateLabel: 'Đã nộp lưu cơ quan', handOverOverdue: false });

    for (const [method, url, payload] of [
      ['POST', `/api/v1/work-records/${record.id}/entries`, { note: 'Thêm sau khi nộp lưu.' }],
      ['DELETE', `/api/v1/work-records/${record.id}/entries/${shown.entries[0].id}`, undefined],
      ['POST', `/api/v1/work-records/${record.id}/reopen`, undefined],
    ] as const) {
      const refused = await specialist.request(method, url, payload);
      expect(refused.statusCode, url).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'record_archived', message: 'Hồ sơ đã nộp lưu vào lưu trữ cơ quan nên không thay đổi được nữa.' });
    }
    // Not even a direct write gets past the database.
    await expect(t.db.query(`UPDATE work_records SET title = 'Sửa' WHERE id = $1`, [record.id])).rejects.toThrow(/read-only/);
    await expect(t.db.query('DELETE FROM work_record_items WHERE record_id = $1', [record.id])).rejects.toThrow(/read-only/);
    t.clock.at = START;
  });

  it('takes an item out of an open record, and reopens a closed one', async () => {
    const record = (await open('02.VHXH', specialistId)).json();
    const filed = await specialist.request('POST', `/api/v1/work-records/${record.id}/entries`, { note: 'Ghi chú nháp.' });
    const itemId = ((await specialist.request('GET', `/api/v1/work-records/${record.id}`)).json() as { entries: Array<{ id: string }> }).entries[0]!.id;
    expect(filed.json()).toMatchObject({ items: 1 });
    expect((await specialist.request('DELETE', `/api/v1/work-records/${record.id}/entries/${itemId}`)).json()).toMatchObject({ items: 0 });
    expect((await specialist.request('DELETE', `/api/v1/work-records/${record.id}/entries/${itemId}`)).statusCode).toBe(404);
    expect((await specialist.request('POST', `/api/v1/work-records/${record.id}/close`)).json()).toMatchObject({ state: 'closed' });
    expect((await specialist.request('POST', `/api/v1/work-records/${record.id}/reopen`)).json()).toMatchObject({ state: 'open', closedAt: null });
  });

  it("refuses a bad code, a taken code, a keeper from elsewhere and another agency's document", async () => {
    const bad = await open('01 VHXH', specialistId);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_input', field: 'code' });
    await open('03.VHXH', specialistId);
    const taken = await open('03.VHXH', specialistId);
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'work_record_code_taken', message: 'Danh mục hồ sơ năm 2027 đã có hồ sơ số 03.VHXH.' });
    const stranger = await open('04.VHXH', await officerId(otherLeader));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ field: 'keeperId', message: 'Người lập hồ sơ phải là cán bộ của cơ quan.' });
    const permanent = await clerk.request('POST', '/api/v1/work-records', { year: 2027, code: '05.VP', title: 'Quyết định về tổ chức bộ máy', retentionYears: null, keeperId: specialistId });
    expect(permanent.json()).toMatchObject({ retention: { years: null, label: 'Vĩnh viễn' } });
  });

  it('lets only the agency see, keep and hand over its records', async () => {
    const record = (await open('06.VHXH', specialistId)).json();
    // Another officer of the unit is neither the keeper nor its head.
    expect((await specialist2.request('POST', `/api/v1/work-records/${record.id}/entries`, { note: 'Không phải người lập.' })).statusCode).toBe(403);
    expect((await specialist.request('POST', '/api/v1/work-records', { year: 2027, code: '07.VHXH', title: 'Tự lập', retentionYears: 5, keeperId: specialistId })).statusCode).toBe(403);
    // Another commune's leader: the record does not exist for them, nor the commune's list.
    for (const [method, url, payload] of [
      ['GET', `/api/v1/work-records/${record.id}`, undefined],
      ['POST', `/api/v1/work-records/${record.id}/entries`, { note: 'Xâm nhập.' }],
      ['POST', `/api/v1/work-records/${record.id}/close`, undefined],
      ['POST', `/api/v1/work-records/${record.id}/hand-over`, undefined],
    ] as const) {
      expect((await otherLeader.request(method, url, payload)).statusCode, url).toBe(404);
    }
    expect((await otherLeader.request('GET', `/api/v1/work-records?year=2027&agency=${AGENCIES.commune.code}`)).statusCode).toBe(403);
    expect((await otherLeader.request('POST', '/api/v1/work-records', { agency: AGENCIES.commune.code, year: 2027, code: '08.VHXH', title: 'Lập hộ', retentionYears: 5, keeperId: specialistId })).statusCode).toBe(403);
    // Nor may the commune file another commune's document.
    const foreign = await t.db.query<{ id: string }>(
      `INSERT INTO documents (agency_id, direction, type, subject, state, created_at, updated_at)
       SELECT id, 'incoming', 'letter', 'Văn bản của xã khác', 'registered', now(), now() FROM agencies WHERE code = $1 RETURNING id`,
      [AGENCIES.otherCommune.code],
    );
    expect((await specialist.request('POST', `/api/v1/work-records/${record.id}/entries`, { documentId: foreign.rows[0]!.id })).statusCode).toBe(404);
  });

  it("lists the year's records, the keeper's own, and exports the list with its total as a formula", async () => {
    const mine = (await specialist.request('GET', '/api/v1/work-records?year=2027&mine=true')).json() as Array<{ code: string; keeper: { id: string } }>;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((record) => record.keeper.id === specialistId)).toBe(true);
    const all = (await clerk.request('GET', '/api/v1/work-records?year=2027')).json() as Array<{ code: string; items: number }>;
    expect(all.map((record) => record.code)).toEqual([...all.map((record) => record.code)].sort());
    expect((await clerk.request('GET', '/api/v1/work-records?year=2027&state=archived')).json()).toMatchObject([{ code: '01.VHXH' }]);

    const file = await clerk.request('GET', '/api/v1/work-records.xlsx?year=2027');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(`danh-muc-ho-so-${AGENCIES.commune.code}-2027.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('DANH MỤC HỒ SƠ NĂM 2027');
    expect(sheet.getRow(4).values).toEqual([undefined, 'STT', 'Số, ký hiệu hồ sơ', 'Tên đề mục và tiêu đề hồ sơ', 'Thời hạn bảo quản', 'Đơn vị, người lập hồ sơ', 'Số văn bản, tài liệu', 'Tình trạng']);
    expect(sheet.getRow(5).values).toEqual([undefined, 1, '01.VHXH', 'Hồ sơ 01.VHXH về cải cách hành chính năm 2027', '10 năm', 'Phòng Văn hóa - Xã hội – Trần Văn Chuyên', 2, 'Đã nộp lưu cơ quan']);
    const total = sheet.getRow(5 + all.length);
    expect(total.getCell('F').value).toEqual({ formula: `SUM(F5:F${4 + all.length})`, result: all.reduce((sum, record) => sum + record.items, 0) });
  });
});
