import { vietnamInstant } from '@motcua/core';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outboxTopicsFor } from '../src/app.js';
import { markNoShows } from '../src/modules/bookings/service.js';
import { createSenders } from '../src/modules/notifications/senders.js';
import { drainOutbox } from '../src/platform/outbox.js';
import { type TestApp, startTestApp } from './support/app.js';
import { type Centre, CENTRE_CODE, SERVICES, createCentre, pairTestDevice } from './support/centre.js';
import { nextAddress, registerCitizen } from './support/citizens.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';
import { type Mailbox, startMailbox } from './support/mailbox.js';
import { type SmsGatewayDouble, startSmsGateway } from './support/sms-gateway.js';

const at = (date: string, time: string) => vietnamInstant(date, time);
const iso = (date: string, time: string) => `${date}T${time}:00+07:00`;
// Monday 23 November 2026, 08:10 in Vietnam; Tuesday 24 is an ordinary working day, Wednesday 9 December a day off decided by the administrator.
const NOW = at('2026-11-23', '08:10');
const DAY = '2026-11-24';
const DAY_OFF = '2026-12-09';

describe.each(ENGINES)('bookings on $name', (engine) => {
  let t: TestApp;
  let centre: Centre;
  let kiosk: string;
  let board: string;
  let mailbox: Mailbox;
  let carrier: SmsGatewayDouble;
  let drain: () => Promise<number>;
  let contacts = 0;

  beforeAll(async () => {
    [mailbox, carrier] = await Promise.all([startMailbox(), startSmsGateway()]);
    t = await startTestApp(engine, {
      at: NOW,
      config: {
        mail: { smtpUrl: mailbox.url, from: 'Một cửa xã Hòa Bình <motcua@hoabinh.example.vn>' },
        sms: { url: carrier.url, token: 'carrier-secret', sender: 'UBNDHOABINH', inboundToken: 'inbound-secret' },
        publicUrl: 'https://dichvucong.example.vn',
      },
    });
    await t.db.query("INSERT INTO calendar_overrides (date, kind, name) VALUES ($1, 'day_off', 'Nghỉ bù')", [DAY_OFF]);
    centre = await createCentre(t.db, t.province);
    kiosk = (await pairTestDevice(t.db, centre, 'kiosk')).token;
    board = (await pairTestDevice(t.db, centre, 'board')).token;
    const senders = createSenders(t.config);
    drain = () => drainOutbox(t.db, outboxTopicsFor(t.db, senders, t.config));
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([mailbox.close(), carrier.close()]);
  });
  beforeEach(() => {
    t.clock.at = NOW;
    mailbox.received.length = 0;
    carrier.requests.length = 0;
  });

  const request = (method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers, remoteAddress: nextAddress(), ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) });
  /** A phone number nobody else booked with: each contact holds at most three upcoming bookings. */
  const freshPhone = () => `0912${String(++contacts).padStart(6, '0')}`;
  const slots = (service: string, date: string) => request('GET', `/api/public/centres/${CENTRE_CODE}/slots?service=${service}&date=${date}`);
  const book = (body: Record<string, unknown>) =>
    request('POST', `/api/public/centres/${CENTRE_CODE}/bookings`, { service: SERVICES.civilStatus.code, name: 'Nguyễn Văn An', phone: freshPhone(), ...body });
  const booked = async (body: Record<string, unknown>) => {
    const response = await book(body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { code: string; status: string; [key: string]: unknown };
  };
  const checkIn = (code: string, token = kiosk) =>
    request('POST', `/api/public/centres/${CENTRE_CODE}/bookings/${code}/check-in`, undefined, { authorization: `Device ${token}` });

  it('lists the slots of the opening hours, with places for each counter serving the service', async () => {
    const civil = await slots(SERVICES.civilStatus.code, DAY);
    expect(civil.statusCode, civil.body).toBe(200);
    expect(civil.json()).toHaveLength(15);
    // Counters 1, 2 and 3 serve civil status, counters 2 and 3 land: two places per counter.
    expect(civil.json()[0]).toEqual({ start: iso(DAY, '07:30'), end: iso(DAY, '08:00'), free: 6 });
    expect((await slots(SERVICES.land.code, DAY)).json()[0].free).toBe(4);
  });

  it('offers no slot on a day off, a Sunday or a day gone, and only those to come today', async () => {
    expect((await slots(SERVICES.civilStatus.code, DAY_OFF)).json()).toEqual([]);
    expect((await slots(SERVICES.civilStatus.code, '2026-11-29')).json()).toEqual([]);
    expect((await slots(SERVICES.civilStatus.code, '2026-11-20')).json()).toEqual([]);
    expect((await slots(SERVICES.civilStatus.code, '2026-11-23')).json()[0].start).toBe(iso('2026-11-23', '08:30'));
  });

  it('names an unknown centre, service or date', async () => {
    expect((await request('GET', `/api/public/centres/000.00.00.H00/slots?service=ho-tich&date=${DAY}`)).json().code).toBe('centre_not_found');
    expect((await slots('khong-co', DAY)).json()).toMatchObject({ code: 'service_not_found', field: 'service' });
    expect((await slots(SERVICES.civilStatus.code, '2026-02-30')).statusCode).toBe(400);
  });

  it('books a slot and sends the code by e-mail and SMS through the outbox', async () => {
    const booking = await booked({ start: iso(DAY, '09:00'), email: 'an.nguyen@example.vn' });
    expect(booking).toMatchObject({
      status: 'booked',
      name: 'Nguyễn V. A.',
      start: iso(DAY, '09:00'),
      end: iso(DAY, '09:30'),
      checkInFrom: iso(DAY, '08:30'),
      checkInUntil: iso(DAY, '09:15'),
      centre: { agencyCode: CENTRE_CODE },
      service: { code: SERVICES.civilStatus.code, name: SERVICES.civilStatus.name },
      notifiedBy: ['email', 'sms'],
      ticket: null,
    });
    expect(booking.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect((await slots(SERVICES.civilStatus.code, DAY)).json().find((slot: { start: string }) => slot.start === iso(DAY, '09:00')).free).toBe(5);
    expect(await drain()).toBe(2);
    expect(mailbox.received.map((mail) => mail.to && 'value' in mail.to && mail.to.value[0]?.address)).toEqual(['an.nguyen@example.vn']);
    expect(mailbox.received[0]!.text).toContain(`Mã đặt lịch: ${booking.code}.`);
    expect(mailbox.received[0]!.text).toContain(`https://dichvucong.example.vn/dat-lich/${booking.code}`);
    expect(carrier.requests).toHaveLength(1);
    expect(carrier.requests[0]!.text).toContain(`Mã đặt lịch ${booking.code}: 09:00 24/11/2026 tại`);
  });

  it('refuses the past, a day off, a time that is no slot, no contact and an unknown priority group, saying why', async () => {
    expect((await book({ start: iso('2026-11-23', '08:00') })).json()).toMatchObject({ code: 'slot_in_past', field: 'start' });
    expect((await book({ start: iso(DAY_OFF, '09:00') })).json()).toMatchObject({ code: 'centre_day_off', message: 'Ngày 09/12/2026 là ngày nghỉ (Nghỉ bù), trung tâm không tiếp công dân.' });
    expect((await book({ start: iso(DAY, '09:10') })).json().code).toBe('not_a_slot');
    expect((await book({ start: iso(DAY, '09:00'), phone: undefined })).json()).toMatchObject({ code: 'contact_required', field: 'phone' });
    expect((await book({ start: iso(DAY, '09:00'), phone: '0212345678' })).json()).toMatchObject({ field: 'phone' });
    expect((await book({ start: iso(DAY, '09:00'), priority: 'vip' })).json()).toMatchObject({ code: 'unknown_priority_group', field: 'priority' });
  });

  it('gives the last places of a slot to as many simultaneous bookings as it has, and refuses the rest', async () => {
    const start = iso(DAY, '14:00');
    const responses = await Promise.all(Array.from({ length: 7 }, () => book({ service: SERVICES.land.code, start })));
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(4);
    expect(responses.filter((response) => response.statusCode === 409).map((response) => response.json().code)).toEqual(['slot_full', 'slot_full', 'slot_full']);
    expect((await slots(SERVICES.land.code, DAY)).json().find((slot: { start: string }) => slot.start === start).free).toBe(0);
  });

  it('lets one contact hold three upcoming bookings at most', async () => {
    const phone = freshPhone();
    for (const time of ['07:30', '08:00', '08:30']) await booked({ start: iso(DAY, time), phone });
    expect((await book({ start: iso(DAY, '10:00'), phone: `+84 ${phone.slice(1)}` })).json().code).toBe('too_many_bookings');
  });

  it('shows a booking to whoever gives its code with its phone or e-mail, in any spelling, and to nobody else', async () => {
    const phone = freshPhone();
    const { code } = await booked({ start: iso(DAY, '10:00'), phone, email: 'xem.lich@example.vn' });
    const see = (rawCode: string, contact: string) => request('GET', `/api/public/bookings/${encodeURIComponent(rawCode)}?contact=${encodeURIComponent(contact)}`);
    expect((await see(code, phone)).json()).toMatchObject({ code, status: 'booked', name: 'Nguyễn V. A.' });
    expect((await see(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`, `+84 ${phone.slice(1)}`)).statusCode).toBe(200);
    expect((await see(code, 'XEM.LICH@example.vn')).statusCode).toBe(200);
    const wrongContact = await see(code, '0987654321');
    expect(wrongContact.statusCode).toBe(404);
    expect((await see('ABCDEFGH', phone)).json()).toEqual(wrongContact.json());
  });

  it('cancels a booking still to come once, freeing its place and telling the holder', async () => {
    const phone = freshPhone();
    const { code } = await booked({ start: iso(DAY, '10:30'), phone });
    await drain();
    carrier.requests.length = 0;
    const cancelled = await request('POST', `/api/public/bookings/${code}/cancel`, { contact: phone });
    expect(cancelled.json()).toMatchObject({ code, status: 'cancelled' });
    expect((await slots(SERVICES.civilStatus.code, DAY)).json().find((slot: { start: string }) => slot.start === iso(DAY, '10:30')).free).toBe(6);
    await drain();
    expect(carrier.requests.map((sms) => sms.text)).toEqual([`Lịch hẹn ${code} lúc 10:30 24/11/2026 tại UBND xã Hòa Bình đã được hủy.`]);
    expect((await request('POST', `/api/public/bookings/${code}/cancel`, { contact: phone })).json()).toMatchObject({ code: 'booking_not_active', message: 'Lịch hẹn đã được hủy.' });
  });

  it('moves a booking to another slot under a new code, the old one pointing to it', async () => {
    const phone = freshPhone();
    const { code } = await booked({ start: iso(DAY, '11:00'), phone, priority: 'elderly' });
    const moved = await request('POST', `/api/public/bookings/${code}/reschedule`, { contact: phone, start: iso('2026-11-25', '15:00') });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'booked', start: iso('2026-11-25', '15:00'), priorityGroup: 'elderly' });
    expect(moved.json().code).not.toBe(code);
    expect((await request('GET', `/api/public/bookings/${code}?contact=${phone}`)).json()).toMatchObject({ status: 'cancelled', rescheduledTo: moved.json().code });
    expect((await request('POST', `/api/public/bookings/${moved.json().code}/reschedule`, { contact: phone, start: iso('2026-11-25', '15:00') })).json().code).toBe('same_slot');
    expect((await request('POST', `/api/public/bookings/${moved.json().code}/reschedule`, { contact: phone, start: iso(DAY_OFF, '09:00') })).json().code).toBe('centre_day_off');
  });

  it('keeps a signed-in citizen’s bookings in their account, with the account’s contacts', async () => {
    const citizen = await registerCitizen(t.app, { fullName: 'Lê Thị Hoa', phone: '0933111222' });
    const response = await citizen.request('POST', '/api/citizen/bookings', { centre: CENTRE_CODE, service: SERVICES.general.code, start: iso(DAY, '13:30'), name: 'Lê Thị Hoa' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().notifiedBy).toEqual(['sms']);
    const mine = await citizen.request('GET', '/api/citizen/bookings');
    expect(mine.json()).toEqual([expect.objectContaining({ code: response.json().code, name: 'Lê Thị Hoa', service: expect.objectContaining({ code: SERVICES.general.code }) })]);
    expect((await request('GET', `/api/public/bookings/${response.json().code}?contact=0933111222`)).statusCode).toBe(200);
    expect((await request('GET', '/api/citizen/bookings')).statusCode).toBe(401);
  });

  it('checks a booking in at the kiosk within its window: a ticket of its service, with its priority, waiting from the slot', async () => {
    const phone = freshPhone();
    const { code } = await booked({ start: iso(DAY, '15:00'), phone, priority: 'pregnant' });
    t.clock.at = at(DAY, '14:29');
    expect((await checkIn(code)).json()).toMatchObject({ code: 'check_in_too_early', message: 'Lịch hẹn lúc 15:00 24/11/2026: chỉ xác nhận được từ 14:30 24/11/2026.' });
    expect((await checkIn(code, board)).statusCode).toBe(403);
    expect((await request('POST', `/api/public/centres/${CENTRE_CODE}/bookings/${code}/check-in`)).statusCode).toBe(401);
    t.clock.at = at(DAY, '14:40');
    const ticket = await checkIn(code.toLowerCase());
    expect(ticket.statusCode, ticket.body).toBe(201);
    expect(ticket.json()).toMatchObject({ service: { code: SERVICES.civilStatus.code, prefix: 'A' }, priorityGroup: 'pregnant' });
    expect(ticket.json().number).toMatch(/^A\d{3}$/);
    expect(ticket.json().followUrl).toMatch(/^\/hang-cho\//);
    const { rows } = await t.db.query<{ channel: string; queued_at: Date; booking_id: string }>(
      `SELECT channel, queued_at, booking_id FROM queue_tickets WHERE label = $1 AND day = $2`,
      [ticket.json().number, DAY],
    );
    expect(rows[0]).toMatchObject({ channel: 'booking', queued_at: at(DAY, '15:00') });
    expect((await request('GET', `/api/public/bookings/${code}?contact=${phone}`)).json()).toMatchObject({
      status: 'checked_in',
      ticket: { number: ticket.json().number, followUrl: ticket.json().followUrl },
    });
    expect((await checkIn(code)).json().code).toBe('already_checked_in');
    expect((await request('POST', `/api/public/bookings/${code}/cancel`, { contact: phone })).json().code).toBe('booking_not_active');

    // At the counter the officer sees the booking's code with the ticket, to match the message the person shows.
    const officer = await signIn(t.app, 'reception');
    expect((await officer.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/1/open`, {})).statusCode).toBe(200);
    const called = await officer.request('POST', '/api/v1/counters/mine/call-next', {});
    expect(called.json().current).toMatchObject({ number: ticket.json().number, channel: 'booking', bookingCode: code });
    expect((await officer.request('GET', '/api/v1/counters/mine')).json().current).toMatchObject({ number: ticket.json().number, bookingCode: code });
  });

  it('marks bookings not checked in by the end of their window as no-shows, and the kiosk turns them away', async () => {
    const phone = freshPhone();
    const { code } = await booked({ start: iso(DAY, '16:00'), phone });
    const later = await booked({ start: iso(DAY, '16:30'), phone });
    const statusOf = async (bookingCode: string) => (await request('GET', `/api/public/bookings/${bookingCode}?contact=${phone}`)).json().status;
    await markNoShows(t.db, at(DAY, '16:15'));
    expect(await statusOf(code)).toBe('booked');
    t.clock.at = at(DAY, '16:16');
    expect((await checkIn(code)).json().code).toBe('check_in_too_late');
    expect(await markNoShows(t.db, at(DAY, '16:16'))).toBeGreaterThan(0);
    expect(await statusOf(code)).toBe('no_show');
    expect(await statusOf(later.code)).toBe('booked');
    expect((await checkIn(code)).json().code).toBe('booking_not_active');
  });

  it('turns away a code and contact guessed over and over from one address', async () => {
    const remoteAddress = nextAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      statuses.push((await t.app.inject({ method: 'GET', url: `/api/public/bookings/ABCDEFG${'23456789'[i % 8]}?contact=0912345678`, remoteAddress })).statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
