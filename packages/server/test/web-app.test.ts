import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACK_OFFICE_ROUTES, LAZY_PAGE_MODULES, type LazyPageName, PORTAL_ROUTES, type PageName } from '@motcua/contract';
import { loadConfig } from '../src/config.js';
import { installWebApp } from '../src/modules/web/routes.js';
import { BIRTH_REGISTRATION } from './support/province.js';

// The web build that `npm test` makes first (or MOTCUA_WEB_DIR's, as the browser tests read it).
const webDir = loadConfig({ MOTCUA_WEB_DIR: process.env.MOTCUA_WEB_DIR }).webDir;

interface ManifestChunk {
  css?: string[];
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
const manifest = JSON.parse(readFileSync(join(webDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const entry = Object.values(manifest).find((chunk) => chunk.isEntry)!;
const isLazy = (page: PageName): page is LazyPageName => page in LAZY_PAGE_MODULES;

async function webApp(dir: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await installWebApp(app, dir);
  await app.ready();
  return app;
}

const links = (html: string, rel: string) => [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="([^"]+)"`, 'g'))].map((found) => found[1]!.replaceAll('&amp;', '&'));
const dataPreloads = (html: string) => [...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map((found) => found[1]!.replaceAll('&amp;', '&'));
const chunkPreloads = (html: string) => links(html, 'modulepreload').filter((href) => !links(plainIndex, 'modulepreload').includes(href));
const plainIndex = readFileSync(join(webDir, 'index.html'), 'utf8');

describe('web application pages', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await webApp(webDir);
  });
  afterAll(() => app.close());

  async function page(url: string) {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    return response.body;
  }

  it('names the code of the page on demand and every chunk it imports that the main script does not', async () => {
    const html = await page(`/thu-tuc/${BIRTH_REGISTRATION.code}`);
    const pageChunk = manifest[LAZY_PAGE_MODULES.ProcedurePage]!;
    expect(chunkPreloads(html)).toContain(`/${pageChunk.file}`);
    for (const imported of pageChunk.imports ?? []) {
      const file = `/${manifest[imported]!.file}`;
      if (file === `/${entry.file}`) expect(chunkPreloads(html)).not.toContain(file);
      else expect(chunkPreloads(html)).toContain(file);
    }
    // What it names is served, and cached as the build's other assets are.
    for (const href of [...chunkPreloads(html), ...links(html, 'stylesheet')]) {
      const asset = await app.inject({ method: 'GET', url: href });
      expect(asset.statusCode, href).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it("names the style sheets of the page's code, which its script would add only once it ran (one more round trip)", async () => {
    const html = await page('/tra-cuu');
    const sheetsOf = (key: string, seen = new Set<string>()): string[] => {
      if (seen.has(key)) return [];
      seen.add(key);
      const chunk = manifest[key]!;
      return [...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((imported) => sheetsOf(imported, seen))];
    };
    const sheets = sheetsOf(LAZY_PAGE_MODULES.TrackingPage).filter((sheet) => !links(plainIndex, 'stylesheet').includes(`/${sheet}`));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(links(html, 'stylesheet')).toContain(`/${sheet}`);
  });

  it.each([
    ['/', ['/api/public/statistics', '/api/public/procedures/popular?limit=8', '/api/public/fields', '/api/public/agencies']],
    [`/thu-tuc/${BIRTH_REGISTRATION.code}`, [`/api/public/procedures/${BIRTH_REGISTRATION.code}`, '/api/public/agencies']],
    ['/thu-tuc?q=khai%20sinh&level=bogus&page=2', ['/api/public/procedures?q=khai+sinh&page=2&pageSize=20', '/api/public/fields', '/api/public/agencies']],
    ['/thu-tuc', ['/api/public/procedures?page=1&pageSize=20', '/api/public/fields', '/api/public/agencies']],
    ['/tra-cuu/%20000.00.00.h99-261123-0001', ['/api/public/dossiers/000.00.00.H99-261123-0001']],
    ['/tra-cuu/khong-phai-ma', []],
    ['/tra-cuu', []],
    ['/verify/k7m2q-9xa4t', ['/api/public/verify/K7M2Q9XA4T']],
    ['/verify/K7M2Q9XA4', []],
    ['/verify', []],
    ['/cong-khai?kind=late&cursor=abc', ['/api/public/results?kind=late&cursor=abc&limit=20', '/api/public/agencies']],
    ['/cong-khai?kind=other&agencyId=nope&from=2026-13', ['/api/public/results?kind=finished&limit=20', '/api/public/agencies']],
    [
      '/cong-khai?agencyId=6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b&procedure=1.001193&from=2026-11-01&to=2026-11-30',
      [
        '/api/public/results?kind=finished&agencyId=6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b&procedure=1.001193&from=2026-11-01&to=2026-11-30&limit=20',
        '/api/public/agencies',
        '/api/public/procedures?agencyId=6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b&page=1&pageSize=100',
      ],
    ],
    ['/can-bo/ho-so', []],
    ['/khong-co-trang-nay', []],
  ])('%s preloads the API reads the page starts with, exactly as the page asks for them', async (url, reads) => {
    expect(dataPreloads(await page(url))).toEqual(reads);
  });

  it('names every page loaded on demand in the HTML of each of its addresses', async () => {
    for (const route of [...PORTAL_ROUTES, ...BACK_OFFICE_ROUTES]) {
      const url = `/${route.path.replace(/:\w+/g, 'x').replace('*', 'y')}`;
      const named = chunkPreloads(await page(url));
      if (isLazy(route.page)) expect(named[0], url).toBe(`/${manifest[LAZY_PAGE_MODULES[route.page]]!.file}`);
      else expect(named, url).toEqual([]);
    }
  });

  it('keeps what an address carries out of the markup', async () => {
    const html = await page('/thu-tuc/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E?q=%22%3E%3Cb%3E');
    expect(html).not.toContain('<script>alert');
    expect(dataPreloads(html)[0]).toBe('/api/public/procedures/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  });

  it('leaves unknown API addresses to the JSON 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/public/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'route_not_found' });
  });
});

describe('web application built without what the server needs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-web-'));
    cpSync(webDir, dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('still serves its pages, without naming a chunk the build lacks', async () => {
    const { [LAZY_PAGE_MODULES.ProcedurePage]: _missing, ...rest } = manifest;
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(rest));
    const app = await webApp(dir);
    const html = (await app.inject({ method: 'GET', url: `/thu-tuc/${BIRTH_REGISTRATION.code}` })).body;
    expect(chunkPreloads(html)).toEqual([]);
    expect(dataPreloads(html)).toContain('/api/public/agencies');
    await app.close();
  });

  it('serves index.html as it is without a manifest', async () => {
    rmSync(join(dir, '.vite'), { recursive: true });
    expect(existsSync(join(dir, '.vite'))).toBe(false);
    const app = await webApp(dir);
    expect((await app.inject({ method: 'GET', url: '/cong-khai' })).body).toBe(plainIndex);
    await app.close();
  });
});
