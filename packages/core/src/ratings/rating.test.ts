import { describe, expect, it } from 'vitest';
import { RATING_COMMENT_MAX_LENGTH, TABLET_RATING_MINUTES, checkRating, withinTabletRating, dossierRatable, satisfactionRate, ticketRatable } from './rating.js';

describe('rating rules', () => {
  it('keeps a known score with known criteria and a trimmed NFC comment', () => {
    expect(checkRating({ score: 'satisfied', criteria: { attitude: 'very_satisfied', time: 'not_satisfied' }, comment: '  Chờ hơi lâu '.normalize('NFD') })).toEqual({
      rating: { score: 'satisfied', criteria: { attitude: 'very_satisfied', time: 'not_satisfied' }, comment: 'Chờ hơi lâu' },
    });
    expect(checkRating({ score: 'not_satisfied' })).toEqual({ rating: { score: 'not_satisfied', criteria: {}, comment: '' } });
  });

  it('names the field of an unknown score or criterion', () => {
    expect(checkRating({ score: 'excellent' })).toMatchObject({ problem: { field: 'score', code: 'unknown_score' } });
    expect(checkRating({ score: 'satisfied', criteria: { speed: 'satisfied' } })).toMatchObject({ problem: { field: 'criteria.speed', code: 'unknown_criterion' } });
    expect(checkRating({ score: 'satisfied', criteria: { guidance: 'good' } })).toMatchObject({ problem: { field: 'criteria.guidance', code: 'unknown_score' } });
  });

  it('counts the comment in characters, not code units, up to the limit', () => {
    const longest = 'ệ'.repeat(RATING_COMMENT_MAX_LENGTH);
    expect(checkRating({ score: 'satisfied', comment: longest })).toMatchObject({ rating: { comment: longest } });
    const problem = checkRating({ score: 'satisfied', comment: `${longest}ệ` });
    expect(problem).toMatchObject({ problem: { field: 'comment', code: 'comment_too_long' } });
    expect('problem' in problem && problem.problem.vi).toContain(`${RATING_COMMENT_MAX_LENGTH + 1}`);
  });

  it('rates a ticket once, only after its service has finished', () => {
    expect(ticketRatable({ status: 'finished', rated: false })).toBeNull();
    expect(ticketRatable({ status: 'finished', rated: true })).toBe('already_rated');
    for (const status of ['waiting', 'called', 'serving', 'no_show', 'cancelled'] as const) {
      expect(ticketRatable({ status, rated: false })).toBe('not_served_yet');
    }
  });

  it('offers a finished ticket on the counter’s tablet for a few minutes only', () => {
    const ended = new Date('2026-12-04T08:00:00Z');
    expect(withinTabletRating(ended, ended)).toBe(true);
    expect(withinTabletRating(ended, new Date(ended.getTime() + TABLET_RATING_MINUTES * 60_000))).toBe(true);
    expect(withinTabletRating(ended, new Date(ended.getTime() + TABLET_RATING_MINUTES * 60_000 + 1))).toBe(false);
    expect(withinTabletRating(ended, new Date(ended.getTime() - 1))).toBe(false);
  });

  it('rates a dossier once, only when the agency has finished with it', () => {
    for (const state of ['result_ready', 'returned', 'refused', 'stopped'] as const) expect(dossierRatable({ state, rated: false })).toBeNull();
    for (const state of ['submitted', 'processing', 'supplement_requested', 'awaiting_fee', 'suspended', 'withdrawn'] as const) {
      expect(dossierRatable({ state, rated: false })).toBe('no_result_yet');
    }
    expect(dossierRatable({ state: 'returned', rated: true })).toBe('already_rated');
  });

  it('counts satisfied and very satisfied as satisfaction, and has no rate without ratings', () => {
    expect(satisfactionRate({ verySatisfied: 2, satisfied: 1, notSatisfied: 1 })).toBe(0.75);
    expect(satisfactionRate({ verySatisfied: 0, satisfied: 0, notSatisfied: 0 })).toBeNull();
  });
});
