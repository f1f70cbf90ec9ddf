import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAdministrator } from './support/administrators.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

describe.each(ENGINES)('calendar endpoints on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await signIn(t.app, 'admin');
  });
  afterAll(() => t.close());

  const holidays = async (year: number) => (await t.app.inject({ method: 'GET', url: `/api/public/holidays?year=${year}` })).json() as Array<{ date: string; name: string }>;
  const dueDate = async (receivedAt: string, workingDays: number) =>
    t.app.inject({ method: 'GET', url: `/api/public/due-date?receivedAt=${encodeURIComponent(receivedAt)}&workingDays=${workingDays}` });

  it('lists the holidays of a year, sorted, with Vietnamese names', async () => {
    const list = await holidays(2026);
    const dates = list.map((holiday) => holiday.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-20', '2026-04-26', '2026-04-30', '2026-05-01', '2026-09-02']));
    expect(list.find((holiday) => holiday.date === '2026-04-26')?.name).toContain('Hùng Vương');
    expect(list.every((holiday) => holiday.name === holiday.name.normalize('NFC'))).toBe(true);
  });

  it('computes the appointment across Tết', async () => {
    // Thursday 12 Feb 2026 + 5 working days: Fri 13, then Tết (16–20 Feb), then Mon 23 – Thu 26.
    const response = await dueDate('2026-02-12T09:30:00+07:00', 5);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ dueAt: '2026-02-26T09:30:00+07:00' });
  });

  it('rejects a malformed date with a field-specific error', async () => {
    const response = await dueDate('yesterday', 3);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: expect.stringContaining('receivedAt') });
    expect((await t.app.inject({ method: 'GET', url: '/api/public/holidays?year=1800' })).statusCode).toBe(400);
  });

  it('applies an administrator override at once to holidays and deadlines', async () => {
    const before = (await dueDate('2026-12-30T10:00:00+07:00', 1)).json();
    expect(before).toEqual({ dueAt: '2026-12-31T10:00:00+07:00' });
    const set = await admin.request('PUT', '/api/v1/calendar/overrides/2026-12-31', { kind: 'day_off', name: 'Nghỉ bù hoán đổi dịp Tết Dương lịch' });
    expect(set.statusCode, set.body).toBe(200);
    expect((await dueDate('2026-12-30T10:00:00+07:00', 1)).json()).toEqual({ dueAt: '2027-01-04T10:00:00+07:00' });
    expect((await holidays(2026)).map((holiday) => holiday.date)).toContain('2026-12-31');
    const listed = (await admin.request('GET', '/api/v1/calendar/overrides?year=2026')).json();
    expect(listed).toEqual([{ date: '2026-12-31', kind: 'day_off', name: 'Nghỉ bù hoán đổi dịp Tết Dương lịch' }]);
    expect((await admin.request('DELETE', '/api/v1/calendar/overrides/2026-12-31')).statusCode).toBe(204);
    expect((await dueDate('2026-12-30T10:00:00+07:00', 1)).json()).toEqual(before);
  });

  it('refuses an override that would change nothing, saying why', async () => {
    // Sunday 6 December 2026: already a weekly rest day.
    const sunday = await admin.request('PUT', '/api/v1/calendar/overrides/2026-12-06', { kind: 'day_off', name: 'Nghỉ thêm' });
    expect(sunday.statusCode).toBe(400);
    expect(sunday.json()).toEqual({
      code: 'override_changes_nothing',
      field: 'date',
      message: 'Ngày 06/12/2026 là Chủ nhật, ngày nghỉ hằng tuần: không cần thêm ngày nghỉ.',
      messageEn: '06/12/2026 is a Sunday, a weekly rest day: no extra day off is needed.',
    });
    const nationalDay = await admin.request('PUT', '/api/v1/calendar/overrides/2026-09-02', { kind: 'day_off', name: 'Nghỉ thêm' });
    expect(nationalDay.json()).toMatchObject({ code: 'override_changes_nothing', message: expect.stringContaining('Quốc khánh') });
    const monday = await admin.request('PUT', '/api/v1/calendar/overrides/2026-12-07', { kind: 'working_day', name: 'Làm bù' });
    expect(monday.json()).toMatchObject({ code: 'override_changes_nothing', message: 'Ngày 07/12/2026 vốn đã là ngày làm việc: không cần thêm ngày làm bù.' });
    expect((await admin.request('GET', '/api/v1/calendar/overrides?year=2026')).json()).toEqual([]);
    // A Saturday made a working day is a real decision.
    expect((await admin.request('PUT', '/api/v1/calendar/overrides/2026-12-05', { kind: 'working_day', name: 'Làm bù' })).statusCode).toBe(200);
    expect((await admin.request('DELETE', '/api/v1/calendar/overrides/2026-12-05')).statusCode).toBe(204);
  });

  it('lets only administrators change the calendar', async () => {
    const reception = await signIn(t.app, 'reception');
    const response = await reception.request('PUT', '/api/v1/calendar/overrides/2026-12-31', { kind: 'day_off', name: 'x' });
    expect(response.statusCode).toBe(403);
  });

  it('lets only administrators of the root agency change the province-wide calendar, not a commune’s', async () => {
    const communeAdmin = await agencyAdministrator(t.app, admin, t.province.agencyIds.commune, 'quantri.xa');
    const before = (await dueDate('2026-12-30T10:00:00+07:00', 1)).json();
    const set = await communeAdmin.request('PUT', '/api/v1/calendar/overrides/2026-12-31', { kind: 'day_off', name: 'Nghỉ riêng của xã' });
    expect(set.statusCode, set.body).toBe(403);
    expect((await dueDate('2026-12-30T10:00:00+07:00', 1)).json()).toEqual(before);
    expect((await admin.request('PUT', '/api/v1/calendar/overrides/2026-12-31', { kind: 'day_off', name: 'Nghỉ bù' })).statusCode).toBe(200);
    expect((await communeAdmin.request('DELETE', '/api/v1/calendar/overrides/2026-12-31')).statusCode).toBe(403);
    expect((await admin.request('DELETE', '/api/v1/calendar/overrides/2026-12-31')).statusCode).toBe(204);
  });
});
