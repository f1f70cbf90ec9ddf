import { type DurationHistogram, type Tallies, emptyTallies } from './tallies.js';

/**
 * What the statistics read for one scope (an agency's subtree, a field, a procedure, a channel,
 * a unit or an officer) and one period ending on day T (the period's last day, or today when it
 * runs on): the tallies summed over [from, T], over the days after T (appointments to come
 * included), the open dossiers as they stand, and the durations of the period's results.
 */
export interface FigureInputs {
  inPeriod: Tallies;
  afterPeriod: Tallies;
  receivedByChannel: { online: number; inPerson: number; post: number };
  /** Open dossiers now: all of them, and those past their statutory appointment (paused ones: already when their clock stopped). */
  openNow: number;
  overdueBase: number;
  /** Process steps not yet finished, now. */
  stepsOpenNow: number;
  /**
   * When T is today: open dossiers whose statutory appointment falls later today, still running
   * (counted as overdue on their appointment's day, they are not yet). 0 for a period in the past.
   */
  dueLaterToday: number;
  durations: DurationHistogram;
}

export interface Figures {
  received: number;
  receivedByChannel: { online: number; inPerson: number; post: number };
  /** Received before the period and not ended when it began. */
  carriedOver: number;
  finished: { total: number; early: number; onTime: number; late: number; rejected: number };
  refused: number;
  withdrawn: number;
  stopped: number;
  /** Open at the end of the period (now, when it runs on): on time and past their statutory appointment. */
  inProgress: { total: number; onTime: number; overdue: number };
  supplementRequests: number;
  /** Of the dossiers finished with a result in the period, days from reception. */
  processingDays: { average: number | null; p90: number | null };
  onTimeRate: number | null;
  onlineShare: number | null;
  paidOnlineShare: number | null;
  digitisedShare: number | null;
  satisfaction: { ratings: number; verySatisfied: number; satisfied: number; notSatisfied: number; rate: number | null };
  /** Process steps: started and finished in the period, finished after their due time, open now. */
  steps: { started: number; finished: number; late: number; open: number };
}

export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

const ended = (t: Tallies) => t.finished + t.withdrawn + t.stopped;

/** The smallest number of days within which `share` of the dossiers finished. */
export function percentileDays(histogram: DurationHistogram, share: number): number | null {
  const total = histogram.reduce((sum, bucket) => sum + bucket.dossiers, 0);
  if (total === 0) return null;
  const sorted = [...histogram].sort((a, b) => a.days - b.days);
  let seen = 0;
  for (const bucket of sorted) {
    seen += bucket.dossiers;
    if (seen >= share * total) return bucket.days;
  }
  return sorted.at(-1)!.days;
}

/**
 * Open and overdue at the end of day T, counted back from now: every change after T undone. A
 * dossier becomes overdue on the day of its statutory appointment and ceases to be on the day it
 * ends late, so those after T are what separates T from now.
 */
export function figuresFrom(input: FigureInputs): Figures {
  const { inPeriod: p, afterPeriod: after } = input;
  const openAtEnd = input.openNow - (after.received - ended(after));
  const overdueAtEnd = input.overdueBase - (after.became_overdue - after.ceased_overdue) - input.dueLaterToday;
  const ratings = p.rated_very_satisfied + p.rated_satisfied + p.rated_not_satisfied;
  return {
    received: p.received,
    receivedByChannel: input.receivedByChannel,
    carriedOver: openAtEnd - (p.received - ended(p)),
    finished: { total: p.finished, early: p.finished_early, onTime: p.finished_on_time, late: p.finished_late, rejected: p.rejected },
    refused: p.refused,
    withdrawn: p.withdrawn,
    stopped: p.stopped,
    inProgress: { total: openAtEnd, onTime: openAtEnd - overdueAtEnd, overdue: overdueAtEnd },
    supplementRequests: p.supplement_requests,
    processingDays: { average: p.finished === 0 ? null : p.processing_minutes / p.finished / 1440, p90: percentileDays(input.durations, 0.9) },
    onTimeRate: ratio(p.finished_early + p.finished_on_time, p.finished),
    onlineShare: ratio(input.receivedByChannel.online, p.received),
    paidOnlineShare: ratio(p.fees_paid_online, p.fees_paid),
    digitisedShare: ratio(p.digitised, p.received),
    satisfaction: {
      ratings,
      verySatisfied: p.rated_very_satisfied,
      satisfied: p.rated_satisfied,
      notSatisfied: p.rated_not_satisfied,
      rate: ratio(p.rated_very_satisfied + p.rated_satisfied, ratings),
    },
    steps: { started: p.steps_started, finished: p.steps_finished, late: p.steps_late, open: input.stepsOpenNow },
  };
}

/** A scope with no rows at all has nothing to count: every figure 0, every rate null. */
export const NO_FIGURES: Figures = figuresFrom({
  inPeriod: emptyTallies(),
  afterPeriod: emptyTallies(),
  receivedByChannel: { online: 0, inPerson: 0, post: 0 },
  openNow: 0,
  overdueBase: 0,
  stepsOpenNow: 0,
  dueLaterToday: 0,
  durations: [],
});
