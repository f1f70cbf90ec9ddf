import { describe, expect, it } from 'vitest';
import { statutoryHolidays, type Holiday } from './holidays.js';
import { isWeekend } from './vietnam-time.js';

const summary = (holidays: Holiday[]) => holidays.map(({ date, name, kind }) => `${date} ${kind} ${name}`);
const dates = (holidays: Holiday[], kind?: Holiday['kind']) =>
  holidays.filter((h) => !kind || h.kind === kind).map((h) => h.date);

describe('statutoryHolidays', () => {
  it('lists the holidays of 2026', () => {
    expect(summary(statutoryHolidays(2026))).toEqual([
      '2026-01-01 statutory Tết Dương lịch',
      '2026-02-16 statutory Tết Nguyên đán',
      '2026-02-17 statutory Tết Nguyên đán',
      '2026-02-18 statutory Tết Nguyên đán',
      '2026-02-19 statutory Tết Nguyên đán',
      '2026-02-20 statutory Tết Nguyên đán',
      '2026-04-26 statutory Giỗ Tổ Hùng Vương',
      '2026-04-27 compensatory Nghỉ bù Giỗ Tổ Hùng Vương',
      '2026-04-30 statutory Ngày Chiến thắng',
      '2026-05-01 statutory Ngày Quốc tế Lao động',
      '2026-09-01 statutory Quốc khánh',
      '2026-09-02 statutory Quốc khánh',
    ]);
  });

  it('names every holiday in Vietnamese (NFC, precomposed diacritics) and in English', () => {
    const holidays = statutoryHolidays(2026);
    expect(new Map(holidays.map((h) => [h.name, h.nameEn]))).toEqual(
      new Map([
        ['Tết Dương lịch', "New Year's Day"],
        ['Tết Nguyên đán', 'Lunar New Year (Tết)'],
        ['Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day"],
        ['Nghỉ bù Giỗ Tổ Hùng Vương', "Compensatory day off for Hùng Kings' Commemoration Day"],
        ['Ngày Chiến thắng', 'Reunification Day'],
        ['Ngày Quốc tế Lao động', 'International Labour Day'],
        ['Quốc khánh', 'National Day'],
      ]),
    );
    for (const { name } of holidays) {
      expect(name).toBe(name.normalize('NFC'));
      expect(name).not.toBe(name.normalize('NFD'));
    }
  });

  it('starts Tết on the 29th of the 12th lunar month when that month has 29 days', () => {
    expect(dates(statutoryHolidays(2025), 'statutory').slice(1, 6)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
    ]);
    // 1 February 2025 is a Saturday.
    expect(dates(statutoryHolidays(2025), 'compensatory')).toEqual(['2025-02-03']);
  });

  it('starts Tết on the 30th when the 12th lunar month has 30 days', () => {
    expect(dates(statutoryHolidays(2024), 'statutory').slice(1, 6)).toEqual([
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
    ]);
    // Saturday 10 and Sunday 11 February give the two days after the break.
    expect(dates(statutoryHolidays(2024), 'compensatory')).toEqual(['2024-02-14', '2024-02-15']);
  });

  it('stacks compensatory days for 30 April and 1 May on a weekend (2022)', () => {
    const holidays = statutoryHolidays(2022);
    expect(summary(holidays.filter((h) => h.kind === 'compensatory'))).toEqual([
      '2022-01-03 compensatory Nghỉ bù Tết Dương lịch',
      '2022-04-11 compensatory Nghỉ bù Giỗ Tổ Hùng Vương',
      '2022-05-02 compensatory Nghỉ bù Ngày Chiến thắng',
      '2022-05-03 compensatory Nghỉ bù Ngày Quốc tế Lao động',
    ]);
  });

  it('skips holidays when looking for the compensatory day (2023)', () => {
    const holidays = statutoryHolidays(2023);
    // Saturday 29 April (Hùng Kings) and Sunday 30 April; Monday 1 May is itself a holiday.
    expect(dates(holidays).filter((d) => d >= '2023-04-29' && d <= '2023-05-31')).toEqual([
      '2023-04-29',
      '2023-04-30',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
    ]);
    // 2 September 2023 was a Saturday: Friday 1 September is the adjacent day, Monday 4 the compensatory one.
    expect(summary(holidays.filter((h) => h.date >= '2023-09-01'))).toEqual([
      '2023-09-01 statutory Quốc khánh',
      '2023-09-02 statutory Quốc khánh',
      '2023-09-04 compensatory Nghỉ bù Quốc khánh',
    ]);
  });

  it('takes 3 September as the adjacent day when 2 September is a Monday, otherwise 1 September', () => {
    const september = (year: number, options = {}) =>
      dates(statutoryHolidays(year, options)).filter((d) => d.slice(5, 7) === '09');
    expect(september(2024)).toEqual(['2024-09-02', '2024-09-03']);
    expect(september(2025)).toEqual(['2025-09-01', '2025-09-02']);
    expect(september(2022)).toEqual(['2022-09-01', '2022-09-02']);
    expect(september(2025, { septemberAdjacentDay: 3 })).toEqual(['2025-09-02', '2025-09-03']);
    expect(september(2024, { septemberAdjacentDay: 1 })).toEqual(['2024-09-01', '2024-09-02', '2024-09-03']);
  });

  it("moves Hùng Kings' day to a compensatory day when it falls on 30 April (1947)", () => {
    const holidays = statutoryHolidays(1947);
    expect(summary(holidays.filter((h) => h.date >= '1947-04-30' && h.date <= '1947-05-31'))).toEqual([
      '1947-04-30 statutory Ngày Chiến thắng',
      '1947-05-01 statutory Ngày Quốc tế Lao động',
      '1947-05-02 compensatory Nghỉ bù Giỗ Tổ Hùng Vương',
    ]);
  });

  it('gives 11 days off plus one per weekend holiday, sorted and unique, in every year 1900–2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      const holidays = statutoryHolidays(year);
      const all = dates(holidays);
      expect(all).toEqual([...new Set(all)].sort());
      expect(all.every((d) => d.startsWith(`${year}-`))).toBe(true);
      const statutory = holidays.filter((h) => h.kind === 'statutory');
      const coinciding = year === 1947 ? 1 : 0;
      expect(statutory).toHaveLength(11 - coinciding);
      const compensatory = holidays.filter((h) => h.kind === 'compensatory');
      expect(compensatory).toHaveLength(statutory.filter((h) => isWeekend(h.date)).length + coinciding);
      expect(compensatory.every((h) => !isWeekend(h.date))).toBe(true);
    }
  });

  it('rejects a year that is not an integer', () => {
    expect(() => statutoryHolidays(2026.5)).toThrow(RangeError);
  });
});
