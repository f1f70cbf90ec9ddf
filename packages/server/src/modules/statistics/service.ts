import { maskPersonName, vietnamDate, vietnamInstant } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';
import { iso } from '../../platform/instants.js';

/**
 * Public figures of the one-stop shop (Decree 61/2018 asks agencies to publish them): counts and
 * rates, and boards of results and of late dossiers with the agency's apology. Nothing here names
 * an applicant in full or an officer at all.
 */

/** A dossier that has its result: approved or refused with reasons, returned or waiting to be. */
const HAS_RESULT = `d.state IN ('result_ready', 'returned')`;
/** Received and neither decided, withdrawn nor stopped. */
const OPEN = `d.received_at IS NOT NULL AND d.finished_at IS NULL`;
/** The statutory appointment: an extension moves `due_at`, not this. */
const STATUTORY_DUE = `coalesce(d.original_due_at, d.due_at)`;

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * The figures of the current year (Vietnam time): dossiers received and finished in it, with
 * `processing` and `overdue` as they stand now. A finished dossier is on time if it finished by
 * its statutory appointment (extensions do not count); an open one is overdue once its current
 * appointment has passed, the clock frozen while it waits for the applicant.
 */
export async function yearFigures(db: Queryable, now: Date) {
  const year = Number(vietnamDate(now).slice(0, 4));
  const from = vietnamInstant(`${year}-01-01`);
  const to = vietnamInstant(`${year + 1}-01-01`);
  const { rows } = await db.query<{ received: number; online: number; finished: number; on_time: number; processing: number; overdue: number }>(
    `SELECT count(*) FILTER (WHERE d.received_at >= $1 AND d.received_at < $2)::int AS received,
            count(*) FILTER (WHERE d.received_at >= $1 AND d.received_at < $2 AND d.channel = 'online')::int AS online,
            count(*) FILTER (WHERE ${HAS_RESULT} AND d.finished_at >= $1 AND d.finished_at < $2)::int AS finished,
            count(*) FILTER (WHERE ${HAS_RESULT} AND d.finished_at >= $1 AND d.finished_at < $2 AND d.finished_at <= ${STATUTORY_DUE})::int AS on_time,
            count(*) FILTER (WHERE ${OPEN})::int AS processing,
            count(*) FILTER (WHERE ${OPEN} AND d.due_at < coalesce(d.clock_paused_at, $3))::int AS overdue
       FROM dossier_facts d
      WHERE (d.received_at >= $1 AND d.received_at < $2) OR (d.finished_at >= $1 AND d.finished_at < $2) OR (${OPEN})`,
    [from, to, now],
  );
  const figures = rows[0]!;
  return {
    year,
    received: figures.received,
    finished: figures.finished,
    processing: figures.processing,
    overdue: figures.overdue,
    onTimeRate: ratio(figures.on_time, figures.finished),
    onlineRate: ratio(figures.online, figures.received),
  };
}

/** The procedures most dossiers were received for in the last 365 days; ties by name, accents aside (Cấp before Chứng). */
export async function popularProcedures(db: Queryable, now: Date, limit: number) {
  const since = new Date(now.getTime() - 365 * 86_400_000);
  const { rows } = await db.query<{ code: string; name: string; field_name: string; dossiers: number }>(
    `SELECT p.code, p.name, f.name AS field_name, count(*)::int AS dossiers
       FROM dossier_facts d JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN field_catalogue f ON f.code = p.field_code
      WHERE p.active AND d.received_at >= $1 AND d.received_at <= $2
      GROUP BY p.code, p.name, p.search_name, f.name
      ORDER BY dossiers DESC, p.search_name, p.name, p.code
      LIMIT $3`,
    [since, now, limit],
  );
  return { items: rows.map((row) => ({ code: row.code, name: row.name, fieldName: row.field_name, dossiers: row.dossiers })) };
}

export const RESULT_KINDS = ['finished', 'late'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/**
 * - finished: dossiers with a result, most recently finished first;
 * - late: dossiers that finished with a result after their statutory appointment, and open ones
 *   past it (the clock frozen while waiting for the applicant) — open ones first.
 * Each with the apology the agency gave when it extended the time limit, if it did.
 */
// `now` adds the current instant to the query's parameters when the condition needs it.
const RESULT_BOARDS: Record<ResultKind, { where: (now: () => string) => string; order: string }> = {
  finished: { where: () => HAS_RESULT, order: 'd.finished_at DESC, d.code DESC' },
  late: {
    where: (now) => `((${HAS_RESULT} AND d.finished_at > ${STATUTORY_DUE}) OR (${OPEN} AND ${STATUTORY_DUE} < coalesce(d.clock_paused_at, ${now()})))`,
    order: 'd.finished_at DESC NULLS FIRST, d.due_at DESC, d.code DESC',
  },
};

interface ResultRow {
  code: string;
  procedure_name: string;
  applicant_name: string;
  agency_name: string;
  received_at: Date | null;
  due_at: Date | null;
  finished_at: Date | null;
  late: boolean;
  apology: string | null;
}

export async function resultBoard(db: Queryable, now: Date, kind: ResultKind, page: { limit: number; offset: number }) {
  const board = RESULT_BOARDS[kind];
  const listParams = new SqlParams();
  const at = listParams.add(now);
  const countParams = new SqlParams();
  const [list, count] = await Promise.all([
    db.query<ResultRow>(
      `SELECT d.code, p.name AS procedure_name, d.applicant_name, a.name AS agency_name, d.received_at, d.due_at, d.finished_at,
              coalesce(d.finished_at, ${at}) > ${STATUTORY_DUE} AS late,
              (SELECT e.comment FROM dossier_event_facts e WHERE e.dossier_id = d.id AND e.action = 'extend' ORDER BY e.id DESC LIMIT 1) AS apology
         FROM dossier_facts d JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory a ON a.id = d.competent_agency_id
        WHERE ${board.where(() => at)}
        ORDER BY ${board.order}
        LIMIT ${listParams.add(page.limit)} OFFSET ${listParams.add(page.offset)}`,
      listParams.values,
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM dossier_facts d WHERE ${board.where(() => `${countParams.add(now)}::timestamptz`)}`, countParams.values),
  ]);
  return {
    items: list.rows.map((row) => ({
      code: row.code,
      procedureName: row.procedure_name,
      applicantName: maskPersonName(row.applicant_name),
      agencyName: row.agency_name,
      receivedAt: iso(row.received_at),
      dueAt: iso(row.due_at),
      finishedAt: iso(row.finished_at),
      late: kind === 'late' || row.late === true,
      // An extension always carries its written reason; an empty one would be no apology at all.
      apology: row.apology || null,
    })),
    total: count.rows[0]!.total,
  };
}
