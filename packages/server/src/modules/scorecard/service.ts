import {
  NO_FIGURES,
  type Scorecard,
  type ScorecardFacts,
  type ScorecardWeights,
  addScorecardFacts,
  isScorecardIndicator,
  nextDay,
  scorecardOf,
  scorecardWeightsProblem,
  spanRanges,
  weightsInForce,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';
import { invalid } from '../../platform/errors.js';
import { type Period, figuresByAgency, figuresOf, periodAsked } from '../statistics/index.js';

/**
 * Decision 766's index, live: each agency's from its own figures of the period (the statistics'
 * tallies), its procedures as the catalogue holds them now, and the documents digitised in the
 * period; the province's from the figures of the whole province and the sum of the rest.
 */

/** The agencies ranked: those that receive or decide dossiers. */
const RANKED_KINDS = ['commune', 'department', 'centre'];

type CatalogueFacts = Omit<ScorecardFacts, 'figures'>;

const NO_FACTS: CatalogueFacts = {
  procedures: { offered: 0, publishedOnTime: 0, fullyOnline: 0 },
  dossiersSynced: 0,
  documents: { components: 0, reused: 0, results: 0 },
  dossiersWithFeedback: 0,
};

/** Every version of the weights, each a valid one (the table's checks cannot know the indicators). */
async function weightVersions(db: Queryable): Promise<ScorecardWeights[]> {
  const { rows } = await db.query<{ effective_from: string; decision: string; indicator: string; points: string; threshold: string }>(
    `SELECT to_char(v.effective_from, 'YYYY-MM-DD') AS effective_from, v.decision, w.indicator, w.points::text, w.threshold::text
       FROM scorecard_weight_versions v JOIN scorecard_weights w ON w.effective_from = v.effective_from
      ORDER BY v.effective_from, w.position, w.indicator`,
  );
  const versions = new Map<string, ScorecardWeights & { indicators: ScorecardWeights['indicators'][number][] }>();
  for (const row of rows) {
    if (!isScorecardIndicator(row.indicator)) throw new Error(`Scorecard weights of ${row.effective_from}: unknown indicator ${row.indicator}`);
    const version = versions.get(row.effective_from) ?? { effectiveFrom: row.effective_from, decision: row.decision, indicators: [] };
    version.indicators.push({ key: row.indicator, points: Number(row.points), threshold: Number(row.threshold) });
    versions.set(row.effective_from, version);
  }
  for (const version of versions.values()) {
    const problem = scorecardWeightsProblem(version);
    if (problem) throw new Error(`Scorecard weights of ${version.effectiveFrom}: ${problem}`);
  }
  return [...versions.values()];
}

/**
 * Per agency offering procedures (deciding them, or as one of the communes a procedure is offered by): how many it offers now, how many are fully online, and how many
 * had their version in force made public on time: no later than the day it applied (Vietnam days).
 * A version published before decisions were recorded (migration 024) has nothing to be late
 * against and counts as on time.
 */
async function procedureFacts(db: Queryable) {
  const { rows } = await db.query<{ agency_id: string; offered: number; published_on_time: number; fully_online: number }>(
    `SELECT o.agency_id, count(*)::int AS offered,
            count(*) FILTER (WHERE v.decided_on IS NULL OR (v.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= (v.effective_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::int AS published_on_time,
            count(*) FILTER (WHERE p.online_mode = 'full')::int AS fully_online
       FROM procedure_catalogue p JOIN procedure_version_catalogue v ON v.procedure_id = p.id AND v.version = p.current_version
       JOIN procedure_offerings o ON o.procedure_id = p.id
      WHERE p.active GROUP BY 1`,
  );
  return new Map(rows.map((row) => [row.agency_id, { offered: row.offered, publishedOnTime: row.published_on_time, fullyOnline: row.fully_online }]));
}

/**
 * Per agency competent for the dossiers: documents digitised in the period, from components (of
 * those, reused) and results; whole years and months from their own rows, one SELECT per range so
 * that each reads its span's stretch of the key.
 */
async function documentFacts(db: Queryable, period: Period) {
  const p = new SqlParams();
  const ranges = spanRanges(period.from, nextDay(period.to)).map(
    ({ span, lo, hi }) => `SELECT agency_id, components, reused, results FROM digitised_document_rows WHERE span = '${span}' AND day >= ${p.add(lo)}::date AND day < ${p.add(hi)}::date`,
  );
  const { rows } = await db.query<{ agency_id: string; components: number; reused: number; results: number }>(
    `SELECT agency_id, sum(components)::int AS components, sum(reused)::int AS reused, sum(results)::int AS results
       FROM (${ranges.join(' UNION ALL ')}) r GROUP BY 1`,
    p.values,
  );
  return new Map(rows.map((row) => [row.agency_id, { components: row.components, reused: row.reused, results: row.results }]));
}

/**
 * Per agency competent for the dossiers: how many of its dossiers people sent feedback or
 * complaints about in the period (by the day it was received), each dossier once however often.
 */
async function feedbackFacts(db: Queryable, period: Period) {
  const { rows } = await db.query<{ agency_id: string; dossiers: number }>(
    `SELECT agency_id, count(DISTINCT dossier_id)::int AS dossiers FROM dossier_feedback_days WHERE day >= $1::date AND day <= $2::date GROUP BY 1`,
    [period.from, period.to],
  );
  return new Map(rows.map((row) => [row.agency_id, row.dossiers]));
}

/**
 * An agency's facts besides its figures. MotCua has no connection to the national portal's
 * synchronisation yet: every dossier received is published as it changes on this portal's own
 * tracking (by its code), and that publication is what the synced-dossiers indicator reads, so a
 * received dossier counts as synced. A connector would feed the count of dossiers it acknowledged.
 */
const factsOf = (
  received: number,
  procedures: CatalogueFacts['procedures'] | undefined,
  documents: CatalogueFacts['documents'] | undefined,
  dossiersWithFeedback: number | undefined,
): CatalogueFacts => ({
  procedures: procedures ?? NO_FACTS.procedures,
  dossiersSynced: received,
  documents: documents ?? NO_FACTS.documents,
  dossiersWithFeedback: dossiersWithFeedback ?? 0,
});

export interface AgencyScorecard extends Scorecard {
  code: string;
  name: string;
}

const byTotalThenName = (a: AgencyScorecard, b: AgencyScorecard) => b.total - a.total || a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);

/** The province's index and each ranked agency's, highest first (ties by name), scored with the weights in force on the period's last day. */
export async function scorecards(db: Queryable, asked: Period, now: Date): Promise<{ province: Scorecard; agencies: AgencyScorecard[] }> {
  const period = periodAsked(asked, now);
  const weights = weightsInForce(await weightVersions(db), period.to);
  if (!weights) throw invalid('to', 'Chưa có bộ chỉ số áp dụng cho kỳ này.', 'No scorecard weights are in force on that day.');
  const [ranked, byAgency, province, procedures, documents, feedback] = await Promise.all([
    db.query<{ id: string; code: string; name: string }>(
      `SELECT id, code, name FROM agency_directory WHERE kind = ANY($1::text[]) AND (abolished_on IS NULL OR abolished_on > $2::date)`,
      [RANKED_KINDS, period.from],
    ),
    figuresByAgency(db, {}, period, now),
    figuresOf(db, {}, period, now),
    procedureFacts(db),
    documentFacts(db, period),
    feedbackFacts(db, period),
  ]);
  const facts = (id: string) => factsOf(byAgency.get(id)?.received ?? 0, procedures.get(id), documents.get(id), feedback.get(id));
  const everyAgency = new Set([...byAgency.keys(), ...procedures.keys(), ...documents.keys(), ...feedback.keys()]);
  const provinceFacts = [...everyAgency].map(facts).reduce(addScorecardFacts, NO_FACTS);
  const agencies = ranked.rows.map(({ id, code, name }) => ({ code, name, ...scorecardOf({ figures: byAgency.get(id) ?? NO_FIGURES, ...facts(id) }, weights) }));
  return { province: scorecardOf({ figures: province, ...provinceFacts }, weights), agencies: agencies.sort(byTotalThenName) };
}
