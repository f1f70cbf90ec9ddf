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
