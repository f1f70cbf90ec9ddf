import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishVersion } from '../src/modules/procedures/repo.js';
import { foldStatisticsTallies } from '../src/modules/statistics/index.js';
import { type TestApp, startTestApp } from './support/app.js';
import { APPLICANT, BIRTH_COMPONENTS, act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES, BIRTH_REGISTRATION } from './support/province.js';
import { APOLOGY_B, APOLOGY_G, type StatisticsStory, STORY_NOW, STORY_START, tellStatisticsStory } from './support/statistics-story.js';

const at = (iso: string) => new Date(iso);
const NOW = STORY_NOW;

/** The story of support/statistics-story.ts: dossiers A–X of a known province year, now noon on 2 December 2026. */
describe.each(ENGINES)('public figures and result boards on $name', (engine) => {
  let t: TestApp;
  let s: StatisticsStory['sessions'];
  let codes: StatisticsStory['codes'];

  beforeAll(async () => {
    t = await startTestApp(engine, { at: STORY_START });
    ({ sessions: s, codes } = await tellStatisticsStory(t));
  });
  afterAll(() => t.close());

  /** This year's figures of the known province, each counted by hand from the story above. */
  const YEAR_FIGURES = {
    period: { from: '2026-01-01', to: '2026-12-02' },
    agency: null,
    received: 7,
    receivedByChannel: { online: 1, inPerson: 6, post: 0 },
    carriedOver: 1,
    // A before its appointment's day; B after the appointment an extension does not move.
    finished: { total: 2, early: 1, onTime: 0, late: 1, rejected: 0 },
    refused: 0,
    withdrawn: 2,
    stopped: 0,
    // F, C, G past their statutory appointments (G's extension notwithstanding); E's clock stopped before it.
    inProgress: { total: 4, onTime: 1, overdue: 3 },
    supplementRequests: 1,
    // A took 3 days, B 8 days and an hour (9 whole days).
    processingDays: { average: (3 * 1440 + 8 * 1440 + 60) / 2 / 1440, p90: 9 },
    onTimeRate: 0.5,
    onlineShare: 1 / 7,
    paidOnlineShare: null,
    // C came online with its files scanned; the walk-ins brought paper.
    digitisedShare: 1 / 7,
    satisfaction: { ratings: 0, verySatisfied: 0, satisfied: 0, notSatisfied: 0, rate: null },
  };

  it("counts this year's dossiers and rates", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/statistics' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ ...YEAR_FIGURES, steps: expect.any(Object) });
  });

  it('counts the same from the day tallies whether or not their changes are folded', async () => {
    await foldStatisticsTallies(t.db);
    const response = await t.app.inject({ method: 'GET', url: '/api/public/statistics?from=2026-01-01&to=2026-12-02' });
    expect(response.json()).toEqual({ ...YEAR_FIGURES, steps: expect.any(Object) });
  });

  it("counts an agency's subtree, a past period as it ended and a period still running", async () => {
    const get = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/public/statistics?${query}` })).json();
    const department = await get(`agency=${AGENCIES.department.code}`);
    expect(department).toMatchObject({ agency: { code: AGENCIES.department.code, name: AGENCIES.department.name }, received: 0, carriedOver: 0, inProgress: { total: 0 } });
    expect(await get(`agency=${AGENCIES.province.code}`)).toMatchObject({ received: 7, inProgress: { total: 4, overdue: 3 } });
    // 23–25 November: seven received (F carried over), H and X withdrawn; at the end of the 25th
    // five open, none past its appointment (30 November for all but F, due in January).
    expect(await get('from=2026-11-23&to=2026-11-25')).toMatchObject({
      received: 7,
      carriedOver: 1,
      withdrawn: 2,
      finished: { total: 0 },
      supplementRequests: 1,
      inProgress: { total: 6, overdue: 1 },
    });
    // December so far: B finished late; F, C, G open past their appointment.
    expect(await get('from=2026-12-01&to=2026-12-31')).toMatchObject({
      period: { from: '2026-12-01', to: '2026-12-31' },
      received: 0,
      carriedOver: 5,
      finished: { total: 1, late: 1 },
      inProgress: { total: 4, overdue: 3 },
    });
  });

  it('refuses a period that ends before it starts, starts after today or names no agency it knows', async () => {
    const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/public/statistics?${query}` });
    expect((await get('from=2026-12-03')).json()).toMatchObject({ code: 'invalid_input', field: 'from' });
    expect((await get('from=2026-06-01&to=2026-05-31')).json()).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect((await get('from=2010-01-01&to=2026-01-01')).json()).toMatchObject({ code: 'invalid_input', field: 'to' });
    const unknown = await get('agency=999.99.99.H99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('Không tìm thấy cơ quan.');
  });

  it("gives leaders their agency's figures and breakdowns, and nobody else", async () => {
    const leader = await signIn(t.app, 'leader');
    const own = await leader.request('GET', '/api/v1/statistics');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ agency: { code: AGENCIES.commune.code }, received: 7, inProgress: { total: 4 } });
    const byProcedure = await leader.request('GET', '/api/v1/statistics/breakdown?by=procedure');
    expect(byProcedure.json().groups.map((group: { code: string; figures: { received: number } }) => [group.code, group.figures.received])).toEqual([
      ['2.000635', 1],
      ['1.001193', 5],
      ['1.000894', 1],
    ]);
    const byMonth = await leader.request('GET', '/api/v1/statistics/breakdown?by=month&from=2026-10-15');
    expect(byMonth.json().groups.map((group: { key: string; figures: { received: number; finished: { total: number } } }) => [group.key, group.figures.received, group.figures.finished.total])).toEqual([
      ['2026-10', 0, 0],
      ['2026-11', 7, 1],
      ['2026-12', 0, 1],
    ]);
    const byOfficer = await leader.request('GET', '/api/v1/statistics/breakdown?by=officer');
    expect(byOfficer.json().groups.map((group: { name: string }) => group.name)).toContain('Trần Văn Chuyên');
    // The commune's leader reads neither the province nor another commune; a specialist reads none.
    expect((await leader.request('GET', `/api/v1/statistics?agency=${AGENCIES.province.code}`)).json()).toMatchObject({ code: 'forbidden', rule: 'see-statistics' });
    expect((await leader.request('GET', `/api/v1/statistics?agency=${AGENCIES.otherCommune.code}`)).statusCode).toBe(403);
    expect((await s.specialist.request('GET', '/api/v1/statistics')).statusCode).toBe(403);
    const admin = await signIn(t.app, 'admin');
    expect((await admin.request('GET', '/api/v1/statistics')).json()).toMatchObject({ agency: { code: AGENCIES.province.code }, received: 7 });
    expect((await admin.request('GET', `/api/v1/statistics/breakdown?by=agency`)).json().groups.map((group: { code: string }) => group.code)).toEqual([AGENCIES.commune.code]);
  });

  it('gives no rate when there is nothing to divide by', async () => {
    t.clock.at = at('2027-01-04T09:00:00+07:00');
    const figures = (await t.app.inject({ method: 'GET', url: '/api/public/statistics' })).json();
    t.clock.at = NOW;
    expect(figures).toMatchObject({ period: { from: '2027-01-01', to: '2027-01-04' }, received: 0, finished: { total: 0 }, carriedOver: 4, inProgress: { total: 4 }, onTimeRate: null, onlineShare: null });
  });

  it('ranks procedures by dossiers received in the last 365 days, ties by name', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/procedures/popular' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      items: [
        { code: '1.001193', name: 'Đăng ký khai sinh', fieldName: 'Hộ tịch', dossiers: 6 },
        { code: '2.000635', name: 'Cấp Phiếu lý lịch tư pháp liên thông', fieldName: 'Hộ tịch', dossiers: 1 },
        { code: '1.000894', name: 'Xác nhận tình trạng hôn nhân', fieldName: 'Hộ tịch', dossiers: 1 },
      ],
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/public/procedures/popular?limit=1' })).json().items).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/procedures/popular?limit=21' })).statusCode).toBe(400);
    // The static route does not hide procedure pages.
    expect((await t.app.inject({ method: 'GET', url: '/api/public/procedures/1.001193' })).json()).toMatchObject({ code: '1.001193' });
  });

  it('publishes finished dossiers with masked names, most recent first', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/results?kind=finished' });
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json();
    expect(board.total).toBe(2);
    expect(board.items).toEqual([
      {
        code: codes.B,
        procedureName: 'Đăng ký khai sinh',
        applicantName: 'Nguyễn V. A.',
        agencyName: 'UBND xã Hòa Bình',
        receivedAt: '2026-11-23T09:00:00+07:00',
        // Late against the appointment given at reception, which the board shows beside the extended one.
        statutoryDueAt: '2026-11-30T09:00:00+07:00',
        dueAt: '2026-12-03T09:00:00+07:00',
        finishedAt: '2026-12-01T10:00:00+07:00',
        late: true,
        apology: APOLOGY_B,
      },
      expect.objectContaining({ code: codes.A, finishedAt: '2026-11-26T09:00:00+07:00', late: false, apology: null }),
    ]);
    expect(response.body).not.toContain(APPLICANT.name);
    expect(response.body).not.toContain(APPLICANT.idNumber);
    expect(response.body).not.toContain(APPLICANT.phone);
    const first = (await t.app.inject({ method: 'GET', url: '/api/public/results?kind=finished&limit=1' })).json();
    expect(first).toMatchObject({ total: 2, items: [{ code: codes.B }], nextCursor: expect.any(String) });
    const second = (await t.app.inject({ method: 'GET', url: `/api/public/results?kind=finished&limit=1&cursor=${first.nextCursor}` })).json();
    expect(second).toMatchObject({ total: 2, items: [{ code: codes.A }], nextCursor: null });
  });

  it('lists late dossiers, open ones first by the appointment they missed (an extension does not move it), each with the apology given when extended', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/results?kind=late' });
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json();
    expect(board.total).toBe(4);
    expect(board.items.map((item: { code: string }) => item.code)).toEqual([codes.C, codes.G, codes.F, codes.B]);
    expect(board.items.every((item: { late: boolean }) => item.late)).toBe(true);
    expect(board.items.map((item: { apology: string | null }) => item.apology)).toEqual([null, APOLOGY_G, null, APOLOGY_B]);
    expect(board.items[0]).toMatchObject({ finishedAt: null, applicantName: 'Nguyễn V. A.' });
    expect(response.body).not.toContain(APPLICANT.name);
  });

  it('refuses an unknown board', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/results?kind=everything' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: expect.stringContaining('kind') });
  });
});

/**
 * The boards filtered by agency, procedure and period (now: Wednesday 2 December 2026, noon):
 * - at the commune, birth registrations D1 (decided 4 Nov), D2 (decided 18 Nov at 06:30, Vietnam
 *   time: still 17 Nov in UTC) and D3 (open, late); a certificate of marital status M1 (decided 25 Nov);
 * - at the other commune, a cooperative's registration C1 (decided 17 Nov) and C2 (open, late).
 */
describe.each(ENGINES)('result boards filtered by agency, procedure and period on $name', (engine) => {
  let t: TestApp;
  const codes = {} as Record<'D1' | 'D2' | 'D3' | 'M1' | 'C1' | 'C2', string>;
  const COOPERATIVE = 'Hợp tác xã Nông nghiệp Đồng Tâm';
  const board = async (query: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/public/results?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Array<{ code: string; applicantName: string }>; nextCursor: string | null; total: number | null };
  };
  const codesOf = async (query: string) => (await board(query)).items.map((item) => item.code);

  beforeAll(async () => {
    t = await startTestApp(engine, { at: at('2026-11-02T09:00:00+07:00') });
    const { commune, otherCommune } = t.province.agencyIds;
    await publishVersion(t.db, { ...BIRTH_REGISTRATION, code: '1.000894', name: 'Xác nhận tình trạng hôn nhân' }, commune, null);
    const cooperative = {
      ...BIRTH_REGISTRATION,
      code: '2.001500',
      name: 'Đăng ký thành lập hợp tác xã',
      competentAgencyCode: AGENCIES.otherCommune.code,
      applicantTypes: ['citizen', 'organisation'] as Array<'citizen' | 'organisation'>,
      process: [BIRTH_REGISTRATION.process[0]!, BIRTH_REGISTRATION.process[2]!],
    };
    await publishVersion(t.db, cooperative, otherCommune, null);
    const s = Object.fromEntries(
      await Promise.all(['reception', 'specialist', 'head', 'leader', 'other.reception', 'other.specialist', 'other.leader'].map(async (name) => [name, await signIn(t.app, name)] as const)),
    ) as Record<string, Session>;
    const decideAtCommune = async (dossier: { code: string; version: number }) =>
      act(s.leader!, dossier.code, 'approve', await act(s.head!, dossier.code, 'hand_over', await act(s.specialist!, dossier.code, 'hand_over', dossier.version)));
    const receiveCooperative = async () => {
      const response = await s['other.reception']!.request('POST', '/api/v1/dossiers', {
        procedureCode: cooperative.code,
        applicant: { ...APPLICANT, type: 'organisation', name: COOPERATIVE, idNumber: '0101234567' },
        components: BIRTH_COMPONENTS,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { code: string; version: number };
    };

    const d1 = await receiveWalkIn(s.reception!);
    const d3 = await receiveWalkIn(s.reception!);
    const c2 = await receiveCooperative();
    Object.assign(codes, { D1: d1.code, D3: d3.code, C2: c2.code });
    t.clock.at = at('2026-11-04T09:00:00+07:00');
    await decideAtCommune(d1);

    t.clock.at = at('2026-11-16T09:00:00+07:00');
    const d2 = await receiveWalkIn(s.reception!);
    const c1 = await receiveCooperative();
    const m1 = await receiveWalkIn(s.reception!, '1.000894');
    Object.assign(codes, { D2: d2.code, C1: c1.code, M1: m1.code });
    t.clock.at = at('2026-11-17T10:00:00+07:00');
    await act(s['other.leader']!, c1.code, 'approve', await act(s['other.specialist']!, c1.code, 'hand_over', c1.version));
    t.clock.at = at('2026-11-18T06:30:00+07:00');
    await decideAtCommune(d2);
    t.clock.at = at('2026-11-25T09:00:00+07:00');
    await decideAtCommune(m1);
    t.clock.at = NOW;
  });
  afterAll(() => t.close());

  it('filters by the agency competent to decide, naming an organisation in full and masking a person', async () => {
    expect(await codesOf('kind=finished')).toEqual([codes.M1, codes.D2, codes.C1, codes.D1]);
    expect(await codesOf(`kind=finished&agencyId=${t.province.agencyIds.commune}`)).toEqual([codes.M1, codes.D2, codes.D1]);
    const other = await board(`kind=finished&agencyId=${t.province.agencyIds.otherCommune}`);
    expect(other).toEqual({ items: [expect.objectContaining({ code: codes.C1, applicantName: COOPERATIVE })], nextCursor: null, total: null });
    expect((await board(`agencyId=${t.province.agencyIds.commune}`)).items.map((item) => item.applicantName)).toEqual(['Nguyễn V. A.', 'Nguyễn V. A.', 'Nguyễn V. A.']);
    expect(await codesOf(`agencyId=${t.province.agencyIds.department}`)).toEqual([]);
    // Tracking names the cooperative too, and masks the person.
    expect((await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${codes.C1}` })).json()).toMatchObject({ applicantName: COOPERATIVE });
    expect((await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${codes.D1}` })).json()).toMatchObject({ applicantName: 'Nguyễn V. A.' });
  });

  it('filters by procedure code', async () => {
    expect(await codesOf('procedure=1.001193')).toEqual([codes.D2, codes.D1]);
    expect(await codesOf('procedure=1.000894')).toEqual([codes.M1]);
    expect(await codesOf('procedure=9.999999')).toEqual([]);
  });

  it('filters by a period of Vietnam days, both ends included', async () => {
    expect(await codesOf('from=2026-11-17&to=2026-11-18')).toEqual([codes.D2, codes.C1]);
    // D2 was decided at 06:30 on the 18th in Vietnam, still the 17th in UTC.
    expect(await codesOf('from=2026-11-18&to=2026-11-18')).toEqual([codes.D2]);
    expect(await codesOf('to=2026-11-17')).toEqual([codes.C1, codes.D1]);
    expect(await codesOf('from=2026-11-19')).toEqual([codes.M1]);
  });

  it('combines agency, procedure and period', async () => {
    const { commune, otherCommune } = t.province.agencyIds;
    expect(await codesOf(`agencyId=${commune}&procedure=1.001193&from=2026-11-01&to=2026-11-10`)).toEqual([codes.D1]);
    expect(await codesOf(`agencyId=${otherCommune}&procedure=1.001193`)).toEqual([]);
    expect(await codesOf(`agencyId=${commune}&from=2026-11-18`)).toEqual([codes.M1, codes.D2]);
  });

  it('pages a filtered board by cursor, each dossier once', async () => {
    const query = `agencyId=${t.province.agencyIds.commune}&limit=1`;
    const seen: string[] = [];
    let cursor: string | null = '';
    do {
      const page = await board(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items).toHaveLength(1);
      seen.push(page.items[0]!.code);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([codes.M1, codes.D2, codes.D1]);
  });

  it('filters and pages the late board: open dossiers by the appointment they missed, then those decided late', async () => {
    const { commune, otherCommune } = t.province.agencyIds;
    // D3 and C2 were due on the same day; M1 was decided two days after its appointment.
    expect(await codesOf('kind=late')).toEqual([codes.C2, codes.D3, codes.M1]);
    expect(await codesOf(`kind=late&agencyId=${commune}`)).toEqual([codes.D3, codes.M1]);
    expect(await codesOf(`kind=late&agencyId=${otherCommune}`)).toEqual([codes.C2]);
    expect(await codesOf('kind=late&procedure=1.000894')).toEqual([codes.M1]);
    expect(await codesOf('kind=late&from=2026-11-01&to=2026-11-30')).toEqual([codes.C2, codes.D3, codes.M1]);
    expect(await codesOf('kind=late&from=2026-11-20')).toEqual([codes.M1]);
    expect(await codesOf('kind=late&to=2026-11-01')).toEqual([]);
    const seen: string[] = [];
    let cursor: string | null = '';
    do {
      const page = await board(`kind=late&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.total).toBe(3);
      seen.push(...page.items.map((item) => item.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([codes.C2, codes.D3, codes.M1]);
  });

  it('refuses a period that ends before it starts, an impossible date and a cursor it did not make', async () => {
    const refused = async (query: string, field: string) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/public/results?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json(), query).toMatchObject({ field: expect.stringContaining(field) });
    };
    await refused('from=2026-11-18&to=2026-11-17', 'to');
    await refused('from=2026-02-30', 'from');
    await refused('cursor=bm90LWEta2V5', 'cursor');
    await refused('agencyId=not-an-id', 'agencyId');
  });
});
