import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './support/browser.js';
import { PUBLIC_PAGES, type PublicCodes, makePublicCodes, publicPath } from './support/public-pages.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/**
 * The server names in each page's HTML the page's code, its style sheets and the public API reads it starts with
 * (packages/server/src/modules/web/page-html.ts). Chromium must use them: the page then fetches no
 * script and no public data that its HTML did not name, and nothing named twice, which is what
 * happens when a preload does not match the page's own request (another address, another
 * credentials mode) and is thrown away.
 */
describe('pages in Chromium load what their HTML names', () => {
  const shared = siteAndBrowser();
  let codes: PublicCodes;
  beforeAll(async () => {
    codes = await makePublicCodes(shared.site);
  });

  const PAGES: Array<[path: string, shows: RegExp]> = [
    ...PUBLIC_PAGES,
    ['/can-bo', /Đăng nhập/],
    ['/quan-tri', /Đăng nhập/],
  ];

  it.each(PAGES)('%s', async (path, shows) => {
    const page = await openPage(shared.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(shared.site.url + publicPath(path, codes));
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('main').textContent()).toMatch(shows);

    // What the server's HTML names, not what the page's scripts added to it since.
    const document = await response!.text();
    const html = document.slice(0, document.indexOf('</head>'));
    const named = [...html.matchAll(/<(?:script[^>]* src|link rel="(?:modulepreload|preload|stylesheet)"[^>]* href)="([^"]+)"/g)].map((found) => new URL(found[1]!.replaceAll('&amp;', '&'), shared.site.url).href);
    for (const url of named) expect(requested.filter((each) => each === url), url).toHaveLength(1);
    const late = requested.filter((url) => (url.endsWith('.js') || url.endsWith('.css') || url.includes('/api/public/')) && !named.includes(url));
    expect(late).toEqual([]);
    await page.context().close();
  });
});
