import { type CounterStatus, centreDay, longestWait, toVietnamIso as iso, waitingSince } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Centre } from './centre.js';
import { readQueueRules } from './queue-rules.js';

interface CounterRow {
  id: string;
  number: number;
  name: string;
  priority: boolean;
  status: CounterStatus;
  pauseReason: string;
  statusSince: Date;
  officerName: string | null;
  serviceCodes: string[];
}

interface TicketRow {
  label: string;
  serviceCode: string;
  status: 'waiting' | 'called' | 'serving';
  counterId: string | null;
  callCount: number;
  issuedAt: Date;
  queuedAt: Date;
  calledAt: Date | null;
  servingStartedAt: Date | null;
}

interface ServiceRow {
  code: string;
  name: string;
  prefix: string;
}

const readCounters = (db: Queryable, agencyId: string) =>
  db.query<CounterRow>(
    `SELECT c.id, c.number, c.name, c.priority, c.status, c.pause_reason AS "pauseReason", c.status_since AS "statusSince",
            o.full_name AS "officerName",
            array(SELECT s.code FROM counter_services cs JOIN queue_services s ON s.id = cs.service_id
                   WHERE cs.counter_id = c.id AND s.active ORDER BY s.position, s.code) AS "serviceCodes"
       FROM counters c LEFT JOIN officer_directory o ON o.id = c.officer_id
      WHERE c.agency_id = $1 AND c.active
      ORDER BY c.number`,
    [agencyId],
  );

/**
 * Everyone in the queue now: waiting to be called today (the counters call only today's tickets; one
 * left waiting when an earlier day closed is not waiting any more), or in hand at a counter.
 */
const readTicketsInQueue = (db: Queryable, agencyId: string, day: string) =>
  db.query<TicketRow>(
    `SELECT t.label, s.code AS "serviceCode", t.status, t.counter_id AS "counterId", t.call_count AS "callCount",
            t.issued_at AS "issuedAt", t.queued_at AS "queuedAt", t.called_at AS "calledAt", t.serving_started_at AS "servingStartedAt"
       FROM queue_tickets t JOIN queue_services s ON s.id = t.service_id
      WHERE t.agency_id = $1 AND ((t.status = 'waiting' AND t.day = $2::date) OR (t.status IN ('called', 'serving') AND t.counter_id IS NOT NULL))
      ORDER BY t.queued_at`,
    [agencyId, day],
  );

const readServices = (db: Queryable, agencyId: string) =>
  db.query<ServiceRow>('SELECT code, name, prefix FROM queue_services WHERE agency_id = $1 AND active ORDER BY position, code', [agencyId]);

const readToday = (db: Queryable, agencyId: string, day: string) =>
  db.query<{ issued: number; served: number; noShows: number }>(
    `SELECT count(*)::int AS issued, (count(*) FILTER (WHERE status = 'finished'))::int AS served,
            (count(*) FILTER (WHERE status = 'no_show'))::int AS "noShows"
       FROM queue_tickets WHERE agency_id = $1 AND day = $2::date`,
    [agencyId, day],
  );

/**
 * What a centre's manager watches as it happens: each counter (open, paused or closed; who sits
 * there and the ticket they have called or serve), how many wait for each service and for how
 * long at most (with the counters open to it), and today's tickets so far. Times are instants:
 * the page counts the minutes on between updates.
 */
export async function centreLiveState(db: Queryable, centre: Centre, now: Date) {
  const day = centreDay(now, (await readQueueRules(db, centre.agencyId)).timeZone);
  const [counters, tickets, services, today] = await Promise.all([
    readCounters(db, centre.agencyId),
    readTicketsInQueue(db, centre.agencyId, day),
    readServices(db, centre.agencyId),
    readToday(db, centre.agencyId, day),
  ]);
  const waiting = tickets.rows.filter((ticket) => ticket.status === 'waiting');
  const atCounter = new Map(tickets.rows.filter((ticket) => ticket.counterId !== null && ticket.status !== 'waiting').map((ticket) => [ticket.counterId, ticket]));
  const longest = longestWait(waiting, now);
  return {
    centre: { agencyCode: centre.agencyCode, name: centre.name },
    at: iso(now),
    counters: counters.rows.map((counter) => {
      const ticket = atCounter.get(counter.id);
      return {
        number: counter.number,
        name: counter.name,
        priority: counter.priority,
        status: counter.status,
        pauseReason: counter.pauseReason,
        since: iso(counter.statusSince),
        officer: counter.officerName,
        services: counter.serviceCodes,
        current: ticket
          ? {
              number: ticket.label,
              service: ticket.serviceCode,
              status: ticket.status as 'called' | 'serving',
              callCount: ticket.callCount,
              since: iso(ticket.servingStartedAt ?? ticket.calledAt ?? ticket.issuedAt),
            }
          : null,
      };
    }),
    services: services.rows.map((service) => {
      const queue = waiting.filter((ticket) => ticket.serviceCode === service.code);
      const first = longestWait(queue, now);
      return {
        code: service.code,
        name: service.name,
        prefix: service.prefix,
        waiting: queue.length,
        waitingSince: first && iso(waitingSince(first.ticket)),
        longestWaitMinutes: first?.minutes ?? null,
        openCounters: counters.rows.filter((counter) => counter.status === 'open' && counter.serviceCodes.includes(service.code)).length,
      };
    }),
    longestWait: longest && {
      number: longest.ticket.label,
      service: longest.ticket.serviceCode,
      since: iso(waitingSince(longest.ticket)),
      minutes: longest.minutes,
    },
    today: { ...today.rows[0]!, waiting: waiting.length },
  };
}

export type CentreLiveState = Awaited<ReturnType<typeof centreLiveState>>;
