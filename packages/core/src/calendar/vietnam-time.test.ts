import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  isCalendarDate,
  isWeekend,
  msSinceVietnamMidnight,
  parseTimeOfDay,
  toVietnamIso,
  vietnamDate,
  vietnamDaySpan,
  vietnamInstant,
  weekday,
} from './vietnam-time.js';

describe('Vietnam local time (UTC+7)', () => {
  it('formats an instant with the +07:00 offset, seconds and no milliseconds', () => {
    expect(toVietnamIso(new Date('2026-11-25T03:15:00.789Z'))).toBe('2026-11-25T10:15:00+07:00');
    expect(toVietnamIso(new Date('2026-12-31T17:00:05Z'))).toBe('2027-01-01T00:00:05+07:00');
  });

  it('gives the local date, which changes at 17:00 UTC', () => {
    expect(vietnamDate(new Date('2026-02-16T16:59:59Z'))).toBe('2026-02-16');
    expect(vietnamDate(new Date('2026-02-16T17:00:00Z'))).toBe('2026-02-17');
  });

  it('parses a local date and time of day', () => {
    expect(vietnamInstant('2026-11-25', '10:15').toISOString()).toBe('2026-11-25T03:15:00.000Z');
    expect(vietnamInstant('2026-11-25', '10:15:30').toISOString()).toBe('2026-11-25T03:15:30.000Z');
    expect(vietnamInstant('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(msSinceVietnamMidnight(vietnamInstant('2026-11-25', '13:00'))).toBe(13 * 3_600_000);
    expect(parseTimeOfDay('07:30')).toBe(450);
  });

  it('rejects malformed or impossible dates and times', () => {
    expect(() => dayNumber('2026-02-29')).toThrow(RangeError);
    expect(() => dayNumber('2026-2-3')).toThrow(RangeError);
    expect(() => vietnamInstant('2026-11-25', '24:00')).toThrow(RangeError);
    expect(() => parseTimeOfDay('7:30')).toThrow(RangeError);
    expect(() => vietnamDate(new Date('not a date'))).toThrow(RangeError);
  });

  it('does day arithmetic across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dateOfDayNumber(dayNumber('1900-01-01'))).toBe('1900-01-01');
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('knows weekdays and weekends', () => {
    expect(weekday('2026-11-20')).toBe(5);
    expect(isWeekend('2026-11-21')).toBe(true);
    expect(isWeekend('2026-11-22')).toBe(true);
    expect(isWeekend('2026-11-23')).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-02-30', '0000-01-01', '2023-02-29', '2026-13-01', '2026-00-10', '1899-12-31', '2101-01-01', '2026-1-01', ''])('refuses %j', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });
  it.each(['2024-02-29', '1900-01-01', '2100-12-31', '2026-12-31'])('accepts %j', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });
});

describe('vietnamDaySpan', () => {
  it('covers whole Vietnam days, both ends included', () => {
    expect(vietnamDaySpan('2026-11-01', '2026-11-30')).toEqual({ start: new Date('2026-10-31T17:00:00Z'), end: new Date('2026-11-30T17:00:00Z') });
    expect(vietnamDaySpan('2026-12-31', '2026-12-31')).toEqual({ start: new Date('2026-12-30T17:00:00Z'), end: new Date('2026-12-31T17:00:00Z') });
  });
  it('leaves an absent bound open', () => {
    expect(vietnamDaySpan(undefined, '2026-11-30')).toEqual({ start: null, end: new Date('2026-11-30T17:00:00Z') });
    expect(vietnamDaySpan('2026-11-01', undefined)).toEqual({ start: new Date('2026-10-31T17:00:00Z'), end: null });
    expect(vietnamDaySpan(undefined, undefined)).toEqual({ start: null, end: null });
  });
  it('has no span when it ends before it starts', () => {
    expect(vietnamDaySpan('2026-11-02', '2026-11-01')).toBeUndefined();
  });
});
