import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { act, receiveWalkIn } from '../../server/test/support/dossiers.js';
import { type Session, signIn } from '../../server/test/support/http.js';
import { screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** Counts as the dashboard writes them in Vietnamese. */
const vi = (count: number) => new Intl.NumberFormat('vi-VN').format(count);

/**
 * The leaders' dashboard of the test province this year: the commune received three birth
 * registrations today and decided one; its leader reads the figures, follows one to its dossiers
 * and one of those to its page.
 */
describe('the leaders’ statistics dashboard in Chromium', () => {
  const shared = siteAndBrowser();
  let leader: Session;
  let decided: string;

  beforeAll(async () => {
    const { site } = shared;
    const s = Object.fromEntries(await Promise.all(['reception', 'specialist', 'head', 'leader'].map(async (name) => [name, await signIn(site.app, name)] as const))) as Record<string, Session>;
    leader = s.leader!;
    const dossier = await receiveWalkIn(s.reception!);
    await act(s.leader!, dossier.code, 'approve', await act(s.head!, dossier.code, 'hand_over', await act(s.specialist!, dossier.code, 'hand_over', dossier.version)));
    decided = dossier.code;
    await receiveWalkIn(s.reception!);
    await receiveWalkIn(s.reception!);
  }, 120_000);

  const cardValue = (page: Page, figure: string) => page.locator(`[data-figure="${figure}"] .stat-card-value`).textContent();

  it.each([360, 1280])('shows the figures the API gives, every chart with its numbers, at %i px', async (width) => {
    const figures = (await leader.request('GET', '/api/v1/statistics')).json();
    expect(figures.received).toBe(3);
    const page = await signInOfficer(shared.browser, shared.site, 'leader', { width });
    await page.goto(`${shared.site.url}/can-bo/thong-ke`);
    await expect.poll(() => cardValue(page, 'received')).toBe(vi(figures.received));
    expect(await cardValue(page, 'in_progress_on_time')).toBe(vi(figures.inProgress.onTime));
    expect(await cardValue(page, 'finished_early')).toBe(vi(figures.finished.early));
    // The trend is drawn and written out: this month's received dossiers beside their bar, and in its table.
    const trend = page.locator('section[aria-labelledby="stat-trends"]');
    await expect.poll(() => trend.locator('.stat-bars > li').last().locator('.stat-bar-value').first().textContent()).toBe(`Tiếp nhận trong kỳ: ${vi(3)}`);
    await trend.getByText('Xem dạng bảng').click();
    expect(await trend.locator('table tbody tr').last().locator('td').first().textContent()).toBe(vi(3));
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `office-statistics-${width}`);
    await page.context().close();
  });

  it('opens the dossiers behind a figure from its card, and a dossier from the list', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'leader', { width: 1280 });
    await page.getByRole('link', { name: 'Thống kê' }).first().click();
    await page.locator('[data-figure="finished_early"] a, [data-figure="finished_on_time"] a').filter({ hasText: /^1/ }).first().click();
    await expect.poll(() => page.locator('main h1').textContent()).toMatch(/^Hồ sơ: Giải quyết (trước|đúng) hạn$/);
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-code')).toBe(decided);
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await rows.first().getByRole('link', { name: decided }).click();
    await expect.poll(() => page.url()).toContain(`/can-bo/ho-so/${decided}`);
    await expect.poll(() => page.locator('main h1').textContent()).toContain(decided);

    // The received figure's list holds the three dossiers.
    await page.goto(`${shared.site.url}/can-bo/thong-ke/ho-so?figure=received`);
    await expect.poll(() => rows.count()).toBe(3);
    await page.context().close();
  });

  it('is not offered to a specialist, and refuses them', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'specialist', { width: 1280 });
    expect(await page.getByRole('link', { name: 'Thống kê' }).count()).toBe(0);
    await page.goto(`${shared.site.url}/can-bo/thong-ke`);
    await expect.poll(() => page.getByText('Bạn không có quyền xem thống kê').count()).toBe(1);
    await page.context().close();
  });
});
