import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/vietnam-time.js';
import { spanRanges } from './periods.js';

describe('spanRanges', () => {
  it('reads whole years from year rows, whole months from month rows and the cut ends from day rows', () => {
    expect(spanRanges('2026-01-15', '2026-04-10')).toEqual([
      { span: 'd', lo: '2026-01-15', hi: '2026-02-01' },
      { span: 'm', lo: '2026-02-01', hi: '2026-04-01' },
      { span: 'd', lo: '2026-04-01', hi: '2026-04-10' },
    ]);
    expect(spanRanges('2026-01-01', '2027-01-01')).toEqual([{ span: 'y', lo: '2026-01-01', hi: '2027-01-01' }]);
    expect(spanRanges('2021-11-20', '2026-02-03')).toEqual([
      { span: 'd', lo: '2021-11-20', hi: '2021-12-01' },
      { span: 'm', lo: '2021-12-01', hi: '2022-01-01' },
      { span: 'y', lo: '2022-01-01', hi: '2026-01-01' },
      { span: 'm', lo: '2026-01-01', hi: '2026-02-01' },
      { span: 'd', lo: '2026-02-01', hi: '2026-02-03' },
    ]);
    expect(spanRanges('2026-03-05', '2026-03-09')).toEqual([{ span: 'd', lo: '2026-03-05', hi: '2026-03-09' }]);
    expect(spanRanges('2026-12-20', null)).toEqual([
      { span: 'd', lo: '2026-12-20', hi: '2027-01-01' },
      { span: 'y', lo: '2027-01-01', hi: null },
    ]);
    expect(spanRanges('2026-10-01', null)).toEqual([
      { span: 'm', lo: '2026-10-01', hi: '2027-01-01' },
      { span: 'y', lo: '2027-01-01', hi: null },
    ]);
    expect(spanRanges('2026-03-09', '2026-03-09')).toEqual([]);
  });

  it('covers each day of any range exactly once', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2025-11-20', n));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const expected: string[] = [];
        for (let d = from; d < to; d = addDays(d, 1)) expected.push(d);
        const ranges = spanRanges(from, to);
        const covered = ranges.flatMap(({ span, lo, hi }) => {
          const days: string[] = [];
          for (let d = lo; d < hi!; d = addDays(d, 1)) days.push(d);
          // A month's or a year's row stands for all of it: it is only used whole.
          if (span === 'm') expect(lo.endsWith('-01') && hi!.endsWith('-01')).toBe(true);
          if (span === 'y') expect(lo.endsWith('-01-01') && hi!.endsWith('-01-01')).toBe(true);
          return days;
        });
        expect(covered).toEqual(expected);
      }),
    );
  });
});
