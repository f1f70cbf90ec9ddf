import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { endPastQueueDays } from '../src/modules/centres/day-end.js';
import { linkDossierToTicket, ticketPosition } from '../src/modules/centres/index.js';
import { QUEUE_EVENTS_CHANNEL, type QueueNotice } from '../src/modules/centres/events.js';
import { type TestApp, startTestApp } from './support/app.js';
import { type Centre, CENTRE_CODE, createCentre, pairTestDevice, SERVICES } from './support/centre.js';
import { receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

const MONDAY_9AM = new Date('2031-03-03T09:00:00+07:00');
const minutesLater = (minutes: number) => new Date(MONDAY_9AM.getTime() + minutes * 60_000);

describe.each(ENGINES)('queue tickets and calling on $name', (engine) => {
  let t: TestApp;
  let centre: Centre;
  let kiosk: string;
  let board: string;
  let reception: Session;
  let reception2: Session;
  const heard: QueueNotice[] = [];
  let stopListening: () => Promise<void>;

  const issue = (body: unknown, token = kiosk, agencyCode: string = CENTRE_CODE) =>
    t.app.inject({ method: 'POST', url: `/api/public/centres/${agencyCode}/tickets`, headers: { authorization: `Device ${token}` }, payload: body as object });
  /** A ticket from the kiosk, a second after the one before: people do not arrive at the same instant. */
  const issued = async (service: string, priority?: string) => {
    t.clock.at = new Date(t.clock.at.getTime() + 1000);
    const response = await issue({ service, ...(priority ? { priority } : {}) });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; number: string; ahead: number; estimatedWaitMinutes: number; followToken: string; followUrl: string; issuedAt: string };
  };
  const desk = async (session: Session, action: string, body?: unknown) => {
    const response = await session.request('POST', `/api/v1/counters/mine/${action}`, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const refused = async (session: Session, action: string, status: number, code: string, body?: unknown) => {
    const response = await session.request('POST', `/api/v1/counters/mine/${action}`, body);
    expect(response.statusCode, response.body).toBe(status);
    const error = response.json();
    expect(error.code).toBe(code);
    expect(error.message).not.toBe(error.messageEn);
    return error;
  };
  const open = (session: Session, number: number) => session.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/${number}/open`);
  /** Ends the day's tickets so that each test starts with an empty queue. */
  const emptyQueue = () => t.db.query(`UPDATE queue_tickets SET status = 'cancelled' WHERE status IN ('waiting', 'called', 'serving')`);

  beforeAll(async () => {
    t = await startTestApp(engine, { at: MONDAY_9AM });
    centre = await createCentre(t.db, t.province);
    kiosk = (await pairTestDevice(t.db, centre, 'kiosk')).token;
    board = (await pairTestDevice(t.db, centre, 'board')).token;
    reception = await signIn(t.app, 'reception');
    reception2 = await signIn(t.app, 'reception2', 'test-password-123');
    stopListening = await t.db.listen(QUEUE_EVENTS_CHANNEL, (payload) => heard.push(JSON.parse(payload)));
  });
  afterAll(async () => {
    await stopListening();
    await t.close();
  });
  beforeEach(async () => {
    t.clock.at = MONDAY_9AM;
    await emptyQueue();
    for (const session of [reception, reception2]) if ((await session.request('GET', '/api/v1/counters/mine')).json().counter) await desk(session, 'close');
  });

  describe('the kiosk', () => {
    it('issues numbered tickets per service prefix, with the people ahead, the estimated wait and the phone page', async () => {
      const first = await issued(SERVICES.civilStatus.code);
      const second = await issued(SERVICES.civilStatus.code);
      const land = await issued(SERVICES.land.code);
      expect(first.number.slice(0, 1)).toBe('A');
      expect(Number(second.number.slice(1))).toBe(Number(first.number.slice(1)) + 1);
      expect(land.number).toMatch(/^B\d{3}$/);
      expect([first.ahead, second.ahead, land.ahead]).toEqual([0, 1, 0]);
      // No service time known yet: 5 minutes a person, one counter assumed while none is open.
      expect(second.estimatedWaitMinutes).toBe(5);
      expect(second.followUrl).toBe(`/hang-cho/${second.followToken}`);
      const position = await ticketPosition(t.db, second.followToken, t.clock.at);
      expect(position).toMatchObject({ number: second.number, status: 'waiting', ahead: 1, counter: null, centre: { agencyCode: CENTRE_CODE }, service: { code: SERVICES.civilStatus.code } });
      expect(await ticketPosition(t.db, 'no-such-ticket-code')).toBeNull();
    });

    it('restarts the numbers at midnight Vietnam time', async () => {
      t.clock.at = new Date('2031-03-04T23:59:00+07:00');
      await issued(SERVICES.general.code);
      const lastOfDay = await issued(SERVICES.general.code);
      t.clock.at = new Date('2031-03-05T00:00:00+07:00');
      const firstOfNext = await issued(SERVICES.general.code);
      expect(lastOfDay.number).toBe('C002');
      expect(firstOfNext.number).toBe('C001');
    });

    it('ends at the next centre day the tickets still waiting or called, and leaves today\'s', async () => {
      await open(reception, 1);
      const called = await issued(SERVICES.civilStatus.code);
      await desk(reception, 'call-next');
      const waiting = await issued(SERVICES.civilStatus.code);
      expect(await endPastQueueDays(t.db, new Date('2031-03-03T23:59:00+07:00'))).toBe(0);
      expect(await endPastQueueDays(t.db, new Date('2031-03-04T00:00:00+07:00'))).toBe(2);
      for (const ticket of [called, waiting]) expect((await ticketPosition(t.db, ticket.followToken))!.status).toBe('cancelled');
      await refused(reception, 'recall', 409, 'no_ticket_in_hand');
      const events = await t.db.query('SELECT kind, data FROM queue_ticket_events WHERE ticket_id = $1 ORDER BY id DESC LIMIT 1', [waiting.id]);
      expect(events.rows[0]).toEqual({ kind: 'cancelled', data: { reason: 'day_ended' } });
      await expect.poll(() => heard.filter((notice) => notice.event.kind === 'cancelled' && [called.id, waiting.id].includes(notice.event.ticketId)).length).toBe(2);
      expect(await endPastQueueDays(t.db, new Date('2031-03-04T00:01:00+07:00'))).toBe(0);
    });

    it('serves only a kiosk paired with this centre, and says why otherwise', async () => {
      const unpaired = await t.app.inject({ method: 'POST', url: `/api/public/centres/${CENTRE_CODE}/tickets`, payload: { service: SERVICES.land.code } });
      expect(unpaired.statusCode).toBe(401);
      expect(unpaired.json()).toMatchObject({ code: 'device_not_paired', message: expect.stringContaining('ghép nối') });
      expect((await issue({ service: SERVICES.land.code }, 'forged-token')).statusCode).toBe(401);
      const fromBoard = await issue({ service: SERVICES.land.code }, board);
      expect(fromBoard.statusCode).toBe(403);
      expect(fromBoard.json().code).toBe('wrong_device');
      const otherCentresKiosk = await pairTestDevice(t.db, { ...centre, agencyId: t.province.agencyIds.otherCommune }, 'kiosk');
      const elsewhere = await issue({ service: SERVICES.land.code }, otherCentresKiosk.token);
      expect(elsewhere.statusCode).toBe(403);
      expect(elsewhere.json().code).toBe('wrong_device');
    });

    it('refuses an unknown service, an unknown priority group and a malformed request in Vietnamese and English', async () => {
      const unknownService = await issue({ service: 'khong-co' });
      expect(unknownService.statusCode).toBe(404);
      expect(unknownService.json()).toMatchObject({ code: 'service_not_found', field: 'service', message: expect.stringContaining('dịch vụ'), messageEn: expect.stringContaining('service') });
      const unknownGroup = await issue({ service: SERVICES.land.code, priority: 'vip' });
      expect(unknownGroup.statusCode).toBe(400);
      expect(unknownGroup.json()).toMatchObject({ code: 'unknown_priority_group', field: 'priority' });
      const missing = await issue({});
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({ code: 'validation_failed', field: 'body.service' });
      const unknownCentre = await issue({ service: SERVICES.land.code }, kiosk, '999.99.99.H99');
      expect(unknownCentre.statusCode).toBe(404);
      expect(unknownCentre.json().code).toBe('centre_not_found');
      await t.db.query('UPDATE queue_services SET active = false WHERE id = $1', [centre.serviceIds.general]);
      expect((await issue({ service: SERVICES.general.code })).json().code).toBe('service_not_found');
      await t.db.query('UPDATE queue_services SET active = true WHERE id = $1', [centre.serviceIds.general]);
      expect((await t.db.query("SELECT count(*)::int AS n FROM queue_tickets WHERE status = 'waiting'")).rows[0]).toEqual({ n: 0 });
    });
  });

  describe('the counter desk', () => {
    it('shows the counters an officer may open, one officer per counter and one counter per officer', async () => {
      const before = (await reception.request('GET', '/api/v1/counters/mine')).json();
      expect(before.counter).toBeNull();
      expect(before.openable.map((counter: { number: number }) => counter.number)).toEqual([1, 2, 3]);
      const opened = (await open(reception, 1)).json();
      expect(opened.counter).toMatchObject({ number: 1, status: 'open', centre: { agencyCode: CENTRE_CODE }, callsBeforeNoShow: 3 });
      expect(opened.counter.services.map((service: { code: string }) => service.code)).toEqual([SERVICES.civilStatus.code, SERVICES.general.code]);
      const taken = await open(reception2, 1);
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ code: 'counter_occupied', message: expect.stringContaining('Nguyễn Thị Tiếp Nhận') });
      const second = await open(reception, 2);
      expect(second.statusCode).toBe(409);
      expect(second.json().code).toBe('officer_at_another_counter');
      const seen = (await reception2.request('GET', '/api/v1/counters/mine')).json();
      expect(seen.openable.find((counter: { number: number }) => counter.number === 1).occupiedBy).toBe('Nguyễn Thị Tiếp Nhận');
      const missing = await open(reception2, 9);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('counter_not_found');
    });

    it('lets only receiving officers of the centre open its counters or act at one', async () => {
      for (const username of ['specialist', 'other.reception', 'admin']) {
        const session = await signIn(t.app, username);
        const response = await open(session, 2);
        expect(response.statusCode, username).toBe(403);
        expect(response.json()).toMatchObject({ code: 'forbidden', rule: 'serve-at-counter' });
        expect((await session.request('GET', '/api/v1/counters/mine')).json()).toMatchObject({ counter: null, openable: [] });
        await refused(session, 'call-next', 409, 'no_counter_open');
      }
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/counters/mine' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/counters/mine/call-next' })).statusCode).toBe(401);
      const badNumber = await reception.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/abc/open`);
      expect(badNumber.statusCode).toBe(400);
      expect(badNumber.json().field).toBe('params.number');
    });

    it('pauses with a reason, resumes and closes, refusing while a ticket is in hand', async () => {
      await open(reception, 1);
      await refused(reception, 'pause', 400, 'validation_failed', {});
      await refused(reception, 'pause', 400, 'validation_failed', { reason: '' });
      await refused(reception, 'resume', 409, 'counter_not_paused');
      await issued(SERVICES.civilStatus.code);
      await desk(reception, 'call-next');
      await refused(reception, 'pause', 409, 'ticket_in_hand', { reason: 'Nghỉ trưa' });
      await refused(reception, 'close', 409, 'ticket_in_hand');
      await desk(reception, 'start');
      await desk(reception, 'finish');
      const paused = await desk(reception, 'pause', { reason: 'Nghỉ giải lao' });
      expect(paused.counter).toMatchObject({ status: 'paused', pauseReason: 'Nghỉ giải lao' });
      await issued(SERVICES.civilStatus.code);
      await refused(reception, 'call-next', 409, 'counter_paused');
      await refused(reception, 'pause', 409, 'counter_not_open', { reason: 'Lần nữa' });
      expect((await desk(reception, 'resume')).counter.status).toBe('open');
      const closed = await desk(reception, 'close');
      expect(closed.counter).toBeNull();
      const changes = await t.db.query<{ status: string; reason: string }>(
        'SELECT status, reason FROM counter_status_changes WHERE counter_id = $1 ORDER BY id DESC LIMIT 4',
        [centre.counterIds[1]],
      );
      expect(changes.rows.reverse()).toEqual([
        { status: 'open', reason: '' },
        { status: 'paused', reason: 'Nghỉ giải lao' },
        { status: 'open', reason: '' },
        { status: 'closed', reason: '' },
      ]);
      const audit = await t.db.query<{ action: string }>("SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'centre.counter.%' ORDER BY seq", [centre.counterIds[1]]);
      expect(audit.rows.map((row) => row.action)).toContain('centre.counter.paused');
    });
  });

  describe('calling', () => {
    it('calls, recalls, marks a no-show only after the centre\'s number of calls, and serves the next', async () => {
      await open(reception, 1);
      await refused(reception, 'call-next', 409, 'queue_empty');
      await refused(reception, 'recall', 409, 'no_ticket_in_hand');
      const missing = await issued(SERVICES.civilStatus.code);
      const next = await issued(SERVICES.general.code);
      const called = await desk(reception, 'call-next');
      expect(called.current).toMatchObject({ number: missing.number, status: 'called', callCount: 1, channel: 'kiosk' });
      expect(await ticketPosition(t.db, missing.followToken, t.clock.at)).toMatchObject({ status: 'called', counter: { number: 1 } });
      await refused(reception, 'call-next', 409, 'ticket_in_hand');
      const tooSoon = await refused(reception, 'no-show', 409, 'too_few_calls');
      expect(tooSoon.message).toContain('3 lần gọi');
      await refused(reception, 'finish', 409, 'not_serving');
      expect((await desk(reception, 'recall')).current.callCount).toBe(2);
      expect((await desk(reception, 'recall')).current.callCount).toBe(3);
      expect((await desk(reception, 'no-show')).current).toBeNull();
      expect((await ticketPosition(t.db, missing.followToken))!.status).toBe('no_show');
      expect((await desk(reception, 'call-next')).current.number).toBe(next.number);
      const serving = await desk(reception, 'start');
      expect(serving.current).toMatchObject({ status: 'serving', servingStartedAt: t.clock.at.toISOString() });
      await refused(reception, 'recall', 409, 'already_serving');
      t.clock.at = minutesLater(12);
      expect((await desk(reception, 'finish')).current).toBeNull();
      // The service took 12 minutes: the next people ahead wait that long each.
      await issued(SERVICES.general.code);
      expect((await issued(SERVICES.general.code)).estimatedWaitMinutes).toBe(12);
    });

    it('follows the centre\'s number of calls before a no-show', async () => {
      await t.db.query('UPDATE centre_settings SET calls_before_no_show = 1 WHERE agency_id = $1', [centre.agencyId]);
      await open(reception, 1);
      await issued(SERVICES.civilStatus.code);
      expect((await desk(reception, 'call-next')).counter.callsBeforeNoShow).toBe(1);
      expect((await desk(reception, 'no-show')).current).toBeNull();
      await t.db.query('UPDATE centre_settings SET calls_before_no_show = 3 WHERE agency_id = $1', [centre.agencyId]);
    });

    it('calls priority groups first at the priority counter and by order at the others', async () => {
      const walkIn = await issued(SERVICES.civilStatus.code);
      const elderly = await issued(SERVICES.civilStatus.code, 'elderly');
      expect(elderly.ahead).toBe(0);
      await open(reception, 3);
      await open(reception2, 1);
      expect((await desk(reception, 'call-next')).current).toMatchObject({ number: elderly.number, priorityGroup: 'elderly' });
      await desk(reception, 'start');
      await desk(reception, 'finish');
      const another = await issued(SERVICES.civilStatus.code, 'pregnant');
      expect((await desk(reception2, 'call-next')).current.number).toBe(walkIn.number);
      expect((await desk(reception, 'call-next')).current.number).toBe(another.number);
    });

    it('calls a booking whose slot has begun before the walk-ins', async () => {
      const walkIn = await issued(SERVICES.civilStatus.code);
      const booked = await t.db.transaction((tx) =>
        import('../src/modules/centres/index.js').then(({ issueTicket }) =>
          issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds.civilStatus, priorityGroup: null, channel: 'booking', bookingId: null, queuedAt: minutesLater(5) }, t.clock.at),
        ),
      );
      await open(reception, 1);
      t.clock.at = minutesLater(5);
      expect((await desk(reception, 'call-next')).current).toMatchObject({ number: booked.number, channel: 'booking' });
      await desk(reception, 'start');
      await desk(reception, 'finish');
      expect((await desk(reception, 'call-next')).current.number).toBe(walkIn.number);
    });

    it('transfers the ticket in hand to another service or counter, where it keeps its place', async () => {
      const first = await issued(SERVICES.civilStatus.code);
      await open(reception, 1);
      await desk(reception, 'call-next');
      t.clock.at = minutesLater(10);
      const laterLand = await issued(SERVICES.land.code);
      await refused(reception, 'transfer', 400, 'transfer_target_missing', {});
      await refused(reception, 'transfer', 400, 'transfer_to_same_service', { service: SERVICES.civilStatus.code });
      await refused(reception, 'transfer', 400, 'transfer_to_same_counter', { counter: 1 });
      await refused(reception, 'transfer', 404, 'service_not_found', { service: 'khong-co' });
      await refused(reception, 'transfer', 409, 'counter_does_not_serve', { service: SERVICES.general.code, counter: 2 });
      const after = await desk(reception, 'transfer', { service: SERVICES.land.code });
      expect(after.current).toBeNull();
      expect(await ticketPosition(t.db, first.followToken, t.clock.at)).toMatchObject({ status: 'waiting', service: { code: SERVICES.land.code }, ahead: 0, counter: null });
      // Counter 1 does not serve land; counter 2 calls the transferred ticket before the land ticket issued after it.
      await refused(reception, 'call-next', 409, 'queue_empty');
      await open(reception2, 2);
      expect((await desk(reception2, 'call-next')).current).toMatchObject({ number: first.number, callCount: 1 });
      // Sent on to counter 3 for the same service: counter 2 (which also serves land) does not call it again.
      await desk(reception2, 'transfer', { counter: 3 });
      expect((await desk(reception2, 'call-next')).current.number).toBe(laterLand.number);
      await desk(reception, 'close');
      await open(reception, 3);
      expect((await desk(reception, 'call-next')).current.number).toBe(first.number);
      const row = await t.db.query('SELECT transfer_count, queued_at, issued_service_id, service_id FROM queue_tickets WHERE id = $1', [first.id]);
      expect(row.rows[0]).toMatchObject({ transfer_count: 2, queued_at: new Date(first.issuedAt), issued_service_id: centre.serviceIds.civilStatus, service_id: centre.serviceIds.land });
    });

    it('issues a ticket at the counter for a person who came straight to it', async () => {
      await open(reception, 2);
      const response = await reception.request('POST', '/api/v1/counters/mine/tickets', { service: SERVICES.land.code, priority: 'disability' });
      expect(response.statusCode, response.body).toBe(201);
      const ticket = response.json();
      expect(ticket).toMatchObject({ number: expect.stringMatching(/^B\d{3}$/), priorityGroup: 'disability', service: { code: SERVICES.land.code } });
      expect((await desk(reception, 'call-next')).current).toMatchObject({ number: ticket.number, channel: 'counter' });
      const bad = await reception.request('POST', '/api/v1/counters/mine/tickets', { service: SERVICES.land.code, priority: 'nobody' });
      expect(bad.json()).toMatchObject({ code: 'unknown_priority_group' });
    });

    it('links the dossier received from a ticket, and refuses one from a ticket never served', async () => {
      await open(reception, 1);
      const ticket = await issued(SERVICES.civilStatus.code);
      await desk(reception, 'call-next');
      await desk(reception, 'start');
      const dossier = await receiveWalkIn(reception);
      const { rows } = await t.db.query<{ id: string }>('SELECT id FROM dossiers WHERE code = $1', [dossier.code]);
      await t.db.transaction((tx) => linkDossierToTicket(tx, ticket.id, rows[0]!.id, t.clock.at));
      const recorded = await t.db.query('SELECT kind, data FROM queue_ticket_events WHERE ticket_id = $1 ORDER BY id DESC LIMIT 1', [ticket.id]);
      expect(recorded.rows[0]).toEqual({ kind: 'dossier_received', data: { dossierId: rows[0]!.id } });
      await desk(reception, 'finish');
      await t.db.query("UPDATE queue_tickets SET status = 'no_show' WHERE id = $1", [ticket.id]);
      const another = await receiveWalkIn(reception);
      const anotherId = (await t.db.query<{ id: string }>('SELECT id FROM dossiers WHERE code = $1', [another.code])).rows[0]!.id;
      await expect(t.db.transaction((tx) => linkDossierToTicket(tx, ticket.id, anotherId, t.clock.at))).rejects.toMatchObject({ code: 'ticket_not_served' });
      await expect(t.db.transaction((tx) => linkDossierToTicket(tx, '00000000-0000-4000-8000-000000000000', anotherId, t.clock.at))).rejects.toMatchObject({ code: 'ticket_not_found' });
    });

    it('announces every change of a ticket and a counter to the centre\'s listeners', async () => {
      heard.length = 0;
      const ticket = await issued(SERVICES.general.code);
      await open(reception, 1);
      await desk(reception, 'call-next');
      await desk(reception, 'recall');
      await desk(reception, 'transfer', { counter: 3 });
      await open(reception2, 3);
      await desk(reception2, 'call-next');
      await desk(reception2, 'start');
      await desk(reception2, 'finish');
      const expected = ['issued', 'counter', 'called', 'called', 'transferred', 'counter', 'called', 'serving', 'finished'];
      await expect.poll(() => heard.length).toBeGreaterThanOrEqual(expected.length);
      expect(heard.every((notice) => notice.agencyId === centre.agencyId)).toBe(true);
      expect(heard.map((notice) => notice.event.kind)).toEqual(expected);
      const calls = heard.filter((notice) => notice.event.kind === 'called').map((notice) => notice.event);
      expect(calls).toEqual([
        expect.objectContaining({ label: ticket.number, counterNumber: 1, callCount: 1 }),
        expect.objectContaining({ label: ticket.number, counterNumber: 1, callCount: 2 }),
        expect.objectContaining({ label: ticket.number, counterNumber: 3, callCount: 1 }),
      ]);
      const events = await t.db.query<{ kind: string }>('SELECT kind FROM queue_ticket_events WHERE ticket_id = $1 ORDER BY id', [ticket.id]);
      expect(events.rows.map((row) => row.kind)).toEqual(['issued', 'called', 'recalled', 'transferred', 'called', 'serving', 'finished']);
    });
  });
});
