import type { DossierState } from '../dossiers/states.js';
import type { TicketStatus } from '../queue/ticket.js';

/** How satisfied the person was: the three answers of the centres' rating (and of Decision 766's satisfaction group). */
export const RATING_SCORES = ['very_satisfied', 'satisfied', 'not_satisfied'] as const;
export type RatingScore = (typeof RATING_SCORES)[number];

/** What a person may rate besides the whole, each optional: the officer's attitude, guidance, time taken, result. */
export const RATING_CRITERIA = ['attitude', 'guidance', 'time', 'result'] as const;
export type RatingCriterion = (typeof RATING_CRITERIA)[number];

/** Where the rating was given: the tablet at the counter, the ticket's QR code, or online for a dossier. */
export const RATING_CHANNELS = ['tablet', 'qr', 'online'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

export const RATING_COMMENT_MAX_LENGTH = 1000;

export const RATING_SCORE_LABELS: Record<RatingScore, { vi: string; en: string }> = {
  very_satisfied: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  not_satisfied: { vi: 'Không hài lòng', en: 'Not satisfied' },
};

export const RATING_CRITERION_LABELS: Record<RatingCriterion, { vi: string; en: string }> = {
  attitude: { vi: 'Thái độ phục vụ', en: 'Attitude' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  time: { vi: 'Thời gian', en: 'Time taken' },
  result: { vi: 'Kết quả', en: 'Result' },
};

export interface RatingInput {
  score: string;
  criteria?: Readonly<Record<string, string | undefined>> | undefined;
  comment?: string | undefined;
}

export interface Rating {
  score: RatingScore;
  criteria: Partial<Record<RatingCriterion, RatingScore>>;
  comment: string;
}

export interface RatingProblem {
  field: string;
  code: 'unknown_score' | 'unknown_criterion' | 'comment_too_long';
  vi: string;
  en: string;
}

const isScore = (value: string): value is RatingScore => (RATING_SCORES as readonly string[]).includes(value);
const isCriterion = (value: string): value is RatingCriterion => (RATING_CRITERIA as readonly string[]).includes(value);

const unknownScore = (field: string, value: string): RatingProblem => ({
  field,
  code: 'unknown_score',
  vi: `Mức đánh giá "${value}" không có; chọn Rất hài lòng, Hài lòng hoặc Không hài lòng.`,
  en: `There is no rating "${value}"; choose very satisfied, satisfied or not satisfied.`,
});

/**
 * The rating as it is kept, or the first thing wrong with what was sent: a known score, known
 * criteria each with a known score, and a comment of at most RATING_COMMENT_MAX_LENGTH characters
 * (trimmed, NFC, so that what is counted is what is stored).
 */
export function checkRating(input: RatingInput): { rating: Rating } | { problem: RatingProblem } {
  if (!isScore(input.score)) return { problem: unknownScore('score', input.score) };
  const criteria: Rating['criteria'] = {};
  for (const [criterion, score] of Object.entries(input.criteria ?? {})) {
    if (score === undefined) continue;
    if (!isCriterion(criterion)) {
      return {
        problem: {
          field: `criteria.${criterion}`,
          code: 'unknown_criterion',
          vi: `Tiêu chí "${criterion}" không có; các tiêu chí là thái độ, hướng dẫn, thời gian và kết quả.`,
          en: `There is no criterion "${criterion}"; the criteria are attitude, guidance, time and result.`,
        },
      };
    }
    if (!isScore(score)) return { problem: unknownScore(`criteria.${criterion}`, score) };
    criteria[criterion] = score;
  }
  const comment = (input.comment ?? '').normalize('NFC').trim();
  if ([...comment].length > RATING_COMMENT_MAX_LENGTH) {
    return {
      problem: {
        field: 'comment',
        code: 'comment_too_long',
        vi: `Góp ý dài tối đa ${RATING_COMMENT_MAX_LENGTH} ký tự (đang có ${[...comment].length}).`,
        en: `A comment has at most ${RATING_COMMENT_MAX_LENGTH} characters (this one has ${[...comment].length}).`,
      },
    };
  }
  return { rating: { score: input.score, criteria, comment } };
}

/** Why something cannot be rated (yet, or any more). */
export const NOT_RATABLE_REASONS = ['not_served_yet', 'no_result_yet', 'already_rated'] as const;
export type NotRatable = (typeof NOT_RATABLE_REASONS)[number];

/** A ticket is rated once, after its service has finished (not while waiting, nor after a no-show or cancellation). */
export function ticketRatable(ticket: { status: TicketStatus; rated: boolean }): NotRatable | null {
  if (ticket.rated) return 'already_rated';
  return ticket.status === 'finished' ? null : 'not_served_yet';
}

/**
 * The tablet at a counter offers the ticket finished there for this long: the person rates as they
 * stand up, and a ticket finished earlier is not left on the screen for the next one to rate.
 */
export const TABLET_RATING_MINUTES = 10;

/** Whether a ticket finished at `endedAt` may still be rated on the counter's tablet at `now`. */
export function withinTabletRating(endedAt: Date, now: Date): boolean {
  const elapsed = now.getTime() - endedAt.getTime();
  return elapsed >= 0 && elapsed <= TABLET_RATING_MINUTES * 60_000;
}

/** The states in which the agency has finished handling a dossier: its result, a refusal or a stop. */
export const DOSSIER_RATABLE_STATES: readonly DossierState[] = ['result_ready', 'returned', 'refused', 'stopped'];

/** A dossier is rated once by its applicant, after the agency has finished with it. */
export function dossierRatable(dossier: { state: DossierState; rated: boolean }): NotRatable | null {
  if (dossier.rated) return 'already_rated';
  return DOSSIER_RATABLE_STATES.includes(dossier.state) ? null : 'no_result_yet';
}

export interface SatisfactionCounts {
  verySatisfied: number;
  satisfied: number;
  notSatisfied: number;
}

/**
 * The share of ratings that are satisfied or very satisfied (Decision 766 counts both as
 * satisfaction); null when nobody rated.
 */
export function satisfactionRate(counts: SatisfactionCounts): number | null {
  const total = counts.verySatisfied + counts.satisfied + counts.notSatisfied;
  return total === 0 ? null : (counts.verySatisfied + counts.satisfied) / total;
}
