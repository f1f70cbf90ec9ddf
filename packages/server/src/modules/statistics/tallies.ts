import type { Queryable } from '../../db/database.js';

/**
 * Folds the changes that writes appended into the statistics' day and month rows
 * (db/functions/statistics.sql), so that readers add few rows. Readers are exact whether or not a
 * change is folded yet. Safe on several instances at once; returns how many rows it changed.
 */
export async function foldStatisticsTallies(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ folded: number }>('SELECT fold_statistics_changes() AS folded');
  return rows[0]!.folded;
}

/**
 * Where the tallies differ from a recount of the raw data (day rows), or where the month and year
 * rows and the agencies' rollups differ from their days: none when they are right.
 */
export async function statisticsDrift(db: Queryable) {
  const [recount, spans] = await Promise.all([
    db.query<{ day: string; agency_id: string; measure: string; tallied: string | null; recounted: string | null }>(
      `SELECT day::text, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, measure, tallied, recounted
         FROM statistics_recount_differences() ORDER BY day, agency_id, measure`,
    ),
    db.query<{ span: string; day: string; agency_id: string; measure: string; kept: string | null; from_days: string | null }>(
      `SELECT span, day::text, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, measure, kept, from_days
         FROM statistics_span_differences() ORDER BY span, day, agency_id, measure`,
    ),
  ]);
  return [...recount.rows, ...spans.rows];
}
