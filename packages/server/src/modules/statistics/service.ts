import { maskPersonName, vietnamDate } from '@motcua/core';
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
/** Received and neither decided, withdrawn nor stopped: the work in hand, as many as the office handles at once. */
const OPEN = `d.received_at IS NOT NULL AND d.finished_at IS NULL`;
/** The statutory appointment: an extension moves `due_at`, not this. */
const STATUTORY_DUE = `coalesce(d.original_due_at, d.due_at)`;
/** Open and past its appointment, the clock frozen while it waits for the applicant. */
const OPEN_LATE = (now: string) => `${OPEN} AND ${STATUTORY_DUE} < coalesce(d.clock_paused_at, ${now})`;

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * The figures of the current year (Vietnam time): dossiers received and finished in it, from the
 * day tallies kept with every change (db/functions/dossier-queues.sql), with `processing` and
 * `overdue` as they stand now, counted over the open dossiers alone. A finished dossier is on time
 * if it finished by its statutory appointment (extensions do not count); an open one is overdue
 * once its current appointment has passed, the clock frozen while it waits for the applicant.
 */
export async function yearFigures(db: Queryable, now: Date) {
  const year = Number(vietnamDate(now).slice(0, 4));
  const { rows } = await db.query<{ received: number; online: number; finished: number; on_time: number; processing: number; overdue: number }>(
    `SELECT year.*, open.*
       FROM (SELECT coalesce(sum(f.received), 0)::int AS received, coalesce(sum(f.received_online), 0)::int AS online,
                    coalesce(sum(f.finished), 0)::int AS finished, coalesce(sum(f.finished_on_time), 0)::int AS on_time
               FROM dossier_day_figures f WHERE f.day >= $1::date AND f.day < $2::date) year,
            (SELECT count(*)::int AS processing, count(*) FILTER (WHERE d.due_at < coalesce(d.clock_paused_at, $3))::int AS overdue
               FROM dossier_facts d WHERE ${OPEN}) open`,
    [`${year}-01-01`, `${year + 1}-01-01`, now],
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

/** The procedures most dossiers were received for in the last 365 days (Vietnam days, today's included); ties by name, accents aside (Cấp before Chứng). */
export async function popularProcedures(db: Queryable, now: Date, limit: number) {
  const today = vietnamDate(now);
  const { rows } = await db.query<{ code: string; name: string; field_name: string; dossiers: number }>(
    `SELECT p.code, p.name, f.name AS field_name, sum(t.received)::int AS dossiers
       FROM dossier_day_figures t JOIN procedure_catalogue p ON p.id = t.procedure_id JOIN field_catalogue f ON f.code = p.field_code
      WHERE p.active AND t.day > $1::date - 365 AND t.day <= $1::date
      GROUP BY p.code, p.name, p.search_name, f.name
     HAVING sum(t.received) > 0
      ORDER BY dossiers DESC, p.search_name, p.name, p.code
      LIMIT $2`,
    [today, limit],
  );
  return { items: rows.map((row) => ({ code: row.code, name: row.name, fieldName: row.field_name, dossiers: row.dossiers })) };
}

export const RESULT_KINDS = ['finished', 'late'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

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

/**
 * A board's page, newest first, read from the boards' indexes (migrations/018) only as far as the
 * page goes, and its total from the tallies:
 * - finished: dossiers with a result, most recently finished first;
 * - late: open dossiers past their statutory appointment (the clock frozen while waiting for the
 *   applicant), the latest due first, then dossiers that finished with a result after it.
 * `page` selects code, finished_at and due_at of `end` rows at most, in `order`.
 */
interface ResultBoard {
  order: string;
  page: (at: string, end: string) => string;
  /** `at` adds the current instant to the query's parameters when the total needs it. */
  total: (at: () => string) => string;
}

const RESULT_BOARDS: Record<ResultKind, ResultBoard> = {
  finished: {
    order: 'finished_at DESC, code DESC',
    page: (_, end) => `SELECT d.code, d.finished_at, d.due_at FROM dossier_facts d WHERE ${HAS_RESULT} ORDER BY d.finished_at DESC, d.code DESC LIMIT ${end}`,
    total: () => 'SELECT coalesce(sum(finished), 0)::int AS total FROM dossier_day_figures',
  },
  late: {
    order: 'finished_at DESC NULLS FIRST, due_at DESC, code DESC',
    page: (at, end) =>
      `SELECT d.code, d.finished_at, d.due_at FROM dossier_facts d WHERE ${OPEN_LATE(at)}
       UNION ALL
       (SELECT d.code, d.finished_at, d.due_at FROM dossier_facts d WHERE ${HAS_RESULT} AND d.finished_at > ${STATUTORY_DUE}
         ORDER BY d.finished_at DESC, d.due_at DESC, d.code DESC LIMIT ${end})`,
    total: (at) =>
      `SELECT ((SELECT count(*) FROM dossier_facts d WHERE ${OPEN_LATE(at())}) + (SELECT coalesce(sum(finished_late), 0) FROM dossier_day_figures))::int AS total`,
  },
};

export async function resultBoard(db: Queryable, now: Date, kind: ResultKind, page: { limit: number; offset: number }) {
  const board = RESULT_BOARDS[kind];
  const listParams = new SqlParams();
  const at = `${listParams.add(now)}::timestamptz`;
  const end = `${listParams.add(page.offset + page.limit)}::int`;
  const countParams = new SqlParams();
  const [list, count] = await Promise.all([
    db.query<ResultRow>(
      `WITH board AS (SELECT code, finished_at, due_at FROM (${board.page(at, end)}) rows ORDER BY ${board.order}
                       LIMIT ${listParams.add(page.limit)} OFFSET ${listParams.add(page.offset)})
       SELECT d.code, p.name AS procedure_name, d.applicant_name, a.name AS agency_name, d.received_at, d.due_at, d.finished_at,
              coalesce(d.finished_at, ${at}) > ${STATUTORY_DUE} AS late,
              (SELECT e.comment FROM dossier_event_facts e WHERE e.dossier_id = d.id AND e.action = 'extend' ORDER BY e.id DESC LIMIT 1) AS apology
         FROM board JOIN dossier_facts d ON d.code = board.code
         JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory a ON a.id = d.competent_agency_id
        ORDER BY ${board.order.replace(/(\w+_at|code)/g, 'board.$1')}`,
      listParams.values,
    ),
    db.query<{ total: number }>(board.total(() => `${countParams.add(now)}::timestamptz`), countParams.values),
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
