import type { Queryable } from '../../src/db/database.js';
import { sealAuditLog, verifyAuditChain } from '../../src/platform/audit.js';
import type { LoadState } from './traffic.js';

/** One check made after the run: PASS or FAIL, and what it found. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const count = async (db: Queryable, sql: string, params: unknown[] = []) => Number((await db.query<{ n: string | number }>(sql, params)).rows[0]!.n);

/**
 * Every submission answered 201 is in the database exactly once, under the code it was given:
 * found by the unique summary it was sent with. Submissions whose answer was lost (cut by the
 * kill) may or may not be there; they are counted, not judged, and nothing else may carry a marker.
 */
export async function submissionsOnce(db: Queryable, state: LoadState): Promise<Check> {
  const { submissions, attempts, markerPrefix } = state;
  const { rows } = await db.query<{ code: string; summary: string }>(`SELECT code, summary FROM dossiers WHERE starts_with(summary, $1)`, [markerPrefix]);
  const byMarker = new Map<string, string[]>();
  for (const row of rows) byMarker.set(row.summary, [...(byMarker.get(row.summary) ?? []), row.code]);
  const answered = new Set(submissions.map((submission) => submission.marker));
  const attempted = new Set(Array.from({ length: attempts }, (_, index) => state.markerOf(index + 1)));
  const missing = submissions.filter((submission) => !byMarker.has(submission.marker)).length;
  const twice = [...byMarker.values()].filter((codes) => codes.length > 1).length;
  const otherCode = submissions.filter((submission) => byMarker.get(submission.marker)?.length === 1 && byMarker.get(submission.marker)![0] !== submission.code).length;
  const codesAnsweredTwice = submissions.length - new Set(submissions.map((submission) => submission.code)).size;
  const unknown = [...byMarker.keys()].filter((marker) => !attempted.has(marker)).length;
  const unanswered = [...byMarker.keys()].filter((marker) => !answered.has(marker)).length;
  return {
    name: 'submissions answered 201 are stored exactly once',
    ok: missing + twice + otherCode + codesAnsweredTwice + unknown === 0,
    detail:
      `${submissions.length} answered of ${attempts} sent; missing ${missing}, stored twice ${twice}, under another code ${otherCode}, ` +
      `one code answered twice ${codesAnsweredTwice}, never sent ${unknown}; stored though the answer was lost ${unanswered}`,
  };
}

export async function codesUnique(db: Queryable): Promise<Check> {
  const { rows } = await db.query<{ dossiers: number; duplicated: number; lines: number }>(
    `SELECT count(*)::int AS dossiers, (count(*) - count(DISTINCT code))::int AS duplicated,
            (count(register_line) - count(DISTINCT (receiving_agency_id, date_part('year', vietnam_day(received_at)), register_line))
                                      FILTER (WHERE register_line IS NOT NULL))::int AS lines
       FROM dossiers`,
  );
  const { dossiers, duplicated, lines } = rows[0]!;
  return { name: 'dossier codes (and register lines, per agency and year) are unique', ok: duplicated === 0 && lines === 0, detail: `${dossiers} dossiers, ${duplicated} duplicated codes, ${lines} duplicated register lines` };
}

/** What `npm run audit:verify` does: chain what finished transactions left unsealed, then recompute every hash. */
export async function auditChain(db: Queryable): Promise<Check> {
  while ((await sealAuditLog(db)) > 0);
  const verdict = await verifyAuditChain(db);
  return verdict.ok
    ? { name: 'audit chain verifies', ok: true, detail: `${verdict.entries} entries, every hash verified (${verdict.unsealed} unsealed)` }
    : { name: 'audit chain verifies', ok: false, detail: `broken at position ${verdict.brokenAt} (${verdict.reason}) after ${verdict.entries} entries` };
}

/** No message waits undelivered: the run's drain left every row delivered or given up. */
export async function outboxSettled(db: Queryable, drained: { leasedByTheKilled: number; reclaimSeconds: number }): Promise<Check> {
  const { rows } = await db.query<{ rows: number; done: number; dead: number; pending: number }>(
    `SELECT count(*)::int AS rows, count(done_at)::int AS done, count(dead_at)::int AS dead,
            count(*) FILTER (WHERE done_at IS NULL AND dead_at IS NULL)::int AS pending FROM outbox`,
  );
  const { rows: total, done, dead, pending } = rows[0]!;
  return {
    name: 'outbox holds no stuck rows',
    ok: pending === 0 && total > 0,
    detail:
      `${total} messages: ${done} delivered, ${dead} given up, ${pending} stuck; leased to the killed instance when it died: ${drained.leasedByTheKilled}, ` +
      `delivered ${drained.reclaimSeconds.toFixed(1)} s after their lease ran out`,
  };
}

/** Rows in one query's answer and not the other's, or in it more times: 0 when they are the same multiset. */
const differences = (db: Queryable, maintained: string, recounted: string) =>
  count(db, `SELECT count(*) AS n FROM ((${maintained} EXCEPT ALL ${recounted}) UNION ALL (${recounted} EXCEPT ALL ${maintained})) d`);

const ENTRY = 'dossier_id, agency_id, receiving_agency_id, procedure_id, state, band, position, step_agency_id, step_role, step_unit_id, step_assignee_id, search_text';
const STATE_KEY = 'agency_ids, receiving_agency_id, state, band';

/**
 * The aggregates the writes maintain (db/functions/dossier-queues.sql: queue entries, state
 * tallies, folded or not) against the same figures recounted from the dossiers and
 * their steps, as the rebuild functions count them; and the statistics' own tallies through
 * `statistics_recount_differences()`, which returns the rows where they differ from a recount.
 */
export async function aggregatesRecount(db: Queryable): Promise<Check> {
  const entries = await differences(db, `SELECT ${ENTRY} FROM dossier_queue_entries`, `SELECT ${ENTRY} FROM dossier_queue_entry_sources`);
  const states = await differences(
    db,
    `SELECT ${STATE_KEY}, sum(dossiers)::bigint AS dossiers FROM dossier_state_counts GROUP BY 1, 2, 3, 4 HAVING sum(dossiers) <> 0`,
    `SELECT ${STATE_KEY}, count(*)::bigint AS dossiers FROM (
       SELECT array_agg(agency_id ORDER BY agency_id) AS agency_ids, receiving_agency_id, state, band FROM dossier_queue_entry_sources
        WHERE NOT queue_entry_in_hand(band, state) GROUP BY dossier_id, receiving_agency_id, state, band) settled GROUP BY 1, 2, 3, 4`,
  );
  const differing = (await db.query<{ day: string; measure: string; tallied: string | null; recounted: string | null }>(
    'SELECT day::text, measure, tallied, recounted FROM statistics_recount_differences() ORDER BY day, measure',
  )).rows;
  const statistics = differing.length;
  const examples = [...new Set(differing.map((row) => `${row.measure} ${row.tallied ?? 0} tallied, ${row.recounted ?? 0} recounted on ${row.day}`))].slice(0, 5);
  const tallied = (await db.query<{ received: number; finished: number }>(
    `SELECT coalesce(sum(received), 0)::int AS received, coalesce(sum(finished), 0)::int AS finished FROM statistics_rows WHERE span = 'y' AND duration_days IS NULL`,
  )).rows[0]!;
  return {
    name: 'aggregates equal a recount from the raw tables',
    ok: entries + states + statistics === 0,
    detail:
      `rows differing: queue entries ${entries}, state tallies ${states}, statistics tallies ${statistics}${statistics > 0 ? ` (${examples.join('; ')})` : ''}` +
      `; tallied ${tallied.received} received, ${tallied.finished} finished`,
  };
}
