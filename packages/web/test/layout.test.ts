import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { onSlow4G, openPage, seriousAccessibilityViolations } from './support/browser.js';
import { PUBLIC_PAGES, type PublicCodes, makePublicCodes, publicPath } from './support/public-pages.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** Sums every layout shift of the page not caused by input, from before its first paint on. */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { layoutShift: number };
    state.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) state.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's cumulative layout shift so far, once it has painted what it has. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        // Shifts are reported after the frame that painted them.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { layoutShift: number }).layoutShift)));
      }),
  );
}

describe('layout on a phone and on a desktop, in Chromium', () => {
  const shared = siteAndBrowser();
  let codes: PublicCodes;
  beforeAll(async () => {
    codes = await makePublicCodes(shared.site);
  });

  // 412 px is the phone Lighthouse's mobile audit emulates (390 px, the other phone width the pages
  // are walked at, lays them out alike).
  for (const width of [412, 1280]) {
    it.each(PUBLIC_PAGES)(`%s moves no more than 0.1 after it first paints, ${width} px wide`, async (path, shows) => {
      const page = await openPage(shared.browser, { width, height: width < 600 ? 844 : 900 });
      await watchLayoutShifts(page);
      // On a slow network the page's parts arrive far apart, as they do for many citizens.
      await onSlow4G(page);
      await page.goto(shared.site.url + publicPath(path, codes));
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('main').textContent()).toMatch(shows);
      expect(await layoutShift(page)).toBeLessThanOrEqual(0.1);
      await page.context().close();
    });
  }

  /** The navigation behind the menu button on a phone: closed at first, opened and closed from the keyboard. */
  async function checkMenu(page: Page, navigation: string): Promise<void> {
    const button = page.getByRole('button', { name: 'Danh mục' });
    const nav = page.getByRole('navigation', { name: navigation });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    const menuId = await button.getAttribute('aria-controls');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    expect(await page.evaluate((id) => document.getElementById(id!)?.contains(document.activeElement), menuId)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await nav.getByRole('link').first().textContent());
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  }

  /** On a wide screen the navigation is always there and there is no menu button. */
  async function checkWideNavigation(page: Page, navigation: string): Promise<void> {
    expect(await page.getByRole('navigation', { name: navigation }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Danh mục' }).count()).toBe(0);
  }

  it('keeps the portal’s navigation behind a menu button on a phone, which closes when a page is chosen', async () => {
    const page = await openPage(shared.browser, { width: 390, height: 844 });
    await page.goto(shared.site.url + '/');
    await page.locator('main h1').waitFor();
    // Before any content: the header is one row, the brand and the button.
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThan(100);
    await checkMenu(page, 'Điều hướng chính');
    await page.getByRole('button', { name: 'Danh mục' }).click();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Tra cứu hồ sơ');
    expect(await page.getByRole('button', { name: 'Danh mục' }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
    // The reader starts at the new page's content, not on a link that has gone.
    expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(true);
    await page.context().close();
  });

  it('keeps the frame and the page being read while the code of the next page is on its way', async () => {
    const page = await openPage(shared.browser, { width: 1280, height: 900 });
    await page.goto(shared.site.url + '/');
    await page.locator('main h1').waitFor();
    // Hold back the tracking page's code until the loading state has been looked at.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/TrackingPage-[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    const requested = page.waitForRequest(/\/assets\/TrackingPage-[^/]*\.js$/);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
    await requested;
    // The frame stays, and so does the page the citizen was reading, never a blank or a frame-wide "loading".
    expect(await page.locator('main h1').textContent()).toBe('Dịch vụ công trực tuyến');
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(true);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(true);
    release();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Tra cứu hồ sơ');
    await page.context().close();
  });

  it('shows the portal’s navigation without a menu button on a desktop', async () => {
    const page = await openPage(shared.browser, { width: 1280, height: 900 });
    await page.goto(shared.site.url + '/');
    await page.locator('main h1').waitFor();
    await checkWideNavigation(page, 'Điều hướng chính');
    expect(await page.getByRole('link', { name: 'Đăng nhập' }).isVisible()).toBe(true);
    await page.context().close();
  });

  for (const [width, check] of [
    [390, checkMenu],
    [1280, checkWideNavigation],
  ] as const) {
    it(`folds the back office’s and the administration’s navigation away on a phone only, ${width} px wide`, async () => {
      const office = await signInOfficer(shared.browser, shared.site, 'reception', { width });
      await expect.poll(() => office.locator('main h1').textContent()).toBe('Chờ tiếp nhận');
      await check(office, 'Hàng đợi công việc');
      await office.context().close();
      const admin = await signInOfficer(shared.browser, shared.site, 'admin', { width });
      await admin.goto(`${shared.site.url}/quan-tri/co-quan`);
      await expect.poll(() => admin.locator('main h1').textContent()).toBe('Cơ quan, đơn vị');
      await check(admin, 'Điều hướng quản trị');
      await admin.context().close();
    });
  }

  it('says a draft was saved where the citizen is looking, on a phone', async () => {
    const citizen = { fullName: 'Trịnh Thị Lan', phone: '0977111222', email: 'lan.trinh@example.vn', idNumber: '038197001234', password: 'mat-khau-cua-lan' };
    const registered = await shared.site.app.inject({ method: 'POST', url: '/api/citizen/register', payload: citizen });
    expect(registered.statusCode, registered.body).toBe(201);
    const page = await signInCitizen(shared.browser, shared.site, citizen.phone, citizen.password, { width: 390 });
    await page.goto(`${shared.site.url}/nop-ho-so/${BIRTH_REGISTRATION.code}`);
    await page.getByLabel(/^Địa chỉ liên hệ/).fill('Thôn Đông, xã Hòa Bình');
    await page.getByLabel(/^Nội dung yêu cầu giải quyết/).fill('Đăng ký khai sinh cho con');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu nháp' });
    await saved.waitFor();
    const inView = await saved.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
