import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type TestApp, startTestApp } from './support/app.js';
import { BIRTH_COMPONENTS, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

const PDF = Buffer.from('%PDF-1.4\n% giấy chứng sinh\n%%EOF\n');

/** The directives of a Content-Security-Policy header, by name. */
function directives(response: LightMyRequestResponse): Record<string, string> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe.each(ENGINES)('security headers on $name', (engine) => {
  let t: TestApp;
  let reception: Session;
  let dossier: { code: string; lookupCode: string; version: number };
  beforeAll(async () => {
    t = await startTestApp(engine);
    reception = await signIn(t.app, 'reception');
    dossier = await receiveWalkIn(reception);
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('serves pages with a policy that allows no inline script and no framing, and pages that need none', async () => {
    const page = await get('/tra-cuu');
    expect(page.statusCode).toBe(200);
    const policy = directives(page);
    expect(policy['script-src']).toBe("'self'");
    expect(policy['default-src']).toBe("'self'");
    expect(policy['object-src']).toBe("'none'");
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    const scripts = [...page.body.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/\bsrc="/);
    expect(readFileSync(join(t.config.webDir, 'index.html'), 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('keeps every API answer from loading anything, and lets only this site frame files and papers', async () => {
    const response = await reception.request('GET', '/api/public/procedures');
    expect(directives(response)).toEqual({ 'default-src': "'none'", 'frame-ancestors': "'self'" });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lets no cache keep what carries personal data, and leaves the public catalogue cacheable', async () => {
    const upload = (await reception.request('POST', '/api/v1/files', { name: 'tờ khai.pdf', contentBase64: PDF.toString('base64') })).json() as { id: string };
    const withFile = await reception.request('POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      applicant: { type: 'citizen', name: 'Trần Thị Bình', idNumber: '038095001235' },
      components: [{ ...BIRTH_COMPONENTS[0], fileIds: [upload.id] }, BIRTH_COMPONENTS[1]],
    });
    expect(withFile.statusCode, withFile.body).toBe(201);
    const code = (withFile.json() as { code: string }).code;
    const personal = [
      await reception.request('GET', `/api/v1/dossiers/${dossier.code}`),
      await reception.request('GET', '/api/v1/dossiers'),
      await reception.request('GET', `/api/v1/dossiers/${code}/files/${upload.id}`),
      await reception.request('GET', `/api/v1/dossiers/${dossier.code}/papers/receipt.pdf`),
      await reception.request('GET', '/api/v1/auth/me'),
      await get(`/api/public/dossiers/${dossier.code}?lookupCode=${dossier.lookupCode}`),
      await get('/api/citizen/me'),
    ];
    for (const response of personal) {
      expect(response.statusCode, response.body.slice(0, 200)).toBeLessThan(500);
      expect(response.headers['cache-control']).toBe('no-store');
    }
    expect((await get('/api/public/procedures')).headers['cache-control']).toBeUndefined();
  });

  it('lets the API documentation run its own scripts and inline styles, still framed by no one', async () => {
    const docs = await get('/api/docs/');
    expect(docs.statusCode).toBe(200);
    const policy = directives(docs);
    expect(policy['script-src']).toBe("'self'");
    expect(policy['style-src']).toBe("'self' 'unsafe-inline'");
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(docs.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect((await get('/api/docs/static/swagger-initializer.js')).statusCode).toBe(200);
  });
});

describe.each(ENGINES)('HSTS without Secure cookies on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { config: { secureCookies: false } });
  });
  afterAll(() => t.close());

  it('does not pin HTTPS when the installation is served over plain HTTP', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    expect(page.headers['strict-transport-security']).toBeUndefined();
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('the land map’s base layer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ENGINES[0]!, { config: { mapBaseLayerUrl: 'https://tiles.thanhhoa.gov.vn/nen/{z}/{x}/{y}.png' } });
  });
  afterAll(() => t.close());

  it('is named to the portal and is the one image let in from elsewhere', async () => {
    const settings = await t.app.inject({ method: 'GET', url: '/api/public/land/map-settings' });
    expect(settings.json()).toEqual({ baseLayerUrl: 'https://tiles.thanhhoa.gov.vn/nen/{z}/{x}/{y}.png' });
    const page = await t.app.inject({ method: 'GET', url: '/tra-cuu-dat-dai' });
    expect(directives(page)['img-src']).toBe("'self' data: https://tiles.thanhhoa.gov.vn");
    expect(directives(page)['connect-src']).toBe("'self'");
  });

  it('is none unless the installation names one, and only an address of tiles', () => {
    expect(loadConfig({}).mapBaseLayerUrl).toBeUndefined();
    expect(() => loadConfig({ MOTCUA_MAP_BASE_LAYER_URL: 'https://tiles.thanhhoa.gov.vn/nen.png' })).toThrow(/\{z\}, \{x\} and \{y\}/);
    expect(() => loadConfig({ MOTCUA_MAP_BASE_LAYER_URL: 'javascript:alert(1)//{z}{x}{y}' })).toThrow(/MOTCUA_MAP_BASE_LAYER_URL/);
  });
});
