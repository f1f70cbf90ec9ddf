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
