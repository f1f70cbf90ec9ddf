/**
 * Whether an administrator's override changes anything: an extra day off on a day nobody works
 * anyway (a Sunday, a holiday), or a make-up working day on an ordinary working day, is a mistake
 * that would sit in the calendar looking like a decision.
 */
import type { CalendarOverride } from './holidays.js';
import { vietnamInstant, formatVietnamDay, weekday } from './vietnam-time.js';
import { createWorkCalendar, type WorkCalendarOptions } from './working-time.js';

export interface OverrideRefusal {
  code: 'override_changes_nothing';
  vi: string;
  en: string;
}

const WEEKDAY_NAMES = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
] as const;

/**
 * The reason an override would change nothing, judged against the day as the law makes it (weekly
 * rest days, public holidays and the days off owed for them): no other date's override changes
 * it, and an earlier override of the same date is the one being replaced. Null when it changes the day.
 */
export function overrideRefusal(override: Pick<CalendarOverride, 'date' | 'kind'>, options: Omit<WorkCalendarOptions, 'overrides'> = {}): OverrideRefusal | null {
  const calendar = createWorkCalendar(options);
  const working = calendar.isWorkingDay(override.date);
  const day = formatVietnamDay(vietnamInstant(override.date));
  if (override.kind === 'working_day') {
    if (!working) return null;
    return {
      code: 'override_changes_nothing',
      vi: `Ngày ${day} vốn đã là ngày làm việc: không cần thêm ngày làm bù.`,
      en: `${day} is already a working day: no make-up working day is needed.`,
    };
  }
  if (working) return null;
  const holiday = calendar.holidays(Number(override.date.slice(0, 4))).find((candidate) => candidate.date === override.date);
  if (holiday) {
    return {
      code: 'override_changes_nothing',
      vi: `Ngày ${day} đã là ngày nghỉ (${holiday.name}): không cần thêm ngày nghỉ.`,
      en: `${day} is already a day off (${holiday.nameEn}): no extra day off is needed.`,
    };
  }
  const rest = WEEKDAY_NAMES[weekday(override.date) === 0 ? 0 : 1];
  return {
    code: 'override_changes_nothing',
    vi: `Ngày ${day} là ${rest.vi}, ngày nghỉ hằng tuần: không cần thêm ngày nghỉ.`,
    en: `${day} is a ${rest.en}, a weekly rest day: no extra day off is needed.`,
  };
}
