import { readFile } from 'node:fs/promises';
import { createConfig, lint } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApi } from '../src/cli/write-openapi.js';
import { OPENAPI_FILE } from '../src/paths.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

describe.each(ENGINES)('platform on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { publicRequestsPerMinute: 5 });
  });
  afterAll(() => t.close());

  it('reports the database in use', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { kind: engine.name }, notificationChannels: [], outbox: { waiting: 0, oldestWaitingSeconds: 0, givenUp: 0 } });
  });

  it('publishes an OpenAPI 3 document covering every route, and a browsable page', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/public/procedures', '/api/public/dossiers/{code}', '/api/public/holidays', '/api/public/due-date', '/api/v1/dossiers/{code}/actions/approve', '/api/health']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('matches the committed openapi.json (run `npm run contract` after changing a route)', async () => {
    const committed = await readFile(OPENAPI_FILE, 'utf8');
    expect(await generateOpenApi(t.app)).toBe(committed);
  });

  it('closes every operation that declares a security requirement to a caller without credentials, before reading its input', async () => {
    const doc = JSON.parse(await readFile(OPENAPI_FILE, 'utf8')) as { paths: Record<string, Record<string, { security: unknown[] }>> };
    let closed = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (operation.security.length === 0) continue;
        // Parameters filled with nonsense: a route that read its input first would answer 400 or 404.
        const url = path.replace(/\{[^}]+\}/g, 'x');
        const response = await t.app.inject({ method: method.toUpperCase() as 'GET', url, payload: method === 'get' ? undefined : {} });
        expect(response.statusCode, `${method.toUpperCase()} ${path}`).toBe(401);
        closed++;
      }
    }
    expect(closed).toBeGreaterThan(50);
  });

  it('answers unknown routes and bad input with structured bilingual errors, never a stack trace', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/nowhere' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'route_not_found', message: expect.stringContaining('Không có địa chỉ') });
    const bad = await t.app.inject({ method: 'GET', url: '/api/public/dossiers/not-a-code' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed', field: expect.stringContaining('code'), messageEn: expect.any(String) });
    expect(bad.body).not.toMatch(/at .*\.ts:\d+/);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/public/dossiers/000.00.00.H99-261123-9999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('Không tìm thấy hồ sơ có mã 000.00.00.H99-261123-9999');
  });

  it('rate-limits public endpoints per client', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 7; index++) {
      statuses.push((await t.app.inject({ method: 'GET', url: '/api/public/holidays?year=2026', remoteAddress: '10.9.9.9' })).statusCode);
    }
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await t.app.inject({ method: 'GET', url: '/api/public/holidays?year=2026', remoteAddress: '10.9.9.9' });
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
  });
});

describe('the committed OpenAPI document', () => {
  it("passes Redocly's recommended ruleset without an error: every operation declares its security, public ones none", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lint({ ref: OPENAPI_FILE.pathname, config });
    const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId}: ${problem.message}`);
    expect(errors).toEqual([]);
  });
});
