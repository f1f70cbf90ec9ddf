import { type QueuedTicket, type TicketChannel, type TicketStatus, estimateWaitMinutes, peopleAhead, RECENT_SERVICES } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { QueueRules } from './queue-rules.js';

/** Where a waiting ticket stands: who is ahead of it and how long that should take. */
export interface Standing {
  ahead: number;
  estimatedWaitMinutes: number;
}

interface WaitingRow {
  id: string;
  priority_group: string | null;
  channel: TicketChannel;
  queued_at: Date;
  issued_at: Date;
  number: number;
}

const queued = (row: WaitingRow): QueuedTicket => ({
  id: row.id,
  priorityGroup: row.priority_group,
  channel: row.channel,
  queuedAt: row.queued_at,
  issuedAt: row.issued_at,
  sequence: row.number,
});

/**
 * The standing of a ticket in its service's queue of the day, by the centre's calling rule. Priority
 * counts when a priority counter serves the service; the wait is shared among the counters open for it.
 */
export async function standing(
  db: Queryable,
  ticket: { id: string; serviceId: string; day: string; status: TicketStatus },
  rules: QueueRules,
  now: Date,
): Promise<Standing> {
  if (ticket.status !== 'waiting') return { ahead: 0, estimatedWaitMinutes: 0 };
  const [waiting, counters, recent] = await Promise.all([
    db.query<WaitingRow>(
      `SELECT id, priority_group, channel, queued_at, issued_at, number FROM queue_tickets WHERE service_id = $1 AND day = $2 AND status = 'waiting'`,
      [ticket.serviceId, ticket.day],
    ),
    db.query<{ open: number; priority: boolean }>(
      `SELECT count(*) FILTER (WHERE c.status = 'open')::int AS open, coalesce(bool_or(c.priority), false) AS priority
         FROM counters c JOIN counter_services cs ON cs.counter_id = c.id WHERE cs.service_id = $1 AND c.active`,
      [ticket.serviceId],
    ),
    db.query<{ minutes: number }>(
      `SELECT extract(epoch FROM ended_at - serving_started_at)::float8 / 60 AS minutes FROM queue_tickets
        WHERE service_id = $1 AND status = 'finished' AND serving_started_at IS NOT NULL ORDER BY ended_at DESC LIMIT ${RECENT_SERVICES}`,
      [ticket.serviceId],
    ),
  ]);
  const tickets = waiting.rows.map(queued);
  const self = tickets.find((other) => other.id === ticket.id);
  if (!self) return { ahead: 0, estimatedWaitMinutes: 0 };
  const counter = counters.rows[0] ?? { open: 0, priority: false };
  const ahead = peopleAhead(self, tickets, rules.callOrder, { priorityCounter: counter.priority, now });
  return { ahead, estimatedWaitMinutes: estimateWaitMinutes({ ahead, recentServiceMinutes: recent.rows.map((row) => row.minutes), openCounters: counter.open }) };
}
