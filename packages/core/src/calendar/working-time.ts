/**
 * Working days and working time of a public agency: Monday–Friday inside the working periods,
 * minus public holidays and the administrator's overrides.
 */
import { byDate, statutoryHolidays, type CalendarOverride, type Holiday } from './holidays.js';
import {
  MINUTE_MS,
  dateOfDayNumber,
  dayNumber,
  epochMs,
  isWeekend,
  msSinceVietnamMidnight,
  parseTimeOfDay,
  vietnamDayNumber,
  vietnamMidnightMs,
} from './vietnam-time.js';

export interface WorkingPeriod {
  /** Local time `HH:MM`. */
  start: string;
  end: string;
}

export const DEFAULT_WORKING_HOURS: readonly WorkingPeriod[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:00', end: '17:00' },
];

export interface WorkCalendarOptions {
  overrides?: CalendarOverride[];
  workingHours?: readonly WorkingPeriod[];
  /** The day next to 2 September decided for a year, keyed by year. */
  septemberAdjacentDay?: Record<number, 1 | 3>;
}

export interface WorkCalendar {
  /** Days off of a year (statutory, compensatory and overrides), sorted: what the public holiday list shows. */
  holidays(year: number): Holiday[];
  isWorkingDay(date: string): boolean;
  /** The n-th working day after the local day of `from`, at the same local time of day (n = 0: `from` itself, or the next working day). */
  addWorkingDays(from: Date, n: number): Date;
  /** Adds working time, counted only inside the working periods of working days. */
  addWorkingMinutes(from: Date, minutes: number): Date;
  /** Working minutes inside [from, to); 0 when `to` is not after `from`. May be fractional. */
  workingMinutesBetween(from: Date, to: Date): number;
  readonly minutesPerWorkingDay: number;
  /**
   * The appointment for a dossier received at `receivedAt` with a limit of `workingDays`
   * (0 = within the day: the end of the reception day's last working period).
   */
  appointmentFor(receivedAt: Date, workingDays: number, options?: { cutoff?: string }): Date;
}

/** A working period as milliseconds after local midnight. */
interface Period {
  start: number;
  end: number;
}

interface YearCalendar {
  holidays: Holiday[];
  daysOff: Set<string>;
  workingDays: Set<string>;
}

function parsePeriods(workingHours: readonly WorkingPeriod[]): Period[] {
  if (workingHours.length === 0) throw new RangeError('At least one working period is needed');
  const periods = workingHours.map(({ start, end }) => ({
    start: parseTimeOfDay(start) * MINUTE_MS,
    end: parseTimeOfDay(end) * MINUTE_MS,
  }));
  periods.forEach((period, i) => {
    const previousEnd = periods[i - 1]?.end ?? 0;
    if (period.start >= period.end || period.start < previousEnd) {
      throw new RangeError('Working periods must be non-empty, in order and not overlapping');
    }
  });
  return periods;
}

function assertCount(value: number, what: string, integer: boolean): void {
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new RangeError(`${what} must be a non-negative ${integer ? 'integer' : 'number'}: ${value}`);
  }
}

function overridesByYear(overrides: readonly CalendarOverride[]): Map<number, CalendarOverride[]> {
  const byYear = new Map<number, CalendarOverride[]>();
  for (const override of overrides) {
    dayNumber(override.date);
    const year = Number(override.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), override]);
  }
  return byYear;
}

export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const periods = parsePeriods(options.workingHours ?? DEFAULT_WORKING_HOURS);
  const firstStart = periods[0]!.start;
  const lastEnd = periods[periods.length - 1]!.end;
  const minutesPerWorkingDay = periods.reduce((sum, p) => sum + (p.end - p.start), 0) / MINUTE_MS;
  const overrides = overridesByYear(options.overrides ?? []);
  const years = new Map<number, YearCalendar>();

  function yearCalendar(year: number): YearCalendar {
    const cached = years.get(year);
    if (cached) return cached;
    const adjacent = options.septemberAdjacentDay?.[year];
    const byDay = new Map<string, Holiday>();
    for (const holiday of statutoryHolidays(year, adjacent ? { septemberAdjacentDay: adjacent } : {})) {
      byDay.set(holiday.date, holiday);
    }
    const workingDays = new Set<string>();
    // Later overrides of the same date win, so an administrator can correct an earlier entry.
    for (const { date, kind, name, nameEn } of overrides.get(year) ?? []) {
      if (kind === 'working_day') {
        byDay.delete(date);
        workingDays.add(date);
      } else {
        byDay.set(date, { date, name, nameEn: nameEn ?? name, kind: 'override' });
        workingDays.delete(date);
      }
    }
    const holidays = [...byDay.values()].sort(byDate);
    const calendar = { holidays, daysOff: new Set(byDay.keys()), workingDays };
    years.set(year, calendar);
    return calendar;
  }

  function isWorkingDay(date: string): boolean {
    const year = yearCalendar(Number(date.slice(0, 4)));
    if (year.daysOff.has(date)) return false;
    return year.workingDays.has(date) || !isWeekend(date);
  }

  // The calendar never changes once made, so each day's answer is kept: deadline arithmetic asks
  // about the same few weeks over and over.
  const workingByDayNumber = new Map<number, boolean>();
  function isWorkingDayNumber(day: number): boolean {
    let working = workingByDayNumber.get(day);
    if (working === undefined) {
      working = isWorkingDay(dateOfDayNumber(day));
      workingByDayNumber.set(day, working);
    }
    return working;
  }

  function nextWorkingDayNumber(day: number): number {
    let next = day + 1;
    while (!isWorkingDayNumber(next)) next++;
    return next;
  }

  function addWorkingDays(from: Date, n: number): Date {
    assertCount(n, 'Number of working days', true);
    let day = vietnamDayNumber(from);
    const timeOfDay = msSinceVietnamMidnight(from);
    if (n === 0 && !isWorkingDayNumber(day)) day = nextWorkingDayNumber(day);
    for (let counted = 0; counted < n; counted++) day = nextWorkingDayNumber(day);
    return new Date(vietnamMidnightMs(day) + timeOfDay);
  }

  function addWorkingMinutes(from: Date, minutes: number): Date {
    assertCount(minutes, 'Working minutes', false);
    let remaining = Math.round(minutes * MINUTE_MS);
    const fromMs = epochMs(from);
    for (let day = vietnamDayNumber(from); ; day++) {
      if (!isWorkingDayNumber(day)) continue;
      const midnight = vietnamMidnightMs(day);
      for (const period of periods) {
        const start = Math.max(fromMs, midnight + period.start);
        const end = midnight + period.end;
        if (start >= end) continue;
        // Ending exactly at the end of a period stays there rather than jumping to the next start.
        if (remaining <= end - start) return new Date(start + remaining);
        remaining -= end - start;
      }
    }
  }

  function workingMinutesBetween(from: Date, to: Date): number {
    const fromMs = epochMs(from);
    const toMs = epochMs(to);
    if (toMs <= fromMs) return 0;
    let total = 0;
    for (let day = vietnamDayNumber(from); day <= vietnamDayNumber(to); day++) {
      if (!isWorkingDayNumber(day)) continue;
      const midnight = vietnamMidnightMs(day);
      for (const period of periods) {
        const overlap = Math.min(toMs, midnight + period.end) - Math.max(fromMs, midnight + period.start);
        if (overlap > 0) total += overlap;
      }
    }
    return total / MINUTE_MS;
  }

  function appointmentFor(receivedAt: Date, workingDays: number, appointmentOptions: { cutoff?: string } = {}): Date {
    assertCount(workingDays, 'Number of working days', true);
    const { cutoff } = appointmentOptions;
    const day = vietnamDayNumber(receivedAt);
    // After the cut-off hour, after closing time or on a day off, the dossier counts as received
    // when the next working day opens.
    const cutoffMs = cutoff === undefined ? lastEnd : Math.min(parseTimeOfDay(cutoff) * MINUTE_MS, lastEnd);
    const countsToday = isWorkingDayNumber(day) && msSinceVietnamMidnight(receivedAt) < cutoffMs;
    const counted = countsToday ? receivedAt : new Date(vietnamMidnightMs(nextWorkingDayNumber(day)) + firstStart);
    if (workingDays === 0) return new Date(vietnamMidnightMs(vietnamDayNumber(counted)) + lastEnd);
    return addWorkingDays(counted, workingDays);
  }

  return {
    holidays: (year) => yearCalendar(year).holidays.map((holiday) => ({ ...holiday })),
    isWorkingDay: (date) => {
      dayNumber(date);
      return isWorkingDay(date);
    },
    addWorkingDays,
    addWorkingMinutes,
    workingMinutesBetween,
    minutesPerWorkingDay,
    appointmentFor,
  };
}
