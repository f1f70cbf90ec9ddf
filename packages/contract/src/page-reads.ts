import { IMPLEMENTING_LEVELS, ONLINE_MODES, dossierCodeProblem, verificationCodeProblem } from '@motcua/core';
import { apiRead } from './api.js';

/**
 * The API reads the portal's pages start with, worked out from the page's own address alone.
 * The pages ask for exactly these reads, and the server names their addresses (`readUrl`) in the
 * page's HTML (pages.ts) so that the browser starts them with the page and hands them to the page's
 * `fetch` (a preload is used only by a request for the very same address). Free of React and the
 * DOM, since the server runs it too.
 */

export const STATISTICS = apiRead('/api/public/statistics');
export const POPULAR_PROCEDURES = apiRead('/api/public/procedures/popular', { query: { limit: 8 } });
export const FIELDS = apiRead('/api/public/fields');
export const AGENCIES = apiRead('/api/public/agencies');
/** The booking page's choices: where, and who is served first. */
export const BOOKING_CENTRES = apiRead('/api/public/centres');
export const PRIORITY_GROUPS = apiRead('/api/public/priority-groups');

export const procedureRead = (code: string) => apiRead('/api/public/procedures/{code}', { path: { code } });

/** `page` of a paged list's address: a positive whole number, 1 when absent or mistyped. */
const pageNumber = (params: URLSearchParams) => Math.max(1, Math.floor(Number(params.get('page'))) || 1);

/** Values the server accepts; anything else in a hand-edited address is ignored rather than rejected. */
const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined => (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

export const SEARCH_PAGE_SIZE = 20;

/** What the procedure search shows, all of it in its address, so that a search can be bookmarked and shared. */
export function readProcedureSearch(params: URLSearchParams) {
  return {
    q: params.get('q') ?? '',
    field: params.get('field') ?? '',
    level: oneOf(IMPLEMENTING_LEVELS, params.get('level')) ?? ('' as const),
    agencyId: params.get('agencyId') ?? '',
    online: oneOf(ONLINE_MODES, params.get('online')) ?? ('' as const),
    page: pageNumber(params),
  };
}

export type ProcedureSearch = ReturnType<typeof readProcedureSearch>;

export const procedureSearchRead = (search: ProcedureSearch) =>
  apiRead('/api/public/procedures', { query: { q: search.q, field: search.field, level: search.level || undefined, agencyId: search.agencyId, online: search.online || undefined, page: search.page, pageSize: SEARCH_PAGE_SIZE } });

export const RESULTS_PAGE_SIZE = 20;

export type ResultsKind = 'finished' | 'late';

/** A `YYYY-MM-DD` date of the address, or '' (the server checks that it exists). */
const day = (value: string | null) => (/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? value! : '');
const uuid = (value: string | null) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value ?? '') ? value! : '');

/**
 * The results board's list (decided dossiers, or late ones), its filters (the agency competent to
 * decide, a procedure's code, the first and last day) and the page (a cursor), from its address.
 */
export function readResultsBoard(params: URLSearchParams) {
  return {
    kind: (params.get('kind') === 'late' ? 'late' : 'finished') as ResultsKind,
    agencyId: uuid(params.get('agencyId')),
    procedure: (params.get('procedure') ?? '').slice(0, 40),
    from: day(params.get('from')),
    to: day(params.get('to')),
    cursor: params.get('cursor') ?? '',
  };
}

export type ResultsBoard = ReturnType<typeof readResultsBoard>;

export const resultsRead = (board: ResultsBoard) =>
  apiRead('/api/public/results', {
    query: { kind: board.kind, agencyId: board.agencyId || undefined, procedure: board.procedure || undefined, from: board.from || undefined, to: board.to || undefined, cursor: board.cursor || undefined, limit: RESULTS_PAGE_SIZE },
  });

/** The procedures an agency decides, for the board's procedure filter: a select lists at most this many. */
export const AGENCY_PROCEDURES_LIMIT = 100;

/** The catalogue's procedures the agency is competent for, by name; null while no agency is chosen. */
export const agencyProceduresRead = (agencyId: string) =>
  agencyId ? apiRead('/api/public/procedures', { query: { agencyId, page: 1, pageSize: AGENCY_PROCEDURES_LIMIT } }) : null;

/** The tracked dossier's read for a normalised code, or null while the code cannot be one. */
export const trackingRead = (code: string) => (dossierCodeProblem(code) === undefined ? apiRead('/api/public/dossiers/{code}', { path: { code } }) : null);

/** The verified result's read for a normalised verification code, or null while the code cannot be one. */
export const verificationRead = (code: string) => (verificationCodeProblem(code) === undefined ? apiRead('/api/public/verify/{code}', { path: { code } }) : null);

/** The phone page of a queue ticket (/hang-cho/:token): where the ticket stands. */
export const queueTicketRead = (followToken: string) => apiRead('/api/public/tickets/{followToken}', { path: { followToken } });

export type ScorecardPeriodKind = 'month' | 'quarter' | 'year';

/** The last day of a month (1–12) of a year, YYYY-MM-DD. */
const monthEnd = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;

/**
 * The scorecard page's period from its address, `ky`: a month (2026-11), a quarter (2026-Q4) or a
 * year (2026), as the national portal's index offers; this month (of `today`, Vietnam time) when
 * absent, mistyped or still to come.
 */
export function readScorecardPeriod(params: URLSearchParams, today: string) {
  const value = params.get('ky') ?? '';
  const thisYear = Number(today.slice(0, 4));
  const shape = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/.exec(value);
  const year = Number(shape?.[1]);
  const month = Number(shape?.[2] ?? 0);
  const quarter = Number(shape?.[3] ?? 0);
  const period = !shape || year < 2022 || (shape[2] !== undefined && (month < 1 || month > 12))
    ? null
    : quarter
      ? { kind: 'quarter' as const, year, part: quarter, from: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`, to: monthEnd(year, quarter * 3) }
      : month
        ? { kind: 'month' as const, year, part: month, from: `${year}-${String(month).padStart(2, '0')}-01`, to: monthEnd(year, month) }
        : { kind: 'year' as const, year, part: 0, from: `${year}-01-01`, to: `${year}-12-31` };
  if (period && period.from <= today) return period;
  const current = Number(today.slice(5, 7));
  return { kind: 'month' as const, year: thisYear, part: current, from: `${today.slice(0, 8)}01`, to: monthEnd(thisYear, current) };
}

export type ScorecardPeriod = ReturnType<typeof readScorecardPeriod>;

/** The address value of a period, as `ky` reads it. */
export const scorecardPeriodKey = ({ kind, year, part }: Pick<ScorecardPeriod, 'kind' | 'year' | 'part'>) =>
  kind === 'year' ? String(year) : kind === 'quarter' ? `${year}-Q${part}` : `${year}-${String(part).padStart(2, '0')}`;

export const scorecardRead = (period: ScorecardPeriod) => apiRead('/api/public/scorecard', { query: { from: period.from, to: period.to } });

/** The published questions and feedback: a page of ten, searched by words (with or without diacritics), all in the address. */
export const PUBLISHED_PAGE_SIZE = 10;

export const readPublishedSearch = (params: URLSearchParams) => ({ q: params.get('q') ?? '', page: pageNumber(params) });

export type PublishedSearch = ReturnType<typeof readPublishedSearch>;

const publishedQuery = (search: PublishedSearch) => ({ query: { q: search.q || undefined, page: search.page, pageSize: PUBLISHED_PAGE_SIZE } });
export const publishedQuestionsRead = (search: PublishedSearch) => apiRead('/api/public/questions', publishedQuery(search));
export const publishedFeedbackRead = (search: PublishedSearch) => apiRead('/api/public/feedback', publishedQuery(search));
export const publishedQuestionRead = (code: string) => apiRead('/api/public/questions/{code}', { path: { code } });
export const publishedFeedbackItemRead = (code: string) => apiRead('/api/public/feedback/{code}', { path: { code } });
