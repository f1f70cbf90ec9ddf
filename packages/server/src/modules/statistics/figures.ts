import { CHANNELS, type Channel, type Figures, NO_FIGURES, TALLY_MEASURES, type Tallies, figuresFrom, nextDay, spanRanges, vietnamDate, vietnamInstant } from '@motcua/core';
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

/** What figures may be grouped by: a key of the tallies. Units and officers have only their steps' and ratings' rows. */
export const GROUP_KEYS = { agency: 'agency_id', procedure: 'procedure_id', unit: 'unit_id', officer: 'officer_id' } as const;
export type GroupKey = keyof typeof GROUP_KEYS;
/** The column of the dossiers that each grouping reads today's appointments by (none: the groups hold no dossiers). */
const DOSSIER_GROUP_COLUMNS: Record<GroupKey, string | null> = { agency: 'd.competent_agency_id', procedure: 'd.procedure_id', unit: null, officer: null };

/**
 * Everything `figuresFrom` needs, per value of `groupBy` (a key column of the tallies, or none for
 * one group), as four queries run together.
 */
async function inputsOf(db: Queryable, scope: StatisticsScope, period: Period, now: Date, groupBy: GroupKey | null) {
  const last = lastDayOf(period, now);
  const after = nextDay(last);
  const group = groupBy ? `r.${GROUP_KEYS[groupBy]}` : `''`;
  const sums = (filter: string, prefix: string) => TALLY_MEASURES.map((m) => `coalesce(sum(r.${m}) FILTER (WHERE ${filter}), 0)::float8 AS ${prefix}${m}`);

  const main = new SqlParams();
  const inPeriod = rangeCondition(main, period.from, after);
  const afterPeriod = rangeCondition(main, after, null);
  const channelSums = CHANNELS.map(
    (channel) => `coalesce(sum(r.received) FILTER (WHERE ${inPeriod} AND r.channel = '${channel}'), 0)::float8 AS channel_${channel}`,
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
  const dossierGroup = groupBy ? DOSSIER_GROUP_COLUMNS[groupBy] : `''`;
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
    db.query<GroupRow>(mainSql, main.values),
    db.query<{ grp: string; days: number; dossiers: number }>(durationSql, durations.values),
    db.query<{ grp: string; open: number; overdue_base: number; steps_open: number }>(openSql, open.values),
    today ? db.query<{ grp: string; dossiers: number }>(laterSql, later.values) : Promise.resolve({ rows: [] }),
  ]);
  // Rows without the key (a ticket's rating has no procedure) belong to no group.
  const groups = new Set<string>([...mainRows.rows.map((row) => row.grp), ...openRows.rows.map((row) => row.grp)].filter((key) => key !== null).map(String));
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
          inPerson: Number(row?.channel_in_person ?? 0),
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

/**
 * The figures of the scope per agency (each on its own rows, not its subtree's), procedure, unit or
 * officer, keyed by its id; groups with no rows are absent.
 */
export function figuresBy(db: Queryable, scope: StatisticsScope, period: Period, now: Date, key: GroupKey): Promise<Map<string, Figures>> {
  return inputsOf(db, scope, period, now, key);
}

export const figuresByAgency = (db: Queryable, scope: StatisticsScope, period: Period, now: Date) => figuresBy(db, scope, period, now, 'agency');
