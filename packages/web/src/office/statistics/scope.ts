import { CHANNELS, type Channel } from '@motcua/core';

/** What the statistics pages read from their address and send on to the API: a period and a scope, by codes. */
export interface StatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  agency?: string | undefined;
  field?: string | undefined;
  procedure?: string | undefined;
  channel?: Channel | undefined;
}

export const DASHBOARD_PATH = '/can-bo/thong-ke';
export const DOSSIERS_PATH = '/can-bo/thong-ke/ho-so';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isChannel = (value: string | null): value is Channel => (CHANNELS as readonly (string | null)[]).includes(value);

/** The query in an address; what is malformed is left out, for the server's defaults. */
export function readStatisticsQuery(params: URLSearchParams): StatisticsQuery {
  const day = (name: string) => {
    const value = params.get(name);
    return value && DAY.test(value) ? value : undefined;
  };
  const text = (name: string) => params.get(name) || undefined;
  const channel = params.get('channel');
  return { from: day('from'), to: day('to'), agency: text('agency'), field: text('field'), procedure: text('procedure'), channel: isChannel(channel) ? channel : undefined };
}

/** The address of a page of the statistics for a query, with more parameters (a figure, a cursor). */
export function statisticsHref(path: string, query: StatisticsQuery, more: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...query, ...more })) if (value) params.set(name, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The first and last day of a month (1–12) of a year. */
export function monthSpan(year: number, month: number): { from: string; to: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

/** A period as the picker shows it: a whole month, quarter or year, or any other range. */
export function periodKindOf(from: string, to: string): { kind: PeriodKind; year: number; part: number } {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  if (from.slice(8) === '01' && to.slice(0, 4) === from.slice(0, 4)) {
    const endMonth = Number(to.slice(5, 7));
    if (to === monthSpan(year, endMonth).to) {
      if (month === 1 && endMonth === 12) return { kind: 'year', year, part: 0 };
      if (month === endMonth) return { kind: 'month', year, part: month };
      if (endMonth === month + 2 && month % 3 === 1) return { kind: 'quarter', year, part: (month + 2) / 3 };
    }
  }
  return { kind: 'custom', year, part: month };
}

/** The days of a month, quarter or year of a year. */
export function spanOf(kind: Exclude<PeriodKind, 'custom'>, year: number, part: number): { from: string; to: string } {
  if (kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (kind === 'quarter') return { from: monthSpan(year, part * 3 - 2).from, to: monthSpan(year, part * 3).to };
  return monthSpan(year, part);
}
