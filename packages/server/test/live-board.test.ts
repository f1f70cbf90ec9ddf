import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { announceQueueEvent } from '../src/modules/centres/events.js';
import { type IssuedTicket, issueTicket } from '../src/modules/centres/index.js';
import { recordTicketEvent } from '../src/modules/centres/tickets.js';
import { startTestApp } from './support/app.js';
import { CENTRE_CODE, type Centre, createCentre } from './support/centre.js';
import { ENGINES, type Engine, POSTGRES } from './support/engines.js';
import { openStream } from './support/event-stream.js';

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

async function startCentre(engine: Engine) {
  const t = await startTestApp(engine);
  const centre = await createCentre(t.db, t.province);
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const issue = (service: keyof Centre['serviceIds']) =>
    t.db.transaction((tx) =>
      issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds[service], priorityGroup: null, channel: 'kiosk', bookingId: null }, t.clock.at),
    );
  /** The counter's officer calls the ticket, or ends it, as the counter's routes record it: the ticket, its event, the announcement, in one transaction. */
  const move = (ticket: IssuedTicket, counterNumber: number, kind: 'called' | 'finished') =>
    t.db.transaction(async (tx) => {
      const counterId = centre.counterIds[counterNumber]!;
      const { rows } = await tx.query<{ call_count: number }>(
        kind === 'called'
          ? `UPDATE queue_tickets SET status = 'called', counter_id = $2, call_count = call_count + 1, called_at = $3 WHERE id = $1 RETURNING call_count`
          : `UPDATE queue_tickets SET status = 'finished', counter_id = $2, ended_at = $3 WHERE id = $1 RETURNING call_count`,
        [ticket.id, counterId, t.clock.at],
      );
      await recordTicketEvent(tx, { ticketId: ticket.id, kind, counterId }, t.clock.at);
      const event = { ticketId: ticket.id, label: ticket.number, serviceId: ticket.service.id, counterNumber };
      await announceQueueEvent(tx, centre.agencyId, kind === 'called' ? { kind, ...event, callCount: rows[0]!.call_count } : { kind, ...event }, t.clock.at);
    });
  return { t, centre, base, issue, call: (ticket: IssuedTicket, counter: number) => move(ticket, counter, 'called'), finish: (ticket: IssuedTicket, counter: number) => move(ticket, counter, 'finished') };
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
    await live.call(first, 2);
    const board = (await live.t.app.inject({ method: 'GET', url: `/api/public/centres/${CENTRE_CODE}/board` })).json<Board & { centre: unknown }>();
    expect(board.centre).toEqual({ agencyCode: CENTRE_CODE, name: 'UBND xã Hòa Bình' });
    expect(board.calling).toEqual([expect.objectContaining({ number: 'B001', counter: 2, counterName: 'Quầy 2', service: expect.objectContaining({ code: 'dat-dai', prefix: 'B' }) })]);
    expect(board.lastCalls.map((call) => call.number)).toEqual(['B001']);
    expect(board.waiting.map((service) => service.code)).toEqual(['ho-tich', 'dat-dai', 'tong-hop']);
    await live.finish(first, 2);
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
    await live.call(ticket, 3);
    expect(await stream.next('call')).toEqual({
      number: ticket.number,
      counter: 3,
      counterName: 'Quầy 3',
      service: { code: 'ho-tich', name: 'Hộ tịch', nameEn: '', prefix: 'A' },
      callCount: 1,
      at: live.t.clock.at.toISOString(),
    });
    expect(waitingFor(await stream.next<Board>('waiting'), 'ho-tich')).toBe(before);
    await live.finish(ticket, 3);
    expect((await stream.next<Board>('snapshot')).calling).toEqual([]);
    stream.close();
  });

  it('gives a board that reconnects after a drop what happened meanwhile in its first snapshot', async () => {
    const stream = await openStream(live.base + BOARD_STREAM);
    await stream.next('snapshot');
    stream.close();
    const missed = await live.issue('general');
    await live.call(missed, 1);
    const again = await openStream(live.base + BOARD_STREAM);
    const snapshot = await again.next<Board>('snapshot');
    expect(snapshot.calling.map((call) => [call.number, call.counter])).toEqual([[missed.number, 1]]);
    expect(snapshot.lastCalls[0]).toMatchObject({ number: missed.number, counter: 1 });
    again.close();
    await live.finish(missed, 1);
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
    await live.issue('general');
    await live.call(ahead, 2);
    expect(await phone.next<Position>('position')).toMatchObject({ status: 'waiting', ahead: 0 });
    await live.call(mine, 3);
    expect(await phone.next<Position>('called')).toMatchObject({ number: mine.number, status: 'called', counter: { number: 3, name: 'Quầy 3' } });
    await live.finish(mine, 3);
    expect(await phone.next<Position>('finished')).toMatchObject({ status: 'finished' });
    // Another service's queue does not move this one: nothing was sent for the ticket of C.
    expect(phone.received.filter((event) => event.event === 'position')).toHaveLength(2);
    phone.close();
    await live.finish(ahead, 2);
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
    await live.call(ticket, 1);
    expect(await stream.next('call')).toMatchObject({ number: ticket.number, counter: 1 });
    stream.close();
    await live.finish(ticket, 1);
  });

  it('sends a fresh snapshot when the instance’s listening connection drops and comes back', async () => {
    const stream = await openStream(otherBase + BOARD_STREAM);
    await stream.next('snapshot');
    const ticket = await live.issue('land');
    await live.call(ticket, 2);
    await stream.next('call');
    await live.t.db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    const resynced = await stream.next<Board>('snapshot');
    expect(resynced.calling.map((call) => call.number)).toEqual([ticket.number]);
    // And it hears again after the drop.
    await live.finish(ticket, 2);
    expect((await stream.next<Board>('snapshot', (board) => board.calling.length === 0)).calling).toEqual([]);
    stream.close();
  });
});
