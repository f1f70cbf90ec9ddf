import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { PASSWORD } from './province.js';

/** An officer's signed-in browser session: the cookie plus the CSRF header on every write. */
export interface Session {
  username: string;
  /** The session cookie and the CSRF header, for requests built by hand. */
  headers: Record<string, string>;
  request(method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, username: string, password = PASSWORD): Promise<Session> {
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (login.statusCode !== 200) throw new Error(`login ${username} failed: ${login.statusCode} ${login.body}`);
  const { csrfToken } = login.json() as { csrfToken: string };
  const cookie = login.cookies.find((item) => item.name === 'motcua_session')!;
  const headers = { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': csrfToken };
  return {
    username,
    headers,
    request: (method, url, payload) =>
      app.inject({
        method,
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      }),
  };
}
