/**
 * Public holidays of the Labor Code 2019, art. 112, and the compensatory days off owed when a
 * holiday falls on a weekly rest day.
 */
import { lunarNewYear, lunarToSolar } from './lunar.js';
import { addDays, isWeekend, weekday } from './vietnam-time.js';

export const HOLIDAY_KINDS = ['statutory', 'compensatory', 'override'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  date: string;
  name: string;
  nameEn: string;
  kind: HolidayKind;
}

/**
 * An administrator's yearly decision: an extra day off (e.g. the days of an official Tết break)
 * or a working day (a make-up Saturday, or a holiday moved elsewhere).
 */
export interface CalendarOverride {
  date: string;
  kind: 'day_off' | 'working_day';
  name: string;
  /** English name shown for an added day off; defaults to `name`. */
  nameEn?: string;
}

export interface StatutoryHolidayOptions {
  /** The day next to 2 September decided for the year; by default 3 when 2 September is a Monday, otherwise 1. */
  septemberAdjacentDay?: 1 | 3;
}

type HolidayName = Pick<Holiday, 'name' | 'nameEn'>;

const NEW_YEAR: HolidayName = { name: 'Tết Dương lịch', nameEn: "New Year's Day" };
const LUNAR_NEW_YEAR: HolidayName = { name: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' };
const HUNG_KINGS: HolidayName = { name: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration Day" };
const VICTORY_DAY: HolidayName = { name: 'Ngày Chiến thắng', nameEn: 'Reunification Day' };
const LABOUR_DAY: HolidayName = { name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' };
const NATIONAL_DAY: HolidayName = { name: 'Quốc khánh', nameEn: 'National Day' };

const MONDAY = 1;

export function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function defaultSeptemberAdjacentDay(year: number): 1 | 3 {
  return weekday(`${year}-09-02`) === MONDAY ? 3 : 1;
}

/** The 11 days of art. 112, in date order; Hùng Kings' day is listed after the fixed-date holidays it may coincide with (30 April 1947). */
function statutoryDays(year: number, septemberAdjacentDay: 1 | 3): Holiday[] {
  const tet = lunarNewYear(year);
  const statutory = (date: string, name: HolidayName): Holiday => ({ date, ...name, kind: 'statutory' });
  return [
    statutory(`${year}-01-01`, NEW_YEAR),
    // The last day of the old lunar year (29th or 30th of month 12) and the first four of the new one.
    ...[-1, 0, 1, 2, 3].map((offset) => statutory(addDays(tet, offset), LUNAR_NEW_YEAR)),
    statutory(`${year}-04-30`, VICTORY_DAY),
    statutory(`${year}-05-01`, LABOUR_DAY),
    statutory(`${year}-09-02`, NATIONAL_DAY),
    statutory(`${year}-09-0${septemberAdjacentDay}`, NATIONAL_DAY),
    statutory(lunarToSolar(year, 3, 10), HUNG_KINGS),
  ].sort(byDate);
}

/**
 * A holiday on a Saturday or Sunday, or on a day that is already a holiday, gives a day off on the
 * next working day that is not a holiday yet. Holidays are handled in date order and each
 * compensatory day is taken before the next is looked for, so consecutive ones stack.
 */
function withCompensatoryDays(statutory: Holiday[]): Holiday[] {
  const daysOff = new Map<string, Holiday>();
  const owed: Holiday[] = [];
  for (const holiday of statutory) {
    if (daysOff.has(holiday.date)) owed.push(holiday);
    else daysOff.set(holiday.date, holiday);
    if (isWeekend(holiday.date)) owed.push(holiday);
  }
  for (const holiday of owed.sort(byDate)) {
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || daysOff.has(date)) date = addDays(date, 1);
    daysOff.set(date, {
      date,
      name: `Nghỉ bù ${holiday.name}`,
      nameEn: `Compensatory day off for ${holiday.nameEn}`,
      kind: 'compensatory',
    });
  }
  return [...daysOff.values()].sort(byDate);
}

/** Statutory holidays of a year and the compensatory days they give, sorted by date, one entry per date. */
export function statutoryHolidays(year: number, options: StatutoryHolidayOptions = {}): Holiday[] {
  if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  const adjacent = options.septemberAdjacentDay ?? defaultSeptemberAdjacentDay(year);
  return withCompensatoryDays(statutoryDays(year, adjacent));
}
