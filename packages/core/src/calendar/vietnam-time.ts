/**
 * Vietnam local time is a fixed UTC+7 with no daylight saving, so plain arithmetic on epoch
 * milliseconds is exact and no time-zone database is needed.
 *
 * Local calendar dates travel as `YYYY-MM-DD` strings; inside this folder they are also handled
 * as day numbers (days since 1970-01-01), which makes "the next day" a simple `+ 1`.
 */

export const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 60 * MINUTE_MS;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** Day number of a `YYYY-MM-DD` date, or undefined when it is not one or no such date exists. */
function parseDayNumber(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match;
  // setUTCFullYear rather than Date.UTC, which would read years 0–99 as 1900–1999.
  const result = new Date(0).setUTCFullYear(Number(year), Number(month) - 1, Number(day)) / DAY_MS;
  return dateOfDayNumber(result) === date ? result : undefined;
}

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` date; rejects impossible dates such as 2026-02-30. */
export function dayNumber(date: string): number {
  const result = parseDayNumber(date);
  if (result === undefined) throw new RangeError(`Not a YYYY-MM-DD date, or no such date: ${date}`);
  return result;
}

/** The years the working-day calendar knows (its lunar table and holiday rules); other dates are refused at the door. */
export const CALENDAR_YEARS = { first: 1900, last: 2100 } as const;

/** Whether a `YYYY-MM-DD` date exists (not 2026-02-30) and falls within CALENDAR_YEARS. */
export function isCalendarDate(date: string): boolean {
  const year = Number(DATE_PATTERN.exec(date)?.[1]);
  return year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last && parseDayNumber(date) !== undefined;
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Epoch milliseconds of an instant, refusing an invalid Date so that no loop runs on NaN. */
export function epochMs(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}

/** Day number of the local (UTC+7) date of an instant. */
export function vietnamDayNumber(instant: Date): number {
  return Math.floor((epochMs(instant) + VIETNAM_OFFSET_MS) / DAY_MS);
}

/** The local (UTC+7) date of an instant, `YYYY-MM-DD`. */
export function vietnamDate(instant: Date): string {
  return dateOfDayNumber(vietnamDayNumber(instant));
}

/** Epoch milliseconds of local midnight at the start of a day number. */
export function vietnamMidnightMs(day: number): number {
  return day * DAY_MS - VIETNAM_OFFSET_MS;
}

/** Milliseconds elapsed since local midnight. */
export function msSinceVietnamMidnight(instant: Date): number {
  return epochMs(instant) - vietnamMidnightMs(vietnamDayNumber(instant));
}

/** Minutes since midnight of a local time of day `HH:MM` (or `HH:MM:SS`, seconds as a fraction). */
export function parseTimeOfDay(time: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a HH:MM time of day: ${time}`);
  const [, hours, minutes, seconds = '0'] = match;
  return Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
}

/** The instant of a local date and time of day, e.g. `vietnamInstant('2026-11-25', '10:15')`. */
export function vietnamInstant(date: string, time = '00:00'): Date {
  return new Date(vietnamMidnightMs(dayNumber(date)) + Math.round(parseTimeOfDay(time) * MINUTE_MS));
}

/**
 * The instants a span of Vietnam days covers, [start, end): from the start of `from` to the end of
 * `to`, both days included; an absent bound leaves its side open. Undefined when `to` is before `from`.
 */
export function vietnamDaySpan(from: string | undefined, to: string | undefined): { start: Date | null; end: Date | null } | undefined {
  const start = from ? vietnamInstant(from) : null;
  const end = to ? vietnamInstant(addDays(to, 1)) : null;
  if (start && end && end <= start) return undefined;
  return { start, end };
}

/** `2026-11-25T10:15:00+07:00`: always with seconds, never with milliseconds (they are truncated). */
export function toVietnamIso(instant: Date): string {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

/** `23/11/2026`, the day an instant falls on in Vietnam, as papers and messages print it. */
export function formatVietnamDay(instant: Date): string {
  const iso = toVietnamIso(instant);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** `09:00 23/11/2026`: times of reception and appointment are stated to the minute. */
export function formatVietnamTimeAndDay(instant: Date): string {
  return `${toVietnamIso(instant).slice(11, 16)} ${formatVietnamDay(instant)}`;
}
