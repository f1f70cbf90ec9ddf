import { describe, expect, it } from 'vitest';
import { NO_FIGURES } from './figures.js';
import {
  SCORECARD_GROUPS,
  SCORECARD_GROUP_LABELS,
  SCORECARD_INDICATORS,
  type ScorecardFacts,
  type ScorecardWeights,
  addScorecardFacts,
  indicatorPoints,
  scorecardOf,
  scorecardWeightsProblem,
  weightsInForce,
} from './scorecard.js';

/** Decision 766's groups: transparency 18, progress 20, digitisation 22, online 22, satisfaction 18. */
const WEIGHTS: ScorecardWeights = {
  effectiveFrom: '2022-06-23',
  decision: 'Quyết định 766/QĐ-TTg',
  indicators: [
    { key: 'procedures_published', points: 9, threshold: 1 },
    { key: 'dossiers_synced', points: 9, threshold: 1 },
    { key: 'finished_on_time', points: 12, threshold: 1 },
    { key: 'handled_on_time', points: 8, threshold: 1 },
    { key: 'dossiers_digitised', points: 8, threshold: 0.8 },
    { key: 'results_digitised', points: 7, threshold: 0.8 },
    { key: 'data_reused', points: 7, threshold: 0.8 },
    { key: 'fully_online_procedures', points: 8, threshold: 0.8 },
    { key: 'online_submission', points: 8, threshold: 0.5 },
    { key: 'online_payment', points: 6, threshold: 0.5 },
    { key: 'satisfaction', points: 18, threshold: 0.9 },
  ],
};

/**
 * A commune's month: 20 received (8 online, 12 at the counter; 10 with scans), 10 finished (2 early,
 * 6 on time, 2 late), 10 still open (1 past its appointment), 4 fees paid (1 online), 10 ratings
 * (1 not satisfied); 4 procedures offered (all published on time, 2 fully online); 20 dossiers
 * synced; 30 scans of components (3 reused) and 9 results digitised.
 */
const COMMUNE: ScorecardFacts = {
  figures: {
    ...NO_FIGURES,
    received: 20,
    receivedByChannel: { online: 8, inPerson: 12, post: 0 },
    finished: { total: 10, early: 2, onTime: 6, late: 2, rejected: 0 },
    inProgress: { total: 10, onTime: 9, overdue: 1 },
    onTimeRate: 0.8,
    onlineShare: 0.4,
    paidOnlineShare: 0.25,
    digitisedShare: 0.5,
    satisfaction: { ratings: 10, verySatisfied: 5, satisfied: 4, notSatisfied: 1, rate: 0.9 },
  },
  procedures: { offered: 4, publishedOnTime: 4, fullyOnline: 2 },
  dossiersSynced: 20,
  documents: { components: 30, reused: 3, results: 9 },
  dossiersWithFeedback: 0,
};

const points = (facts: ScorecardFacts) => {
  const card = scorecardOf(facts, WEIGHTS);
  return Object.fromEntries(card.groups.flatMap((group) => group.indicators.map((indicator) => [indicator.key, indicator.points])));
};

describe('the points of an indicator', () => {
  it('are all its points at or above the threshold, in proportion below it, none without a share', () => {
    expect(indicatorPoints(0.9, 18, 0.9)).toBe(18);
    expect(indicatorPoints(1, 8, 0.5)).toBe(8);
    expect(indicatorPoints(0.4, 8, 0.8)).toBe(4);
    expect(indicatorPoints(0, 8, 0.8)).toBe(0);
    expect(indicatorPoints(null, 8, 0.8)).toBe(0);
    // 7 × 0.1 / 0.8 = 0.875, to the hundredth.
    expect(indicatorPoints(0.1, 7, 0.8)).toBe(0.88);
  });
});

describe('each indicator, on a commune’s month', () => {
  const scored = points(COMMUNE);

  it('transparency: procedures published on time 4 of 4 → 9; dossiers synced 20 of 20 → 9', () => {
    expect(scored.procedures_published).toBe(9);
    expect(scored.dossiers_synced).toBe(9);
  });

  it('progress: 8 of 10 finished on time → 12 × 0.8 = 9.6; 8 + 9 of 20 handled in time → 8 × 0.85 = 6.8', () => {
    expect(scored.finished_on_time).toBe(9.6);
    expect(scored.handled_on_time).toBe(6.8);
  });

  it('digitisation: 50 % digitised → 8 × 0.5/0.8 = 5; 9 results of 10 → 7; 3 reused of 30 → 7 × 0.1/0.8 = 0.88', () => {
    expect(scored.dossiers_digitised).toBe(5);
    expect(scored.results_digitised).toBe(7);
    expect(scored.data_reused).toBe(0.88);
  });

  it('online: 2 of 4 procedures → 8 × 0.5/0.8 = 5; 40 % online → 8 × 0.4/0.5 = 6.4; 1 of 4 paid online → 6 × 0.25/0.5 = 3', () => {
    expect(scored.fully_online_procedures).toBe(5);
    expect(scored.online_submission).toBe(6.4);
    expect(scored.online_payment).toBe(3);
  });

  it('satisfaction: 100 % − 20 % late − 10 % not satisfied = 70 % → 18 × 0.7/0.9 = 14', () => {
    expect(scored.satisfaction).toBe(14);
  });

  it('satisfaction: a dossier complained about of the 10 finished takes 10 % more → 60 % → 18 × 0.6/0.9 = 12', () => {
    expect(points({ ...COMMUNE, dossiersWithFeedback: 1 }).satisfaction).toBe(12);
    // More dossiers complained about than finished take all of it, no more.
    expect(scorecardOf({ ...COMMUNE, dossiersWithFeedback: 30 }, WEIGHTS).groups.at(-1)!.indicators[0]!.value).toBe(0);
    const onlyComplaints = { ...COMMUNE, figures: NO_FIGURES, dossiersWithFeedback: 2 };
    expect(scorecardOf(onlyComplaints, WEIGHTS).groups.at(-1)!.indicators[0]!.value).toBe(0);
  });

  it('are given with their share, points and threshold', () => {
    const online = scorecardOf(COMMUNE, WEIGHTS).groups.find((group) => group.key === 'online')!;
    expect(online.indicators[1]).toEqual({ key: 'online_submission', points: 6.4, max: 8, value: 0.4, threshold: 0.5 });
  });
});

describe('the groups and the total', () => {
  it('are the sums of their parts, out of 18, 20, 22, 22 and 18', () => {
    const card = scorecardOf(COMMUNE, WEIGHTS);
    expect(card.groups.map(({ key, points, max }) => ({ key, points, max }))).toEqual([
      { key: 'transparency', points: 18, max: 18 },
      { key: 'progress', points: 16.4, max: 20 },
      { key: 'digitisation', points: 12.88, max: 22 },
      { key: 'online', points: 14.4, max: 22 },
      { key: 'satisfaction', points: 14, max: 18 },
    ]);
    // 18 + 16.4 + 12.88 + 14.4 + 14, exactly.
    expect(card.total).toBe(75.68);
  });

  it('are 100 for an agency at every threshold, and 0 for one with nothing to measure', () => {
    const perfect: ScorecardFacts = {
      figures: {
        ...COMMUNE.figures,
        finished: { total: 10, early: 5, onTime: 5, late: 0, rejected: 0 },
        inProgress: { total: 10, onTime: 10, overdue: 0 },
        onlineShare: 0.5,
        paidOnlineShare: 0.6,
        digitisedShare: 0.8,
        satisfaction: { ratings: 10, verySatisfied: 9, satisfied: 0, notSatisfied: 1, rate: 0.9 },
      },
      procedures: { offered: 5, publishedOnTime: 5, fullyOnline: 4 },
      dossiersSynced: 20,
      documents: { components: 10, reused: 8, results: 8 },
      dossiersWithFeedback: 0,
    };
    expect(scorecardOf(perfect, WEIGHTS).total).toBe(100);
    const idle: ScorecardFacts = { figures: NO_FIGURES, procedures: { offered: 0, publishedOnTime: 0, fullyOnline: 0 }, dossiersSynced: 0, documents: { components: 0, reused: 0, results: 0 }, dossiersWithFeedback: 0 };
    const card = scorecardOf(idle, WEIGHTS);
    expect(card.total).toBe(0);
    expect(card.groups.flatMap((group) => group.indicators).every((indicator) => indicator.value === null)).toBe(true);
  });

  it('satisfaction counts a share with nothing to divide as none, and never goes below 0', () => {
    const onlyRatings = { ...COMMUNE, figures: { ...NO_FIGURES, satisfaction: { ratings: 4, verySatisfied: 1, satisfied: 2, notSatisfied: 1, rate: 0.75 } } };
    expect(points(onlyRatings).satisfaction).toBe(15);
    const allBad = { ...COMMUNE, figures: { ...NO_FIGURES, finished: { ...NO_FIGURES.finished, total: 2, late: 2 }, satisfaction: { ratings: 1, verySatisfied: 0, satisfied: 0, notSatisfied: 1, rate: 0 } } };
    expect(scorecardOf(allBad, WEIGHTS).groups.at(-1)!.indicators[0]!.value).toBe(0);
  });

  it('leave out of a version the indicators it does not weigh, and keep the groups in order', () => {
    const card = scorecardOf(COMMUNE, { ...WEIGHTS, indicators: [{ key: 'satisfaction', points: 100, threshold: 0.7 }] });
    expect(card.groups.map((group) => [group.key, group.max])).toEqual([['transparency', 0], ['progress', 0], ['digitisation', 0], ['online', 0], ['satisfaction', 100]]);
    expect(card.total).toBe(100);
  });

  it('of the province add the agencies’ catalogue facts', () => {
    const { figures: _, ...facts } = COMMUNE;
    expect(addScorecardFacts(facts, facts)).toEqual({
      procedures: { offered: 8, publishedOnTime: 8, fullyOnline: 4 },
      dossiersSynced: 40,
      documents: { components: 60, reused: 6, results: 18 },
      dossiersWithFeedback: 0,
    });
  });
});

describe('the weights', () => {
  const versions = [
    { effectiveFrom: '2022-06-23', decision: 'Quyết định 766/QĐ-TTg' },
    { effectiveFrom: '2026-07-01', decision: 'a later decision' },
  ];

  it('in force on a day are the latest version taking effect on or before it', () => {
    expect(weightsInForce(versions, '2026-06-30')!.decision).toBe('Quyết định 766/QĐ-TTg');
    expect(weightsInForce(versions, '2026-07-01')!.decision).toBe('a later decision');
    expect(weightsInForce([...versions].reverse(), '2027-01-01')!.decision).toBe('a later decision');
    expect(weightsInForce(versions, '2022-06-22')).toBeNull();
  });

  it('of Decision 766 add up to 100 in five groups, and a broken version says why', () => {
    expect(WEIGHTS.indicators.reduce((sum, indicator) => sum + indicator.points, 0)).toBe(100);
    expect(scorecardWeightsProblem(WEIGHTS)).toBeNull();
    expect(scorecardWeightsProblem({ ...WEIGHTS, indicators: [...WEIGHTS.indicators, WEIGHTS.indicators[0]!] })).toBe('indicator procedures_published twice');
    expect(scorecardWeightsProblem({ ...WEIGHTS, indicators: [{ key: 'satisfaction', points: 18, threshold: 1.5 }] })).toMatch(/threshold/);
    expect(scorecardWeightsProblem({ ...WEIGHTS, indicators: [{ key: 'nothing' as 'satisfaction', points: 1, threshold: 1 }] })).toBe('unknown indicator nothing');
  });

  it('name every group and indicator in Vietnamese and English', () => {
    for (const group of SCORECARD_GROUPS) expect(SCORECARD_GROUP_LABELS[group].vi.normalize('NFC')).toBe(SCORECARD_GROUP_LABELS[group].vi);
    for (const indicator of Object.values(SCORECARD_INDICATORS)) {
      expect(indicator.vi.normalize('NFC')).toBe(indicator.vi);
      expect(indicator.en.length).toBeGreaterThan(0);
    }
  });
});
