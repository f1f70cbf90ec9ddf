import { DEFAULT_CENTRE_TIME_ZONE } from '@motcua/core';
import type { Database } from '../../db/database.js';
import { announceQueueEvent } from './events.js';

/**
 * Ends the tickets a past centre day left waiting or called (the numbers restart each day; nobody
 * comes back for yesterday's ticket): cancelled at `now`, each with its event, announced to the
 * boards and phones. Returns how many. Safe on several instances at once: a ticket is ended once,
 * by whichever pass updates it first.
 */
export async function endPastQueueDays(db: Database, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; agency_id: string; label: string; service_id: string; counter_number: number | null }>(
      `WITH ended AS (
         UPDATE queue_tickets t SET status = 'cancelled', ended_at = $1
          WHERE t.status IN ('waiting', 'called')
            AND t.day < ($1::timestamptz AT TIME ZONE coalesce((SELECT st.time_zone FROM centre_settings st WHERE st.agency_id = t.agency_id), $2))::date
          RETURNING t.id, t.agency_id, t.label, t.service_id, t.counter_id
       ), recorded AS (
         INSERT INTO queue_ticket_events (ticket_id, kind, counter_id, data, at) SELECT id, 'cancelled', counter_id, '{"reason": "day_ended"}', $1 FROM ended
       )
       SELECT e.id, e.agency_id, e.label, e.service_id, c.number AS counter_number FROM ended e LEFT JOIN counters c ON c.id = e.counter_id`,
      [now, DEFAULT_CENTRE_TIME_ZONE],
    );
    for (const row of rows) {
      await announceQueueEvent(tx, row.agency_id, { kind: 'cancelled', ticketId: row.id, label: row.label, serviceId: row.service_id, counterNumber: row.counter_number }, now);
    }
    return rows.length;
  });
}
