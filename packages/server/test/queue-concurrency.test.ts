import { CALL_ORDER_CRITERIA, type CallOrderCriterion, type QueuedTicket, TICKET_CHANNELS, compareForCall } from '@motcua/core';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callOrderSql } from '../src/modules/centres/call-order-sql.js';
import { type TestApp, startTestApp } from './support/app.js';
import { type Centre, CENTRE_CODE, createCentre, pairTestDevice, SERVICES } from './support/centre.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

const MONDAY_9AM = new Date('2031-03-03T09:00:00+07:00');

describe.each(ENGINES)('queue under concurrency on $name', (engine) => {
  let t: TestApp;
  let centre: Centre;
  let kiosk: string;
  let officers: Session[];

  const issue = (app: FastifyInstance, service: string) =>
    app.inject({ method: 'POST', url: `/api/public/centres/${CENTRE_CODE}/tickets`, headers: { authorization: `Device ${kiosk}` }, payload: { service } });
  const post = async (session: Session, url: string) => {
    const response = await session.request('POST', url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { at: MONDAY_9AM });
    centre = await createCentre(t.db, t.province);
    kiosk = (await pairTestDevice(t.db, centre, 'kiosk')).token;
    officers = [await signIn(t.app, 'reception'), await signIn(t.app, 'reception2', 'test-password-123')];
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.query(`UPDATE queue_tickets SET status = 'cancelled' WHERE status IN ('waiting', 'called', 'serving')`);
    await t.db.query(`UPDATE counters SET status = 'closed', officer_id = NULL`);
  });

  /** Issues `count` tickets of a service all at once, spread over the apps, and returns their numbers in order. */
  async function issueAtOnce(apps: FastifyInstance[], service: string, count: number): Promise<number[]> {
    const responses = await Promise.all(Array.from({ length: count }, (_, index) => issue(apps[index % apps.length]!, service)));
    for (const response of responses) expect(response.statusCode, response.body).toBe(201);
    return responses.map((response) => response.json().sequence as number).sort((a, b) => a - b);
  }

  const consecutive = (numbers: number[]) => numbers.every((number, index) => index === 0 || number === numbers[index - 1]! + 1);

  it('gives 50 simultaneous tickets of one service 50 distinct consecutive numbers', async () => {
    const numbers = await issueAtOnce([t.app], SERVICES.general.code, 50);
    expect(new Set(numbers).size).toBe(50);
    expect(consecutive(numbers)).toBe(true);
    const stored = await t.db.query<{ n: number; labels: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT label)::int AS labels FROM queue_tickets WHERE issued_service_id = $1',
      [centre.serviceIds.general],
    );
    expect(stored.rows[0]).toEqual({ n: 50, labels: 50 });
  });

  /** The counters call at the same instant, round after round (until the queue is empty, at most `rounds`); returns what they got. */
  async function callTogether(sessions: Session[], rounds = Number.POSITIVE_INFINITY): Promise<string[]> {
    const taken: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const answers = await Promise.all(sessions.map((session) => session.request('POST', '/api/v1/counters/mine/call-next')));
      const called = answers.filter((answer) => answer.statusCode === 200).map((answer) => answer.json().current.number as string);
      for (const answer of answers) if (answer.statusCode !== 200) expect(answer.json().code).toBe('queue_empty');
      taken.push(...called);
      if (called.length === 0) break;
      await Promise.all(
        sessions.map(async (session, index) => {
          if (answers[index]!.statusCode !== 200) return;
          await post(session, '/api/v1/counters/mine/start');
          await post(session, '/api/v1/counters/mine/finish');
        }),
      );
    }
    return taken;
  }

  it('never gives two counters calling at the same instant the same ticket', async () => {
    await issueAtOnce([t.app], SERVICES.civilStatus.code, 12);
    await post(officers[0]!, `/api/v1/centres/${CENTRE_CODE}/counters/1/open`);
    await post(officers[1]!, `/api/v1/centres/${CENTRE_CODE}/counters/2/open`);
    const taken = await callTogether(officers);
    expect(taken).toHaveLength(12);
    expect(new Set(taken).size).toBe(12);
  });

  it.runIf(engine.name === 'postgres')('numbers and calls uniquely across two app instances', async () => {
    const other = await t.startAnotherInstance!();
    const numbers = await issueAtOnce([t.app, other], SERVICES.land.code, 50);
    expect(new Set(numbers).size).toBe(50);
    expect(consecutive(numbers)).toBe(true);
    const elsewhere = await signIn(other, 'reception2', 'test-password-123');
    await post(officers[0]!, `/api/v1/centres/${CENTRE_CODE}/counters/2/open`);
    await post(elsewhere, `/api/v1/centres/${CENTRE_CODE}/counters/3/open`);
    const taken = await callTogether([officers[0]!, elsewhere], 10);
    expect(taken).toHaveLength(20);
    expect(new Set(taken).size).toBe(20);
  });

  it('sorts waiting tickets in the database exactly as core orders them', async () => {
    const day = '2031-04-01';
    const dayStart = new Date(`${day}T07:00:00+07:00`).getTime();
    const minute = (offset: number) => new Date(dayStart + offset * 60_000);
    const ticketShape = fc.record({
      priorityGroup: fc.constantFrom(null, null, 'elderly', 'pregnant'),
      channel: fc.constantFrom(...TICKET_CHANNELS),
      queuedMinute: fc.integer({ min: 0, max: 20 }),
      issuedMinute: fc.integer({ min: 0, max: 20 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(ticketShape, { minLength: 1, maxLength: 12 }),
        fc.shuffledSubarray([...CALL_ORDER_CRITERIA], { minLength: 1 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 20 }),
        async (shapes, order: CallOrderCriterion[], priorityCounter, nowMinute) => {
          const tickets: QueuedTicket[] = await t.db.transaction(async (tx) => {
            await tx.query('DELETE FROM queue_tickets WHERE day = $1', [day]);
            const inserted: QueuedTicket[] = [];
            for (const [index, shape] of shapes.entries()) {
              const sequence = shapes.length - index;
              const { rows } = await tx.query<{ id: string }>(
                `INSERT INTO queue_tickets (agency_id, issued_service_id, service_id, day, number, label, priority_group, channel, follow_token, issued_at, queued_at)
                 VALUES ($1, $2, $2, $3, $4, $5, $6, $7, gen_random_uuid()::text, $8, $9) RETURNING id`,
                [centre.agencyId, centre.serviceIds.general, day, sequence, `C${sequence}`, shape.priorityGroup, shape.channel, minute(shape.issuedMinute), minute(shape.queuedMinute)],
              );
              inserted.push({ id: rows[0]!.id, priorityGroup: shape.priorityGroup, channel: shape.channel, queuedAt: minute(shape.queuedMinute), issuedAt: minute(shape.issuedMinute), sequence });
            }
            return inserted;
          });
          const { rows } = await t.db.query<{ id: string }>(
            `SELECT t.id FROM queue_tickets t, (SELECT $2::timestamptz AS now, $3::boolean AS priority) AS clock WHERE t.day = $1 ORDER BY ${callOrderSql(order)}`,
            [day, minute(nowMinute), priorityCounter],
          );
          const expected = [...tickets].sort(compareForCall(order, { priorityCounter, now: minute(nowMinute) })).map((ticket) => ticket.id);
          expect(rows.map((row) => row.id)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
