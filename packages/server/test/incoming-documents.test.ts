import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { pdfText } from './support/pdf.js';
import { AGENCIES } from './support/province.js';

const SCAN = Buffer.from('%PDF-1.4\n% cong van so noi vu\n%%EOF\n').toString('base64');
/** Monday 7 December 2026, 09:00 in Vietnam. */
const START = new Date('2026-12-07T09:00:00+07:00');
const BASE = '/api/v1/documents/incoming';

const REFORM_REPORT = {
  numberSymbol: 'Số: 1234/SNV-CCHC',
  documentDate: '2026-12-04',
  sender: 'Sở Nội vụ tỉnh Thử Nghiệm',
  subject: 'Về việc báo cáo công tác cải cách hành chính quý IV năm 2026',
  urgency: 'urgent',
  pageCount: 3,
  scan: { name: 'cong-van-1234-snv.pdf', contentBase64: SCAN },
};

interface Incoming {
  id: string;
  registerYear: number;
  registerNumber: number;
  number: number | null;
  symbol: string;
  numberSymbol: string;
  type: string;
  subject: string;
  date: string | null;
  state: string;
  dueAt: string | null;
  deadlineStatus: string | null;
  attachments: Array<{ id: string; name: string }>;
  assignments: Array<{ id: string; parentId: string | null; role: string; unit: { code: string } | null; officer: { id: string } | null; finishedAt: string | null; progressNote: string }>;
  history: Array<{ action: string; toState: string; actorName: string }>;
}

describe.each(ENGINES)('incoming documents on $name', (engine) => {
  let t: TestApp;
  let clerk: Session;
  let leader: Session;
  let head: Session;
  let specialist: Session;
  let specialist2: Session;
  let officerIds: Record<string, string>;

  const register = async (body: object = REFORM_REPORT) => {
    const response = await clerk.request('POST', BASE, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Incoming;
  };
  const post = async (who: Session, path: string, body: object = {}, status = 200) => {
    const response = await who.request('POST', `${BASE}/${path}`, body);
    expect(response.statusCode, `${who.username} ${path}: ${response.body}`).toBe(status);
    return response.json() as Incoming & { code: string; rule?: string };
  };
  /** Registered, presented and assigned to the VHXH unit, with a deadline in working days. */
  const assigned = async (workingDays: number, body: object = REFORM_REPORT) => {
    const document = await register(body);
    await post(clerk, `${document.id}/present`);
    return post(leader, `${document.id}/assign`, { lead: { unitCode: 'VHXH' }, instructions: 'Phòng VHXH chủ trì tham mưu báo cáo.', workingDays });
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { at: START });
    officerIds = t.province.officerIds;
    [clerk, leader, head, specialist, specialist2] = await Promise.all([signIn(t.app, 'clerk'), signIn(t.app, 'leader'), signIn(t.app, 'head'), signIn(t.app, 'specialist'), signIn(t.app, 'specialist2')]);
  });
  afterAll(() => t.close());

  it('takes a document through its course: register, present, assign, pass down, progress, finish', async () => {
    const registered = await register();
    expect(registered).toMatchObject({
      registerYear: 2026,
      registerNumber: 1,
      number: 1234,
      symbol: 'SNV-CCHC',
      numberSymbol: '1234/SNV-CCHC',
      type: 'letter',
      date: '2026-12-04',
      state: 'registered',
      attachments: [{ name: 'cong-van-1234-snv.pdf' }],
    });
    const list = (await clerk.request('GET', BASE)).json() as { items: Incoming[] };
    expect(list.items[0]).toMatchObject({ id: registered.id, number: 1234, symbol: 'SNV-CCHC', type: 'letter', subject: REFORM_REPORT.subject, date: '2026-12-04', state: 'registered' });
    const scan = await specialist.request('GET', `${BASE}/${registered.id}/attachments/${registered.attachments[0]!.id}`);
    expect(scan.statusCode).toBe(200);
    expect(scan.rawPayload.toString('base64')).toBe(SCAN);

    expect((await post(clerk, `${registered.id}/present`, { note: 'Kính trình Chủ tịch' })).state).toBe('presented');
    const refused = await post(specialist, `${registered.id}/assign`, { lead: { unitCode: 'VHXH' } }, 403);
    expect(refused).toMatchObject({ code: 'forbidden', rule: 'route-incoming-document' });

    const assignedDocument = await post(leader, `${registered.id}/assign`, {
      lead: { unitCode: 'VHXH' },
      information: [{ officerId: officerIds.specialist2 }],
      instructions: 'Giao Phòng Văn hóa - Xã hội chủ trì, báo cáo trước hạn.',
      workingDays: 3,
    });
    expect(assignedDocument.state).toBe('assigned');
    // Three working days after Monday 7 December, at the same time.
    expect(assignedDocument.dueAt).toBe('2026-12-10T09:00:00+07:00');
    const unitAssignment = assignedDocument.assignments.find((assignment) => assignment.role === 'lead')!;
    expect(unitAssignment.unit?.code).toBe('VHXH');

    const queue = (await head.request('GET', '/api/v1/documents/mine?view=to_handle')).json() as { items: Array<{ document: { id: string }; assignment: { id: string } }> };
    expect(queue.items.map((item) => item.assignment.id)).toContain(unitAssignment.id);
    const informed = (await specialist2.request('GET', '/api/v1/documents/mine?view=for_information')).json() as { items: Array<{ document: { id: string } }> };
    expect(informed.items.map((item) => item.document.id)).toContain(registered.id);

    // A specialist does not pass down; the head does, to an officer of the unit.
    await post(specialist, `${registered.id}/assignments/${unitAssignment.id}/pass-down`, { officerId: officerIds.specialist }, 403);
    const passed = await post(head, `${registered.id}/assignments/${unitAssignment.id}/pass-down`, { officerId: officerIds.specialist, instructions: 'Đồng chí Chuyên dự thảo báo cáo.' });
    expect(passed.state).toBe('in_progress');
    const own = passed.assignments.find((assignment) => assignment.parentId === unitAssignment.id)!;
    expect(own).toMatchObject({ role: 'lead', officer: { id: officerIds.specialist } });

    const progressed = await post(specialist, `${registered.id}/assignments/${own.id}/progress`, { note: 'Đã tổng hợp số liệu của các bộ phận.' });
    expect(progressed.assignments.find((assignment) => assignment.id === own.id)!.progressNote).toBe('Đã tổng hợp số liệu của các bộ phận.');

    // Neither the clerk nor another specialist finishes someone else's assignment.
    expect(await post(clerk, `${registered.id}/assignments/${own.id}/finish`, {}, 403)).toMatchObject({ rule: 'route-incoming-document' });
    await post(specialist2, `${registered.id}/assignments/${own.id}/finish`, {}, 403);
    const informationCopy = assignedDocument.assignments.find((assignment) => assignment.role === 'information')!;
    expect((await post(specialist2, `${registered.id}/assignments/${informationCopy.id}/finish-part`, {}, 409)).code).toBe('for_information_only');

    const finished = await post(specialist, `${registered.id}/assignments/${own.id}/finish`, { note: 'Đã gửi báo cáo cho Sở Nội vụ.' });
    expect(finished.state).toBe('finished');
    expect(finished.deadlineStatus).toBe('finished_early');
    // The unit's part, passed down, is finished with its officer's.
    expect(finished.assignments.filter((assignment) => assignment.role === 'lead').every((assignment) => assignment.finishedAt !== null)).toBe(true);
    expect(finished.history.map((event) => event.action)).toEqual(['register', 'present', 'assign', 'pass_down', 'record_progress', 'finish']);
    expect((await post(specialist, `${registered.id}/assignments/${own.id}/progress`, { note: 'Thêm' }, 409)).code).toBe('invalid_transition');

    const { rows } = await t.db.query<{ action: string; actor_name: string }>(
      "SELECT action, actor_name FROM audit_log WHERE entity_type = 'document' AND entity_id = $1 ORDER BY seq",
      [registered.id],
    );
    expect(rows.map((row) => row.action)).toEqual(['register', 'present', 'assign', 'pass_down', 'record_progress', 'finish'].map((action) => `document.incoming.${action}`));
    expect(rows[0]!.actor_name).toBe('Đỗ Thị Văn Thư');
  });

  it('lets the leader send a document back, and the clerk present it again or withdraw it', async () => {
    const document = await register({ type: 'notice', sender: 'Công ty TNHH Minh Phát', subject: 'Thông báo thay đổi địa chỉ trụ sở' });
    await post(clerk, `${document.id}/present`);
    expect((await post(leader, `${document.id}/return`, { note: 'Không thuộc thẩm quyền' })).state).toBe('returned');
    await post(leader, `${document.id}/withdraw`, {}, 403);
    expect((await post(clerk, `${document.id}/withdraw`, { note: 'Chuyển trả nơi gửi' })).state).toBe('withdrawn');
    expect((await post(clerk, `${document.id}/present`, {}, 409)).code).toBe('invalid_transition');
  });

  it('shows what is overdue to the assignees and to the leader, by unit', async () => {
    const document = await assigned(1, { numberSymbol: '88/UBND-VP', type: 'letter', sender: 'UBND tỉnh Thử Nghiệm', subject: 'Đôn đốc rà soát thủ tục hành chính' });
    const before = (await leader.request('GET', `${BASE}/overdue`)).json() as { units: Array<{ unit: { code: string } | null; documents: Array<{ id: string }> }> };
    expect(before.units.flatMap((unit) => unit.documents).map((item) => item.id)).not.toContain(document.id);
    const saved = t.clock.at;
    t.clock.at = new Date('2026-12-09T09:00:00+07:00');
    try {
      const overdue = (await leader.request('GET', `${BASE}/overdue`)).json() as typeof before;
      const unit = overdue.units.find((entry) => entry.unit?.code === 'VHXH')!;
      expect(unit.documents.map((item) => item.id)).toContain(document.id);
      const headQueue = (await head.request('GET', '/api/v1/documents/mine?view=overdue')).json() as { items: Array<{ document: { id: string }; assignment: { deadlineStatus: string } }> };
      expect(headQueue.items.find((item) => item.document.id === document.id)?.assignment.deadlineStatus).toBe('overdue');
      expect((await specialist.request('GET', `${BASE}/overdue`)).statusCode).toBe(403);
    } finally {
      t.clock.at = saved;
    }
  });

  it('restarts the incoming numbers on 1 January, Vietnam time', async () => {
    const saved = t.clock.at;
    try {
      t.clock.at = new Date('2026-12-31T23:59:00+07:00');
      const last = await register({ type: 'decision', sender: 'UBND tỉnh Thử Nghiệm', subject: 'Quyết định công bố danh mục thủ tục hành chính' });
      expect(last.registerYear).toBe(2026);
      expect(last.registerNumber).toBeGreaterThan(1);
      t.clock.at = new Date('2027-01-01T00:01:00+07:00');
      const first = await register({ numberSymbol: '01/QĐ-UBND', sender: 'UBND tỉnh Thử Nghiệm', subject: 'Quyết định giao chỉ tiêu năm 2027' });
      expect(first).toMatchObject({ registerYear: 2027, registerNumber: 1, type: 'decision', numberSymbol: '01/QĐ-UBND' });
      expect((await register({ type: 'plan', sender: 'Sở Tư pháp', subject: 'Kế hoạch năm 2027' })).registerNumber).toBe(2);
    } finally {
      t.clock.at = saved;
    }
  });

  it('gives concurrent registrations distinct consecutive numbers, on one instance or two', async () => {
    const count = 12;
    // On PostgreSQL, half of them go through a second instance on the same data, with its own connections.
    const other = t.startAnotherInstance ? await t.startAnotherInstance() : t.app;
    const responses = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        (index % 2 ? other : t.app).inject({ method: 'POST', url: BASE, headers: clerk.headers, payload: { type: 'report', sender: `UBND xã số ${index}`, subject: `Báo cáo số ${index}` } }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(count).fill(201));
    const numbers = responses.map((response) => (response.json() as Incoming).registerNumber).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: count }, (_, index) => numbers[0]! + index));
    const { rows } = await t.db.query<{ n: number }>(
      "SELECT count(DISTINCT register_number)::int AS n FROM documents WHERE agency_id = $1 AND direction = 'incoming' AND register_year = 2026",
      [t.province.agencyIds.commune],
    );
    expect(rows[0]!.n).toBe(numbers[count - 1]);
  });

  it('finds documents without diacritics, with a typo, and by number, symbol, sender and date', async () => {
    const search = async (query: string) => ((await specialist.request('GET', `${BASE}?${query}`)).json() as { items: Incoming[] }).items.map((item) => item.subject);
    expect(await search('q=cai%20cach%20hanh%20chinh')).toContain(REFORM_REPORT.subject);
    expect(await search('q=cai%20cahc%20hanh%20chinh%20quy%20IV')).toContain(REFORM_REPORT.subject);
    expect(await search('q=1234%2FSNV')).toContain(REFORM_REPORT.subject);
    expect(await search('q=cchc')).toEqual([REFORM_REPORT.subject]);
    expect(await search('q=xyzabc%20khong%20co')).toEqual([]);
    expect(await search('sender=so%20noi%20vu')).toContain(REFORM_REPORT.subject);
    expect(await search('symbol=snv-cchc&number=1234')).toEqual([REFORM_REPORT.subject]);
    expect(await search('from=2026-12-04&to=2026-12-04')).toEqual([REFORM_REPORT.subject]);
    expect(await search('from=2026-12-05&sender=so%20noi%20vu')).toEqual([]);
  });

  it('registers a classified document with its metadata only', async () => {
    const refused = await clerk.request('POST', BASE, { ...REFORM_REPORT, confidentiality: 'secret' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'classified_content', field: 'scan', message: expect.stringContaining('Tối mật') });
    const { scan: _scan, ...metadata } = REFORM_REPORT;
    const secret = await register({ ...metadata, numberSymbol: '15/BC-CA', confidentiality: 'secret' });
    expect(secret.attachments).toEqual([]);
    const attached = await clerk.request('POST', `${BASE}/${secret.id}/attachments`, { name: 'mat.pdf', contentBase64: SCAN });
    expect(attached.statusCode).toBe(422);
    expect(attached.json()).toMatchObject({ code: 'classified_content' });
  });

  it('prints the register as a PDF and exports it as a workbook', async () => {
    const pdf = await clerk.request('GET', `${BASE}/register.pdf?year=2026`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(text).toContain('1234/SNV-CCHC');
    expect(text).toContain('Về việc báo cáo công tác cải cách');
    expect(text).toContain('UBND XÃ HÒA BÌNH');

    const xlsx = await clerk.request('GET', `${BASE}/register.xlsx?year=2026`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Sổ đăng ký văn bản đến năm 2026');
    expect(sheet.getRow(3).getCell(2).value).toBe('Số đến');
    expect(sheet.getRow(4).getCell(2).value).toBe(1);
    expect(sheet.getRow(4).getCell(4).value).toBe('1234/SNV-CCHC');
  });

  it('lists what agencies and units sign document symbols with, by default or as an administrator set it', async () => {
    type Listed = { code: string; symbolAbbreviation: string; units: Array<{ code: string; symbolAbbreviation: string }> };
    const listed = async () => (await t.app.inject({ method: 'GET', url: '/api/public/agencies' })).json() as Listed[];
    const before = await listed();
    const commune = before.find((agency) => agency.code === AGENCIES.commune.code)!;
    expect(commune.symbolAbbreviation).toBe('UBND');
    expect(commune.units.find((unit) => unit.code === 'VHXH')!.symbolAbbreviation).toBe('VHXH');
    expect(before.find((agency) => agency.code === AGENCIES.department.code)!.symbolAbbreviation).toBe('STP');
    const admin = await signIn(t.app, 'admin');
    expect((await admin.request('PATCH', `/api/v1/agencies/${t.province.agencyIds.department}`, { symbolAbbreviation: 'QĐ-X' })).statusCode).toBe(400);
    expect((await admin.request('PATCH', `/api/v1/agencies/${t.province.agencyIds.department}`, { symbolAbbreviation: 'STPTN' })).statusCode).toBe(200);
    expect((await listed()).find((agency) => agency.code === AGENCIES.department.code)!.symbolAbbreviation).toBe('STPTN');
  });

  it('shows nothing of the register to officers of another agency, and lets them do nothing', async () => {
    const document = await assigned(5, { type: 'plan', sender: 'Sở Tư pháp', subject: 'Kế hoạch kiểm tra công tác hộ tịch' });
    const unitAssignment = document.assignments[0]!;
    const commune = AGENCIES.commune.code;
    for (const name of ['other.leader', 'other.specialist', 'other.reception']) {
      const outsider = await signIn(t.app, name);
      const reads = [
        `${BASE}?agency=${commune}`,
        `${BASE}/overdue?agency=${commune}`,
        `${BASE}/register.pdf?agency=${commune}`,
        `${BASE}/register.xlsx?agency=${commune}`,
      ];
      for (const url of reads) expect((await outsider.request('GET', url)).statusCode, `${name} GET ${url}`).toBe(403);
      expect((await outsider.request('GET', `${BASE}/${document.id}`)).statusCode).toBe(404);
      expect((await outsider.request('GET', `${BASE}/${document.id}/attachments/${unitAssignment.id}`)).statusCode).toBe(404);
      expect((await outsider.request('POST', BASE, { agency: commune, type: 'letter', sender: 'X', subject: 'Y' })).statusCode).toBe(403);
      const writes: Array<[string, object]> = [
        ['present', {}],
        ['return', {}],
        ['withdraw', {}],
        ['assign', { lead: { unitCode: 'VHXH' } }],
        ['attachments', { name: 'a.pdf', contentBase64: SCAN }],
        [`assignments/${unitAssignment.id}/pass-down`, { officerId: officerIds['other.specialist'] }],
        [`assignments/${unitAssignment.id}/progress`, { note: 'x' }],
        [`assignments/${unitAssignment.id}/finish`, {}],
        [`assignments/${unitAssignment.id}/finish-part`, {}],
      ];
      for (const [path, body] of writes) expect((await outsider.request('POST', `${BASE}/${document.id}/${path}`, body)).statusCode, `${name} ${path}`).toBe(404);
      const mine = (await outsider.request('GET', '/api/v1/documents/mine?view=to_handle')).json() as { items: unknown[] };
      expect(mine.items).toEqual([]);
    }
  });
});
