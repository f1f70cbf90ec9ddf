import { DEFAULT_CENTRE_TIME_ZONE } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/**
 * Ends the tickets a past centre day left waiting or called (the numbers restart each day; nobody
 * comes back for yesterday's ticket): cancelled at `now`, each with its event. Returns how many.
 * Safe on several instances at once: a ticket is ended once, by whichever pass updates it first.
 */
export async function endPastQueueDays(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `WITH ended AS (
       UPDATE queue_tickets t SET status = 'cancelled', ended_at = $1
        WHERE t.status IN ('waiting', 'called')
          AND t.day < ($1::timestamptz AT TIME ZONE coalesce((SELECT st.time_zone FROM centre_settings st WHERE st.agency_id = t.agency_id), $2))::date
        RETURNING t.id, t.counter_id
     )
     INSERT INTO queue_ticket_events (ticket_id, kind, counter_id, data, at) SELECT id, 'cancelled', counter_id, '{"reason": "day_ended"}', $1 FROM ended`,
    [now, DEFAULT_CENTRE_TIME_ZONE],
  );
  return rowCount;
}
