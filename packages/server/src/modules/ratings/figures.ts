import { RATING_CRITERIA, addDays, type RatingChannel, type RatingCriterion, type RatingScore, satisfactionRate, vietnamDaySpan } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';
import { invalid } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';

export interface SatisfactionFigures {
  ratings: number;
  verySatisfied: number;
  satisfied: number;
  notSatisfied: number;
  /** Satisfied or very satisfied, of all ratings (Decision 766's satisfaction); null without ratings. */
  satisfactionRate: number | null;
}

interface Period {
  /** The agencies (centres) rated; all of them when absent. */
  agencyIds?: readonly string[];
  /** From this instant, inclusive. */
  from: Date | null;
  /** Until this instant, exclusive. */
  to: Date | null;
}

function periodConditions(p: SqlParams, period: Period): string {
  const conditions = ['true'];
  if (period.agencyIds) conditions.push(`r.agency_id = ANY(${p.add(period.agencyIds)}::uuid[])`);
  if (period.from) conditions.push(`r.created_at >= ${p.add(period.from)}`);
  if (period.to) conditions.push(`r.created_at < ${p.add(period.to)}`);
  return conditions.join(' AND ');
}

const COUNTS = `count(*)::int AS ratings,
  count(*) FILTER (WHERE r.score = 'very_satisfied')::int AS "verySatisfied",
  count(*) FILTER (WHERE r.score = 'satisfied')::int AS satisfied,
  count(*) FILTER (WHERE r.score = 'not_satisfied')::int AS "notSatisfied"`;

const withRate = (counts: Omit<SatisfactionFigures, 'satisfactionRate'>): SatisfactionFigures => ({ ...counts, satisfactionRate: satisfactionRate(counts) });

/**
 * How satisfied people were with the agencies' service in a period: anonymous counts, for the
 * public statistics and Decision 766's satisfaction group.
 */
export async function satisfactionFigures(db: Queryable, period: Period): Promise<SatisfactionFigures> {
  const p = new SqlParams();
  const { rows } = await db.query<Omit<SatisfactionFigures, 'satisfactionRate'>>(`SELECT ${COUNTS} FROM rating_facts r WHERE ${periodConditions(p, period)}`, p.values);
  return withRate(rows[0]!);
}

/** A period of Vietnam days; the last 30 days to `now` when neither end is given. */
export function ratingPeriod(from: string | undefined, to: string | undefined, today: string): { from: Date | null; to: Date | null } {
  const span = vietnamDaySpan(from ?? (to ? undefined : addDays(today, -29)), to);
  if (!span) throw invalid('to', 'Ngày kết thúc phải sau ngày bắt đầu.', 'The end date must come after the start date.');
  return { from: span.start, to: span.end };
}

/** The most ratings a manager's list shows at once; the counts cover the whole period. */
export const RATING_LIST_LIMIT = 500;

interface RatingRow {
  id: string;
  score: RatingScore;
  criteria: Partial<Record<RatingCriterion, RatingScore>>;
  comment: string;
  channel: RatingChannel;
  created_at: Date;
  officer_id: string | null;
  officer_name: string | null;
  counter_number: number | null;
  counter_name: string | null;
  service_code: string | null;
  service_name: string | null;
  ticket_number: string | null;
  dossier_code: string | null;
}

/**
 * A centre's ratings for its managers: the counts of the period (overall and per criterion) and
 * the ratings themselves, newest first, with the officer, counter, service, ticket or dossier
 * each is about and its comment.
 */
export async function centreRatings(db: Queryable, agencyId: string, period: { from: Date | null; to: Date | null }) {
  const scope = { agencyIds: [agencyId], ...period };
  const p = new SqlParams();
  const where = periodConditions(p, scope);
  const criterionCounts = RATING_CRITERIA.map(
    (criterion) => `json_build_object('verySatisfied', count(*) FILTER (WHERE r.criteria->>'${criterion}' = 'very_satisfied'),
       'satisfied', count(*) FILTER (WHERE r.criteria->>'${criterion}' = 'satisfied'),
       'notSatisfied', count(*) FILTER (WHERE r.criteria->>'${criterion}' = 'not_satisfied')) AS "${criterion}"`,
  );
  const [summary, criteria, list] = await Promise.all([
    satisfactionFigures(db, scope),
    db.query<Record<RatingCriterion, Omit<SatisfactionFigures, 'ratings' | 'satisfactionRate'>>>(
      `SELECT ${criterionCounts.join(', ')} FROM rating_facts r WHERE ${where}`,
      p.values,
    ),
    db.query<RatingRow>(
      `SELECT r.id, r.score, r.criteria, r.comment, r.channel, r.created_at, r.officer_id, o.full_name AS officer_name,
              c.number AS counter_number, c.name AS counter_name, s.code AS service_code, s.name AS service_name,
              t.label AS ticket_number, d.code AS dossier_code
         FROM ratings r
         LEFT JOIN officer_directory o ON o.id = r.officer_id
         LEFT JOIN counter_directory c ON c.id = r.counter_id
         LEFT JOIN queue_service_directory s ON s.id = r.service_id
         LEFT JOIN queue_ticket_service_facts t ON t.id = r.ticket_id
         LEFT JOIN dossier_facts d ON d.id = r.dossier_id
        WHERE ${where}
        ORDER BY r.created_at DESC, r.id
        LIMIT ${RATING_LIST_LIMIT}`,
      p.values,
    ),
  ]);
  const perCriterion = criteria.rows[0]!;
  return {
    summary,
    criteria: Object.fromEntries(
      RATING_CRITERIA.map((criterion) => {
        const counts = perCriterion[criterion];
        return [criterion, withRate({ ...counts, ratings: counts.verySatisfied + counts.satisfied + counts.notSatisfied })];
      }),
    ) as Record<RatingCriterion, SatisfactionFigures>,
    items: list.rows.map((row) => ({
      id: row.id,
      score: row.score,
      criteria: row.criteria,
      comment: row.comment,
      channel: row.channel,
      createdAt: iso(row.created_at)!,
      officer: row.officer_id ? { id: row.officer_id, name: row.officer_name ?? '' } : null,
      counter: row.counter_number === null ? null : { number: row.counter_number, name: row.counter_name ?? '' },
      service: row.service_code === null ? null : { code: row.service_code, name: row.service_name ?? '' },
      ticketNumber: row.ticket_number,
      dossierCode: row.dossier_code,
    })),
    more: summary.ratings > list.rows.length,
  };
}
