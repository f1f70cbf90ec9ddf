import { type Channel, type Figures, NO_FIGURES, type SpanRange, addDays, TALLY_MEASURES, type Tallies, emptyTallies, figuresFrom, nextDay, spanRanges, vietnamDate, vietnamInstant } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';

/**
 * The figures of issue 15 read from the statistics' tallies (db/functions/statistics.sql): one scan
 * of the scope's rows from the period's first day on, whole months read from the month rows; the
 * open dossiers from the rows of the days that hold them. Nothing here reads the dossiers but
 * today's appointments still to come, a few dozen rows.
 */

/** Which rows count: an agency's subtree (ids already expanded; none = the whole installation), procedures, a channel, a unit, an officer. */
export interface StatisticsScope {
  agencyIds?: readonly string[] | undefined;
  procedureIds?: readonly string[] | undefined;
  channel?: Channel | undefined;
  unitId?: string | undefined;
  officerId?: string | undefined;
}

/** Vietnam days, both included. */
export interface Period {
  from: string;
  to: string;
}

function scopeConditions(scope: StatisticsScope, p: SqlParams, row = 'r'): string[] {
  const conditions: string[] = [];
  if (scope.agencyIds) conditions.push(`${row}.agency_id = ANY(${p.add(scope.agencyIds)}::uuid[])`);
  if (scope.procedureIds) conditions.push(`${row}.procedure_id = ANY(${p.add(scope.procedureIds)}::uuid[])`);
  if (scope.channel) conditions.push(`${row}.channel = ${p.add(scope.channel)}`);
  if (scope.unitId) conditions.push(`${row}.unit_id = ${p.add(scope.unitId)}::uuid`);
  if (scope.officerId) conditions.push(`${row}.officer_id = ${p.add(scope.officerId)}::uuid`);
  return conditions;
}

/** The span a range's rows are read from: the agencies' rollups (spans 'M', 'Y', db/functions/statistics.sql) for whole months and years when the reader needs no procedure, unit or officer. */
const spanOf = (span: SpanRange['span'], rollups: boolean) => (rollups && span !== 'd' ? span.toUpperCase() : span);

/**
 * Rows of the days from `from` to `to` (null: ever after), whole years and months from their own
 * rows (or months only), the rollups' when `rollups`.
 */
function rangeCondition(p: SqlParams, from: string, to: string | null, largest: 'm' | 'y' = 'y', rollups = false): string {
  const parts = spanRanges(from, to, largest).map(({ span, lo, hi }) =>
    `(r.span = '${spanOf(span, rollups)}' AND r.day >= ${p.add(lo)}::date${hi ? ` AND r.day < ${p.add(hi)}::date` : ''})`,
  );
  return parts.length === 0 ? 'false' : `(${parts.join(' OR ')})`;
}

/**
 * The same rows as one UNION ALL of a SELECT per range, each on one span: a range of rollup rows
 * is then read from its covering index alone (migration 067), where one condition OR-ing the
 * ranges would fetch every row from the table through a bitmap.
 */
function rangeSelects(p: SqlParams, from: string, to: string | null, largest: 'm' | 'y', rollups: boolean, select: (range: SpanRange) => string, conditions: string[]): string[] {
  return spanRanges(from, to, largest).map((range) => {
    const bounds = [`r.span = '${spanOf(range.span, rollups)}'`, `r.day >= ${p.add(range.lo)}::date`, ...(range.hi ? [`r.day < ${p.add(range.hi)}::date`] : [])];
    return `SELECT ${select(range)} FROM statistics_rows r WHERE ${where([...bounds, ...conditions])}`;
  });
}

/** The condition on the tallies' rows `r` that counts each day of the period once. */
export const periodRows = (p: SqlParams, period: Period): string => rangeCondition(p, period.from, nextDay(period.to));

const where = (conditions: string[]) => (conditions.length === 0 ? 'true' : conditions.join(' AND '));

/** The last day the period's events are read to: its end, or today when it runs on. */
const lastDayOf = (period: Period, now: Date) => (period.to < vietnamDate(now) ? period.to : vietnamDate(now));

/** What figures may be grouped by: a key of the tallies. Units and officers have only their steps' and ratings' rows. */
export const GROUP_KEYS = { agency: 'agency_id', procedure: 'procedure_id', unit: 'unit_id', officer: 'officer_id' } as const;
export type GroupKey = keyof typeof GROUP_KEYS;
/** The column of the dossiers that each grouping reads today's appointments by (none: the groups hold no dossiers). */
const DOSSIER_GROUP_COLUMNS: Record<GroupKey, string | null> = { agency: 'd.competent_agency_id', procedure: 'd.procedure_id', unit: null, officer: null };

/** Figures per key, per month of the period (each on its own days, read from day and month rows), or one set. */
type Grouping = GroupKey | 'month' | null;

/** The months a period touches (up to today), each cut to the period: `YYYY-MM` and its days. */
export function monthsOf(period: Period, now: Date): Array<Period & { key: string }> {
  const months: Array<Period & { key: string }> = [];
  const end = lastDayOf(period, now);
  for (let first = period.from; first <= end; ) {
    const next = nextMonth(first);
    const to = addDays(next, -1) < period.to ? addDays(next, -1) : period.to;
    months.push({ key: first.slice(0, 7), from: first, to });
    first = next;
  }
  return months;
}
const nextMonth = (day: string) => `${addDays(`${day.slice(0, 7)}-28`, 4).slice(0, 7)}-01`;

/** The measures of the main scan: all but the results' histogram, which has rows of its own. */
const SCANNED = TALLY_MEASURES.filter((measure) => measure !== 'finished_in_days');
const CHANNEL_FIGURES = { online: 'online', in_person: 'inPerson', post: 'post' } as const;

interface Accumulated {
  inPeriod: Tallies;
  afterPeriod: Tallies;
  receivedByChannel: { online: number; inPerson: number; post: number };
}

/**
 * Everything `figuresFrom` needs, per value of the grouping (a key column of the tallies, the
 * month, or none for one group), as four queries run together. The main scan sorts each row into
 * the period or after it once and sums per part and channel: a few rows per group, added up here.
 * By month, what came after each month is the months after it in the period and what came after
 * the period: one scan, added up from the last month back.
 */
async function inputsOf(db: Queryable, scope: StatisticsScope, period: Period, now: Date, grouping: Grouping) {
  const last = lastDayOf(period, now);
  const after = nextDay(last);
  const byMonth = grouping === 'month';
  const largest = byMonth ? 'm' : 'y';
  // The rollups have rows of agencies and channels only.
  const rollups = !scope.procedureIds && !scope.unitId && !scope.officerId && (grouping === null || byMonth || grouping === 'agency');
  // By month, rows are grouped by the month's first day (a month row's own day) and the month
  // written out once per group: a date hashes and compares faster than text made for every row.
  const monthOf = ({ span }: SpanRange) => (span === 'd' ? `date_trunc('month', r.day)::date` : 'r.day');
  const keyOf = (range: SpanRange | null) => (grouping === null ? `''` : byMonth ? (range ? monthOf(range) : 'NULL::date') : `r.${GROUP_KEYS[grouping]}`);
  const keyWritten = byMonth ? `to_char(grp, 'YYYY-MM')` : 'grp';
  // Open dossiers and today's appointments belong to the period's end: its last month's, by month.
  const openGroup = byMonth ? `''` : keyOf(null);

  // Grouped by a key, a row without it belongs to no group (a dossier's rows have no officer): not read at all.
  const keyed = grouping === null || byMonth ? [] : [`r.${GROUP_KEYS[grouping]} IS NOT NULL`];

  const main = new SqlParams();
  const mainConditions = [...scopeConditions(scope, main), ...keyed, 'r.duration_days IS NULL'];
  const measures = SCANNED.map((m) => `r.${m}`).join(', ');
  const mainParts = [
    ...rangeSelects(main, period.from, after, largest, rollups, (range) => `${keyOf(range)} AS grp, true AS in_period, r.channel, ${measures}`, mainConditions),
    ...rangeSelects(main, after, null, 'y', rollups, () => `${keyOf(null)} AS grp, false AS in_period, r.channel, ${measures}`, mainConditions),
  ];
  const mainSql = `SELECT ${keyWritten} AS grp, in_period, channel, ${SCANNED.map((m) => `sum(${m})::float8 AS ${m}`).join(', ')}
      FROM (${mainParts.join(' UNION ALL ')}) parts
     GROUP BY parts.grp, in_period, channel`;

  const durations = new SqlParams();
  const durationParts = rangeSelects(durations, period.from, after, largest, rollups, (range) => `${keyOf(range)} AS grp, r.duration_days, r.finished_in_days`, [
    ...scopeConditions(scope, durations),
    ...keyed,
    'r.duration_days IS NOT NULL',
  ]);
  const durationSql = durationParts.length === 0
    ? null
    : `SELECT ${keyWritten} AS grp, duration_days AS days, sum(finished_in_days)::float8 AS dossiers FROM (${durationParts.join(' UNION ALL ')}) parts
     GROUP BY parts.grp, duration_days HAVING sum(finished_in_days) <> 0`;

  // The rows that hold open dossiers or steps: the folded ones from their partial index, and every change.
  const open = new SqlParams();
  const openColumns = `${openGroup} AS grp, r.open, r.open_running_statutory + r.open_paused_late AS overdue_base, r.steps_open`;
  const openSql = `SELECT grp, sum(open)::float8 AS open, sum(overdue_base)::float8 AS overdue_base, sum(steps_open)::float8 AS steps_open
       FROM (SELECT ${openColumns} FROM statistics_tallies r
              WHERE ${where([...scopeConditions(scope, open), ...keyed, `r.span = 'd'`, '(r.open <> 0 OR r.open_running_statutory <> 0 OR r.open_paused_late <> 0 OR r.steps_open <> 0)'])}
             UNION ALL
             SELECT ${openColumns} FROM statistics_tally_changes r WHERE ${where([...scopeConditions(scope, open), ...keyed])}) held
      GROUP BY 1`;

  // Counted as overdue on their appointment's day, today's appointments still to come are not yet.
  const dossierGroup = grouping === null || byMonth ? `''` : DOSSIER_GROUP_COLUMNS[grouping];
  const today = last === vietnamDate(now) && !scope.unitId && !scope.officerId && dossierGroup !== null;
  const later = new SqlParams();
  const laterSql = `SELECT ${dossierGroup} AS grp, count(*)::float8 AS dossiers FROM dossier_facts d
     WHERE ${where([
       ...scopeConditions({ ...scope, agencyIds: undefined }, later, 'd'),
       ...(scope.agencyIds ? [`d.competent_agency_id = ANY(${later.add(scope.agencyIds)}::uuid[])`] : []),
       'd.received_at IS NOT NULL AND d.finished_at IS NULL AND d.clock_paused_at IS NULL',
       `coalesce(d.original_due_at, d.due_at) > ${later.add(now)}::timestamptz`,
       `coalesce(d.original_due_at, d.due_at) < ${later.add(vietnamInstant(nextDay(last)))}::timestamptz`,
     ])} GROUP BY 1`;

  const [mainRows, durationRows, openRows, laterRows] = await Promise.all([
    db.query<Record<string, number | string | boolean | null>>(mainSql, main.values),
    durationSql ? db.query<{ grp: string; days: number; dossiers: number }>(durationSql, durations.values) : Promise.resolve({ rows: [] }),
    db.query<{ grp: string; open: number; overdue_base: number; steps_open: number }>(openSql, open.values),
    today ? db.query<{ grp: string; dossiers: number }>(laterSql, later.values) : Promise.resolve({ rows: [] }),
  ]);

  const accumulated = new Map<string, Accumulated>();
  const accumulatorOf = (key: string) => {
    let found = accumulated.get(key);
    if (!found) accumulated.set(key, (found = { inPeriod: emptyTallies(), afterPeriod: emptyTallies(), receivedByChannel: { online: 0, inPerson: 0, post: 0 } }));
    return found;
  };
  const afterAll = emptyTallies();
  for (const row of mainRows.rows) {
    // By month, the rows after the period have no month.
    if (row.grp === null) {
      for (const measure of SCANNED) afterAll[measure] += Number(row[measure]);
      continue;
    }
    const into = accumulatorOf(String(row.grp));
    const part = row.in_period ? into.inPeriod : into.afterPeriod;
    for (const measure of SCANNED) part[measure] += Number(row[measure]);
    const channel = CHANNEL_FIGURES[row.channel as keyof typeof CHANNEL_FIGURES];
    if (row.in_period && channel) into.receivedByChannel[channel] += Number(row.received);
  }
  for (const row of openRows.rows) if (!byMonth) accumulatorOf(String(row.grp));
  if (byMonth) {
    let later = afterAll;
    for (const month of monthsOf(period, now).reverse()) {
      const into = accumulatorOf(month.key);
      into.afterPeriod = later;
      later = Object.fromEntries(SCANNED.map((m) => [m, later[m] + into.inPeriod[m]])) as Tallies;
    }
  }

  const openKey = (key: string) => (byMonth ? '' : key);
  const lastMonth = last.slice(0, 7);
  const result = new Map<string, Figures>();
  for (const [key, { inPeriod, afterPeriod, receivedByChannel }] of accumulated) {
    const openRow = openRows.rows.find((candidate) => String(candidate.grp) === openKey(key));
    const laterToday = !byMonth || key === lastMonth ? laterRows.rows.find((candidate) => String(candidate.grp) === openKey(key))?.dossiers : 0;
    result.set(
      key,
      figuresFrom({
        inPeriod,
        afterPeriod,
        receivedByChannel,
        openNow: openRow?.open ?? 0,
        overdueBase: openRow?.overdue_base ?? 0,
        stepsOpenNow: openRow?.steps_open ?? 0,
        dueLaterToday: laterToday ?? 0,
        durations: durationRows.rows.filter((candidate) => String(candidate.grp) === key).map(({ days, dossiers }) => ({ days, dossiers })),
      }),
    );
  }
  return result;
}

/** The figures of a scope over a period. */
export async function figuresOf(db: Queryable, scope: StatisticsScope, period: Period, now: Date): Promise<Figures> {
  const figures = await inputsOf(db, scope, period, now, null);
  return figures.get('') ?? NO_FIGURES;
}

/**
 * The figures of the scope per agency (each on its own rows, not its subtree's), procedure, unit or
 * officer, keyed by its id; groups with no rows are absent.
 */
export function figuresBy(db: Queryable, scope: StatisticsScope, period: Period, now: Date, key: GroupKey): Promise<Map<string, Figures>> {
  return inputsOf(db, scope, period, now, key);
}

export const figuresByAgency = (db: Queryable, scope: StatisticsScope, period: Period, now: Date) => figuresBy(db, scope, period, now, 'agency');

/** The figures of each month of the period up to today (`YYYY-MM`), each month cut to the period, in one read. */
export async function figuresByMonth(db: Queryable, scope: StatisticsScope, period: Period, now: Date): Promise<Array<{ key: string; figures: Figures }>> {
  const figures = await inputsOf(db, scope, period, now, 'month');
  return monthsOf(period, now).map(({ key }) => ({ key, figures: figures.get(key)! }));
}
