import type { Database } from '../../src/db/database.js';
import { SqlParams } from '../../src/db/sql-params.js';
import type { AuthenticatedOfficer } from '../../src/platform/actor.js';

/**
 * The read paths as they were before the queue entries and tallies (issue 12), kept here only so
 * that the scale bench prints each new figure next to the one the replaced query gives on the same
 * data: the queues' visibility condition over every dossier, counts in one pass over all of them,
 * the public figures and boards as scans. Nothing in the product uses them.
 */

const DOSSIER_ROLES = ['receiving_officer', 'specialist', 'unit_head', 'agency_leader'];
const APPROVING_ROLES = ['unit_head', 'agency_leader'];
const agenciesWhere = (officer: AuthenticatedOfficer, roles: readonly string[]) =>
  [...new Set(officer.grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.agencyId))];

const SEES = (officer: AuthenticatedOfficer, p: SqlParams) => {
  const mine = p.add(agenciesWhere(officer, DOSSIER_ROLES));
  return `(d.receiving_agency_id = ANY(${mine}::uuid[]) OR d.competent_agency_id = ANY(${mine}::uuid[])
    OR EXISTS (SELECT 1 FROM dossier_steps x WHERE x.dossier_id = d.id AND x.agency_id = ANY(${mine}::uuid[])))`;
};

const HOLDS: Record<string, (officer: AuthenticatedOfficer, p: SqlParams, now: Date, dueSoonUntil: Date) => string> = {
  awaiting_reception: (o, p) => `d.state = 'submitted' AND d.receiving_agency_id = ANY(${p.add(agenciesWhere(o, ['receiving_officer']))}::uuid[])`,
  my_steps: (o, p) =>
    `d.state = 'processing' AND (s.assignee_id = ${p.add(o.id)}::uuid OR (s.assignee_id IS NULL AND EXISTS (
       SELECT 1 FROM jsonb_to_recordset(${p.add(JSON.stringify(o.grants))}::jsonb) AS g("agencyId" uuid, role text, "unitId" uuid)
        WHERE g."agencyId" = s.agency_id AND g.role = s.role AND (s.unit_id IS NULL OR g."unitId" IS NULL OR g."unitId" = s.unit_id))))`,
  to_approve: (o, p) =>
    `d.state = 'processing' AND s.role = ANY(${p.add(APPROVING_ROLES)}::text[]) AND s.agency_id = ANY(${p.add(agenciesWhere(o, APPROVING_ROLES))}::uuid[])`,
  to_return: (o, p) => `d.state = 'result_ready' AND d.receiving_agency_id = ANY(${p.add(agenciesWhere(o, ['receiving_officer']))}::uuid[])`,
  waiting_applicant: () => `d.state IN ('supplement_before_reception', 'supplement_requested', 'awaiting_fee')`,
  due_soon: (_, p, now, until) => `d.finished_at IS NULL AND d.clock_paused_at IS NULL AND d.due_at BETWEEN ${p.add(now)} AND ${p.add(until)}`,
  overdue: (_, p, now) => `d.finished_at IS NULL AND d.clock_paused_at IS NULL AND d.due_at < ${p.add(now)}`,
  finished: () => 'd.finished_at IS NOT NULL',
  all: () => 'true',
};

export const BEFORE_QUEUES = Object.keys(HOLDS);

export async function countsBefore(db: Database, officer: AuthenticatedOfficer, now: Date, dueSoonUntil: Date): Promise<void> {
  const p = new SqlParams();
  await db.query(
    `SELECT ${BEFORE_QUEUES.map((queue) => `count(*) FILTER (WHERE ${HOLDS[queue]!(officer, p, now, dueSoonUntil)})::int AS ${queue}`).join(', ')}
       FROM dossiers d LEFT JOIN dossier_steps s ON s.dossier_id = d.id AND s.finished_at IS NULL
      WHERE ${SEES(officer, p)}`,
    p.values,
  );
}

/** The first page of a queue, or of a search in "all" (`q`): the condition ORed with the procedure's name. */
export async function pageBefore(db: Database, officer: AuthenticatedOfficer, queue: string, now: Date, dueSoonUntil: Date, q?: string): Promise<void> {
  const p = new SqlParams();
  const conditions = [SEES(officer, p), HOLDS[queue]!(officer, p, now, dueSoonUntil)];
  if (q) {
    const text = p.add(q);
    conditions.push(`(d.code ILIKE '%' || ${text} || '%' OR search_key(d.applicant_name) LIKE '%' || search_key(${text}) || '%'
                      OR p.search_name LIKE '%' || search_key(${text}) || '%')`);
  }
  await db.query(
    `SELECT d.id, d.code, p.name, d.applicant_name, s.name AS step_name
       FROM dossiers d JOIN procedure_catalogue p ON p.id = d.procedure_id
       LEFT JOIN dossier_steps s ON s.dossier_id = d.id AND s.finished_at IS NULL
      WHERE ${conditions.join(' AND ')}
      ORDER BY d.due_at ASC NULLS LAST, d.submitted_at DESC, d.id ASC LIMIT 21`,
    p.values,
  );
}

const HAS_RESULT = `d.state IN ('result_ready', 'returned')`;
const OPEN = `d.received_at IS NOT NULL AND d.finished_at IS NULL`;
const STATUTORY_DUE = `coalesce(d.original_due_at, d.due_at)`;

export async function resultBoardBefore(db: Database, kind: 'finished' | 'late', now: Date): Promise<void> {
  const where = kind === 'finished' ? HAS_RESULT : `((${HAS_RESULT} AND d.finished_at > ${STATUTORY_DUE}) OR (${OPEN} AND ${STATUTORY_DUE} < coalesce(d.clock_paused_at, $1)))`;
  const order = kind === 'finished' ? 'd.finished_at DESC, d.code DESC' : 'd.finished_at DESC NULLS FIRST, d.due_at DESC, d.code DESC';
  await Promise.all([
    db.query(
      `SELECT d.code, p.name, d.applicant_name, a.name, d.received_at, d.due_at, d.finished_at, coalesce(d.finished_at, $1) > ${STATUTORY_DUE} AS late,
              (SELECT e.comment FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'extend' ORDER BY e.id DESC LIMIT 1) AS apology
         FROM dossiers d JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory a ON a.id = d.competent_agency_id
        WHERE ${where} ORDER BY ${order} LIMIT 20 OFFSET 0`,
      [now],
    ),
    db.query(`SELECT count(*)::int FROM dossiers d WHERE ${where.replaceAll('$1', '$1::timestamptz')}`, kind === 'finished' ? [] : [now]),
  ]);
}

export async function statisticsBefore(db: Database, from: Date, to: Date, now: Date): Promise<void> {
  await db.query(
    `SELECT count(*) FILTER (WHERE d.received_at >= $1 AND d.received_at < $2)::int, count(*) FILTER (WHERE d.received_at >= $1 AND d.received_at < $2 AND d.channel = 'online')::int,
            count(*) FILTER (WHERE ${HAS_RESULT} AND d.finished_at >= $1 AND d.finished_at < $2)::int,
            count(*) FILTER (WHERE ${HAS_RESULT} AND d.finished_at >= $1 AND d.finished_at < $2 AND d.finished_at <= ${STATUTORY_DUE})::int,
            count(*) FILTER (WHERE ${OPEN})::int, count(*) FILTER (WHERE ${OPEN} AND d.due_at < coalesce(d.clock_paused_at, $3))::int
       FROM dossiers d WHERE (d.received_at >= $1 AND d.received_at < $2) OR (d.finished_at >= $1 AND d.finished_at < $2) OR (${OPEN})`,
    [from, to, now],
  );
}

export async function popularBefore(db: Database, now: Date): Promise<void> {
  await db.query(
    `SELECT p.code, p.name, count(*)::int AS dossiers FROM dossiers d JOIN procedure_catalogue p ON p.id = d.procedure_id
      WHERE p.active AND d.received_at >= $1 AND d.received_at <= $2 GROUP BY p.code, p.name, p.search_name ORDER BY dossiers DESC, p.search_name LIMIT 8`,
    [new Date(now.getTime() - 365 * 86_400_000), now],
  );
}

/**
 * The statistics of issue 15 as they would be counted without tallies: plain queries over the
 * dossiers, their fee events, their steps and the ratings of a scope (the competent agency in the
 * subtree; null = the province) and a period [from, to), grouped as the breakdown asks. Each is
 * the statement a first version would send; the bench prints its time next to the tallies'.
 */
export type BeforeGroup = 'none' | 'agency' | 'procedure' | 'officer' | 'month';

const IN = (column: string) => `${column} >= $1 AND ${column} < $2`;
const LATE = `(d.supplement_count > 1 OR d.finished_at > ${STATUTORY_DUE})`;
const FINISHED_IN = `${HAS_RESULT} AND ${IN('d.finished_at')}`;
const VIETNAM_MONTH = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
const VIETNAM_DAY = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
const inScope = (column: string, agencyIds: readonly string[] | null) => (agencyIds ? `${column} = ANY($4::uuid[])` : 'true');

const DOSSIER_FIGURES = `
  count(*) FILTER (WHERE ${IN('d.received_at')})::int AS received,
  count(*) FILTER (WHERE ${IN('d.received_at')} AND d.channel = 'online')::int AS received_online,
  count(*) FILTER (WHERE ${IN('d.received_at')} AND d.channel = 'post')::int AS received_by_post,
  count(*) FILTER (WHERE ${IN('d.received_at')} AND d.components @? '$[*].fileIds[*]')::int AS digitised,
  coalesce(sum(d.supplement_count) FILTER (WHERE ${IN('d.received_at')}), 0)::int AS supplement_requests,
  count(*) FILTER (WHERE d.received_at < $1 AND (d.finished_at IS NULL OR d.finished_at >= $1) AND d.state <> 'refused')::int AS carried_over,
  count(*) FILTER (WHERE ${FINISHED_IN})::int AS finished,
  count(*) FILTER (WHERE ${FINISHED_IN} AND ${LATE})::int AS late,
  count(*) FILTER (WHERE ${FINISHED_IN} AND NOT ${LATE} AND ${VIETNAM_DAY('d.finished_at')} < ${VIETNAM_DAY(STATUTORY_DUE)})::int AS early,
  count(*) FILTER (WHERE ${FINISHED_IN} AND d.outcome = 'rejected')::int AS rejected,
  count(*) FILTER (WHERE d.state = 'withdrawn' AND ${IN('d.finished_at')})::int AS withdrawn,
  count(*) FILTER (WHERE d.state = 'stopped' AND ${IN('d.finished_at')})::int AS stopped,
  count(*) FILTER (WHERE d.state = 'refused' AND ${IN('d.updated_at')})::int AS refused,
  avg(extract(epoch FROM d.finished_at - d.received_at) / 86400) FILTER (WHERE ${FINISHED_IN}) AS average_days,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM d.finished_at - d.received_at) / 86400) FILTER (WHERE ${FINISHED_IN}) AS p90_days,
  count(*) FILTER (WHERE ${OPEN})::int AS in_progress,
  count(*) FILTER (WHERE ${OPEN} AND ${STATUTORY_DUE} < coalesce(d.clock_paused_at, $3))::int AS overdue`;

/** Any dossier the period sees: received before its end and not ended before its start, or refused in it. */
const ALIVE = `((d.received_at < $2 AND (d.finished_at IS NULL OR d.finished_at >= $1)) OR (d.state = 'refused' AND ${IN('d.updated_at')}))`;

const GROUPS: Record<Exclude<BeforeGroup, 'officer' | 'month'>, { dossier: string; rating: string }> = {
  none: { dossier: `''`, rating: `''` },
  agency: { dossier: 'd.competent_agency_id', rating: 'r.agency_id' },
  procedure: { dossier: 'd.procedure_id', rating: 'd.procedure_id' },
};

export async function figuresBefore(db: Database, agencyIds: readonly string[] | null, from: Date, to: Date, now: Date, group: BeforeGroup): Promise<void> {
  const params = [from, to, now, ...(agencyIds ? [agencyIds] : [])];
  const queries: Array<Promise<unknown>> = [];
  if (group === 'officer') {
    // An officer's figures are their steps' and their ratings'.
    queries.push(
      db.query(
        `SELECT coalesce(s.assignee_id, s.finished_by) AS officer, count(*) FILTER (WHERE ${IN('s.started_at')})::int AS started,
                count(*) FILTER (WHERE ${IN('s.finished_at')})::int AS finished, count(*) FILTER (WHERE ${IN('s.finished_at')} AND s.finished_at > s.due_at)::int AS late,
                count(*) FILTER (WHERE s.finished_at IS NULL AND $3::timestamptz IS NOT NULL)::int AS open
           FROM dossier_steps s WHERE ${inScope('s.agency_id', agencyIds)} AND s.started_at < $2 AND (s.finished_at IS NULL OR s.finished_at >= $1) GROUP BY 1`,
        params,
      ),
      db.query(
        `SELECT r.officer_id, count(*) FILTER (WHERE r.score = 'very_satisfied')::int, count(*) FILTER (WHERE r.score = 'satisfied')::int, count(*) FILTER (WHERE r.score = 'not_satisfied')::int
           FROM ratings r WHERE ${inScope('r.agency_id', agencyIds)} AND ${IN('r.created_at')} AND $3::timestamptz IS NOT NULL GROUP BY 1`,
        params,
      ),
    );
  } else if (group === 'month') {
    // Each figure in the month of the instant it is dated by.
    queries.push(
      db.query(
        `SELECT month, sum(received)::int, sum(online)::int, sum(finished)::int, sum(late)::int, avg(days) FROM (
           SELECT ${VIETNAM_MONTH('d.received_at')} AS month, 1 AS received, (d.channel = 'online')::int AS online, 0 AS finished, 0 AS late, NULL::float8 AS days
             FROM dossiers d WHERE ${inScope('d.competent_agency_id', agencyIds)} AND ${IN('d.received_at')}
           UNION ALL
           SELECT ${VIETNAM_MONTH('d.finished_at')}, 0, 0, 1, ${LATE}::int, extract(epoch FROM d.finished_at - d.received_at) / 86400
             FROM dossiers d WHERE ${inScope('d.competent_agency_id', agencyIds)} AND ${FINISHED_IN}) m
          WHERE $3::timestamptz IS NOT NULL GROUP BY month`,
        params,
      ),
    );
  } else {
    const by = GROUPS[group];
    queries.push(
      db.query(`SELECT ${by.dossier} AS grp, ${DOSSIER_FIGURES} FROM dossiers d WHERE ${inScope('d.competent_agency_id', agencyIds)} AND ${ALIVE} GROUP BY 1`, params),
      db.query(
        `SELECT ${by.dossier} AS grp, count(*)::int AS fees_paid, count(*) FILTER (WHERE e.data->>'method' = 'online')::int AS fees_paid_online
           FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
          WHERE e.action = 'confirm_fee_paid' AND ${IN('e.occurred_at')} AND ${inScope('d.competent_agency_id', agencyIds)} AND $3::timestamptz IS NOT NULL GROUP BY 1`,
        params,
      ),
      db.query(
        `SELECT ${by.rating} AS grp, count(*) FILTER (WHERE r.score = 'very_satisfied')::int, count(*) FILTER (WHERE r.score = 'satisfied')::int, count(*) FILTER (WHERE r.score = 'not_satisfied')::int
           FROM ratings r LEFT JOIN dossiers d ON d.id = r.dossier_id
          WHERE ${inScope('r.agency_id', agencyIds)} AND ${IN('r.created_at')} AND $3::timestamptz IS NOT NULL GROUP BY 1`,
        params,
      ),
    );
  }
  await Promise.all(queries);
}

/** A page of the dossiers that finished late in the period, newest first, by offset. */
export async function lateDossiersBefore(db: Database, agencyIds: readonly string[] | null, from: Date, to: Date, page: number, limit = 20): Promise<void> {
  await db.query(
    `SELECT d.code, p.name, d.applicant_name, a.name, d.received_at, d.finished_at
       FROM dossiers d JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory a ON a.id = d.competent_agency_id
      WHERE ${FINISHED_IN} AND ${LATE} AND ${inScope('d.competent_agency_id', agencyIds).replace('$4', '$3')}
      ORDER BY d.finished_at DESC, d.code DESC LIMIT ${limit + 1} OFFSET ${(page - 1) * limit}`,
    [from, to, ...(agencyIds ? [agencyIds] : [])],
  );
}
