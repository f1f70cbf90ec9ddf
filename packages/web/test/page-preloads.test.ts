import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveWalkIn } from '../../server/test/support/dossiers.js';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { approve, dossierAwaitingApproval, signInStaff } from '../../server/test/support/results.js';
import { launchBrowser, openPage } from './support/browser.js';
import { type Site, startSite } from './support/site.js';

/**
 * The server names in each page's HTML the page's code and the public API reads it starts with
 * (packages/server/src/modules/web/page-html.ts). Chromium must use them: the page then fetches no
 * script and no public data that its HTML did not name, and nothing named twice, which is what
 * happens when a preload does not match the page's own request (another address, another
 * credentials mode) and is thrown away.
 */
describe('pages in Chromium load what their HTML names', () => {
  let site: Site;
  let browser: Browser;
  let dossierCode: string;
  let verificationCode: string;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
    const staff = await signInStaff(site.app);
    dossierCode = (await receiveWalkIn(staff.reception)).code;
    verificationCode = (await approve(staff, await dossierAwaitingApproval(staff))).result.verificationCode;
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // Each page with something on it that only the data it reads first can have put there; DOSSIER
  // stands for the code of a dossier received for the test and RESULT for the verification code of
  // a result signed for it, as a citizen might type them.
  const PAGES: Array<[path: string, shows: RegExp]> = [
    ['/', /UBND xã Hòa Bình/],
    ['/thu-tuc?q=khai%20sinh', /Tìm thấy[\s\S]*Đăng ký khai sinh/],
    [`/thu-tuc/${BIRTH_REGISTRATION.code}`, /Tờ khai đăng ký khai sinh/],
    ['/tra-cuu/DOSSIER', /Nguyễn V\. A\./],
    ['/tra-cuu', /Mã hồ sơ/],
    ['/cong-khai?kind=late', /công khai/i],
    ['/verify', /Xác thực văn bản/],
    ['/verify/RESULT', /Văn bản hợp lệ/],
    ['/dang-nhap', /Đăng nhập/],
    ['/dang-ky', /Đăng ký/],
    ['/can-bo', /Đăng nhập/],
    ['/quan-tri', /Đăng nhập/],
  ];

  it.each(PAGES)('%s', async (path, shows) => {
    const page = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(site.url + path.replace('DOSSIER', dossierCode.toLowerCase()).replace('RESULT', `${verificationCode.slice(0, 5).toLowerCase()}-${verificationCode.slice(5)}`));
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('main').textContent()).toMatch(shows);

    const named = await page.$$eval('script[src], link[rel=modulepreload], link[rel=preload]', (elements) => elements.map((element) => (element as HTMLScriptElement).src || (element as HTMLLinkElement).href));
    for (const url of named) expect(requested.filter((each) => each === url), url).toHaveLength(1);
    const late = requested.filter((url) => (url.endsWith('.js') || url.includes('/api/public/')) && !named.includes(url));
    expect(late).toEqual([]);
    await page.context().close();
  });
});
