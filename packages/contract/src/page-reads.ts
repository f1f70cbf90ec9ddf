import { IMPLEMENTING_LEVELS, ONLINE_MODES, dossierCodeProblem, verificationCodeProblem } from '@motcua/core';
import { query } from './query.js';

/**
 * The API addresses the portal's pages read first, worked out from the page's own address alone.
 * The pages ask for exactly these strings, and the server names the same strings in the page's
 * HTML (pages.ts) so that the browser starts them with the page and hands them to the page's
 * `fetch` (a preload is used only by a request for the very same address). Free of React and the
 * DOM, since the server runs it too.
 */

export const STATISTICS = '/api/public/statistics';
export const POPULAR_PROCEDURES = '/api/public/procedures/popular?limit=8';
export const FIELDS = '/api/public/fields';
export const AGENCIES = '/api/public/agencies';

export const procedureRead = (code: string) => `/api/public/procedures/${encodeURIComponent(code)}`;

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
    level: oneOf(IMPLEMENTING_LEVELS, params.get('level')) ?? '',
    agencyId: params.get('agencyId') ?? '',
    online: oneOf(ONLINE_MODES, params.get('online')) ?? '',
    page: pageNumber(params),
  };
}

export type ProcedureSearch = ReturnType<typeof readProcedureSearch>;

export const procedureSearchRead = (search: ProcedureSearch) =>
  `/api/public/procedures${query({ q: search.q, field: search.field, level: search.level, agencyId: search.agencyId, online: search.online, page: search.page, pageSize: SEARCH_PAGE_SIZE })}`;

export const RESULTS_PAGE_SIZE = 20;

export type ResultsKind = 'finished' | 'late';

/** The results board's list (decided dossiers, or late ones) and page, from its address. */
export function readResultsBoard(params: URLSearchParams): { kind: ResultsKind; page: number } {
  return { kind: params.get('kind') === 'late' ? 'late' : 'finished', page: pageNumber(params) };
}

export const resultsRead = ({ kind, page }: { kind: ResultsKind; page: number }) => `/api/public/results${query({ kind, page, pageSize: RESULTS_PAGE_SIZE })}`;

/** The tracked dossier's address for a normalised code, or null while the code cannot be one. */
export const trackingRead = (code: string): string | null => (dossierCodeProblem(code) === undefined ? `/api/public/dossiers/${encodeURIComponent(code)}` : null);

/** The verified result's address for a normalised verification code, or null while the code cannot be one. */
export const verificationRead = (code: string): string | null => (verificationCodeProblem(code) === undefined ? `/api/public/verify/${encodeURIComponent(code)}` : null);
