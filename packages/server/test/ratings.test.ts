import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueTicket, linkDossierToTicket } from '../src/modules/centres/index.js';
import { satisfactionFigures } from '../src/modules/ratings/index.js';
import { type TestApp, startTestApp } from './support/app.js';
import { CENTRE_CODE, type Centre, createCentre, pairTestDevice } from './support/centre.js';
import { type CitizenBrowser, registerCitizen, submitOwnDossier } from './support/citizens.js';
import { APPLICANT, act, receiveWalkIn, submitAnonymously } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { openStream } from './support/event-stream.js';
import { type Session, signIn } from './support/http.js';

const MINUTE = 60_000;
const START = new Date('2026-12-07T08:00:00+07:00');

describe.each(ENGINES)('satisfaction ratings on $name', (engine) => {
  let t: TestApp;
  let centre: Centre;
  let base: string;
  let reception: Session;
  let receptionId: string;
  /** The officers sitting at counters 1 (reception) and 2 (reception2). */
  let desks: Record<1 | 2, Session>;
  let tablet: { authorization: string };
  let otherTablet: { authorization: string };
  let kiosk: { authorization: string };

  const later = (minutes: number) => (t.clock.at = new Date(t.clock.at.getTime() + minutes * MINUTE));
  const issue = (service: keyof Centre['serviceIds'] = 'civilStatus') =>
    t.db.transaction((tx) =>
      issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds[service], priorityGroup: null, channel: 'kiosk', bookingId: null }, t.clock.at),
    );
  /** The officer at the counter calls the next ticket, serves it and finishes, through the counter's routes. */
  const serveNext = async (counterNumber: 1 | 2) => {
    for (const action of ['call-next', 'start', 'finish']) {
      const response = await desks[counterNumber].request('POST', `/api/v1/counters/mine/${action}`);
      expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
    }
  };
  const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload && { payload }) });

  beforeAll(async () => {
    t = await startTestApp(engine, { at: START });
    centre = await createCentre(t.db, t.province);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    reception = await signIn(t.app, 'reception');
    receptionId = t.province.officerIds.reception!;
    desks = { 1: reception, 2: await signIn(t.app, 'reception2') };
    for (const number of [1, 2] as const) {
      const opened = await desks[number].request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/${number}/open`);
      expect(opened.statusCode, opened.body).toBe(200);
    }
    const pair = async (kind: 'tablet' | 'kiosk', counter?: number) => ({ authorization: `Device ${(await pairTestDevice(t.db, centre, kind, counter)).token}` });
    [tablet, otherTablet, kiosk] = await Promise.all([pair('tablet', 1), pair('tablet', 2), pair('kiosk')]);
  });
  afterAll(() => t?.close());

  it('shows the tablet the ticket just finished at its counter, by itself, and takes one rating of it there', async () => {
    const stream = await openStream(`${base}/api/public/devices/tablet/stream`, tablet);
    expect(await stream.next('snapshot')).toEqual({ ticket: null });
    const ticket = await issue();
    later(5);
    await serveNext(1);
    const shown = { id: ticket.id, number: ticket.number, service: { code: 'ho-tich', name: 'Hộ tịch', nameEn: '', prefix: 'A' }, counter: { number: 1, name: 'Quầy 1' }, finishedAt: expect.any(String) };
    expect(await stream.next('awaiting')).toEqual({ ticket: shown });
    expect((await inject('GET', '/api/public/devices/tablet/awaiting', tablet)).json()).toEqual({ ticket: shown });
    // The tablet at counter 2 has nothing to rate, and may not rate counter 1's ticket.
    expect((await inject('GET', '/api/public/devices/tablet/awaiting', otherTablet)).json()).toEqual({ ticket: null });
    const elsewhere = await inject('POST', '/api/public/devices/tablet/ratings', otherTablet, { ticketId: ticket.id, score: 'satisfied' });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json()).toMatchObject({ code: 'not_awaiting_rating', field: 'ticketId' });

    const rated = await inject('POST', '/api/public/devices/tablet/ratings', tablet, { ticketId: ticket.id, score: 'very_satisfied', criteria: { attitude: 'very_satisfied' } });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toEqual({ score: 'very_satisfied', criteria: { attitude: 'very_satisfied' }, comment: '', channel: 'tablet', createdAt: expect.any(String) });
    expect((await inject('GET', '/api/public/devices/tablet/awaiting', tablet)).json()).toEqual({ ticket: null });
    const again = await inject('POST', '/api/public/devices/tablet/ratings', tablet, { ticketId: ticket.id, score: 'not_satisfied' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_rated' });
    stream.close();

    const { rows } = await t.db.query('SELECT agency_id, officer_id, counter_id, service_id, dossier_id, channel FROM ratings WHERE ticket_id = $1', [ticket.id]);
    expect(rows).toEqual([{ agency_id: centre.agencyId, officer_id: receptionId, counter_id: centre.counterIds[1], service_id: centre.serviceIds.civilStatus, dossier_id: null, channel: 'tablet' }]);
  });

  it('leaves a finished ticket on the tablet for ten minutes only, and refuses other devices and strangers', async () => {
    const ticket = await issue('general');
    later(1);
    await serveNext(1);
    later(10);
    expect((await inject('GET', '/api/public/devices/tablet/awaiting', tablet)).json()).toMatchObject({ ticket: { number: ticket.number } });
    later(1);
    expect((await inject('GET', '/api/public/devices/tablet/awaiting', tablet)).json()).toEqual({ ticket: null });
    const late = await inject('POST', '/api/public/devices/tablet/ratings', tablet, { ticketId: ticket.id, score: 'satisfied' });
    expect(late.json()).toMatchObject({ code: 'not_awaiting_rating' });

    expect((await inject('GET', '/api/public/devices/tablet/awaiting')).json()).toMatchObject({ code: 'device_not_paired' });
    const fromKiosk = await inject('GET', '/api/public/devices/tablet/awaiting', kiosk);
    expect(fromKiosk.statusCode).toBe(403);
    expect(fromKiosk.json()).toMatchObject({ code: 'wrong_device' });
  });

  it('rates a ticket through its QR code once its service has finished, once, even when two ratings come at the same instant', async () => {
    const ticket = await issue('land');
    const path = `/api/public/tickets/${ticket.followToken}/rating`;
    expect((await inject('GET', path)).json()).toMatchObject({ ticket: { number: ticket.number, counter: null }, notRatable: 'not_served_yet', rating: null });
    const early = await inject('POST', path, {}, { score: 'satisfied' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'not_served_yet', message: expect.stringContaining('phục vụ xong') });

    await serveNext(2);
    const tooLong = await inject('POST', path, {}, { score: 'satisfied', comment: 'ạ'.repeat(1001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'comment_too_long', field: 'comment' });
    const unknownCriterion = await inject('POST', path, {}, { score: 'satisfied', criteria: { speed: 'satisfied' } });
    expect(unknownCriterion.statusCode).toBe(400);

    const both = await Promise.all([
      inject('POST', path, {}, { score: 'not_satisfied', criteria: { time: 'not_satisfied', guidance: 'satisfied' }, comment: '  Chờ lâu quá  ' }),
      inject('POST', path, {}, { score: 'not_satisfied', criteria: { time: 'not_satisfied', guidance: 'satisfied' }, comment: '  Chờ lâu quá  ' }),
    ]);
    expect(both.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const state = (await inject('GET', path)).json();
    expect(state).toMatchObject({ ticket: { counter: { number: 2 } }, notRatable: 'already_rated', rating: { channel: 'qr', comment: 'Chờ lâu quá' } });
    expect((await inject('GET', '/api/public/tickets/khong-co-phieu-nay/rating')).statusCode).toBe(404);
  });

  describe('a dossier, by its applicant', () => {
    let an: CitizenBrowser;
    beforeAll(async () => {
      an = await registerCitizen(t.app, { fullName: APPLICANT.name, email: 'an.rating@example.vn', password: 'mat-khau-an-toan' });
    });

    it('lets the signed-in applicant rate their dossier once the agency has finished with it, linked to who received it', async () => {
      const dossier = await submitOwnDossier(an, APPLICANT);
      const path = `/api/citizen/dossiers/${dossier.code}/rating`;
      expect((await an.request('GET', path)).json()).toEqual({ notRatable: 'no_result_yet', rating: null });
      const early = await an.request('POST', path, { score: 'satisfied' });
      expect(early.statusCode).toBe(409);
      expect(early.json()).toMatchObject({ code: 'no_result_yet' });

      await act(reception, dossier.code, 'refuse', dossier.version, { comment: 'Hồ sơ không thuộc thẩm quyền của UBND xã.' });
      const rated = await an.request('POST', path, { score: 'not_satisfied', criteria: { result: 'not_satisfied' }, comment: 'Cần hướng dẫn rõ hơn' });
      expect(rated.statusCode, rated.body).toBe(201);
      expect((await an.request('GET', path)).json()).toMatchObject({ notRatable: 'already_rated', rating: { score: 'not_satisfied', channel: 'online', comment: 'Cần hướng dẫn rõ hơn' } });
      expect((await an.request('POST', path, { score: 'satisfied' })).statusCode).toBe(409);

      const { rows } = await t.db.query('SELECT r.agency_id, r.officer_id, r.ticket_id FROM ratings r JOIN dossiers d ON d.id = r.dossier_id WHERE d.code = $1', [dossier.code]);
      expect(rows).toEqual([{ agency_id: centre.agencyId, officer_id: receptionId, ticket_id: null }]);

      const stranger = await registerCitizen(t.app, { fullName: 'Lê Văn Khác', email: 'khac.rating@example.vn', password: 'mat-khau-an-toan' });
      expect((await stranger.request('GET', path)).statusCode).toBe(404);
      expect((await stranger.request('POST', path, { score: 'satisfied' })).statusCode).toBe(404);
    });

    it('lets the applicant without an account rate with the receipt’s lookup code, linked to the ticket it was received from', async () => {
      const online = await submitAnonymously(t.app);
      const path = `/api/public/dossiers/${online.code}/rating`;
      await act(reception, online.code, 'refuse', online.version, { comment: 'Thiếu giấy chứng sinh bản chính.' });
      const wrong = await inject('POST', path, {}, { lookupCode: 'SAIMA1', score: 'satisfied' });
      expect(wrong.statusCode).toBe(404);
      expect(wrong.json()).toMatchObject({ message: 'Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập.' });
      const rated = await inject('POST', path, {}, { lookupCode: online.lookupCode.toLowerCase(), score: 'satisfied' });
      expect(rated.statusCode, rated.body).toBe(201);

      // A walk-in received from a ticket: its rating names the ticket's counter and service.
      const ticket = await issue('civilStatus');
      const walkIn = await receiveWalkIn(reception);
      const { rows: dossiers } = await t.db.query<{ id: string }>('SELECT id FROM dossiers WHERE code = $1', [walkIn.code]);
      await t.db.transaction((tx) => linkDossierToTicket(tx, ticket.id, dossiers[0]!.id, t.clock.at));
      await serveNext(1);
      const processing = await inject('POST', `/api/public/dossiers/${walkIn.code}/rating`, {}, { lookupCode: walkIn.lookupCode, score: 'satisfied' });
      expect(processing.json()).toMatchObject({ code: 'no_result_yet' });
      await act(await signIn(t.app, 'leader'), walkIn.code, 'stop', walkIn.version, { comment: 'Người yêu cầu đề nghị dừng giải quyết.' });
      expect((await inject('POST', `/api/public/dossiers/${walkIn.code}/rating`, {}, { lookupCode: walkIn.lookupCode, score: 'very_satisfied' })).statusCode).toBe(201);
      const { rows } = await t.db.query('SELECT counter_id, service_id, officer_id FROM ratings WHERE dossier_id = $1', [dossiers[0]!.id]);
      expect(rows).toEqual([{ counter_id: centre.counterIds[1], service_id: centre.serviceIds.civilStatus, officer_id: receptionId }]);
    });
  });

  it('shows the centre’s managers every rating with officer, counter and comment, and the public only anonymous counts', async () => {
    const leader = await signIn(t.app, 'leader');
    const day = '2026-12-07';
    const response = await leader.request('GET', `/api/v1/centres/${CENTRE_CODE}/ratings?from=${day}&to=${day}`);
    expect(response.statusCode, response.body).toBe(200);
    const ratings = response.json();
    expect(ratings.summary).toEqual({ ratings: 5, verySatisfied: 2, satisfied: 1, notSatisfied: 2, satisfactionRate: 0.6 });
    expect(ratings.criteria.attitude).toEqual({ ratings: 1, verySatisfied: 1, satisfied: 0, notSatisfied: 0, satisfactionRate: 1 });
    expect(ratings.items).toHaveLength(5);
    expect(ratings.items).toContainEqual(
      expect.objectContaining({ channel: 'tablet', officer: { id: receptionId, name: 'Nguyễn Thị Tiếp Nhận' }, counter: { number: 1, name: 'Quầy 1' }, service: { code: 'ho-tich', name: 'Hộ tịch' }, ticketNumber: 'A001', dossierCode: null }),
    );
    expect(ratings.items).toContainEqual(expect.objectContaining({ channel: 'online', comment: 'Cần hướng dẫn rõ hơn', dossierCode: expect.any(String), ticketNumber: null }));
    expect(ratings.more).toBe(false);

    const nextDay = await leader.request('GET', `/api/v1/centres/${CENTRE_CODE}/ratings?from=2026-12-08&to=2026-12-08`);
    expect(nextDay.json()).toMatchObject({ summary: { ratings: 0, satisfactionRate: null }, items: [] });
    const backwards = await leader.request('GET', `/api/v1/centres/${CENTRE_CODE}/ratings?from=2026-12-08&to=2026-12-07`);
    expect(backwards.json()).toMatchObject({ code: 'invalid_input', field: 'to' });
    // The last 30 days by default.
    expect((await leader.request('GET', `/api/v1/centres/${CENTRE_CODE}/ratings`)).json().summary.ratings).toBe(5);

    const officerAtCounter = await reception.request('GET', `/api/v1/centres/${CENTRE_CODE}/ratings`);
    expect(officerAtCounter.statusCode).toBe(403);
    const otherLeader = await signIn(t.app, 'other.leader');
    expect((await otherLeader.request('GET', `/api/v1/centres/${CENTRE_CODE}/ratings`)).statusCode).toBe(403);

    expect(await satisfactionFigures(t.db, { from: null, to: null })).toEqual({ ratings: 5, verySatisfied: 2, satisfied: 1, notSatisfied: 2, satisfactionRate: 0.6 });
    expect(await satisfactionFigures(t.db, { agencyIds: [t.province.agencyIds.otherCommune], from: null, to: null })).toMatchObject({ ratings: 0 });
    const statistics = (await inject('GET', '/api/public/statistics')).json();
    expect(statistics.satisfaction).toEqual({ ratings: 5, verySatisfied: 2, satisfied: 1, notSatisfied: 2, rate: 0.6 });
    expect(JSON.stringify(statistics)).not.toContain('Chờ lâu');
  });
});
