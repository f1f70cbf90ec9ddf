import { addDays, vietnamDate } from '@motcua/core';
import { invalid } from '../../platform/errors.js';
import type { Period } from './figures.js';

/** Ten years: the longest period a figure is asked for (five years of history and room beyond). */
const LONGEST_PERIOD_DAYS = 3660;

/**
 * The period asked for: by default this year to today (Vietnam time). 400 naming the field when it
 * ends before it starts, starts after today, or spans more than ten years.
 */
export function periodAsked(query: { from?: string | undefined; to?: string | undefined }, now: Date): Period {
  const today = vietnamDate(now);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (from > today) throw invalid('from', 'Ngày bắt đầu không được sau hôm nay.', 'from must not be after today.');
  if (to < from) throw invalid('to', 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.', 'to must not be before from.');
  if (addDays(from, LONGEST_PERIOD_DAYS) < to) throw invalid('to', 'Khoảng thời gian không được dài quá 10 năm.', 'The period must not be longer than ten years.');
  return { from, to };
}
