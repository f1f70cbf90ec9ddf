import { vietnamDate } from '@motcua/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishVersion } from '../../server/src/modules/procedures/repo.js';
import { act, receiveWalkIn } from '../../server/test/support/dossiers.js';
import { type Session, signIn } from '../../server/test/support/http.js';
import { AGENCIES, BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';

interface Scores {
  total: number;
  groups: Array<{ key: string; points: number; max: number }>;
}
type PublicScorecard = { province: Scores; agencies: Array<Scores & { code: string; name: string }> };

/** Points as the page writes them in Vietnamese: a decimal comma. */
const vi = (points: number) => new Intl.NumberFormat('vi-VN').format(points);

/**
 * Decision 766's index on the portal, this month in the test province: the commune received two
 * birth registrations and decided one; the other commune offers a procedure that is not online.
 */
describe('the service index page in Chromium', () => {
  const shared = siteAndBrowser();
  let api: PublicScorecard;

  beforeAll(async () => {
    const { site } = shared;
    await publishVersion(site.db, { ...BIRTH_REGISTRATION, code: '1.000894', name: 'Xác nhận tình trạng hôn nhân', competentAgencyCode: AGENCIES.otherCommune.code, onlineMode: 'none' }, site.province.agencyIds.otherCommune, null);
    const s = Object.fromEntries(await Promise.all(['reception', 'specialist', 'head', 'leader'].map(async (name) => [name, await signIn(site.app, name)] as const))) as Record<string, Session>;
    const decided = await receiveWalkIn(s.reception!);
    await act(s.leader!, decided.code, 'approve', await act(s.head!, decided.code, 'hand_over', await act(s.specialist!, decided.code, 'hand_over', decided.version)));
    await receiveWalkIn(s.reception!);
    const today = vietnamDate(new Date());
    const response = await site.app.inject({ method: 'GET', url: `/api/public/scorecard?from=${today.slice(0, 8)}01&to=${today}` });
    expect(response.statusCode, response.body).toBe(200);
    api = response.json();
  }, 120_000);

  const rankedCodes = (page: Page) => page.locator('main table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));

  it.each([360, 1280])('shows the province and the ranking as the API gives them, at %i px', async (width) => {
    const page = await openPage(shared.browser, { width });
    await page.goto(`${shared.site.url}/chi-so-phuc-vu`);
    await expect.poll(() => page.getByTestId('province-total').textContent()).toBe(`${vi(api.province.total)} / 100 điểm`);
    // The commune, which handled dossiers, comes first; the other commune has its procedure published.
    expect(api.agencies[0]!.code).toBe(AGENCIES.commune.code);
    expect(api.agencies[0]!.total).toBeGreaterThan(api.agencies[1]!.total);
    expect(await rankedCodes(page)).toEqual(api.agencies.map((agency) => agency.code));
    for (const agency of api.agencies) {
      expect(await page.locator(`tr[data-code="${agency.code}"] .scorecard-agency-total`).textContent()).toBe(vi(agency.total));
    }
    // Each group's points are written out, not only drawn.
    const bars = page.locator('.scorecard-bars li');
    expect(await bars.count()).toBe(5);
    for (const [index, group] of api.province.groups.entries()) {
      expect(await bars.nth(index).locator('.scorecard-bar-value').textContent()).toBe(`${vi(group.points)} / ${vi(group.max)} điểm`);
    }
    expect(await bars.first().locator('.scorecard-bar-label').textContent()).toBe('Công khai, minh bạch');
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `portal-scorecard-${width}`);
    await page.context().close();
  });

  it('sorts the ranking by a group, then back by total, and says which order it follows', async () => {
    const page = await openPage(shared.browser);
    await page.goto(`${shared.site.url}/chi-so-phuc-vu`);
    await expect.poll(() => rankedCodes(page)).toEqual(api.agencies.map((agency) => agency.code));
    const totalHeading = page.locator('th', { has: page.getByRole('button', { name: 'Tổng điểm' }) });
    expect(await totalHeading.getAttribute('aria-sort')).toBe('descending');

    await page.getByRole('button', { name: 'Tổng điểm' }).click();
    expect(await totalHeading.getAttribute('aria-sort')).toBe('ascending');
    expect(await rankedCodes(page)).toEqual(api.agencies.map((agency) => agency.code).reverse());

    const transparency = (code: string | null) => api.agencies.find((agency) => agency.code === code)!.groups[0]!.points;
    await page.getByRole('button', { name: 'Công khai, minh bạch' }).click();
    const byTransparency = await rankedCodes(page);
    expect(byTransparency.map(transparency)).toEqual([...byTransparency.map(transparency)].sort((a, b) => b - a));
    expect(await totalHeading.getAttribute('aria-sort')).toBe('none');
    await page.context().close();
  });

  it('picks a year or a quarter, in the address', async () => {
    const page = await openPage(shared.browser);
    await page.goto(`${shared.site.url}/chi-so-phuc-vu`);
    await expect.poll(() => page.getByTestId('province-total').textContent()).toContain('/ 100 điểm');
    const year = vietnamDate(new Date()).slice(0, 4);
    await page.getByLabel('Xem theo').selectOption('year');
    await page.getByRole('button', { name: 'Xem chỉ số' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ky')).toBe(year);
    await expect.poll(() => page.locator('main').textContent()).toContain(`Từ 01/01/${year} đến 31/12/${year}`);
    // The whole year holds this month's dossiers: the same ranking.
    await expect.poll(() => rankedCodes(page)).toEqual(api.agencies.map((agency) => agency.code));

    await page.getByLabel('Xem theo').selectOption('quarter');
    await page.getByLabel('Quý').selectOption('1');
    await page.getByRole('button', { name: 'Xem chỉ số' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ky')).toBe(`${year}-Q1`);
    await expect.poll(() => page.locator('main').textContent()).toContain(`Từ 01/01/${year} đến 31/03/${year}`);
    await page.context().close();
  });
});
