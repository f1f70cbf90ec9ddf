import { describe, expect, it } from 'vitest';
import { centreDay, isTimeZone, ticketLabel } from './numbering.js';

describe('ticketLabel', () => {
  it('writes the prefix and the number on three digits', () => {
    expect(ticketLabel('A', 1)).toBe('A001');
    expect(ticketLabel('B', 17)).toBe('B017');
    expect(ticketLabel('HT', 999)).toBe('HT999');
  });

  it('keeps counting past 999 rather than wrapping to a number already called', () => {
    expect(ticketLabel('A', 1000)).toBe('A1000');
  });

  it('refuses a number that is not a positive integer', () => {
    expect(() => ticketLabel('A', 0)).toThrow(RangeError);
    expect(() => ticketLabel('A', 1.5)).toThrow(RangeError);
  });
});

describe('centreDay', () => {
  it('restarts at midnight Vietnam time (17:00 UTC), not at midnight UTC', () => {
    expect(centreDay(new Date('2026-12-04T16:59:59.999Z'))).toBe('2026-12-04');
    expect(centreDay(new Date('2026-12-04T17:00:00.000Z'))).toBe('2026-12-05');
    // 06:59 in Hanoi is still the day UTC calls the day before.
    expect(centreDay(new Date('2026-12-04T23:59:00Z'))).toBe('2026-12-05');
  });

  it('follows another time zone when a centre is set to one, daylight saving included', () => {
    // Paris is UTC+1 in winter, UTC+2 in summer.
    expect(centreDay(new Date('2026-01-15T22:59:00Z'), 'Europe/Paris')).toBe('2026-01-15');
    expect(centreDay(new Date('2026-01-15T23:00:00Z'), 'Europe/Paris')).toBe('2026-01-16');
    expect(centreDay(new Date('2026-07-15T21:59:00Z'), 'Europe/Paris')).toBe('2026-07-15');
    expect(centreDay(new Date('2026-07-15T22:00:00Z'), 'Europe/Paris')).toBe('2026-07-16');
  });

  it('agrees with the time-zone database for Vietnam on every hour of a year', () => {
    const database = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    const hours = Array.from({ length: 365 * 24 }, (_, hour) => new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000));
    expect(hours.filter((instant) => centreDay(instant) !== database.format(instant))).toEqual([]);
  });
});

describe('isTimeZone', () => {
  it('knows the zones of the time-zone database and nothing else', () => {
    expect(isTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isTimeZone('Asia/Nowhere')).toBe(false);
  });
});
