import { describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** Every page a citizen can open without signing in: it shows its heading, passes axe and is kept as a picture. */
const PAGES: Array<[name: string, path: string, heading: RegExp]> = [
  ['portal-home', '/', /dịch vụ công|thủ tục/i],
  ['portal-procedure-search', '/thu-tuc?q=khai%20sinh', /thủ tục/i],
  ['portal-procedure', `/thu-tuc/${BIRTH_REGISTRATION.code}`, /khai sinh/i],
  ['portal-tracking', '/tra-cuu', /tra cứu/i],
  ['portal-results-board', '/cong-khai', /công khai|kết quả/i],
  ['citizen-sign-in', '/dang-nhap', /đăng nhập/i],
  ['citizen-register', '/dang-ky', /đăng ký/i],
  ['office-sign-in', '/can-bo', /đăng nhập/i],
  ['admin-sign-in', '/quan-tri', /đăng nhập/i],
  ['not-found', '/khong-co-trang-nay', /không tìm thấy/i],
];

describe('public pages in Chromium', () => {
  const shared = siteAndBrowser();

  it.each(PAGES)('%s shows its heading and has no serious accessibility violation', async (name, path, heading) => {
    const page = await openPage(shared.browser);
    await page.goto(shared.site.url + path);
    await expect.poll(() => page.locator('main h1').first().textContent()).toMatch(heading);
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, name);
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await openPage(shared.browser, { width: 360, height: 740 });
    for (const [name, path] of PAGES.slice(0, 5)) {
      await page.goto(shared.site.url + path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-phone`);
    }
    await page.context().close();
  });

  it('switches to English and remembers it', async () => {
    const page = await openPage(shared.browser);
    await page.goto(shared.site.url + '/');
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('nav').first().textContent()).toMatch(/Procedures/);
    await page.context().close();
  });
});
