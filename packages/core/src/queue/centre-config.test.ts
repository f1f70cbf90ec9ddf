import { describe, expect, it } from 'vitest';
import { PRIORITY_GROUP_CODE, QUEUE_SERVICE_CODE, TICKET_PREFIX, openingHoursProblem } from './centre-config.js';

describe('a centre’s opening hours', () => {
  it('take a morning and an afternoon, a half day, or a day off', () => {
    expect(openingHoursProblem({ '1': [['07:30', '11:30'], ['13:30', '17:00']], '6': [['07:30', '11:30']], '7': [] })).toBeUndefined();
    expect(openingHoursProblem({})).toBeUndefined();
  });

  it('name the day and the period that is wrong', () => {
    expect(openingHoursProblem({ '8': [] })).toEqual({ kind: 'unknown_day', day: '8' });
    expect(openingHoursProblem({ '2': [['7:30', '11:30']] })).toEqual({ kind: 'bad_time', day: '2', time: '7:30' });
    expect(openingHoursProblem({ '2': [['07:30', '24:00']] })).toEqual({ kind: 'bad_time', day: '2', time: '24:00' });
    expect(openingHoursProblem({ '3': [['11:30', '07:30']] })).toEqual({ kind: 'empty_period', day: '3', period: ['11:30', '07:30'] });
    expect(openingHoursProblem({ '3': [['08:00', '08:00']] })).toMatchObject({ kind: 'empty_period' });
  });

  it('refuse periods of a day that overlap or come out of order, and accept one starting as the last ends', () => {
    expect(openingHoursProblem({ '4': [['07:30', '11:30'], ['11:00', '17:00']] })).toEqual({ kind: 'overlap', day: '4', period: ['11:00', '17:00'] });
    expect(openingHoursProblem({ '4': [['13:30', '17:00'], ['07:30', '11:30']] })).toMatchObject({ kind: 'overlap' });
    expect(openingHoursProblem({ '4': [['07:30', '11:30'], ['11:30', '17:00']] })).toBeUndefined();
  });
});

describe('codes of a centre’s configuration', () => {
  it('service codes are lower-case words with hyphens, prefixes one or two capitals, groups snake_case', () => {
    expect(['ho-tich', 'dat-dai', 'a1'].every((code) => QUEUE_SERVICE_CODE.test(code))).toBe(true);
    expect(['Ho-tich', '-a', 'hộ-tịch', ''].some((code) => QUEUE_SERVICE_CODE.test(code))).toBe(false);
    expect(['A', 'HT'].every((prefix) => TICKET_PREFIX.test(prefix))).toBe(true);
    expect(['a', 'ABC', 'Đ', '1'].some((prefix) => TICKET_PREFIX.test(prefix))).toBe(false);
    expect(PRIORITY_GROUP_CODE.test('young_child')).toBe(true);
    expect(PRIORITY_GROUP_CODE.test('Young')).toBe(false);
  });
});
