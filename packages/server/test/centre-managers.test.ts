import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { CENTRE_CODE, SERVICES, createCentre, pairTestDevice } from './support/centre.js';
import { ENGINES } from './support/engines.js';
import { openStream } from './support/event-stream.js';
import { nextAddress } from './support/citizens.js';
import { type Session, signIn } from './support/http.js';

const at = (time: string) => new Date(`2026-12-01T${time}:00+07:00`);
const CENTRE = `/api/v1/centres/${CENTRE_CODE}`;
const PERIOD = 'from=2026-12-01&to=2026-12-01';

/**
 * One morning at the test province's centre (Tuesday 1 December 2026): A001, A002 and B001 are
 * issued at 08:00, 08:01 and 08:02. Counter 1 (reception) calls A001 at 08:10 and serves it from
 * 08:11 to 08:20; counter 2 (reception2) calls A002 at 08:15 three times and marks it a no-show at
 * 08:18, calls B001 at 08:20, serves it and at 08:25 transfers it to general enquiries, where
 * counter 1 calls it at 08:30 and serves it from 08:30 to 08:36. A001's holder rates it very satisfied.
 * A ticket of the Friday before was never called.
 */
describe.each(ENGINES)('centre managers’ live state and figures on $name', (engine) => {
  let t: TestApp;
  let s: Record<'reception' | 'reception2' | 'leader' | 'head' | 'admin' | 'otherLeader', Session>;
  let kiosk: string;
  const follow: Record<string, string> = {};

  const ok = async (session: Session, method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const response = await session.request(method, url, payload);
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  const issue = async (time: string, service: string) => {
    t.clock.at = at(time);
    const response = await t.app.inject({ method: 'POST', url: `/api/public/centres/${CENTRE_CODE}/tickets`, headers: { authorization: `Device ${kiosk}` }, payload: { service } });
    expect(response.statusCode, response.body).toBe(201);
    const ticket = response.json() as { number: string; followUrl: string };
    follow[ticket.number] = ticket.followUrl.split('/').pop()!;
  };
  const desk = (session: Session, time: string, action: string, payload?: unknown) => {
    t.clock.at = at(time);
    return ok(session, 'POST', `/api/v1/counters/mine/${action}`, payload ?? {});
  };
  const live = async (session: Session) => ok(session, 'GET', `${CENTRE}/live`);

  beforeAll(async () => {
    t = await startTestApp(engine, { at: at('07:30') });
    kiosk = (await pairTestDevice(t.db, await createCentre(t.db, t.province), 'kiosk')).token;
    // Left waiting when Friday closed: the counters call only the day's tickets, so nobody waits for it any more.
    t.clock.at = new Date('2026-11-27T16:50:00+07:00');
    const friday = await t.app.inject({ method: 'POST', url: `/api/public/centres/${CENTRE_CODE}/tickets`, headers: { authorization: `Device ${kiosk}` }, payload: { service: SERVICES.land.code } });
    expect(friday.statusCode, friday.body).toBe(201);
    s = {
      reception: await signIn(t.app, 'reception'),
      reception2: await signIn(t.app, 'reception2', 'test-password-123'),
      leader: await signIn(t.app, 'leader'),
      head: await signIn(t.app, 'head'),
      admin: await signIn(t.app, 'admin'),
      otherLeader: await signIn(t.app, 'other.leader'),
    };
    await issue('08:00', SERVICES.civilStatus.code);
    await issue('08:01', SERVICES.civilStatus.code);
    await issue('08:02', SERVICES.land.code);
    t.clock.at = at('08:05');
    await ok(s.reception, 'POST', `${CENTRE}/counters/1/open`, {});
    await ok(s.reception2, 'POST', `${CENTRE}/counters/2/open`, {});
    await desk(s.reception, '08:10', 'call-next');
    await desk(s.reception, '08:11', 'start');
    await desk(s.reception2, '08:15', 'call-next');
  });
  afterAll(() => t.close());

  it('shows each counter, who sits there and the ticket in hand, the waiting per service and the longest wait', async () => {
    t.clock.at = at('08:16');
    const state = await live(s.leader);
    expect(state.centre).toEqual({ agencyCode: CENTRE_CODE, name: 'UBND xã Hòa Bình' });
    expect(state.counters).toEqual([
      expect.objectContaining({
        number: 1,
        status: 'open',
        officer: 'Nguyễn Thị Tiếp Nhận',
        services: [SERVICES.civilStatus.code, SERVICES.general.code],
        current: { number: 'A001', service: SERVICES.civilStatus.code, status: 'serving', callCount: 1, since: '2026-12-01T08:11:00+07:00' },
      }),
      expect.objectContaining({ number: 2, status: 'open', officer: 'Trịnh Thị Quầy Hai', current: expect.objectContaining({ number: 'A002', status: 'called', callCount: 1 }) }),
      expect.objectContaining({ number: 3, status: 'closed', officer: null, priority: true, current: null }),
    ]);
    expect(state.services).toEqual([
      expect.objectContaining({ code: SERVICES.civilStatus.code, waiting: 0, longestWaitMinutes: null, openCounters: 2 }),
      expect.objectContaining({ code: SERVICES.land.code, waiting: 1, waitingSince: '2026-12-01T08:02:00+07:00', longestWaitMinutes: 14, openCounters: 1 }),
      expect.objectContaining({ code: SERVICES.general.code, waiting: 0, openCounters: 1 }),
    ]);
    expect(state.longestWait).toEqual({ number: 'B001', service: SERVICES.land.code, since: '2026-12-01T08:02:00+07:00', minutes: 14 });
    expect(state.today).toEqual({ issued: 3, served: 0, noShows: 0, waiting: 1 });
  });

  it('streams the live state when it opens and again as the queue moves', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openStream(`${address}${CENTRE}/live/stream`, s.head.headers);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const first = await stream.next<{ counters: Array<{ current: unknown }> }>('live');
    expect(first.counters[0]!.current).toMatchObject({ number: 'A001' });
    await desk(s.reception, '08:20', 'finish');
    const next = await stream.next('live');
    expect(next).toMatchObject({ counters: [{ number: 1, current: null }, {}, {}], today: { served: 1 } });
    stream.close();
  });

  it('counts the period by service, counter, officer and hour: tickets, no-shows, transfers, waits, service times and ratings', async () => {
    await desk(s.reception2, '08:16', 'recall');
    await desk(s.reception2, '08:17', 'recall');
    await desk(s.reception2, '08:18', 'no-show');
    await desk(s.reception2, '08:20', 'call-next');
    await desk(s.reception2, '08:21', 'start');
    await desk(s.reception2, '08:25', 'transfer', { service: SERVICES.general.code });
    await desk(s.reception, '08:30', 'call-next');
    await desk(s.reception, '08:30', 'start');
    await desk(s.reception, '08:36', 'finish');
    const rated = await t.app.inject({ method: 'POST', url: `/api/public/tickets/${follow.A001}/rating`, payload: { score: 'very_satisfied' } });
    expect(rated.statusCode, rated.body).toBeLessThan(300);

    const noRatings = { verySatisfied: 0, satisfied: 0, notSatisfied: 0, satisfactionRate: null };
    const byService = await ok(s.leader, 'GET', `${CENTRE}/figures?${PERIOD}&by=service`);
    expect(byService.rows).toEqual([
      {
        key: SERVICES.civilStatus.code,
        label: SERVICES.civilStatus.name,
        tickets: 2,
        called: 2,
        served: 1,
        noShows: 1,
        transfers: 0,
        waitingMeanMinutes: 12,
        waitingP90Minutes: 13.6,
        serviceMeanMinutes: 9,
        serviceP90Minutes: 9,
        verySatisfied: 1,
        satisfied: 0,
        notSatisfied: 0,
        satisfactionRate: 1,
      },
      {
        key: SERVICES.land.code,
        label: SERVICES.land.name,
        tickets: 1,
        called: 1,
        served: 1,
        noShows: 0,
        transfers: 1,
        waitingMeanMinutes: 18,
        waitingP90Minutes: 18,
        serviceMeanMinutes: 6,
        serviceP90Minutes: 6,
        ...noRatings,
      },
    ]);
    expect(byService.total).toEqual({
      tickets: 3,
      called: 3,
      served: 2,
      noShows: 1,
      transfers: 1,
      waitingMeanMinutes: 14,
      waitingP90Minutes: 17.2,
      serviceMeanMinutes: 7.5,
      serviceP90Minutes: 8.7,
      verySatisfied: 1,
      satisfied: 0,
      notSatisfied: 0,
      satisfactionRate: 1,
    });

    const byCounter = await ok(s.head, 'GET', `${CENTRE}/figures?${PERIOD}&by=counter`);
    expect(byCounter.rows.map((row: { key: string; label: string; tickets: number; noShows: number }) => [row.key, row.label, row.tickets, row.noShows])).toEqual([
      ['1', 'Quầy 1', 2, 0],
      ['2', 'Quầy 2', 1, 1],
    ]);
    const byOfficer = await ok(s.admin, 'GET', `${CENTRE}/figures?${PERIOD}&by=officer`);
    expect(byOfficer.rows.map((row: { key: string; label: string; served: number }) => [row.key, row.label, row.served])).toEqual([
      ['reception', 'Nguyễn Thị Tiếp Nhận', 2],
      ['reception2', 'Trịnh Thị Quầy Hai', 0],
    ]);
    const byHour = await ok(s.leader, 'GET', `${CENTRE}/figures?${PERIOD}&by=hour`);
    expect(byHour.rows).toEqual([expect.objectContaining({ key: '08', label: '08:00–09:00', tickets: 3 })]);
    const otherDay = await ok(s.leader, 'GET', `${CENTRE}/figures?from=2026-11-30&to=2026-11-30`);
    expect(otherDay).toMatchObject({ by: 'service', rows: [], total: { tickets: 0, waitingMeanMinutes: null, satisfactionRate: null } });
  });

  it('exports the figures as a workbook with Vietnamese headers and formulas for the whole period', async () => {
    const response = await s.leader.request('GET', `${CENTRE}/figures.xlsx?${PERIOD}&by=service`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="so-lieu-${CENTRE_CODE}-2026-12-01-2026-12-01-service.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Theo dịch vụ');
    expect(sheet.getCell('A1').value).toBe('Số liệu phục vụ tại UBND xã Hòa Bình');
    expect(sheet.getCell('A2').value).toBe('Từ ngày 01/12/2026 đến ngày 01/12/2026, theo dịch vụ');
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Dịch vụ',
      'Số phiếu',
      'Đã gọi',
      'Đã phục vụ',
      'Vắng mặt',
      'Lượt chuyển',
      'Thời gian chờ trung bình (phút)',
      'Thời gian chờ, phân vị 90 (phút)',
      'Thời gian phục vụ trung bình (phút)',
      'Thời gian phục vụ, phân vị 90 (phút)',
      'Rất hài lòng',
      'Hài lòng',
      'Không hài lòng',
      'Tỷ lệ hài lòng',
    ]);
    expect(sheet.getRow(5).values).toEqual([undefined, 'Hộ tịch', 2, 2, 1, 1, 0, 12, 13.6, 9, 9, 1, 0, 0, expect.objectContaining({ formula: 'IF(K5+L5+M5=0,"",(K5+L5)/(K5+L5+M5))' })]);
    expect(sheet.getCell('A6').value).toBe('Đất đai');
    expect(sheet.getCell('A7').value).toBe('Cả kỳ');
    expect(sheet.getCell('B7').value).toEqual({ formula: 'SUM(B5:B6)', result: 3 });
    expect(sheet.getCell('F7').value).toEqual({ formula: 'SUM(F5:F6)', result: 1 });
    expect(sheet.getCell('G7').value).toEqual({ formula: 'IF(SUM(C5:C6)=0,"",SUMPRODUCT(G5:G6,C5:C6)/SUM(C5:C6))', result: 14 });
    expect(sheet.getCell('H7').value).toBe(17.2);
    expect(sheet.getCell('I7').value).toEqual({ formula: 'IF(SUM(D5:D6)=0,"",SUMPRODUCT(I5:I6,D5:D6)/SUM(D5:D6))', result: 7.5 });
    expect(sheet.getCell('N7').value).toEqual({ formula: 'IF(K7+L7+M7=0,"",(K7+L7)/(K7+L7+M7))', result: 1 });
  });

  it('counts a ticket no counter reached in a row of its own, without a wait', async () => {
    await issue('08:40', SERVICES.general.code);
    const byCounter = await ok(s.leader, 'GET', `${CENTRE}/figures?${PERIOD}&by=counter`);
    expect(byCounter.rows.at(-1)).toMatchObject({ key: null, label: '', tickets: 1, called: 0, waitingMeanMinutes: null, waitingP90Minutes: null, serviceMeanMinutes: null });
    expect(byCounter.total).toMatchObject({ tickets: 4, called: 3, waitingMeanMinutes: 14 });
  });

  it('shows a paused counter with its reason, and the service nobody can serve meanwhile', async () => {
    await desk(s.reception2, '08:45', 'pause', { reason: 'Nghỉ giải lao' });
    await desk(s.reception, '08:45', 'close');
    const state = await live(s.leader);
    expect(state.counters[0]).toMatchObject({ number: 1, status: 'closed', officer: null });
    expect(state.counters[1]).toMatchObject({ number: 2, status: 'paused', pauseReason: 'Nghỉ giải lao', since: '2026-12-01T08:45:00+07:00', officer: 'Trịnh Thị Quầy Hai' });
    expect(state.services.find((service: { code: string }) => service.code === SERVICES.general.code)).toMatchObject({ waiting: 1, openCounters: 0, longestWaitMinutes: 5 });
  });

  it('is for the centre’s leaders, unit heads and administrators above it, not its counter officers or another centre’s leader', async () => {
    for (const session of [s.reception, s.otherLeader]) {
      for (const url of [`${CENTRE}/live`, `${CENTRE}/live/stream`, `${CENTRE}/figures?${PERIOD}`, `${CENTRE}/figures.xlsx?${PERIOD}`]) {
        const refused = await session.request('GET', url);
        expect(refused.statusCode, url).toBe(403);
        expect(refused.json()).toMatchObject({ rule: 'manage-centre' });
      }
    }
    expect((await t.app.inject({ method: 'GET', url: `${CENTRE}/live` })).statusCode).toBe(401);
  });

  it('refuses a period that ends before it starts or spans more than a year, and an unknown centre', async () => {
    const reversed = await s.leader.request('GET', `${CENTRE}/figures?from=2026-12-02&to=2026-12-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ field: 'to', message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' });
    const long = await s.leader.request('GET', `${CENTRE}/figures.xlsx?from=2025-01-01&to=2026-12-01`);
    expect(long.statusCode).toBe(400);
    const unknown = await s.leader.request('GET', '/api/v1/centres/999.99.99.H99/live');
    expect(unknown.json()).toMatchObject({ code: 'centre_not_found' });
  });

  it('counts the bookings of the period’s slots: made, checked in, no-shows (a slot passed without check-in) and cancelled', async () => {
    const slot = (time: string, date = '2026-12-01') => `${date}T${time}:00+07:00`;
    const post = async (url: string, payload?: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const response = await t.app.inject({ method: 'POST', url, headers, remoteAddress: nextAddress(), ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
      return response.json() as { code: string };
    };
    const book = (start: string, phone: string) =>
      post(`/api/public/centres/${CENTRE_CODE}/bookings`, { service: SERVICES.civilStatus.code, start, name: 'Lê Văn Hẹn', phone });
    // The evening before: five bookings; one is cancelled, one moved from 09:30 to 14:30.
    t.clock.at = new Date('2026-11-30T18:00:00+07:00');
    const absent = await book(slot('09:00'), '0913000001');
    const present = await book(slot('10:00'), '0913000002');
    const cancelled = await book(slot('11:00'), '0913000003');
    const moving = await book(slot('09:30'), '0913000004');
    await book(slot('15:00'), '0913000005');
    await post(`/api/public/bookings/${cancelled.code}/cancel`, { contact: '0913000003' });
    await post(`/api/public/bookings/${moving.code}/reschedule`, { contact: '0913000004', start: slot('14:30') });
    // A booking of the next day is not of the period.
    await book(slot('09:00', '2026-12-02'), '0913000006');

    t.clock.at = at('09:55');
    await post(`/api/public/centres/${CENTRE_CODE}/bookings/${present.code}/check-in`, undefined, { authorization: `Device ${kiosk}` });
    // 10:20: nobody checked in the 09:00 booking by 09:15, and the minute job has not marked it yet.
    t.clock.at = at('10:20');
    const figures = await ok(s.leader, 'GET', `${CENTRE}/figures?${PERIOD}`);
    expect(figures.bookings).toEqual({ made: 5, checkedIn: 1, noShows: 1, cancelled: 1, upcoming: 2 });
    expect((await ok(s.leader, 'GET', `/api/public/bookings/${absent.code}?contact=0913000001`)).status).toBe('booked');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await s.leader.request('GET', `${CENTRE}/figures.xlsx?${PERIOD}`)).rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getColumn(1).values.indexOf('Lịch hẹn trong kỳ (theo ngày hẹn)');
    expect(sheet.getRow(header).values).toEqual([undefined, 'Lịch hẹn trong kỳ (theo ngày hẹn)', 'Đã đặt', 'Đã đến (xác nhận tại kiosk)', 'Vắng mặt', 'Đã hủy', 'Chưa đến giờ']);
    expect(sheet.getRow(header + 1).values).toEqual([undefined, 'Cả kỳ', 5, 1, 1, 1, 2]);
  });
});
