import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar.js';
import { addDays } from './vietnam-time.js';

describe('lunarNewYear (Tết Nguyên đán, Vietnamese calendar)', () => {
  it.each([
    // Years where Vietnam (UTC+7) and China (UTC+8) differ.
    [1968, '1968-01-29'], // South Vietnam, still on UTC+8, kept 30 January
    [1985, '1985-01-21'], // China 20 February
    [2007, '2007-02-17'], // China 18 February
    [2030, '2030-02-02'], // China 3 February
    [2053, '2053-02-18'], // China 19 February
    // Years where both agree.
    [1900, '1900-01-31'],
    [1975, '1975-02-11'],
    [1976, '1976-01-31'],
    [1990, '1990-01-27'],
    [2000, '2000-02-05'],
    [2008, '2008-02-07'],
    [2012, '2012-01-23'],
    [2016, '2016-02-08'],
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2100, '2100-02-09'],
  ])('Tết %i is %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });
});

describe('lunar dates', () => {
  it.each([
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])("Hùng Kings' day (10/3) of %i is %s", (year, date) => {
    expect(lunarToSolar(year, 3, 10)).toBe(date);
  });

  it('knows the length of the 12th month: 30 days before Tết 2024, 29 before Tết 2025 and 2026', () => {
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(() => lunarToSolar(2024, 12, 30)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 12, 30)).toThrow(RangeError);
  });

  it.each([
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
  ])('year %i has a leap month %i starting %s', (year, month, start) => {
    expect(lunarToSolar(year, month, 1, true)).toBe(start);
    expect(solarToLunar(start)).toEqual({ year, month, day: 1, leap: true });
    // The ordinary month of the same number comes just before the leap one.
    expect(solarToLunar(addDays(start, -1))).toMatchObject({ year, month, leap: false });
  });

  it('gives the leap month 11 of 2033 to the lunar year 2033, before Tết 2034', () => {
    const leap11 = lunarToSolar(2033, 11, 1, true);
    expect(leap11 > lunarToSolar(2033, 11, 1)).toBe(true);
    expect(leap11 < lunarNewYear(2034)).toBe(true);
  });

  it('finds Mid-Autumn (15/8)', () => {
    expect(lunarToSolar(2024, 8, 15)).toBe('2024-09-17');
    expect(lunarToSolar(2025, 8, 15)).toBe('2025-10-06');
  });

  it('rejects lunar dates that do not exist', () => {
    expect(() => lunarToSolar(2024, 2, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 13, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1, 0)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1, 31)).toThrow(RangeError);
    expect(() => solarToLunar('2024-13-01')).toThrow(RangeError);
  });

  it.each([1900, 1968, 1985, 2020, 2023, 2025, 2033, 2100])(
    'round-trips every day of %i through solarToLunar and lunarToSolar',
    (year) => {
      for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1)) {
        const { year: y, month, day, leap } = solarToLunar(date);
        expect(lunarToSolar(y, month, day, leap)).toBe(date);
      }
    },
  );

  it('follows the calendar rules on every day from 1900 to 2100', () => {
    let previous = solarToLunar('1899-12-31');
    let monthsInYear = 0;
    let leapMonthsInYear = 0;
    for (let date = '1900-01-01'; date <= '2100-12-31'; date = addDays(date, 1)) {
      const current = solarToLunar(date);
      if (current.day !== 1) {
        expect(current).toEqual({ ...previous, day: previous.day + 1 });
      } else {
        expect([29, 30]).toContain(previous.day);
        monthsInYear++;
        if (current.leap) {
          leapMonthsInYear++;
          expect(current.month).toBe(previous.month);
        } else {
          expect(current.month).toBe((previous.month % 12) + 1);
        }
        if (current.month === 1 && !current.leap) {
          expect(current.year).toBe(previous.year + 1);
          if (current.year > 1900) {
            expect(monthsInYear).toBe(12 + leapMonthsInYear);
            expect(leapMonthsInYear).toBeLessThanOrEqual(1);
          }
          monthsInYear = 0;
          leapMonthsInYear = 0;
        }
      }
      previous = current;
    }
  });
});
