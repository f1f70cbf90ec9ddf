import { type Channel, type Figures, TALLY_MEASURES, type Tallies, emptyTallies, figuresFrom, nextDay, spanRanges, vietnamDate, vietnamInstant } from '@motcua/core';
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

const CHANNEL_KEYS = { online: 'online', inPerson: 'in_person', post: 'post' } as const;

function scopeConditions(scope: StatisticsScope, p: SqlParams, row = 'r'): string[] {
  const conditions: string[] = [];
  if (scope.agencyIds) conditions.push(`${row}.agency_id = ANY(${p.add(scope.agencyIds)}::uuid[])`);
  if (scope.procedureIds) conditions.push(`${row}.procedure_id = ANY(${p.add(scope.procedureIds)}::uuid[])`);
  if (scope.channel) conditions.push(`${row}.channel = ${p.add(scope.channel)}`);
  if (scope.unitId) conditions.push(`${row}.unit_id = ${p.add(scope.unitId)}::uuid`);
  if (scope.officerId) conditions.push(`${row}.officer_id = ${p.add(scope.officerId)}::uuid`);
  return conditions;
}

/** Rows of the days from `from` to `to` (null: ever after), whole months from the month rows. */
function rangeCondition(p: SqlParams, from: string, to: string | null): string {
  const parts = spanRanges(from, to).map(({ span, lo, hi }) =>
    `(r.span = '${span}' AND r.day >= ${p.add(lo)}::date${hi ? ` AND r.day < ${p.add(hi)}::date` : ''})`,
  );
  return parts.length === 0 ? 'false' : `(${parts.join(' OR ')})`;
}

const where = (conditions: string[]) => (conditions.length === 0 ? 'true' : conditions.join(' AND '));

/** The last day the period's events are read to: its end, or today when it runs on. */
const lastDayOf = (period: Period, now: Date) => (period.to < vietnamDate(now) ? period.to : vietnamDate(now));

type GroupRow = Record<string, number | string | null>;

/**
 * Everything `figuresFrom` needs, per value of `groupBy` (a key column of the tallies, or none for
 * one group), as four queries run together.
 */
async function inputsOf(db: Queryable, scope: StatisticsScope, period: Period, now: Date, groupBy: 'agency_id' | null) {
  const last = lastDayOf(period, now);
  const after = nextDay(last);
  const group = groupBy ? `r.${groupBy}` : `''`;
  const sums = (filter: string, prefix: string) => TALLY_MEASURES.map((m) => `coalesce(sum(r.${m}) FILTER (WHERE ${filter}), 0)::float8 AS ${prefix}${m}`);

  const main = new SqlParams();
  const inPeriod = rangeCondition(main, period.from, after);
  const afterPeriod = rangeCondition(main, after, null);
  const channelSums = Object.entries(CHANNEL_KEYS).map(
    ([key, channel]) => `coalesce(sum(r.received) FILTER (WHERE ${inPeriod} AND r.channel = '${channel}'), 0)::float8 AS channel_${key}`,
  );
  const mainSql = `SELECT ${group} AS grp, ${[...sums(inPeriod, 'p_'), ...sums(afterPeriod, 'a_'), ...channelSums].join(', ')}
      FROM statistics_rows r WHERE ${where([...scopeConditions(scope, main), `(${inPeriod} OR ${afterPeriod})`])} GROUP BY 1`;

  const durations = new SqlParams();
  const durationSql = `SELECT ${group} AS grp, r.duration_days AS days, sum(r.finished)::float8 AS dossiers FROM statistics_rows r
     WHERE ${where([...scopeConditions(scope, durations), rangeCondition(durations, period.from, after), 'r.duration_days IS NOT NULL'])}
     GROUP BY 1, 2 HAVING sum(r.finished) <> 0`;

  const open = new SqlParams();
  const openSql = `SELECT ${group} AS grp, coalesce(sum(r.open), 0)::float8 AS open, coalesce(sum(r.open_running_statutory + r.open_paused_late), 0)::float8 AS overdue_base,
            coalesce(sum(r.steps_open), 0)::float8 AS steps_open
       FROM statistics_rows r WHERE ${where([...scopeConditions(scope, open), `r.span = 'd'`, '(r.open <> 0 OR r.open_running_statutory <> 0 OR r.open_paused_late <> 0 OR r.steps_open <> 0)'])} GROUP BY 1`;

  // Counted as overdue on their appointment's day, today's appointments still to come are not yet.
  const today = last === vietnamDate(now) && !scope.unitId && !scope.officerId;
  const later = new SqlParams();
  const laterSql = `SELECT ${groupBy ? 'd.competent_agency_id' : `''`} AS grp, count(*)::float8 AS dossiers FROM dossier_facts d
     WHERE ${where([
       ...scopeConditions({ ...scope, agencyIds: undefined }, later, 'd'),
       ...(scope.agencyIds ? [`d.competent_agency_id = ANY(${later.add(scope.agencyIds)}::uuid[])`] : []),
       'd.received_at IS NOT NULL AND d.finished_at IS NULL AND d.clock_paused_at IS NULL',
       `coalesce(d.original_due_at, d.due_at) > ${later.add(now)}::timestamptz`,
       `coalesce(d.original_due_at, d.due_at) < ${later.add(vietnamInstant(nextDay(last)))}::timestamptz`,
     ])} GROUP BY 1`;

  const [mainRows, durationRows, openRows, laterRows] = await Promise.all([
    db.query<GroupRow>(mainSql, main.values),
    db.query<{ grp: string; days: number; dossiers: number }>(durationSql, durations.values),
    db.query<{ grp: string; open: number; overdue_base: number; steps_open: number }>(openSql, open.values),
    today ? db.query<{ grp: string; dossiers: number }>(laterSql, later.values) : Promise.resolve({ rows: [] }),
  ]);
  const groups = new Set<string>([...mainRows.rows.map((row) => String(row.grp)), ...openRows.rows.map((row) => row.grp)]);
  const result = new Map<string, Figures>();
  for (const key of groups) {
    const row = mainRows.rows.find((candidate) => String(candidate.grp) === key);
    const openRow = openRows.rows.find((candidate) => candidate.grp === key);
    const tallies = (prefix: string) => Object.fromEntries(TALLY_MEASURES.map((m) => [m, Number(row?.[`${prefix}${m}`] ?? 0)])) as Tallies;
    result.set(
      key,
      figuresFrom({
        inPeriod: tallies('p_'),
        afterPeriod: tallies('a_'),
        receivedByChannel: {
          online: Number(row?.channel_online ?? 0),
          inPerson: Number(row?.channel_inPerson ?? 0),
          post: Number(row?.channel_post ?? 0),
        },
        openNow: openRow?.open ?? 0,
        overdueBase: openRow?.overdue_base ?? 0,
        stepsOpenNow: openRow?.steps_open ?? 0,
        dueLaterToday: laterRows.rows.find((candidate) => candidate.grp === key)?.dossiers ?? 0,
        durations: durationRows.rows.filter((candidate) => candidate.grp === key).map(({ days, dossiers }) => ({ days, dossiers })),
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

/** The figures of each agency of the scope, each on its own rows (not its subtree's), keyed by agency id. */
export function figuresByAgency(db: Queryable, scope: StatisticsScope, period: Period, now: Date): Promise<Map<string, Figures>> {
  return inputsOf(db, scope, period, now, 'agency_id');
}

/** A scope with no rows at all has nothing to count: every figure 0, every rate null. */
const NO_FIGURES = figuresFrom({
  inPeriod: emptyTallies(),
  afterPeriod: emptyTallies(),
  receivedByChannel: { online: 0, inPerson: 0, post: 0 },
  openNow: 0,
  overdueBase: 0,
  stepsOpenNow: 0,
  dueLaterToday: 0,
  durations: [],
});
