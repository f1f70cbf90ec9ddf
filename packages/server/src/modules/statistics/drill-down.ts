import { type DossierState, type Figures, STATE_LABELS, nextDay, vietnamDate, vietnamInstant } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';
import { iso } from '../../platform/instants.js';
import { KEY_PARTS, MICROSECONDS, decodeKey, instantOf, pageOf } from '../../platform/keyset.js';
import type { Period, StatisticsScope } from './figures.js';

/**
 * The dossiers behind a figure of the statistics, newest first, a page at a time. Each figure is
 * the tallies' definition (db/functions/statistics.sql, statistics_dossier_contributions; core's
 * timingOf) written as conditions on the dossiers, so that a list walked to its end holds as many
 * dossiers as the figure says. Bounds: S, the first instant of the period; E, the first instant
 * after its last day (today, when it runs on); now.
 */

export const DRILL_FIGURES = [
  'received',
  'received_online',
  'with_supplements',
  'carried_over',
  'finished',
  'finished_early',
  'finished_on_time',
  'finished_late',
  'rejected',
  'refused',
  'withdrawn',
  'stopped',
  'in_progress',
  'in_progress_on_time',
  'overdue',
] as const;
export type DrillFigure = (typeof DRILL_FIGURES)[number];

/** The number each list adds up to: its rows, or for the supplement requests the requests its rows carry. */
export const FIGURE_COUNTS: Record<DrillFigure, (figures: Figures) => number> = {
  received: (f) => f.received,
  received_online: (f) => f.receivedByChannel.online,
  with_supplements: (f) => f.supplementRequests,
  carried_over: (f) => f.carriedOver,
  finished: (f) => f.finished.total,
  finished_early: (f) => f.finished.early,
  finished_on_time: (f) => f.finished.onTime,
  finished_late: (f) => f.finished.late,
  rejected: (f) => f.finished.rejected,
  refused: (f) => f.refused,
  withdrawn: (f) => f.withdrawn,
  stopped: (f) => f.stopped,
  in_progress: (f) => f.inProgress.total,
  in_progress_on_time: (f) => f.inProgress.onTime,
  overdue: (f) => f.inProgress.overdue,
};

/** The statutory appointment: an extension moves `due_at`, not this. */
const STATUTORY_DUE = 'coalesce(d.original_due_at, d.due_at)';
const HAS_RESULT = `d.state IN ('result_ready', 'returned')`;
const LATE = `(d.supplement_count > 1 OR d.finished_at > ${STATUTORY_DUE})`;
const OPEN = 'd.received_at IS NOT NULL AND d.finished_at IS NULL';
/** After the reception, up to and including the end: the expression of the spans' index (migration 032). */
const OPEN_SPAN = `tstzrange(d.received_at, CASE WHEN d.finished_at < d.received_at THEN d.received_at ELSE d.finished_at END, '(]')`;

interface Bounds {
  start: string;
  end: string;
  now: string;
  /** Whether dossiers may have ended after E: not when the period runs on to today. */
  endPassed: boolean;
}

/** Past its statutory appointment at the end of the period: running, by now; paused, already when its clock stopped. */
const OVERDUE_OPEN = (b: Bounds) =>
  `${STATUTORY_DUE} < ${b.end} AND CASE WHEN d.clock_paused_at IS NULL THEN ${STATUTORY_DUE} <= ${b.now} ELSE ${STATUTORY_DUE} < d.clock_paused_at END`;
const OVERDUE_ENDED_LATER = (b: Bounds) => `d.finished_at > ${STATUTORY_DUE} AND ${STATUTORY_DUE} < ${b.end}`;

/**
 * A list's parts, merged: each read in its own index order after the page before, or (`whole`)
 * read whole, for the lists no index holds in their order but one finds exactly: the dossiers open
 * at a past instant (their open spans' GiST index, migration 032) and those overdue now (by their
 * statutory appointments) — as many rows as the figure counts, whatever the years before it.
 */
interface Part {
  conditions: string[];
  whole?: boolean;
}
interface Drill {
  /** The instant all parts are sorted by. */
  column: 'd.received_at' | 'd.finished_at' | 'd.updated_at';
  parts: (b: Bounds) => Part[];
}

const ordered = (...lists: string[][]): Part[] => lists.map((conditions) => ({ conditions }));
const receivedIn = (b: Bounds) => [`d.received_at >= ${b.start}`, `d.received_at < ${b.end}`];
const resultIn = (b: Bounds) => [HAS_RESULT, 'd.received_at IS NOT NULL', `d.finished_at >= ${b.start}`, `d.finished_at < ${b.end}`];
const endedIn = (state: DossierState) => (b: Bounds) => ordered([`d.state = '${state}'`, 'd.received_at IS NOT NULL', `d.finished_at >= ${b.start}`, `d.finished_at < ${b.end}`]);
/**
 * Open at the start or the end of the period: received before it and not ended before it, their
 * spans found whole. While the period runs on to today, its end is to come and only the dossiers
 * open now are: read in the order of the open ones' index, or (`overdueOnly`) found whole by their
 * statutory appointments, passed before now. `open` and `endedLater` narrow those still open and
 * those ended since.
 */
const openAt =
  (edge: 'start' | 'end', open: (b: Bounds) => string = () => 'true', endedLater: (b: Bounds) => string = () => 'true', overdueOnly = false) =>
  (b: Bounds): Part[] =>
    edge === 'start' || b.endPassed
      ? [{ whole: true, conditions: ['d.received_at IS NOT NULL', `${OPEN_SPAN} @> ${b[edge]}`, `CASE WHEN d.finished_at IS NULL THEN ${open(b)} ELSE ${endedLater(b)} END`] }]
      : [{ whole: overdueOnly, conditions: [OPEN, `d.received_at < ${b[edge]}`, ...(overdueOnly ? [`${STATUTORY_DUE} <= ${b.now}`] : []), open(b)] }];

const DRILLS: Record<DrillFigure, Drill> = {
  received: { column: 'd.received_at', parts: (b) => ordered(receivedIn(b)) },
  received_online: { column: 'd.received_at', parts: (b) => ordered([...receivedIn(b), `d.channel = 'online'`]) },
  with_supplements: { column: 'd.received_at', parts: (b) => ordered([...receivedIn(b), 'd.supplement_count > 0']) },
  carried_over: { column: 'd.received_at', parts: openAt('start') },
  finished: { column: 'd.finished_at', parts: (b) => ordered(resultIn(b)) },
  finished_early: { column: 'd.finished_at', parts: (b) => ordered([...resultIn(b), `NOT ${LATE}`, `vietnam_day(d.finished_at) < vietnam_day(${STATUTORY_DUE})`]) },
  finished_on_time: { column: 'd.finished_at', parts: (b) => ordered([...resultIn(b), `NOT ${LATE}`, `vietnam_day(d.finished_at) >= vietnam_day(${STATUTORY_DUE})`]) },
  finished_late: { column: 'd.finished_at', parts: (b) => ordered([...resultIn(b), LATE]) },
  rejected: { column: 'd.finished_at', parts: (b) => ordered([...resultIn(b), `d.outcome = 'rejected'`]) },
  refused: { column: 'd.updated_at', parts: (b) => ordered([`d.state = 'refused'`, `d.updated_at >= ${b.start}`, `d.updated_at < ${b.end}`]) },
  withdrawn: { column: 'd.finished_at', parts: endedIn('withdrawn') },
  stopped: { column: 'd.finished_at', parts: endedIn('stopped') },
  in_progress: { column: 'd.received_at', parts: openAt('end') },
  in_progress_on_time: {
    column: 'd.received_at',
    parts: openAt('end', (b) => `NOT coalesce(${OVERDUE_OPEN(b)}, false)`, (b) => `NOT coalesce(${OVERDUE_ENDED_LATER(b)}, false)`),
  },
  overdue: { column: 'd.received_at', parts: openAt('end', (b) => `coalesce(${OVERDUE_OPEN(b)}, false)`, (b) => `coalesce(${OVERDUE_ENDED_LATER(b)}, false)`, true) },
};

export interface DrillRow {
  code: string;
  procedureName: string;
  applicantName: string;
  agencyName: string;
  receivedAt: string | null;
  statutoryDueAt: string | null;
  finishedAt: string | null;
  state: DossierState;
  stateLabel: string;
  supplementRequests: number;
  late: boolean;
}

interface Row {
  code: string;
  procedure_name: string;
  applicant_name: string;
  agency_name: string;
  received_at: Date | null;
  statutory_due_at: Date | null;
  finished_at: Date | null;
  state: DossierState;
  supplement_count: number;
  late: boolean;
  at_key: string;
}

/**
 * A page of the dossiers behind `figure`, newest first by the instant the figure dates them by
 * (received, ended, refused), after the key of the page before. With agencies, each agency's part is
 * read from its own index entries and the parts merged: a page costs the page per agency, whatever
 * the years of dossiers behind it.
 */
export async function figureDossiers(
  db: Queryable,
  figure: DrillFigure,
  scope: StatisticsScope,
  period: Period,
  now: Date,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: DrillRow[]; nextCursor: string | null }> {
  const drill = DRILLS[figure];
  const today = vietnamDate(now);
  const last = period.to < today ? period.to : today;
  const p = new SqlParams();
  const endAt = vietnamInstant(nextDay(last));
  // Each bound a placeholder once a list uses it: PostgreSQL cannot type a parameter no statement names.
  const placeholders = new Map<string, string>();
  const instant = (name: string, value: Date) => () => placeholders.get(name) ?? placeholders.set(name, `${p.add(value)}::timestamptz`).get(name)!;
  const [start, end, at] = [instant('start', vietnamInstant(period.from)), instant('end', endAt), instant('now', now)];
  const bounds: Bounds = {
    get start() {
      return start();
    },
    get end() {
      return end();
    },
    get now() {
      return at();
    },
    endPassed: endAt <= now,
  };
  const after = page.cursor ? decodeKey(page.cursor, [KEY_PARTS.micros, KEY_PARTS.text]) : null;
  const column = drill.column;
  const filters: string[] = [];
  if (scope.procedureIds) filters.push(`d.procedure_id = ANY(${p.add(scope.procedureIds)}::uuid[])`);
  if (scope.channel) filters.push(`d.channel = ${p.add(scope.channel)}`);
  if (after) filters.push(`(${column}, d.code) < (${instantOf(p.add(after[0]))}, ${p.add(after[1])})`);
  const rows = `${p.add(page.limit + 1)}::int`;
  const agencies = scope.agencyIds && p.add(scope.agencyIds);
  const newest = `ORDER BY at DESC, code DESC LIMIT ${rows}`;
  /** The part's dossiers of each agency, or of the province. */
  const read = (conditions: string[], order: string) => {
    const select = (agency: string | null) =>
      `SELECT d.code, ${column} AS at FROM dossier_facts d WHERE ${[...(agency ? [`d.competent_agency_id = ${agency}`] : []), ...conditions, ...filters].join(' AND ')} ${order}`;
    return agencies ? `SELECT part.code, part.at FROM unnest(${agencies}::uuid[]) agency(id) CROSS JOIN LATERAL (${select('agency.id')}) part` : select(null);
  };
  // MATERIALIZED keeps the planner from walking an index in the page's order instead, which the
  // LIMIT makes look cheap and years of dossiers make slow.
  const wholes: string[] = [];
  const parts = drill.parts(bounds).map(({ conditions, whole }) => {
    if (!whole) return `(${read(conditions, newest)})`;
    wholes.push(`whole_${wholes.length} AS MATERIALIZED (${read(conditions, '')})`);
    return `(SELECT code, at FROM whole_${wholes.length - 1} ${newest})`;
  });
  const { rows: listed } = await db.query<Row>(
    `WITH ${[...wholes, `listed AS (SELECT code, at FROM (${parts.join(' UNION ALL ')}) parts ${newest})`].join(', ')}
     SELECT d.code, p.name AS procedure_name, d.applicant_name, a.name AS agency_name, d.received_at, ${STATUTORY_DUE} AS statutory_due_at,
            d.finished_at, d.state, d.supplement_count,
            coalesce(d.supplement_count > 1 OR coalesce(d.finished_at, d.clock_paused_at, ${p.add(now)}::timestamptz) > ${STATUTORY_DUE}, false) AS late,
            ${MICROSECONDS('listed.at')} AS at_key
       FROM listed JOIN dossier_facts d ON d.code = listed.code
       JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory a ON a.id = d.competent_agency_id
      ORDER BY listed.at DESC, listed.code DESC`,
    p.values,
  );
  const { rows: pageRows, nextCursor } = pageOf(listed, page.limit, (row) => [row.at_key, row.code]);
  return {
    items: pageRows.map((row) => ({
      code: row.code,
      procedureName: row.procedure_name,
      applicantName: row.applicant_name,
      agencyName: row.agency_name,
      receivedAt: iso(row.received_at),
      statutoryDueAt: iso(row.statutory_due_at),
      finishedAt: iso(row.finished_at),
      state: row.state,
      stateLabel: STATE_LABELS[row.state].vi,
      supplementRequests: row.supplement_count,
      late: row.late,
    })),
    nextCursor,
  };
}
