import { addDays } from '../calendar/vietnam-time.js';

/** The spans tallies are kept at: a day, a month (keyed by its first day), a year (by 1 January). */
export type Span = 'd' | 'm' | 'y';

/** A run of tally rows: rows of one span, from `lo` to before `hi` (null: ever after). */
export interface SpanRange {
  span: Span;
  lo: string;
  hi: string | null;
}

/** The first day of the month or year that `day` falls in, and of the one after. */
const startOf = (span: 'm' | 'y', day: string) => (span === 'm' ? `${day.slice(0, 8)}01` : `${day.slice(0, 5)}01-01`);
const startOfNext = (span: 'm' | 'y', day: string): string => {
  const [year, month] = day.split('-').map(Number) as [number, number];
  if (span === 'y') return `${year + 1}-01-01`;
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/**
 * The days from `from` to before `to` (null: ever after) as few tally rows as possible: whole
 * years from their year rows (unless `largest` is the month), whole months from their month rows,
 * the other days from day rows.
 */
export function spanRanges(from: string, to: string | null, largest: 'm' | 'y' = 'y'): SpanRange[] {
  const ranges: SpanRange[] = [];
  const extend = (span: Span, lo: string, hi: string | null) => {
    const last = ranges.at(-1);
    if (last && last.span === span && last.hi === lo) last.hi = hi;
    else ranges.push({ span, lo, hi });
  };
  const fits = (span: 'm' | 'y', day: string) => startOf(span, day) === day && (to === null || startOfNext(span, day) <= to);
  for (let day = from; to === null || day < to; ) {
    if (to === null && startOf(largest, day) === day) {
      extend(largest, day, null);
      break;
    }
    const span: Span = largest === 'y' && fits('y', day) ? 'y' : fits('m', day) ? 'm' : 'd';
    const next = span === 'd' ? addDays(day, 1) : startOfNext(span, day);
    extend(span, day, next);
    day = next;
  }
  return ranges;
}

export const nextDay = (day: string): string => addDays(day, 1);
