import { vietnamDate } from '../calendar/vietnam-time.js';

/** A dossier received, as the on-time rule sees it. */
export interface TimedDossier {
  /** When processing ended: the result finished (approved or refused with reasons), or stopped, or withdrawn. */
  endedAt: Date;
  /** The statutory appointment, time waiting for the applicant already added to it (an extension does not move it). */
  statutoryDueAt: Date;
  supplementRequests: number;
}

export type Timing = 'early' | 'on_time' | 'late';

/**
 * DOMAIN's rule (Decision 766): on time when processing ended no later than the appointment, time
 * waiting for a supplement subtracted (the appointment moves by it when the clock resumes); more
 * than one supplement request makes a dossier late. Early: it ended on a Vietnam day before the
 * appointment's day.
 */
export function timingOf(dossier: TimedDossier): Timing {
  if (dossier.supplementRequests > 1 || dossier.endedAt > dossier.statutoryDueAt) return 'late';
  return vietnamDate(dossier.endedAt) < vietnamDate(dossier.statutoryDueAt) ? 'early' : 'on_time';
}

/** Whole days a finished dossier took, counted from its reception: 1 within the first 24 hours. */
export function durationDays(receivedAt: Date, endedAt: Date): number {
  return Math.max(1, Math.ceil((endedAt.getTime() - receivedAt.getTime()) / 86_400_000));
}
