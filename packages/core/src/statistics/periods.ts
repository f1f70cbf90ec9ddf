import { addDays } from '../calendar/vietnam-time.js';

/** A run of tally rows: days of one span, from `lo` to before `hi` (null: ever after). */
export interface SpanRange {
  span: 'd' | 'm';
  lo: string;
  hi: string | null;
}

const firstOfNextMonth = (day: string): string => {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/**
 * The days from `from` to before `to` (null: ever after) as few tally rows as possible: each whole
 * month from its month row, the days of a month cut by either end from their day rows.
 */
export function spanRanges(from: string, to: string | null): SpanRange[] {
  if (to !== null && to <= from) return [];
  const ranges: SpanRange[] = [];
  const monthStart = from.endsWith('-01') ? from : firstOfNextMonth(from);
  if (monthStart !== from) ranges.push({ span: 'd', lo: from, hi: to !== null && to < monthStart ? to : monthStart });
  if (to !== null && to <= monthStart) return ranges;
  const monthEnd = to === null ? null : to.endsWith('-01') ? to : `${to.slice(0, 8)}01`;
  if (monthEnd === null || monthEnd > monthStart) ranges.push({ span: 'm', lo: monthStart, hi: monthEnd });
  if (to !== null && monthEnd !== null && monthEnd < to) ranges.push({ span: 'd', lo: monthEnd > monthStart ? monthEnd : monthStart, hi: to });
  return ranges;
}

export const nextDay = (day: string): string => addDays(day, 1);
