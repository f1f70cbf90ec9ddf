import { RECENT_SERVICES, type TicketStatus, estimateWaitMinutes } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { callOrderSql } from './call-order-sql.js';
import type { QueueRules } from './queue-rules.js';

/** Where a waiting ticket stands: who is ahead of it and how long that should take. */
export interface Standing {
  ahead: number;
  estimatedWaitMinutes: number;
}

/**
 * The standing of a ticket in its service's queue of the day, by the centre's calling rule (priority
 * counts when a priority counter serves the service), and the wait: its people ahead at the mean of
 * the service's recent service times, shared among the counters open for it. One round trip.
 */
export async function standing(
  db: Queryable,
  ticket: { id: string; serviceId: string; day: string; status: TicketStatus },
  rules: QueueRules,
  now: Date,
): Promise<Standing> {
  if (ticket.status !== 'waiting') return { ahead: 0, estimatedWaitMinutes: 0 };
  const { rows } = await db.query<{ ahead: number; open: number; recent: number[] }>(
    `WITH serving AS (
       SELECT c.status, c.priority FROM counters c JOIN counter_services cs ON cs.counter_id = c.id WHERE cs.service_id = $1 AND c.active
     ), clock AS (
       SELECT $3::timestamptz AS now, coalesce((SELECT bool_or(priority) FROM serving), false) AS priority
     ), ranked AS (
       SELECT t.id, row_number() OVER (ORDER BY ${callOrderSql(rules.callOrder)}) - 1 AS ahead
         FROM queue_tickets t, clock WHERE t.service_id = $1 AND t.day = $2 AND t.status = 'waiting'
     )
     SELECT ranked.ahead::int AS ahead,
            (SELECT count(*)::int FROM serving WHERE status = 'open') AS open,
            ARRAY(SELECT extract(epoch FROM f.ended_at - f.serving_started_at)::float8 / 60 FROM queue_tickets f
                   WHERE f.service_id = $1 AND f.status = 'finished' AND f.serving_started_at IS NOT NULL
                   ORDER BY f.ended_at DESC LIMIT ${RECENT_SERVICES}) AS recent
       FROM ranked WHERE ranked.id = $4`,
    [ticket.serviceId, ticket.day, now, ticket.id],
  );
  const row = rows[0];
  if (!row) return { ahead: 0, estimatedWaitMinutes: 0 };
  return { ahead: row.ahead, estimatedWaitMinutes: estimateWaitMinutes({ ahead: row.ahead, recentServiceMinutes: row.recent, openCounters: row.open }) };
}
