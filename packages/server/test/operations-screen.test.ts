import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueTicket } from '../src/modules/centres/index.js';
import { pairDevice } from '../src/modules/centres/devices.js';
import { type TestApp, startTestApp } from './support/app.js';
import { CENTRE_CODE, type Centre, createCentre, pairTestDevice } from './support/centre.js';
import { receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { openStream } from './support/event-stream.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES } from './support/province.js';

interface Screen {
  agency: { code: string; name: string };
  today: { day: string; received: number; receivedOnline: number; finished: number; onTimeRate: number | null; onlineShare: number | null };
  open: { total: number; overdue: number };
  recent: { from: string; to: string; received: number; finished: number; onTimeRate: number | null };
  areas: Array<{ code: string; name: string; received: number; finished: number; onTimeRate: number | null; overdue: number }>;
  centres: Array<{ agencyCode: string; name: string; waiting: number; serving: number; countersOpen: number }>;
  events: Array<{ kind: string; at: string; dossierCode: string; procedure: string; agency: string; applicant: string }>;
}

/** The province's public administration service centre: an agency of kind `centre` with a one-stop section, below the province. */
const PROVINCIAL_CENTRE = { code: '000.00.31.H99', name: 'Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm' };
const SCREEN = '/api/public/devices/operations';
const device = (token: string) => ({ authorization: `Device ${token}` });

describe.each(ENGINES)('the operations screen on $name', (engine) => {
  let t: TestApp;
  let centre: Centre;
  let admin: Session;
  let reception: Session;
  /** Paired by an administrator at the provincial centre: it shows the whole province. */
  let provinceScreen: string;
  /** Paired at the commune's centre: it shows the commune. */
  let communeScreen: string;
  const read = async (token: string) => {
    const response = await t.app.inject({ method: 'GET', url: SCREEN, headers: device(token) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Screen>();
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-03-02T02:00:00Z') });
    centre = await createCentre(t.db, t.province);
    await t.db.query(
      `WITH centre AS (INSERT INTO agencies (code, name, short_name, kind, parent_id) VALUES ($1, $2, $2, 'centre', $3) RETURNING id)
       INSERT INTO units (agency_id, code, name, kind) SELECT id, 'MOTCUA', 'Bộ phận tiếp nhận và trả kết quả', 'one_stop' FROM centre`,
      [PROVINCIAL_CENTRE.code, PROVINCIAL_CENTRE.name, t.province.agencyIds.province],
    );
    admin = await signIn(t.app, 'admin');
    reception = await signIn(t.app, 'reception');
    const paired = await admin.request('POST', `/api/v1/centres/${PROVINCIAL_CENTRE.code}/devices`, { kind: 'operations', name: 'Màn hình phòng điều hành' });
    expect(paired.statusCode, paired.body).toBe(201);
    provinceScreen = paired.json<{ token: string }>().token;
    communeScreen = (await pairTestDevice(t.db, centre, 'operations')).token;
  });
  afterAll(() => t.close());

  it('answers only a paired operations screen', async () => {
    expect((await t.app.inject({ method: 'GET', url: SCREEN })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: SCREEN, headers: device('not-a-token') })).json()).toMatchObject({ code: 'device_not_paired' });
    const kiosk = await pairTestDevice(t.db, centre, 'kiosk');
    const refused = await t.app.inject({ method: 'GET', url: SCREEN, headers: device(kiosk.token) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'wrong_device' });
    expect((await t.app.inject({ method: 'GET', url: `${SCREEN}/stream`, headers: device(kiosk.token) })).statusCode).toBe(403);
    const counter = await admin.request('POST', `/api/v1/centres/${CENTRE_CODE}/devices`, { kind: 'operations', name: 'Màn hình', counter: 1 });
    expect(counter.json()).toMatchObject({ code: 'counter_not_allowed' });
  });

  it('shows the day’s receptions, the open and overdue dossiers, the areas, the queues and the latest events', async () => {
    const empty = await read(provinceScreen);
    expect(empty.agency).toEqual({ code: AGENCIES.province.code, name: AGENCIES.province.name });
    expect(empty.today).toEqual({ day: '2026-03-02', received: 0, receivedOnline: 0, finished: 0, onTimeRate: null, onlineShare: null });
    expect(empty.areas.map((area) => area.code).sort()).toEqual([AGENCIES.department.code, AGENCIES.commune.code, PROVINCIAL_CENTRE.code, AGENCIES.otherCommune.code].sort());

    const received = await receiveWalkIn(reception);
    await t.db.transaction((tx) =>
      issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds.civilStatus, priorityGroup: null, channel: 'kiosk', bookingId: null }, t.clock.at),
    );
    const province = await read(provinceScreen);
    expect(province.today).toMatchObject({ received: 1, receivedOnline: 0, finished: 0, onlineShare: 0 });
    expect(province.open).toEqual({ total: 1, overdue: 0 });
    expect(province.recent).toMatchObject({ from: '2026-02-01', to: '2026-03-02', received: 1 });
    expect(province.areas.find((area) => area.code === AGENCIES.commune.code)).toEqual({
      code: AGENCIES.commune.code,
      name: AGENCIES.commune.name,
      received: 1,
      finished: 0,
      onTimeRate: null,
      overdue: 0,
    });
    expect(province.areas.filter((area) => area.received > 0)).toHaveLength(1);
    expect(province.centres).toEqual([{ agencyCode: CENTRE_CODE, name: AGENCIES.commune.name, waiting: 1, serving: 0, countersOpen: 0 }]);
    // Masked, as on every public screen.
    expect(province.events).toEqual([
      { kind: 'received', at: t.clock.at.toISOString(), dossierCode: received.code, procedure: 'Đăng ký khai sinh', agency: AGENCIES.commune.name, applicant: 'Nguyễn V. A.' },
    ]);

    const commune = await read(communeScreen);
    expect(commune.agency.code).toBe(AGENCIES.commune.code);
    expect(commune.areas).toEqual([{ code: AGENCIES.commune.code, name: AGENCIES.commune.name, received: 1, finished: 0, onTimeRate: null, overdue: 0 }]);

    // Three weeks on, the five working days are long past.
    t.clock.at = new Date('2026-03-23T02:00:00Z');
    const later = await read(provinceScreen);
    expect(later.today).toMatchObject({ day: '2026-03-23', received: 0 });
    expect(later.open).toEqual({ total: 1, overdue: 1 });
    expect(later.areas.find((area) => area.code === AGENCIES.commune.code)?.overdue).toBe(1);
    expect(later.events.map((event) => [event.kind, event.dossierCode])).toEqual([
      ['overdue', received.code],
      ['received', received.code],
    ]);
    expect(later.centres[0]?.waiting).toBe(0);
  });

  it('tells the screen, over its stream, when a dossier below it is written on any instance: the latest write, at most once in two seconds', async () => {
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openStream(`${base}${SCREEN}/stream`, device(provinceScreen));
    try {
      // The first event says: read the screen now.
      await stream.next('changed');
      const before = (await read(provinceScreen)).today.received;
      t.clock.at = new Date('2026-03-23T03:00:00Z');
      await receiveWalkIn(reception);
      // (Writes of the tests before may still be on their way: a look happens every second.)
      await stream.next<{ at: string }>('changed', (change) => change.at === '2026-03-23T03:00:00.000Z');
      expect((await read(provinceScreen)).today.received).toBe(before + 1);

      // Two writes within the gap: the screen hears of the later one.
      t.clock.at = new Date('2026-03-23T03:05:00Z');
      await receiveWalkIn(reception);
      t.clock.at = new Date('2026-03-23T03:06:00Z');
      await receiveWalkIn(reception);
      await stream.next<{ at: string }>('changed', (change) => change.at === '2026-03-23T03:06:00.000Z');
      expect((await read(provinceScreen)).today.received).toBe(before + 3);
    } finally {
      stream.close();
    }
  });

  it('pairs at any agency the device is given to, and shows that agency’s own subtree', async () => {
    const { rows } = await t.db.query<{ id: string }>("SELECT id FROM officers WHERE username = 'admin'");
    const paired = await t.db.transaction((tx) =>
      pairDevice(tx, { agencyId: t.province.agencyIds.department, kind: 'operations', name: 'Màn hình Sở', counterId: null, pairedBy: rows[0]!.id }),
    );
    const department = await read(paired.token);
    expect(department.agency.code).toBe(AGENCIES.department.code);
    expect(department.today.received).toBe(0);
    expect(department.open.total).toBe(0);
    expect(department.centres).toEqual([]);
    expect(department.events).toEqual([]);
  });
});
