/**
 * The cookies of a browser session, one pair per realm (officers and citizens sign in separately):
 * the session token, which scripts cannot read, and the CSRF token, which the page's own scripts
 * read and echo in `x-csrf-token` on every write.
 */
export interface SessionCookieNames {
  session: string;
  csrf: string;
}

export const OFFICER_COOKIES: SessionCookieNames = { session: 'motcua_session', csrf: 'motcua_csrf' };
export const CITIZEN_COOKIES: SessionCookieNames = { session: 'motcua_citizen', csrf: 'motcua_citizen_csrf' };

/** The header a write made with a session cookie carries the CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** Where the citizens' realm lives; officer sessions are not looked at there. */
export const CITIZEN_API_PREFIX = '/api/citizen/';

/** The realm whose cookies go with a request, by its path: the citizens' API first, then the rest. */
export const SESSION_COOKIES_BY_PREFIX: ReadonlyArray<[prefix: string, names: SessionCookieNames]> = [
  [CITIZEN_API_PREFIX, CITIZEN_COOKIES],
  ['/api/', OFFICER_COOKIES],
];
