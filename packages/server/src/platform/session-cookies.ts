import type { FastifyReply } from 'fastify';

/**
 * The cookies of a browser session: the session token, which scripts cannot read, and the CSRF
 * token, which the page's own scripts read and echo in `x-csrf-token` on every write (a page
 * of another site can neither read it nor set the header). One pair per realm: officers and
 * citizens sign in separately.
 */
export interface SessionCookieNames {
  session: string;
  csrf: string;
}

export const OFFICER_COOKIES: SessionCookieNames = { session: 'motcua_session', csrf: 'motcua_csrf' };
export const CITIZEN_COOKIES: SessionCookieNames = { session: 'motcua_citizen', csrf: 'motcua_citizen_csrf' };

export function setSessionCookies(
  reply: FastifyReply,
  names: SessionCookieNames,
  session: { token: string; csrfToken: string; expiresAt: Date },
  secure: boolean,
): void {
  const options = { path: '/', sameSite: 'strict' as const, secure, expires: session.expiresAt };
  reply.setCookie(names.session, session.token, { ...options, httpOnly: true });
  reply.setCookie(names.csrf, session.csrfToken, { ...options, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, names: SessionCookieNames): void {
  reply.clearCookie(names.session, { path: '/' });
  reply.clearCookie(names.csrf, { path: '/' });
}
