export { lunarNewYear, lunarToSolar, solarToLunar, type LunarDate } from './lunar.js';
export {
  HOLIDAY_KINDS,
  statutoryHolidays,
  type CalendarOverride,
  type Holiday,
  type HolidayKind,
  type StatutoryHolidayOptions,
} from './holidays.js';
export {
  DEFAULT_WORKING_HOURS,
  createWorkCalendar,
  type WorkCalendar,
  type WorkCalendarOptions,
  type WorkingPeriod,
} from './working-time.js';
export { overrideRefusal, type OverrideRefusal } from './overrides.js';
export { DEADLINE_STATUSES, classifyDeadline, type DeadlineInput, type DeadlineStatus } from './deadline-status.js';
export {
  CALENDAR_YEARS,
  addDays,
  formatVietnamDay,
  formatVietnamTimeAndDay,
  isCalendarDate,
  isWeekend,
  parseTimeOfDay,
  toVietnamIso,
  vietnamDate,
  vietnamDaySpan,
  vietnamInstant,
  weekday,
} from './vietnam-time.js';
