/** Minutes a service is assumed to take while a service has no finished ticket to learn from. */
export const DEFAULT_SERVICE_MINUTES = 5;

/** How many of the most recent services of a kind the estimate learns from. */
export const RECENT_SERVICES = 20;

/**
 * Minutes a ticket should wait: the people ahead of it, each taking the mean of the service's
 * recent service times, shared among the counters open for the service (one is assumed to open
 * when none is).
 */
export function estimateWaitMinutes(input: { ahead: number; recentServiceMinutes: readonly number[]; openCounters: number }): number {
  if (input.ahead <= 0) return 0;
  const recent = input.recentServiceMinutes.slice(0, RECENT_SERVICES).filter((minutes) => Number.isFinite(minutes) && minutes >= 0);
  const perPerson = recent.length ? recent.reduce((sum, minutes) => sum + minutes, 0) / recent.length : DEFAULT_SERVICE_MINUTES;
  return Math.ceil((input.ahead * perPerson) / Math.max(1, input.openCounters));
}
