import { describe, expect, it } from 'vitest';
import { formatPeriods, parsePeriods } from './opening-hours.js';

describe('opening periods as typed', () => {
  it('read a morning and an afternoon, dashes of either kind, and an empty day off', () => {
    expect(parsePeriods('07:30-11:30, 13:30 – 17:00')).toEqual([['07:30', '11:30'], ['13:30', '17:00']]);
    expect(parsePeriods('  ')).toEqual([]);
    expect(formatPeriods([['07:30', '11:30'], ['13:30', '17:00']])).toBe('07:30-11:30, 13:30-17:00');
    expect(formatPeriods(undefined)).toBe('');
  });

  it('refuse what is not HH:MM-HH:MM', () => {
    expect(parsePeriods('7:30-11:30')).toBeUndefined();
    expect(parsePeriods('07:30')).toBeUndefined();
    expect(parsePeriods('07:30-24:00')).toBeUndefined();
  });
});
