import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { PASSWORD } from './support/province.js';

const WRONG = 'sai-mat-khau-1';

describe.each(ENGINES)('officers signing in and out on $name', (engine) => {
  let t: TestApp;
  let addresses = 0;
  /** Each attempt from its own address unless one is named: the lock-out is per account, not per address. */
  const login = (username: string, password: string, remoteAddress = `10.20.${Math.floor(++addresses / 250)}.${addresses % 250}`) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });
  const later = (seconds: number) => {
    t.clock.at = new Date(t.clock.at.getTime() + seconds * 1000);
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00') });
  });
  afterAll(() => t.close());

  it('counts every spelling of a name against the one budget of that address', async () => {
    // The right password every time keeps the lock-out out of the way: only the per-address limit counts.
    const spellings = ['leader', ' leader', '\tleader', 'leader\u00a0', '\u3000leader', 'LEADER', 'Leader ', '\u00a0leader\u3000', ' leader\n', 'leader\u2003'];
    for (const spelling of spellings) expect((await login(spelling, PASSWORD, '10.30.0.1')).statusCode).toBe(200);
    const over = await login('\u00a0\u00a0leader', PASSWORD, '10.30.0.1');
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ code: 'rate_limited' });
  });

  it('locks an account after five wrong passwords in a row, refuses even the right one, and backs off', async () => {
    for (let attempt = 0; attempt < 5; attempt++) expect((await login('clerk', WRONG)).json()).toMatchObject({ code: 'invalid_credentials' });
    const locked = await login('clerk', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('60');
    expect(locked.json()).toMatchObject({ code: 'account_locked', message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.' });
    expect((await login('\u00a0CLERK ', PASSWORD)).statusCode).toBe(429);
    const audit = await t.db.query<{ entity_id: string; details: { failures: number } }>(
      `SELECT a.entity_id, a.details FROM audit_log a WHERE a.action = 'auth.lock_out' ORDER BY a.seq`,
    );
    const clerk = await t.db.query<{ id: string }>(`SELECT id FROM officers WHERE username = 'clerk'`);
    expect(audit.rows).toEqual([expect.objectContaining({ entity_id: clerk.rows[0]!.id, details: expect.objectContaining({ failures: 5 }) })]);

    // Another wrong password after the minute locks for two.
    later(60);
    expect((await login('clerk', WRONG)).statusCode).toBe(401);
    const longer = await login('clerk', PASSWORD);
    expect(longer.headers['retry-after']).toBe('120');
    expect(longer.json().message).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 2 phút.');

    // The right password once the lock is over signs in and wipes the slate.
    later(120);
    expect((await login('clerk', PASSWORD)).statusCode).toBe(200);
    expect((await login('clerk', WRONG)).statusCode).toBe(401);
    expect((await login('clerk', PASSWORD)).statusCode).toBe(200);
  });

  it('answers for a name nobody has exactly as for an officer’s', async () => {
    const answers = async (username: string) => {
      const seen: unknown[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        const response = await login(username, WRONG);
        seen.push([response.statusCode, response.json().code, response.headers['retry-after']]);
      }
      return seen;
    };
    const unknown = await answers('khong.co.ai');
    expect(unknown).toEqual(await answers('dept.leader'));
    expect(unknown.at(-1)).toEqual([429, 'account_locked', '60']);
  });

  it('signs out the session that asks, however its bearer header is spelt', async () => {
    const { token } = (await login('head', PASSWORD)).json() as { token: string };
    const withHeader = (method: 'GET' | 'POST', url: string, authorization: string) => t.app.inject({ method, url, headers: { authorization } });
    expect((await withHeader('GET', '/api/v1/auth/me', `Bearer  ${token}`)).statusCode).toBe(200);
    expect((await withHeader('POST', '/api/v1/auth/logout', `Bearer  ${token}`)).statusCode).toBe(204);
    expect((await withHeader('GET', '/api/v1/auth/me', `Bearer ${token}`)).statusCode).toBe(401);
  });

  it('signs out a browser session even when another Authorization header comes along', async () => {
    const signedIn = await login('specialist', PASSWORD);
    const cookie = signedIn.cookies.find((item) => item.name === 'motcua_session')!;
    const headers = { cookie: `motcua_session=${cookie.value}`, 'x-csrf-token': signedIn.json().csrfToken as string };
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { ...headers, authorization: 'Basic Zm9vOmJhcg==' } });
    expect(logout.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
  });
});

describe.each(ENGINES)('behind trusted proxies on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { publicRequestsPerMinute: 3, config: { trustProxy: loadConfig({ MOTCUA_TRUST_PROXY: '10.0.0.5, 10.0.1.0/24' }).trustProxy } });
  });
  afterAll(() => t.close());

  const signInFrom = async (username: string, remoteAddress: string, forwardedFor: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: PASSWORD },
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
    });
    expect(response.statusCode, response.body).toBe(200);
    const { rows } = await t.db.query<{ ip: string }>(
      `SELECT a.ip FROM audit_log a JOIN officers o ON o.id::text = a.entity_id WHERE a.action = 'auth.sign_in' AND o.username = $1`,
      [username],
    );
    return rows.map((row) => row.ip);
  };

  it('takes the client address from X-Forwarded-For only when a listed proxy sends it', async () => {
    expect(await signInFrom('reception', '203.0.113.9', '198.51.100.7')).toEqual(['203.0.113.9']);
    expect(await signInFrom('specialist', '10.0.1.17', '198.51.100.8')).toEqual(['198.51.100.8']);
    expect(await signInFrom('head', '10.0.0.5', '198.51.100.9')).toEqual(['198.51.100.9']);
  });

  it('counts an untrusted client’s requests against its own address, whatever it forwards', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/public/holidays?year=2026',
        remoteAddress: '203.0.113.10',
        headers: { 'x-forwarded-for': `198.51.100.${attempt + 20}` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('MOTCUA_TRUST_PROXY', () => {
  it('lists the trusted proxies; trusts none by default and refuses to trust everyone', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ MOTCUA_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ MOTCUA_TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,::1,loopback' }).trustProxy).toEqual(['10.0.0.5', '10.0.1.0/24', '::1', 'loopback']);
    expect(() => loadConfig({ MOTCUA_TRUST_PROXY: 'true' })).toThrow(/MOTCUA_TRUST_PROXY.*10\.0\.0\.5/);
    expect(() => loadConfig({ MOTCUA_TRUST_PROXY: '10.0.0.300' })).toThrow(/10\.0\.0\.300/);
    expect(() => loadConfig({ MOTCUA_TRUST_PROXY: '10.0.1.0/33' })).toThrow(/10\.0\.1\.0\/33/);
  });
});
