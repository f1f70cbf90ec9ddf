import { addDays, maskApplicantName, vietnamDate, vietnamDaySpan } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';
import { invalid } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { KEY_PARTS, type KeyPart, MICROSECONDS, decodeKey, instantOf, pageOf } from '../../platform/keyset.js';
import { figuresOf, periodRows } from './figures.js';

/**
 * Public figures of the one-stop shop (Decree 61/2018 asks agencies to publish them): counts and
 * rates, and boards of results and of late dossiers with the agency's apology. Nothing here names
 * an applicant who is a person in full, or an officer at all.
 */

/** A dossier that has its result: approved or refused with reasons, returned or waiting to be. */
const HAS_RESULT = `d.state IN ('result_ready', 'returned')`;
/** Received and neither decided, withdrawn nor stopped: the work in hand, as many as the office handles at once. */
const OPEN = `d.received_at IS NOT NULL AND d.finished_at IS NULL`;
/** The statutory appointment: an extension moves `due_at`, not this. */
const STATUTORY_DUE = `coalesce(d.original_due_at, d.due_at)`;
/**
 * Open and overdue at `now` by the statistics' rule: past its statutory appointment, running, by
 * now; waiting for the applicant, already when its clock stopped.
 */
const OPEN_LATE = (now: string) => `${OPEN} AND CASE WHEN d.clock_paused_at IS NULL THEN ${STATUTORY_DUE} <= ${now} ELSE ${STATUTORY_DUE} < d.clock_paused_at END`;
/** Decided late by the statistics' rule (DOMAIN): after the statutory appointment, or asked for more than one supplement. */
const DECIDED_LATE = `(d.supplement_count > 1 OR d.finished_at > ${STATUTORY_DUE})`;

/** The procedures that received most dossiers in the last 365 days, from the statistics' tallies. */
export async function popularProcedures(db: Queryable, now: Date, limit: number) {
  const today = vietnamDate(now);
  const p = new SqlParams();
  const { rows } = await db.query<{ code: string; name: string; field_name: string; dossiers: number }>(
    `SELECT p.code, p.name, f.name AS field_name, t.dossiers
       FROM (SELECT r.procedure_id, sum(r.received)::int AS dossiers FROM statistics_rows r
              WHERE ${periodRows(p, { from: addDays(today, -364), to: today })} AND r.duration_days IS NULL GROUP BY 1) t
       JOIN procedure_catalogue p ON p.id = t.procedure_id JOIN field_catalogue f ON f.code = p.field_code
      WHERE p.active AND t.dossiers > 0
      ORDER BY t.dossiers DESC, p.search_name, p.name, p.code
      LIMIT ${p.add(limit)}`,
    p.values,
  );
  return { items: rows.map((row) => ({ code: row.code, name: row.name, fieldName: row.field_name, dossiers: row.dossiers })) };
}

export const RESULT_KINDS = ['finished', 'late'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** What a board may be narrowed to: the agency competent to decide, a procedure (by its code) and a span of Vietnam days. */
export interface BoardFilters {
  agencyId?: string | undefined;
  procedureCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface ResultRow {
  code: string;
  procedure_name: string;
  applicant_type: 'citizen' | 'organisation';
  applicant_name: string;
  agency_name: string;
  received_at: Date | null;
  statutory_due_at: Date | null;
  due_at: Date | null;
  finished_at: Date | null;
  late: boolean;
  apology: string | null;
  finished_key: string | null;
  due_key: string | null;
}

/** The pieces a board's page is built of, its placeholders in `p`. */
interface PageQuery {
  p: SqlParams;
  /** Now, the instant lateness is judged at. */
  at: string;
  /** How many rows each part reads at most: a page and the one that says another follows. */
  end: string;
  /** The agency and procedure conditions. */
  scope: string[];
  /** The conditions that keep `column` within the days asked for. */
  within: (column: string) => string[];
  /** The key of the last row of the page before (platform/keyset.ts), null on the first page. */
  after: KeyPart[] | null;
}

/**
 * A board's page, newest first, read from the boards' indexes (migrations 018, 019, 026) only as
 * far as the page goes, after the key of the page before:
 * - finished: dossiers with a result, most recently finished first, dated by the day they finished;
 * - late: open dossiers past their statutory appointment (the clock frozen while waiting for the
 *   applicant), the latest appointment first and dated by it, then dossiers that finished with a
 *   result after it, dated by the day they finished.
 * `page` selects code, finished_at and `due` (what the order sorts by) of `end` rows at most, in `order`.
 * The unfiltered board's total comes from the day tallies, which are kept per procedure and not per
 * agency; a filtered board has none, as counting it would read every dossier it holds.
 */
interface ResultBoard {
  order: string;
  key: Array<(part: unknown) => boolean>;
  keyOf: (row: ResultRow) => KeyPart[];
  page: (query: PageQuery) => string;
  total: (db: Queryable, now: Date) => Promise<number>;
}

/** The results ever given, and those late, from the agencies' year rollups (the installation's whole life). */
const resultsTallied = async (db: Queryable) =>
  (await db.query<{ finished: number; late: number }>(
    `SELECT coalesce(sum(finished), 0)::int AS finished, coalesce(sum(finished_late), 0)::int AS late FROM statistics_rows WHERE span = 'Y' AND duration_days IS NULL`,
  )).rows[0]!;

const where = (conditions: string[]) => conditions.join(' AND ');
const microsOrNull = (part: unknown) => part === null || KEY_PARTS.micros(part);

const RESULT_BOARDS: Record<ResultKind, ResultBoard> = {
  finished: {
    order: 'finished_at DESC, code DESC',
    key: [KEY_PARTS.micros, KEY_PARTS.text],
    keyOf: (row) => [row.finished_key, row.code],
    page: ({ p, end, scope, within, after }) => {
      const conditions = [HAS_RESULT, ...scope, ...within('d.finished_at')];
      if (after) conditions.push(`(d.finished_at, d.code) < (${instantOf(p.add(after[0]))}, ${p.add(after[1])})`);
      return `SELECT d.code, d.finished_at, d.due_at AS due FROM dossier_facts d WHERE ${where(conditions)} ORDER BY d.finished_at DESC, d.code DESC LIMIT ${end}`;
    },
    total: async (db) => (await resultsTallied(db)).finished,
  },
  late: {
    order: 'finished_at DESC NULLS FIRST, due DESC, code DESC',
    key: [microsOrNull, microsOrNull, KEY_PARTS.text],
    keyOf: (row) => [row.finished_key, row.due_key, row.code],
    page: ({ p, at, end, scope, within, after }) => {
      // Paused or not, an open dossier late at `at` was due by it: the bound the index reads from.
      const open = [OPEN_LATE(at), `${STATUTORY_DUE} <= ${at}`, ...scope, ...within(STATUTORY_DUE)];
      const finished = [HAS_RESULT, DECIDED_LATE, ...scope, ...within('d.finished_at')];
      const [finishedAt, due, code] = after ?? [];
      if (after && finishedAt === null) open.push(`(${STATUTORY_DUE}, d.code) < (${instantOf(p.add(due))}, ${p.add(code)})`);
      if (after && finishedAt !== null) finished.push(`(d.finished_at, d.code) < (${instantOf(p.add(finishedAt))}, ${p.add(code)})`);
      // Decided ones are dated by their end alone (migrations 029, 033 hold them in that order).
      const finishedPart = `(SELECT d.code, d.finished_at, NULL::timestamptz AS due FROM dossier_facts d WHERE ${where(finished)}
         ORDER BY d.finished_at DESC, d.code DESC LIMIT ${end})`;
      // After a finished dossier, the open ones (listed first) are all behind.
      if (after && finishedAt !== null) return finishedPart;
      return `(SELECT d.code, d.finished_at, ${STATUTORY_DUE} AS due FROM dossier_facts d WHERE ${where(open)}
         ORDER BY ${STATUTORY_DUE} DESC, d.code DESC LIMIT ${end})
       UNION ALL
       ${finishedPart}`;
    },
    total: async (db, now) => {
      const today = vietnamDate(now);
      const [open, results] = await Promise.all([figuresOf(db, {}, { from: today, to: today }, now), resultsTallied(db)]);
      return open.inProgress.overdue + results.late;
    },
  },
};

/** The period's bounds; 400 when it ends before it starts. */
function periodOf(filters: BoardFilters) {
  const span = vietnamDaySpan(filters.from, filters.to);
  if (!span) throw invalid('to', 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.', 'to must not be before from.');
  return span;
}

export async function resultBoard(db: Queryable, now: Date, kind: ResultKind, filters: BoardFilters, page: { limit: number; cursor?: string | undefined }) {
  const board = RESULT_BOARDS[kind];
  const { start, end } = periodOf(filters);
  const after = page.cursor ? decodeKey(page.cursor, board.key) : null;
  const p = new SqlParams();
  const at = `${p.add(now)}::timestamptz`;
  const scope: string[] = [];
  if (filters.procedureCode) scope.push(`d.procedure_id = (SELECT c.id FROM procedure_catalogue c WHERE c.code = ${p.add(filters.procedureCode)})`);
  if (filters.agencyId) scope.push(`d.competent_agency_id = ${p.add(filters.agencyId)}::uuid`);
  const startAt = start && `${p.add(start)}::timestamptz`;
  const endAt = end && `${p.add(end)}::timestamptz`;
  const within = (column: string) => [...(startAt ? [`${column} >= ${startAt}`] : []), ...(endAt ? [`${column} < ${endAt}`] : [])];
  const rowsAfter = `${p.add(page.limit + 1)}::int`;
  const filtered = scope.length > 0 || start !== null || end !== null;
  const [list, total] = await Promise.all([
    db.query<ResultRow>(
      `WITH board AS (SELECT code, finished_at, due FROM (${board.page({ p, at, end: rowsAfter, scope, within, after })}) rows
                       ORDER BY ${board.order} LIMIT ${rowsAfter})
       SELECT d.code, p.name AS procedure_name, d.applicant_type, d.applicant_name, a.name AS agency_name, d.received_at, ${STATUTORY_DUE} AS statutory_due_at, d.due_at, d.finished_at,
              coalesce(d.finished_at, ${at}) > ${STATUTORY_DUE} AS late,
              ${MICROSECONDS('board.finished_at')} AS finished_key, ${MICROSECONDS('board.due')} AS due_key,
              (SELECT e.comment FROM dossier_event_facts e WHERE e.dossier_id = d.id AND e.action = 'extend' ORDER BY e.id DESC LIMIT 1) AS apology
         FROM board JOIN dossier_facts d ON d.code = board.code
         JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory a ON a.id = d.competent_agency_id
        ORDER BY ${board.order.replace(/\b(finished_at|due|code)\b/g, 'board.$1')}`,
      p.values,
    ),
    filtered ? null : board.total(db, now),
  ]);
  const { rows, nextCursor } = pageOf(list.rows, page.limit, board.keyOf);
  return {
    items: rows.map((row) => ({
      code: row.code,
      procedureName: row.procedure_name,
      applicantName: maskApplicantName({ type: row.applicant_type, name: row.applicant_name }),
      agencyName: row.agency_name,
      receivedAt: iso(row.received_at),
      statutoryDueAt: iso(row.statutory_due_at),
      dueAt: iso(row.due_at),
      finishedAt: iso(row.finished_at),
      late: kind === 'late' || row.late === true,
      // An extension always carries its written reason; an empty one would be no apology at all.
      apology: row.apology || null,
    })),
    nextCursor,
    total,
  };
}
