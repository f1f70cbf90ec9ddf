import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { issueTicket } from '../src/modules/centres/index.js';
import { startTestApp } from './support/app.js';
import { CENTRE_CODE, type Centre, createCentre } from './support/centre.js';
import { ENGINES, type Engine, POSTGRES } from './support/engines.js';
import { openStream } from './support/event-stream.js';
import { type Session, signIn } from './support/http.js';

interface BoardCall {
  number: string;
  counter: number;
  counterName: string;
  service: { code: string; prefix: string };
}
interface Board {
  calling: BoardCall[];
  lastCalls: BoardCall[];
  waiting: Array<{ code: string; count: number }>;
}
interface Position {
  number: string;
  status: string;
  ahead: number;
  counter: { number: number; name: string } | null;
}

const BOARD_STREAM = `/api/public/centres/${CENTRE_CODE}/board/stream`;
const waitingFor = (board: Pick<Board, 'waiting'>, code: string) => board.waiting.find((service) => service.code === code)?.count;

/** The test centre listening on a port, with `reception` at counter 3 (every service) and `reception2` at counter 2 (A and B). */
async function startCentre(engine: Engine) {
  const t = await startTestApp(engine);
  const centre = await createCentre(t.db, t.province);
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const counters = { 3: await signIn(t.app, 'reception'), 2: await signIn(t.app, 'reception2') };
  for (const [number, officer] of Object.entries(counters)) {
    expect((await officer.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/${number}/open`)).statusCode).toBe(200);
  }
  // A second apart, so that the queue's order is the order they were taken in.
  const issue = (service: keyof Centre['serviceIds']) => {
    t.clock.at = new Date(t.clock.at.getTime() + 1000);
    return t.db.transaction((tx) =>
      issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds[service], priorityGroup: null, channel: 'kiosk', bookingId: null }, t.clock.at),
    );
  };
  const act = async (officer: Session, action: string) => {
    const response = await officer.request('POST', `/api/v1/counters/mine/${action}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { current: { number: string } | null };
  };
  return {
    t,
    base,
    issue,
    /** The counter's officer calls the next ticket by the centre's rule; its number. */
    callNext: async (counter: 2 | 3) => (await act(counters[counter], 'call-next')).current!.number,
    /** The counter's officer serves the ticket in hand and finishes. */
    serve: async (counter: 2 | 3) => {
      await act(counters[counter], 'start');
      await act(counters[counter], 'finish');
    },
  };
}

describe.each(ENGINES)('the display board and the phone page’s live channel on $name', (engine) => {
  let live: Awaited<ReturnType<typeof startCentre>>;
  beforeAll(async () => {
    live = await startCentre(engine);
  });
  afterAll(() => live.t.close());

  it('shows the calls and the waiting counts, and 404s an unknown centre', async () => {
    const unknown = await live.t.app.inject({ method: 'GET', url: '/api/public/centres/999.99.99.H99/board' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'centre_not_found' });
    const first = await live.issue('land');
    expect(await live.callNext(2)).toBe(first.number);
    const board = (await live.t.app.inject({ method: 'GET', url: `/api/public/centres/${CENTRE_CODE}/board` })).json<Board & { centre: unknown }>();
    expect(board.centre).toEqual({ agencyCode: CENTRE_CODE, name: 'UBND xã Hòa Bình' });
    expect(board.calling).toEqual([expect.objectContaining({ number: 'B001', counter: 2, counterName: 'Quầy 2', service: expect.objectContaining({ code: 'dat-dai', prefix: 'B' }) })]);
    expect(board.lastCalls.map((call) => call.number)).toEqual(['B001']);
    expect(board.waiting.map((service) => service.code)).toEqual(['ho-tich', 'dat-dai', 'tong-hop']);
    await live.serve(2);
  });

  it('streams a snapshot, then each call with the ticket’s number and counter, and the waiting counts as they change', async () => {
    const stream = await openStream(live.base + BOARD_STREAM);
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers.get('cache-control')).toContain('no-store');
    const snapshot = await stream.next<Board>('snapshot');
    expect(snapshot.calling).toEqual([]);
    const before = waitingFor(snapshot, 'ho-tich')!;

    const ticket = await live.issue('civilStatus');
    expect(waitingFor(await stream.next<Board>('waiting'), 'ho-tich')).toBe(before + 1);
    expect(await live.callNext(3)).toBe(ticket.number);
    expect(await stream.next('call')).toEqual({
      number: ticket.number,
      counter: 3,
      counterName: 'Quầy 3',
      service: { code: 'ho-tich', name: 'Hộ tịch', nameEn: '', prefix: 'A' },
      callCount: 1,
      at: live.t.clock.at.toISOString(),
    });
    expect(waitingFor(await stream.next<Board>('waiting'), 'ho-tich')).toBe(before);
    await live.serve(3);
    expect((await stream.next<Board>('snapshot')).calling).toEqual([]);
    stream.close();
  });

  it('gives a board that reconnects after a drop what happened meanwhile in its first snapshot', async () => {
    const stream = await openStream(live.base + BOARD_STREAM);
    await stream.next('snapshot');
    stream.close();
    const missed = await live.issue('general');
    expect(await live.callNext(3)).toBe(missed.number);
    const again = await openStream(live.base + BOARD_STREAM);
    const snapshot = await again.next<Board>('snapshot');
    expect(snapshot.calling.map((call) => [call.number, call.counter])).toEqual([[missed.number, 3]]);
    expect(snapshot.lastCalls[0]).toMatchObject({ number: missed.number, counter: 3 });
    again.close();
    await live.serve(3);
  });

  it('follows a ticket on the phone: its place as the queue moves, when it is called and where, when it is done', async () => {
    const ahead = await live.issue('land');
    const mine = await live.issue('land');
    const token = mine.followToken;
    const position = await live.t.app.inject({ method: 'GET', url: `/api/public/tickets/${token}` });
    expect(position.json()).toMatchObject({ number: mine.number, status: 'waiting', ahead: 1, counter: null, centre: { agencyCode: CENTRE_CODE } });
    expect(position.headers['cache-control']).toBe('no-store');
    const unknown = await live.t.app.inject({ method: 'GET', url: `/api/public/tickets/${'x'.repeat(24)}/stream` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'ticket_not_found' });

    const phone = await openStream(`${live.base}/api/public/tickets/${token}/stream`);
    expect(await phone.next<Position>('position')).toMatchObject({ number: mine.number, ahead: 1 });
    const otherService = await live.issue('general');
    expect(await live.callNext(2)).toBe(ahead.number);
    expect(await phone.next<Position>('position')).toMatchObject({ status: 'waiting', ahead: 0 });
    expect(await live.callNext(3)).toBe(mine.number);
    expect(await phone.next<Position>('called')).toMatchObject({ number: mine.number, status: 'called', counter: { number: 3, name: 'Quầy 3' } });
    await live.serve(3);
    expect(await phone.next<Position>('finished')).toMatchObject({ status: 'finished' });
    // Its own service starting is said too; another service's queue does not move this one: nothing was sent for the ticket of C.
    expect(phone.received.map((event) => [event.event, (JSON.parse(event.data) as Position).status])).toEqual([
      ['position', 'waiting'],
      ['position', 'waiting'],
      ['called', 'called'],
      ['position', 'serving'],
      ['finished', 'finished'],
    ]);
    phone.close();
    await live.serve(2);
    expect(await live.callNext(3)).toBe(otherService.number);
    await live.serve(3);
  });
});

describe.runIf(POSTGRES)('the board’s live channel across PostgreSQL instances', () => {
  let live: Awaited<ReturnType<typeof startCentre>>;
  let other: FastifyInstance;
  let otherBase: string;
  beforeAll(async () => {
    live = await startCentre(POSTGRES!);
    other = await live.t.startAnotherInstance!();
    otherBase = await other.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => live.t.close());

  it('brings a call made through one instance to a board connected to another', async () => {
    const stream = await openStream(otherBase + BOARD_STREAM);
    await stream.next('snapshot');
    const ticket = await live.issue('civilStatus');
    expect(await live.callNext(3)).toBe(ticket.number);
    expect(await stream.next('call')).toMatchObject({ number: ticket.number, counter: 3 });
    stream.close();
    await live.serve(3);
  });

  it('sends a fresh snapshot when the instance’s listening connection drops and comes back', async () => {
    const stream = await openStream(otherBase + BOARD_STREAM);
    await stream.next('snapshot');
    const ticket = await live.issue('land');
    expect(await live.callNext(2)).toBe(ticket.number);
    await stream.next('call');
    await live.t.db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    const resynced = await stream.next<Board>('snapshot');
    expect(resynced.calling.map((call) => call.number)).toEqual([ticket.number]);
    // And it hears again after the drop.
    await live.serve(2);
    expect((await stream.next<Board>('snapshot', (board) => board.calling.length === 0)).calling).toEqual([]);
    stream.close();
  });
});

describe('the phones of a centre’s Wi-Fi, all behind one address', () => {
  it('follow their tickets on a larger budget than the address’s other public requests', async () => {
    const t = await startTestApp(ENGINES[0]!, { publicRequestsPerMinute: 3 });
    try {
      const centre = await createCentre(t.db, t.province);
      const ticket = await t.db.transaction((tx) =>
        issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds.civilStatus, priorityGroup: null, channel: 'kiosk', bookingId: null }, t.clock.at),
      );
      const follows = [];
      for (let phone = 0; phone < 12; phone++) follows.push((await t.app.inject({ method: 'GET', url: `/api/public/tickets/${ticket.followToken}` })).statusCode);
      expect(follows).toEqual(Array(12).fill(200));
      const others = [];
      for (let request = 0; request < 4; request++) others.push((await t.app.inject({ method: 'GET', url: '/api/public/centres' })).statusCode);
      expect(others).toEqual([200, 200, 200, 429]);
    } finally {
      await t.close();
    }
  });
});
