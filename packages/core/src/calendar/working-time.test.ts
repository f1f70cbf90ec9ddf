import { describe, expect, it } from 'vitest';
import type { CalendarOverride } from './holidays.js';
import { toVietnamIso, vietnamInstant } from './vietnam-time.js';
import { createWorkCalendar } from './working-time.js';

const at = (date: string, time: string) => vietnamInstant(date, time);
const iso = (instant: Date) => toVietnamIso(instant);

/** The official 2026 Tết break, 14–22 February: the statutory days are Monday 16 to Friday 20. */
const TET_2026_BREAK: CalendarOverride[] = ['2026-02-14', '2026-02-15', '2026-02-21', '2026-02-22'].map((date) => ({
  date,
  kind: 'day_off',
  name: 'Nghỉ Tết Nguyên đán',
  nameEn: 'Lunar New Year break',
}));

/** A swap: Monday 27 January 2025 off, made up on Saturday 8 February. */
const SWAP_2025: CalendarOverride[] = [
  { date: '2025-01-27', kind: 'day_off', name: 'Nghỉ Tết Nguyên đán (hoán đổi)' },
  { date: '2025-02-08', kind: 'working_day', name: 'Làm bù cho thứ Hai 27/01/2025' },
];

describe('createWorkCalendar: days', () => {
  const calendar = createWorkCalendar();

  it('has 8 working hours a day by default and accepts other working hours', () => {
    expect(calendar.minutesPerWorkingDay).toBe(480);
    const longDay = createWorkCalendar({ workingHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:30' }] });
    expect(longDay.minutesPerWorkingDay).toBe(510);
    expect(iso(longDay.addWorkingMinutes(at('2026-11-16', '11:00'), 90))).toBe('2026-11-16T13:30:00+07:00');
  });

  it('rejects working periods that are empty, reversed or overlapping', () => {
    expect(() => createWorkCalendar({ workingHours: [] })).toThrow(RangeError);
    expect(() => createWorkCalendar({ workingHours: [{ start: '11:30', end: '07:30' }] })).toThrow(RangeError);
    expect(() =>
      createWorkCalendar({ workingHours: [{ start: '07:30', end: '12:00' }, { start: '11:30', end: '17:00' }] }),
    ).toThrow(RangeError);
  });

  it('knows working days, weekends and holidays', () => {
    expect(calendar.isWorkingDay('2026-11-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-18')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(() => calendar.isWorkingDay('2026-11-31')).toThrow(RangeError);
  });

  it('lists the statutory days with the overrides of the year', () => {
    const withBreak = createWorkCalendar({ overrides: TET_2026_BREAK });
    const tet = withBreak.holidays(2026).filter((h) => h.date.startsWith('2026-02'));
    expect(tet.map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2026-02-14 override',
      '2026-02-15 override',
      '2026-02-16 statutory',
      '2026-02-17 statutory',
      '2026-02-18 statutory',
      '2026-02-19 statutory',
      '2026-02-20 statutory',
      '2026-02-21 override',
      '2026-02-22 override',
    ]);
    expect(tet[0]).toEqual({ date: '2026-02-14', name: 'Nghỉ Tết Nguyên đán', nameEn: 'Lunar New Year break', kind: 'override' });
    expect(withBreak.holidays(2025)).toEqual(calendar.holidays(2025));
  });

  it('adds a day off and turns a Saturday into a working day', () => {
    const swapped = createWorkCalendar({ overrides: SWAP_2025 });
    expect(swapped.isWorkingDay('2025-01-27')).toBe(false);
    expect(swapped.isWorkingDay('2025-02-08')).toBe(true);
    const added = swapped.holidays(2025).find((h) => h.date === '2025-01-27');
    expect(added).toEqual({ date: '2025-01-27', name: 'Nghỉ Tết Nguyên đán (hoán đổi)', nameEn: 'Nghỉ Tết Nguyên đán (hoán đổi)', kind: 'override' });
    expect(swapped.holidays(2025).some((h) => h.date === '2025-02-08')).toBe(false);
  });

  it('removes a statutory or compensatory day with a working_day override', () => {
    const moved = createWorkCalendar({
      overrides: [{ date: '2025-02-03', kind: 'working_day', name: 'Đi làm' }],
    });
    expect(calendar.isWorkingDay('2025-02-03')).toBe(false);
    expect(moved.isWorkingDay('2025-02-03')).toBe(true);
    expect(moved.holidays(2025)).toHaveLength(calendar.holidays(2025).length - 1);
  });

  it('applies the yearly choice of the day next to 2 September', () => {
    const custom = createWorkCalendar({ septemberAdjacentDay: { 2026: 3 } });
    expect(custom.isWorkingDay('2026-09-01')).toBe(true);
    expect(custom.isWorkingDay('2026-09-03')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-01')).toBe(false);
  });

  it('returns copies, so callers cannot change the cached year', () => {
    const list = calendar.holidays(2026);
    list.pop();
    list[0]!.date = '2026-01-02';
    expect(calendar.holidays(2026)).toHaveLength(12);
    expect(calendar.holidays(2026)[0]!.date).toBe('2026-01-01');
  });
});

describe('addWorkingDays', () => {
  const calendar = createWorkCalendar();

  it('counts working days after the day of reception, keeping the time of day', () => {
    expect(iso(calendar.addWorkingDays(at('2026-11-20', '10:15'), 3))).toBe('2026-11-25T10:15:00+07:00');
    expect(iso(calendar.addWorkingDays(at('2026-11-19', '14:00'), 2))).toBe('2026-11-23T14:00:00+07:00');
  });

  it('returns the same instant for 0 days on a working day, else the next working day', () => {
    expect(iso(calendar.addWorkingDays(at('2026-11-20', '10:15'), 0))).toBe('2026-11-20T10:15:00+07:00');
    expect(iso(calendar.addWorkingDays(at('2026-11-21', '10:15'), 0))).toBe('2026-11-23T10:15:00+07:00');
  });

  it('skips Tết: received 12 February 2026 with 5 working days', () => {
    expect(iso(calendar.addWorkingDays(at('2026-02-12', '09:00'), 5))).toBe('2026-02-26T09:00:00+07:00');
    // The official break 14–22 February adds only weekend days, so the result does not change.
    const withBreak = createWorkCalendar({ overrides: TET_2026_BREAK });
    expect(iso(withBreak.addWorkingDays(at('2026-02-12', '09:00'), 5))).toBe('2026-02-26T09:00:00+07:00');
  });

  it('follows the overrides of a swapped day', () => {
    const swapped = createWorkCalendar({ overrides: SWAP_2025 });
    // Without overrides: Monday 27 January, then the compensatory Monday 3 February is off.
    expect(iso(calendar.addWorkingDays(at('2025-01-24', '10:00'), 3))).toBe('2025-02-05T10:00:00+07:00');
    expect(iso(swapped.addWorkingDays(at('2025-01-24', '10:00'), 3))).toBe('2025-02-06T10:00:00+07:00');
    expect(iso(calendar.addWorkingDays(at('2025-02-05', '10:00'), 3))).toBe('2025-02-10T10:00:00+07:00');
    expect(iso(swapped.addWorkingDays(at('2025-02-05', '10:00'), 3))).toBe('2025-02-08T10:00:00+07:00');
  });

  it('rejects negative or fractional counts', () => {
    expect(() => calendar.addWorkingDays(at('2026-11-20', '10:15'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(at('2026-11-20', '10:15'), 1.5)).toThrow(RangeError);
  });
});

describe('appointmentFor', () => {
  const calendar = createWorkCalendar();

  it('is the N-th working day at the time of reception', () => {
    expect(iso(calendar.appointmentFor(at('2026-11-20', '10:15'), 3))).toBe('2026-11-25T10:15:00+07:00');
  });

  it('counts from the next working day at or after the cut-off hour', () => {
    const cutoff = { cutoff: '15:00' };
    expect(iso(calendar.appointmentFor(at('2026-11-19', '14:59'), 1, cutoff))).toBe('2026-11-20T14:59:00+07:00');
    expect(iso(calendar.appointmentFor(at('2026-11-19', '15:00'), 1, cutoff))).toBe('2026-11-23T07:30:00+07:00');
    expect(iso(calendar.appointmentFor(at('2026-11-20', '16:00'), 1, cutoff))).toBe('2026-11-24T07:30:00+07:00');
  });

  it('gives the end of the working day for "within the day" (0 days)', () => {
    expect(iso(calendar.appointmentFor(at('2026-11-19', '10:00'), 0))).toBe('2026-11-19T17:00:00+07:00');
    expect(iso(calendar.appointmentFor(at('2026-11-19', '15:30'), 0, { cutoff: '15:00' }))).toBe(
      '2026-11-20T17:00:00+07:00',
    );
    expect(iso(calendar.appointmentFor(at('2026-11-20', '15:30'), 0, { cutoff: '15:00' }))).toBe(
      '2026-11-23T17:00:00+07:00',
    );
  });

  it('treats reception on a day off or after closing time as reception when the next working day opens', () => {
    expect(iso(calendar.appointmentFor(at('2026-11-21', '09:00'), 2))).toBe('2026-11-25T07:30:00+07:00');
    expect(iso(calendar.appointmentFor(at('2026-11-20', '18:00'), 0))).toBe('2026-11-23T17:00:00+07:00');
    expect(iso(calendar.appointmentFor(at('2026-02-17', '09:00'), 1))).toBe('2026-02-24T07:30:00+07:00');
  });
});

describe('working minutes', () => {
  const calendar = createWorkCalendar();

  it('adds time inside the working periods only', () => {
    const add = (date: string, time: string, minutes: number) => iso(calendar.addWorkingMinutes(at(date, time), minutes));
    expect(add('2026-11-16', '11:00', 60)).toBe('2026-11-16T13:30:00+07:00'); // over lunch
    expect(add('2026-11-16', '10:30', 120)).toBe('2026-11-16T14:00:00+07:00');
    expect(add('2026-11-16', '07:30', 240)).toBe('2026-11-16T11:30:00+07:00'); // ends at the end of a period
    expect(add('2026-11-16', '12:00', 30)).toBe('2026-11-16T13:30:00+07:00'); // starts after lunch
    expect(add('2026-11-16', '06:00', 0)).toBe('2026-11-16T07:30:00+07:00'); // starts when work starts
    expect(add('2026-11-16', '10:00', 0)).toBe('2026-11-16T10:00:00+07:00');
    expect(add('2026-11-20', '16:00', 120)).toBe('2026-11-23T08:30:00+07:00'); // over the night and the weekend
    expect(add('2026-11-20', '18:00', 480)).toBe('2026-11-23T17:00:00+07:00');
    expect(add('2026-04-29', '16:00', 120)).toBe('2026-05-04T08:30:00+07:00'); // over 30/4, 1/5 and the weekend
    expect(add('2026-02-13', '16:00', 60 + 240)).toBe('2026-02-23T11:30:00+07:00'); // over Tết
    expect(add('2026-11-16', '07:30', 240.5)).toBe('2026-11-16T13:00:30+07:00'); // fractional minutes
  });

  it('rejects negative minutes', () => {
    expect(() => calendar.addWorkingMinutes(at('2026-11-16', '10:00'), -5)).toThrow(RangeError);
  });

  it('measures working time between two instants', () => {
    const between = (a: [string, string], b: [string, string]) => calendar.workingMinutesBetween(at(...a), at(...b));
    expect(between(['2026-11-16', '10:00'], ['2026-11-18', '10:00'])).toBe(960);
    expect(between(['2026-11-16', '11:00'], ['2026-11-16', '13:30'])).toBe(60);
    expect(between(['2026-11-20', '16:00'], ['2026-11-23', '08:30'])).toBe(120);
    expect(between(['2026-02-13', '07:30'], ['2026-02-23', '07:30'])).toBe(480);
    expect(between(['2026-11-16', '10:00'], ['2026-11-16', '10:00'])).toBe(0);
    expect(between(['2026-11-18', '10:00'], ['2026-11-16', '10:00'])).toBe(0);
    expect(between(['2026-11-16', '10:00'], ['2026-11-16', '10:00:30'])).toBe(0.5);
  });

  it('extends a deadline by a supplement pause: Monday 10:00 to Wednesday 10:00 is two working days', () => {
    const received = at('2026-11-13', '09:00'); // Friday
    const due = calendar.appointmentFor(received, 5);
    expect(iso(due)).toBe('2026-11-20T09:00:00+07:00');
    const paused = calendar.workingMinutesBetween(at('2026-11-16', '10:00'), at('2026-11-18', '10:00'));
    const extended = calendar.addWorkingMinutes(due, paused);
    expect(iso(extended)).toBe('2026-11-24T09:00:00+07:00');
    expect(extended).toEqual(calendar.addWorkingDays(due, 2));
  });

  it('splits a time limit into step deadlines', () => {
    const received = at('2026-11-19', '14:00');
    const firstStep = calendar.addWorkingMinutes(received, 0.5 * calendar.minutesPerWorkingDay);
    expect(iso(firstStep)).toBe('2026-11-20T08:30:00+07:00');
    const secondStep = calendar.addWorkingMinutes(firstStep, 1.5 * calendar.minutesPerWorkingDay);
    expect(secondStep).toEqual(calendar.addWorkingDays(received, 2));
  });

  it('inverts workingMinutesBetween when the end is inside a working period', () => {
    // A fixed linear congruential sequence keeps the sample reproducible.
    let seed = 20261120;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = at('2025-12-01', '00:00').getTime();
    const span = 200 * 86_400_000;
    let checked = 0;
    while (checked < 300) {
      const from = new Date(start + Math.floor(random() * span / 60_000) * 60_000);
      const to = new Date(from.getTime() + Math.floor(random() * 20 * 86_400_000 / 60_000) * 60_000);
      const minutes = calendar.workingMinutesBetween(from, to);
      expect(calendar.workingMinutesBetween(from, calendar.addWorkingMinutes(from, minutes))).toBe(minutes);
      const local = iso(to);
      const time = local.slice(11, 16);
      const insidePeriod = (time > '07:30' && time <= '11:30') || (time > '13:00' && time <= '17:00');
      if (!calendar.isWorkingDay(local.slice(0, 10)) || !insidePeriod) continue;
      expect(iso(calendar.addWorkingMinutes(from, minutes))).toBe(local);
      checked++;
    }
  });
});
