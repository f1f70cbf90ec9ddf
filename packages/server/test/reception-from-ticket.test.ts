import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueTicket } from '../src/modules/centres/index.js';
import { type Centre, CENTRE_CODE, createCentre } from './support/centre.js';
import { APPLICANT, BIRTH_COMPONENTS } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { type TestApp, startTestApp } from './support/app.js';

const MINUTE = 60_000;
const START = new Date('2026-12-07T08:00:00+07:00');

const reception = (ticketId: string, idNumber = APPLICANT.idNumber) => ({
  procedureCode: '1.001193',
  applicant: { ...APPLICANT, idNumber },
  components: BIRTH_COMPONENTS,
  ticketId,
});

describe.each(ENGINES)('receiving a dossier from a queue ticket, on $name', (engine) => {
  let test: TestApp;
  let centre: Centre;
  let officer: Session;
  let secondOfficer: Session;

  /** A ticket of the centre's civil-status service (A), issued at the kiosk now. */
  const issue = (agencyId = centre.agencyId, serviceId = centre.serviceIds.civilStatus) =>
    test.db.transaction((tx) => issueTicket(tx, { agencyId, serviceId, priorityGroup: null, channel: 'kiosk', bookingId: null }, test.clock.at));
  const at = async (session: Session, path: string, body: unknown = {}) => {
    const response = await session.request('POST', path, body);
    expect(response.statusCode, `${path}: ${response.body}`).toBeLessThan(300);
    return response.json() as { current?: { id: string; number: string; status: string } | null };
  };
  const detail = async (code: string) => {
    const response = await officer.request('GET', `/api/v1/dossiers/${code}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { ticket: unknown }).ticket;
  };

  beforeAll(async () => {
    test = await startTestApp(engine, { at: START });
    centre = await createCentre(test.db, test.province);
    [officer, secondOfficer] = await Promise.all([signIn(test.app, 'reception'), signIn(test.app, 'reception2')]);
    await at(officer, `/api/v1/centres/${CENTRE_CODE}/counters/1/open`);
    await at(secondOfficer, `/api/v1/centres/${CENTRE_CODE}/counters/2/open`);
  });
  afterAll(() => test?.close());

  it('links the dossier to the ticket being served, and the dossier shows the wait and the service', async () => {
    const ticket = await issue();
    test.clock.at = new Date(START.getTime() + 12 * MINUTE);
    await at(officer, '/api/v1/counters/mine/call-next');
    test.clock.at = new Date(START.getTime() + 13 * MINUTE);
    await at(officer, '/api/v1/counters/mine/start');
    test.clock.at = new Date(START.getTime() + 20 * MINUTE);

    const created = await officer.request('POST', '/api/v1/dossiers', reception(ticket.id));
    expect(created.statusCode, created.body).toBe(201);
    const { code } = created.json() as { code: string };
    expect(await detail(code)).toEqual({ number: ticket.number, service: 'Hộ tịch', counterNumber: 1, issuedAt: expect.any(String), waitedMinutes: 12, servedMinutes: 7, serviceFinished: false });
    const { rows } = await test.db.query<{ kind: string; data: { dossierId?: string } }>('SELECT kind, data FROM queue_ticket_events WHERE ticket_id = $1 ORDER BY id', [ticket.id]);
    expect(rows.map((row) => row.kind)).toEqual(['issued', 'called', 'serving', 'dossier_received']);

    // Sent a second time (the page gone back to), the same dossier is refused, naming the first.
    const again = await officer.request('POST', '/api/v1/dossiers', reception(ticket.id));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_received_from_ticket', field: 'ticketId' });
    expect(again.json().message).toBe(`Hồ sơ thủ tục này của người nộp đã được tiếp nhận từ phiếu số ${ticket.number} (mã hồ sơ ${code}); không tiếp nhận lần thứ hai.`);
    // Another person's dossier from the same ticket is a dossier of its own.
    const other = await officer.request('POST', '/api/v1/dossiers', reception(ticket.id, '038095009999'));
    expect(other.statusCode, other.body).toBe(201);

    test.clock.at = new Date(START.getTime() + 25 * MINUTE);
    await at(officer, '/api/v1/counters/mine/finish');
    expect(await detail(code)).toMatchObject({ servedMinutes: 12, serviceFinished: true });
    const { rows: links } = await test.db.query('SELECT 1 FROM queue_ticket_dossiers WHERE ticket_id = $1', [ticket.id]);
    expect(links).toHaveLength(2);
  });

  it('refuses a ticket the officer is not serving, of another counter or only called, and keeps no dossier', async () => {
    const before = await test.db.query<{ count: number }>('SELECT count(*)::int AS count FROM dossiers');
    const theirs = await issue();
    const called = (await at(secondOfficer, '/api/v1/counters/mine/call-next')).current!;
    expect(called.id).toBe(theirs.id);
    const atAnotherCounter = await officer.request('POST', '/api/v1/dossiers', reception(theirs.id));
    expect(atAnotherCounter.statusCode).toBe(409);
    expect(atAnotherCounter.json()).toMatchObject({
      code: 'ticket_not_being_served',
      field: 'ticketId',
      message: `Phiếu số ${theirs.number} không phải phiếu bạn đang phục vụ (phiếu đã gọi, chưa bắt đầu phục vụ). Chỉ tiếp nhận hồ sơ từ phiếu đang phục vụ tại quầy của bạn.`,
    });
    await at(secondOfficer, '/api/v1/counters/mine/start');
    const servedElsewhere = await officer.request('POST', '/api/v1/dossiers', reception(theirs.id));
    expect(servedElsewhere.json().message).toContain('đang được phục vụ ở quầy khác');

    const mine = await issue();
    const mineCalled = (await at(officer, '/api/v1/counters/mine/call-next')).current!;
    expect(mineCalled.id).toBe(mine.id);
    const notStarted = await officer.request('POST', '/api/v1/dossiers', reception(mine.id));
    expect(notStarted.json()).toMatchObject({ code: 'ticket_not_being_served' });
    await at(officer, '/api/v1/counters/mine/start');
    await at(officer, '/api/v1/counters/mine/finish');
    const finished = await officer.request('POST', '/api/v1/dossiers', reception(mine.id));
    expect(finished.json().message).toContain('(phiếu đã kết thúc phục vụ)');

    const unknown = await officer.request('POST', '/api/v1/dossiers', reception('00000000-0000-4000-8000-000000000000'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'ticket_not_found', field: 'ticketId' });
    const after = await test.db.query<{ count: number }>('SELECT count(*)::int AS count FROM dossiers');
    expect(after.rows[0]!.count).toBe(before.rows[0]!.count);
  });

  it('refuses a ticket of another centre, saying where it was issued', async () => {
    const otherCentre = test.province.agencyIds.otherCommune;
    const { rows } = await test.db.query<{ id: string }>(
      `INSERT INTO queue_services (agency_id, code, name, prefix) VALUES ($1, 'ho-tich', 'Hộ tịch', 'A') RETURNING id`,
      [otherCentre],
    );
    const elsewhere = await issue(otherCentre, rows[0]!.id);
    const response = await officer.request('POST', '/api/v1/dossiers', reception(elsewhere.id));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ticket_of_another_centre',
      field: 'ticketId',
      message: `Phiếu số ${elsewhere.number} được cấp tại UBND xã Đồng Tâm, không phải nơi tiếp nhận hồ sơ này.`,
    });
  });
});
