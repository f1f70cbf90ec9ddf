import { type Figures, ratio } from './figures.js';

/**
 * The index of Decision 766/QĐ-TTg (23 June 2022) for one agency or the province: 100 points in
 * five groups, each indicator a share measured over the period and scored against its threshold.
 * The formulas are here; which indicators count, their points and thresholds are data with the
 * day they take effect (server: table scorecard_weights), so a new decision is a new version, not
 * new code.
 *
 * Partial marks: an indicator whose share reaches its threshold gets all its points; below it, the
 * points in proportion (share ÷ threshold), rounded to the hundredth. An indicator with nothing to
 * measure in the period (no dossier finished, no procedure offered…) has no share and gets no
 * points: the index rewards service given.
 */
export const SCORECARD_GROUPS = ['transparency', 'progress', 'digitisation', 'online', 'satisfaction'] as const;
export type ScorecardGroupKey = (typeof SCORECARD_GROUPS)[number];

/** What an agency's index is measured from, besides its figures of the period. */
export interface ScorecardFacts {
  figures: Figures;
  /** The procedures the agency decides (is competent for), active at the end of the period. */
  procedures: {
    offered: number;
    /** Of those, the ones whose version in force was made public no later than the day it applied. */
    publishedOnTime: number;
    /** Of those, the ones that can be done entirely online (toàn trình). */
    fullyOnline: number;
  };
  /** Of the dossiers received in the period, those whose status the national portal holds. */
  dossiersSynced: number;
  /** Digitised documents of the period's dossiers: scans of components (of those, reused from an earlier record) and results. */
  documents: { components: number; reused: number; results: number };
  /** Dossiers of the agency that citizens sent feedback, a petition, a complaint or a denunciation about in the period, each once. */
  dossiersWithFeedback: number;
}

const onTime = (f: Figures) => f.finished.early + f.finished.onTime;
const capped = (value: number | null) => (value === null ? null : Math.min(1, value));

/**
 * 100 % minus the share of the period's finished dossiers that were late, the share of ratings
 * that were 'not satisfied' and the share of dossiers people sent feedback or complaints about (of
 * the finished ones, or of those complained about when more: a share is at most all); a share with
 * nothing to divide counts 0, and with none of them there is nothing to measure.
 */
function satisfaction({ figures: f, dossiersWithFeedback }: ScorecardFacts): number | null {
  if (f.finished.total === 0 && f.satisfaction.ratings === 0 && dossiersWithFeedback === 0) return null;
  const late = ratio(f.finished.late, f.finished.total) ?? 0;
  const notSatisfied = ratio(f.satisfaction.notSatisfied, f.satisfaction.ratings) ?? 0;
  const complainedAbout = ratio(dossiersWithFeedback, Math.max(f.finished.total, dossiersWithFeedback)) ?? 0;
  return Math.max(0, 1 - late - notSatisfied - complainedAbout);
}

interface IndicatorDefinition {
  group: ScorecardGroupKey;
  vi: string;
  en: string;
  /** The share measured, 0..1, or null when there is nothing to measure. */
  value: (facts: ScorecardFacts) => number | null;
}

export const SCORECARD_INDICATORS = {
  procedures_published: {
    group: 'transparency',
    vi: 'Thủ tục hành chính được công khai đúng hạn',
    en: 'Procedures published on time',
    value: ({ procedures: p }) => ratio(p.publishedOnTime, p.offered),
  },
  dossiers_synced: {
    group: 'transparency',
    vi: 'Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia',
    en: 'Dossiers synced to the national public service portal',
    value: (facts) => capped(ratio(facts.dossiersSynced, facts.figures.received)),
  },
  finished_on_time: {
    group: 'progress',
    vi: 'Hồ sơ giải quyết trước hạn, đúng hạn',
    en: 'Dossiers finished early or on time',
    value: ({ figures: f }) => ratio(onTime(f), f.finished.total),
  },
  handled_on_time: {
    group: 'progress',
    vi: 'Hồ sơ đã và đang giải quyết trong hạn',
    en: 'Dossiers finished or in progress within the time limit',
    value: ({ figures: f }) => ratio(onTime(f) + f.inProgress.onTime, f.finished.total + f.inProgress.total),
  },
  dossiers_digitised: {
    group: 'digitisation',
    vi: 'Hồ sơ được số hóa thành phần',
    en: 'Dossiers with digitised components',
    value: ({ figures: f }) => f.digitisedShare,
  },
  results_digitised: {
    group: 'digitisation',
    vi: 'Kết quả giải quyết được số hóa',
    en: 'Results digitised',
    value: (facts) => capped(ratio(facts.documents.results, facts.figures.finished.total)),
  },
  data_reused: {
    group: 'digitisation',
    vi: 'Dữ liệu số hóa được tái sử dụng',
    en: 'Digitised data reused',
    value: ({ documents: d }) => ratio(d.reused, d.components),
  },
  fully_online_procedures: {
    group: 'online',
    vi: 'Thủ tục cung cấp dịch vụ công trực tuyến toàn trình',
    en: 'Procedures offered fully online',
    value: ({ procedures: p }) => ratio(p.fullyOnline, p.offered),
  },
  online_submission: {
    group: 'online',
    vi: 'Hồ sơ nộp trực tuyến',
    en: 'Dossiers submitted online',
    value: ({ figures: f }) => f.onlineShare,
  },
  online_payment: {
    group: 'online',
    vi: 'Phí, lệ phí thanh toán trực tuyến',
    en: 'Fees paid online',
    value: ({ figures: f }) => f.paidOnlineShare,
  },
  satisfaction: {
    group: 'satisfaction',
    vi: 'Mức độ hài lòng của người dân, doanh nghiệp',
    en: 'Satisfaction of citizens and businesses',
    value: satisfaction,
  },
} satisfies Record<string, IndicatorDefinition>;

export type ScorecardIndicatorKey = keyof typeof SCORECARD_INDICATORS;

export const SCORECARD_GROUP_LABELS: Record<ScorecardGroupKey, { vi: string; en: string }> = {
  transparency: { vi: 'Công khai, minh bạch', en: 'Transparency' },
  progress: { vi: 'Tiến độ, kết quả giải quyết', en: 'Progress and results' },
  digitisation: { vi: 'Số hóa hồ sơ', en: 'Digitisation' },
  online: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online services' },
  satisfaction: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
};

export const isScorecardIndicator = (key: string): key is ScorecardIndicatorKey => Object.hasOwn(SCORECARD_INDICATORS, key);

/** One version of the weights: from its first day (YYYY-MM-DD, Vietnam), each indicator's points and threshold (a share, 0..1]. */
export interface ScorecardWeights {
  effectiveFrom: string;
  decision: string;
  indicators: ReadonlyArray<{ key: ScorecardIndicatorKey; points: number; threshold: number }>;
}

/** The version in force on `day`: the latest to take effect on or before it; null before the first. */
export function weightsInForce<W extends { effectiveFrom: string }>(versions: readonly W[], day: string): W | null {
  let found: W | null = null;
  for (const version of versions) {
    if (version.effectiveFrom <= day && (found === null || version.effectiveFrom > found.effectiveFrom)) found = version;
  }
  return found;
}

export interface ScorecardIndicator {
  key: ScorecardIndicatorKey;
  points: number;
  max: number;
  value: number | null;
  threshold: number;
}
export interface ScorecardGroup {
  key: ScorecardGroupKey;
  points: number;
  max: number;
  indicators: ScorecardIndicator[];
}
export interface Scorecard {
  total: number;
  groups: ScorecardGroup[];
}

/** Points to the hundredth, summed as whole hundredths so that a total is exactly the sum of its parts. */
const hundredths = (points: number) => Math.round(points * 100);

/** All the points at or above the threshold, in proportion below it, none without a share. */
export function indicatorPoints(value: number | null, max: number, threshold: number): number {
  if (value === null) return 0;
  return hundredths(max * Math.min(1, value / threshold)) / 100;
}

/** The index from an agency's (or the province's) facts, scored with one version of the weights. */
export function scorecardOf(facts: ScorecardFacts, weights: ScorecardWeights): Scorecard {
  const groups = SCORECARD_GROUPS.map((group): ScorecardGroup => {
    const indicators = weights.indicators
      .filter((weight) => SCORECARD_INDICATORS[weight.key].group === group)
      .map(({ key, points: max, threshold }): ScorecardIndicator => {
        const value = SCORECARD_INDICATORS[key].value(facts);
        return { key, points: indicatorPoints(value, max, threshold), max, value, threshold };
      });
    return {
      key: group,
      points: indicators.reduce((sum, indicator) => sum + hundredths(indicator.points), 0) / 100,
      max: indicators.reduce((sum, indicator) => sum + hundredths(indicator.max), 0) / 100,
      indicators,
    };
  });
  return { total: groups.reduce((sum, group) => sum + hundredths(group.points), 0) / 100, groups };
}

/** Why a version of the weights cannot be used, or null: an indicator twice, points not positive, a threshold outside (0, 1]. */
export function scorecardWeightsProblem(weights: ScorecardWeights): string | null {
  const seen = new Set<string>();
  for (const { key, points, threshold } of weights.indicators) {
    if (!isScorecardIndicator(key)) return `unknown indicator ${key}`;
    if (seen.has(key)) return `indicator ${key} twice`;
    seen.add(key);
    if (!(points > 0)) return `indicator ${key}: points must be positive`;
    if (!(threshold > 0 && threshold <= 1)) return `indicator ${key}: threshold must be in (0, 1]`;
  }
  return null;
}

/** The catalogue facts of the province: the sum of its agencies'. */
export function addScorecardFacts(a: Omit<ScorecardFacts, 'figures'>, b: Omit<ScorecardFacts, 'figures'>): Omit<ScorecardFacts, 'figures'> {
  return {
    procedures: {
      offered: a.procedures.offered + b.procedures.offered,
      publishedOnTime: a.procedures.publishedOnTime + b.procedures.publishedOnTime,
      fullyOnline: a.procedures.fullyOnline + b.procedures.fullyOnline,
    },
    dossiersSynced: a.dossiersSynced + b.dossiersSynced,
    documents: {
      components: a.documents.components + b.documents.components,
      reused: a.documents.reused + b.documents.reused,
      results: a.documents.results + b.documents.results,
    },
    dossiersWithFeedback: a.dossiersWithFeedback + b.dossiersWithFeedback,
  };
}
