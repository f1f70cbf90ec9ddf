export { lunarNewYear, lunarToSolar, solarToLunar, type LunarDate } from './lunar.js';
export {
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
export { DEADLINE_STATUSES, classifyDeadline, type DeadlineInput, type DeadlineStatus } from './deadline-status.js';
export {
  addDays,
  formatVietnamDay,
  formatVietnamTimeAndDay,
  isWeekend,
  parseTimeOfDay,
  toVietnamIso,
  vietnamDate,
  vietnamInstant,
  weekday,
} from './vietnam-time.js';
