/**
 * The measures kept per day (and month) with every change of a dossier, a process step, a fee
 * payment and a rating (server: db/functions/statistics.sql). Each figure of the statistics is a
 * sum of these over the rows of an agency's subtree and a period, never a count of dossiers at
 * request time.
 */
export const TALLY_MEASURES = [
  // On the day a dossier was received: itself, whether its components carry scans, its supplement requests.
  'received',
  'digitised',
  'supplement_requests',
  // On the day a received dossier ended: with a result (early, on time or late by DOMAIN's rule; of
  // those, refusals with reasons), withdrawn or stopped; the result's processing time.
  'finished',
  'finished_early',
  'finished_on_time',
  'finished_late',
  'rejected',
  'withdrawn',
  'stopped',
  'processing_minutes',
  // On the day a dossier was refused at reception (never received).
  'refused',
  // Open dossiers on the day of their appointment (as the public figures' day tallies).
  'open',
  'open_running_statutory',
  'open_paused_late',
  // A dossier past its statutory appointment: from that day until the day it ended (if it did).
  'became_overdue',
  'ceased_overdue',
  // On the day a fee was paid, and paid online.
  'fees_paid',
  'fees_paid_online',
  // Process steps, per agency, unit and officer: started, finished, finished after their due time, still open.
  'steps_started',
  'steps_finished',
  'steps_late',
  'steps_open',
  // Ratings, on the day they were given.
  'rated_very_satisfied',
  'rated_satisfied',
  'rated_not_satisfied',
  // A result on the day it came, on the row of the whole days it took (the 90th percentile's histogram).
  'finished_in_days',
] as const;

export type TallyMeasure = (typeof TALLY_MEASURES)[number];
export type Tallies = Record<TallyMeasure, number>;

export const emptyTallies = (): Tallies => Object.fromEntries(TALLY_MEASURES.map((measure) => [measure, 0])) as Tallies;

/** How many finished dossiers took each whole number of days (1 = within 24 hours). */
export type DurationHistogram = ReadonlyArray<{ days: number; dossiers: number }>;
