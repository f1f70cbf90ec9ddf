/** Whether a dossier or a step is early, on time or late against its deadline. */
import { vietnamDate } from './vietnam-time.js';
import type { WorkCalendar } from './working-time.js';

export const DEADLINE_STATUSES = [
  'on_time',
  'due_soon',
  'overdue',
  'finished_early',
  'finished_on_time',
  'finished_late',
] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export interface DeadlineInput {
  dueAt: Date;
  /** When processing ended; absent or null while in progress. */
  finishedAt?: Date | null;
  now: Date;
  calendar: WorkCalendar;
  /** Working minutes left at or under which an open item is due soon; one working day by default. */
  dueSoonWorkingMinutes?: number;
}

export function classifyDeadline({ dueAt, finishedAt, now, calendar, dueSoonWorkingMinutes }: DeadlineInput): DeadlineStatus {
  if (finishedAt) {
    if (finishedAt.getTime() > dueAt.getTime()) return 'finished_late';
    // Early means a whole day ahead: finishing on the due date itself is on time.
    return vietnamDate(finishedAt) < vietnamDate(dueAt) ? 'finished_early' : 'finished_on_time';
  }
  if (now.getTime() > dueAt.getTime()) return 'overdue';
  const threshold = dueSoonWorkingMinutes ?? calendar.minutesPerWorkingDay;
  return calendar.workingMinutesBetween(now, dueAt) <= threshold ? 'due_soon' : 'on_time';
}
