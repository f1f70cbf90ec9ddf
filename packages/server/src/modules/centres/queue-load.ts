import type { Queryable } from '../../db/database.js';

/** How busy a centre's queue is now: what an operations screen shows of it. */
export interface QueueLoad {
  agencyCode: string;
  name: string;
  /** Tickets of the centre's day not yet called. */
  waiting: number;
  /** Tickets called or at a counter now. */
  serving: number;
  countersOpen: number;
}

/**
 * The queue load of the centres among `agencyIds` that offer at least one service, the busiest
 * first: each counted on its own day (its time zone), from the index of its day's tickets.
 */
export async function queueLoad(db: Queryable, agencyIds: readonly string[], now: Date): Promise<QueueLoad[]> {
  const { rows } = await db.query<QueueLoad>(
    `SELECT a.code AS "agencyCode", coalesce(nullif(a.short_name, ''), a.name) AS name,
            coalesce(t.waiting, 0) AS waiting, coalesce(t.serving, 0) AS serving,
            (SELECT count(*)::int FROM counters c WHERE c.agency_id = a.id AND c.status = 'open') AS "countersOpen"
       FROM agency_directory a
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (WHERE status = 'waiting')::int AS waiting, count(*) FILTER (WHERE status IN ('called', 'serving'))::int AS serving
           FROM queue_tickets
          WHERE agency_id = a.id
            AND day = ($2::timestamptz AT TIME ZONE coalesce((SELECT time_zone FROM centre_settings s WHERE s.agency_id = a.id), 'Asia/Ho_Chi_Minh'))::date
       ) t ON true
      WHERE a.id = ANY($1::uuid[]) AND a.abolished_on IS NULL
        AND EXISTS (SELECT 1 FROM queue_services q WHERE q.agency_id = a.id AND q.active)
      ORDER BY coalesce(t.waiting, 0) DESC, a.name, a.code`,
    [agencyIds, now],
  );
  return rows;
}
