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

/** The realm whose cookies go with a request, by its path: the citizens' API first, then the rest. */
export const SESSION_COOKIES_BY_PREFIX: ReadonlyArray<[prefix: string, names: SessionCookieNames]> = [
  ['/api/citizen/', CITIZEN_COOKIES],
  ['/api/', OFFICER_COOKIES],
];
