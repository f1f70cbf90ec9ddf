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
/** Open and past its statutory appointment at `now`, the clock frozen while it waits for the applicant. */
const OPEN_LATE = (now: string) => `${OPEN} AND ${STATUTORY_DUE} < coalesce(d.clock_paused_at, ${now})`;

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The instant today began in Vietnam. */
const startOfVietnamDay = (now: Date) => new Date(`${vietnamDate(now)}T00:00:00+07:00`);

/**
 * The open dossiers as they stand at `now`, from the day tallies (each open dossier on the day of its
 * appointment, db/functions/dossier-queues.sql), the appointments of today passed so far read from
 * the dossiers: how many, how many past their current appointment (`overdue`), and past their
 * statutory one (`late`). Only the days that hold open dossiers are read (dossier_day_tallies_open).
 */
async function openFigures(db: Queryable, now: Date) {
  const { rows } = await db.query<{ open: number; overdue: number; late: number }>(
    `SELECT tallied.open::int, (tallied.overdue + today.overdue)::int AS overdue, (tallied.late + today.late)::int AS late
       FROM (SELECT coalesce(sum(f.open), 0) AS open,
                    coalesce(sum(f.open_paused_overdue), 0) + coalesce(sum(f.open_running) FILTER (WHERE f.day < $1::date), 0) AS overdue,
                    coalesce(sum(f.open_paused_late), 0) + coalesce(sum(f.open_running_statutory) FILTER (WHERE f.day < $1::date), 0) AS late
               FROM dossier_day_figures f WHERE f.open <> 0 OR f.open_running_statutory <> 0) tallied,
            (SELECT (SELECT count(*) FROM dossier_facts d
                      WHERE ${OPEN} AND d.clock_paused_at IS NULL AND d.due_at >= $2 AND d.due_at < $3) AS overdue,
                    (SELECT count(*) FROM dossier_facts d
                      WHERE ${OPEN} AND d.clock_paused_at IS NULL AND ${STATUTORY_DUE} >= $2 AND ${STATUTORY_DUE} < $3) AS late) today`,
    [vietnamDate(now), startOfVietnamDay(now), now],
  );
  return rows[0]!;
}

/**
 * The figures of the current year (Vietnam time): dossiers received and finished in it, from the
 * day tallies kept with every change (db/functions/dossier-queues.sql), with `processing` and
 * `overdue` as they stand now. A finished dossier is on time if it finished by its statutory
 * appointment (extensions do not count); an open one is overdue once its current appointment has
 * passed, the clock frozen while it waits for the applicant.
 */
export async function yearFigures(db: Queryable, now: Date) {
  const year = Number(vietnamDate(now).slice(0, 4));
  const [{ rows }, open] = await Promise.all([
    db.query<{ received: number; online: number; finished: number; on_time: number }>(
      `SELECT coalesce(sum(f.received), 0)::int AS received, coalesce(sum(f.received_online), 0)::int AS online,
              coalesce(sum(f.finished), 0)::int AS finished, coalesce(sum(f.finished_on_time), 0)::int AS on_time
         FROM dossier_day_figures f WHERE f.day >= $1::date AND f.day < $2::date`,
      [`${year}-01-01`, `${year + 1}-01-01`],
    ),
    openFigures(db, now),
  ]);
  const figures = rows[0]!;
  return {
    year,
    received: figures.received,
    finished: figures.finished,
    processing: open.open,
    overdue: open.overdue,
    onTimeRate: ratio(figures.on_time, figures.finished),
    onlineRate: ratio(figures.online, figures.received),
  };
}

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
 * A board's page, newest first, read from the boards' indexes (migrations/018, 019) only as far as
 * the page goes, and its total from the tallies:
 * - finished: dossiers with a result, most recently finished first;
 * - late: open dossiers past their statutory appointment (the clock frozen while waiting for the
 *   applicant), the latest appointment first, then dossiers that finished with a result after it.
 * `page` selects code, finished_at and `due` (what the order sorts by) of `end` rows at most, in `order`.
 */
interface ResultBoard {
  order: string;
  page: (at: string, end: string) => string;
  total: (db: Queryable, now: Date) => Promise<number>;
}

const finishedTally = async (db: Queryable, measure: 'finished' | 'finished_late') =>
  (await db.query<{ total: number }>(`SELECT coalesce(sum(${measure}), 0)::int AS total FROM dossier_day_figures`)).rows[0]!.total;

const RESULT_BOARDS: Record<ResultKind, ResultBoard> = {
  finished: {
    order: 'finished_at DESC, code DESC',
    page: (_, end) => `SELECT d.code, d.finished_at, d.due_at AS due FROM dossier_facts d WHERE ${HAS_RESULT} ORDER BY d.finished_at DESC, d.code DESC LIMIT ${end}`,
    total: (db) => finishedTally(db, 'finished'),
  },
  late: {
    order: 'finished_at DESC NULLS FIRST, due DESC, code DESC',
    // Paused or not, an open dossier late at `at` was due before it: the bound the index reads from.
    page: (at, end) =>
      `(SELECT d.code, d.finished_at, ${STATUTORY_DUE} AS due FROM dossier_facts d WHERE ${OPEN_LATE(at)} AND ${STATUTORY_DUE} < ${at}
         ORDER BY ${STATUTORY_DUE} DESC, d.code DESC LIMIT ${end})
       UNION ALL
       (SELECT d.code, d.finished_at, d.due_at FROM dossier_facts d WHERE ${HAS_RESULT} AND d.finished_at > ${STATUTORY_DUE}
         ORDER BY d.finished_at DESC, d.due_at DESC, d.code DESC LIMIT ${end})`,
    total: async (db, now) => {
      const [open, finished] = await Promise.all([openFigures(db, now), finishedTally(db, 'finished_late')]);
      return open.late + finished;
    },
  },
};

export async function resultBoard(db: Queryable, now: Date, kind: ResultKind, page: { limit: number; offset: number }) {
  const board = RESULT_BOARDS[kind];
  const p = new SqlParams();
  const at = `${p.add(now)}::timestamptz`;
  const end = `${p.add(page.offset + page.limit)}::int`;
  const [list, total] = await Promise.all([
    db.query<ResultRow>(
      `WITH board AS (SELECT code, finished_at, due FROM (${board.page(at, end)}) rows ORDER BY ${board.order}
                       LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)})
       SELECT d.code, p.name AS procedure_name, d.applicant_name, a.name AS agency_name, d.received_at, d.due_at, d.finished_at,
              coalesce(d.finished_at, ${at}) > ${STATUTORY_DUE} AS late,
              (SELECT e.comment FROM dossier_event_facts e WHERE e.dossier_id = d.id AND e.action = 'extend' ORDER BY e.id DESC LIMIT 1) AS apology
         FROM board JOIN dossier_facts d ON d.code = board.code
         JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory a ON a.id = d.competent_agency_id
        ORDER BY ${board.order.replace(/\b(finished_at|due|code)\b/g, 'board.$1')}`,
      p.values,
    ),
    board.total(db, now),
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
    total,
  };
}
