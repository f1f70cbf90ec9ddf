import { readFile } from 'node:fs/promises';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_FILE } from '../src/paths.js';
import { installRouteAccess } from '../src/platform/route-access.js';
import { RULES, RuleRefusal, authorize } from '../src/platform/rule-book.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';

describe('the rule book and the routes', async () => {
  const document = JSON.parse(await readFile(OPENAPI_FILE, 'utf8')) as { paths: Record<string, Record<string, { 'x-motcua-rule'?: string; description?: string }>> };
  const operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, ...operation })),
  );

  it('has every operation of the API name a rule of the rule book, and says it in its description', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.filter((operation) => !Object.hasOwn(RULES, operation['x-motcua-rule'] ?? '')).map((operation) => operation.route)).toEqual([]);
    for (const operation of operations) expect(operation.description, operation.route).toContain(`Authorisation rule \`${operation['x-motcua-rule']}\``);
  });

  it('has no rule that no route is under', () => {
    const used = new Set(operations.map((operation) => operation['x-motcua-rule']));
    expect(Object.keys(RULES).filter((rule) => !used.has(rule))).toEqual([]);
  });

  it('describes every rule in Vietnamese and in English', () => {
    for (const [name, rule] of Object.entries(RULES)) {
      expect(rule.description.vi, name).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưăâêô]/);
      expect(rule.description.en, name).toMatch(/^[\x20-\x7e’]+$/);
    }
  });

  it('refuses to add an API route that names no rule, or a rule not in the book', async () => {
    const app = Fastify();
    installRouteAccess(app, { officer: () => undefined, citizen: () => undefined });
    expect(() => app.get('/api/v1/anything', async () => 'open')).toThrow(/must declare its rule/);
    expect(() => app.get('/api/v1/other', { config: { rule: 'whoever' as 'public' } }, async () => 'open')).toThrow(/must declare its rule/);
    // Outside the API (the web pages) nothing is asked.
    expect(() => app.get('/office', async () => 'page')).not.toThrow();
    await app.close();
  });

  it('refuses with a 403 that names the rule', () => {
    const clerk = { id: 'x', username: 'clerk', fullName: 'Clerk', grants: [{ role: 'document_clerk' as const, agencyId: 'a', unitId: null }] };
    const refusal = (() => {
      try {
        authorize(clerk, 'change-calendar', ['a']);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(RuleRefusal);
    expect((refusal as RuleRefusal).toBody()).toMatchObject({ code: 'forbidden', rule: 'change-calendar', message: expect.stringContaining('Quy tắc "change-calendar"') });
    expect(() => authorize({ ...clerk, grants: [{ role: 'admin', agencyId: 'a', unitId: null }] }, 'change-calendar', ['a'])).not.toThrow();
  });
});

describe.each(ENGINES)('a refusal over HTTP on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('names the rule in the error body, which the error schema lets through', async () => {
    const reception = await signIn(t.app, 'reception');
    const response = await reception.request('PUT', '/api/v1/calendar/overrides/2026-12-31', { kind: 'day_off', name: 'Nghỉ' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden', rule: 'change-calendar', messageEn: expect.stringContaining('root agency') });
  });
});
