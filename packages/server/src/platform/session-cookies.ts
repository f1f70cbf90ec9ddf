import type { SessionCookieNames } from '@motcua/contract';
import type { FastifyReply } from 'fastify';

/**
 * The session cookie, which scripts cannot read, and the CSRF cookie, which the page's own scripts
 * read and echo in `x-csrf-token` on every write (a page of another site can neither read it nor
 * set the header). Their names are in the contract, since the web reads the CSRF cookie.
 */
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
