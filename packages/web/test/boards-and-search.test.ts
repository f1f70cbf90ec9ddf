import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishVersion } from '../../server/src/modules/procedures/repo.js';
import { APPLICANT, BIRTH_COMPONENTS, act } from '../../server/test/support/dossiers.js';
import { type Session, signIn } from '../../server/test/support/http.js';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const COOPERATIVE = 'Hợp tác xã Dịch vụ Nông nghiệp Hòa Bình';
const MARITAL_STATUS = { ...BIRTH_REGISTRATION, code: '1.000894', name: 'Xác nhận tình trạng hôn nhân', applicantTypes: ['citizen', 'organisation'] as Array<'citizen' | 'organisation'> };

/**
 * The results board's filters and the procedure search's answer to nonsense, as a citizen meets
 * them on a desktop and on a phone: a birth registration of a person and a certificate asked for
 * by a cooperative, both decided at the commune.
 */
describe('public results board and procedure search in Chromium', () => {
  const shared = siteAndBrowser();
  const codes = { person: '', cooperative: '' };

  beforeAll(async () => {
    await publishVersion(shared.site.db, MARITAL_STATUS, shared.site.province.agencyIds.commune, null);
    const s = Object.fromEntries(await Promise.all(['reception', 'specialist', 'head', 'leader'].map(async (name) => [name, await signIn(shared.site.app, name)] as const))) as Record<string, Session>;
    const decide = async (procedureCode: string, applicant: typeof APPLICANT | (Omit<typeof APPLICANT, 'type'> & { type: 'organisation' })) => {
      const response = await s.reception!.request('POST', '/api/v1/dossiers', { procedureCode, applicant, components: BIRTH_COMPONENTS });
      expect(response.statusCode, response.body).toBe(201);
      const { code, version } = response.json() as { code: string; version: number };
      await act(s.leader!, code, 'approve', await act(s.head!, code, 'hand_over', await act(s.specialist!, code, 'hand_over', version)));
      return code;
    };
    codes.person = await decide(BIRTH_REGISTRATION.code, APPLICANT);
    codes.cooperative = await decide(MARITAL_STATUS.code, { ...APPLICANT, type: 'organisation', name: COOPERATIVE, idNumber: '0101234567' });
  }, 120_000);

  const rowsOf = (page: Page) => page.locator('main table tbody tr th a').allTextContents();

  it.each([1280, 390])('filters the board through its form, in the address and the list, at %i px', async (width) => {
    const page = await openPage(shared.browser, { width });
    await page.goto(`${shared.site.url}/cong-khai`);
    await expect.poll(() => rowsOf(page)).toEqual(expect.arrayContaining([codes.person, codes.cooperative]));
    // A cooperative is named in full, a person only by family name and initials.
    await expect.poll(() => page.locator('main table').textContent()).toContain(COOPERATIVE);
    expect(await page.locator('main table').textContent()).not.toContain(APPLICANT.name);

    // A phone shows the list first, its filters folded.
    const filters = page.locator('details.filters');
    expect(await filters.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(width >= 640);
    if (width < 640) await filters.locator('summary').click();
    await page.getByLabel('Cơ quan giải quyết').selectOption({ label: 'UBND xã Hòa Bình' });
    const procedure = page.getByLabel('Thủ tục', { exact: true });
    await expect.poll(() => procedure.locator('option').allTextContents()).toContain(MARITAL_STATUS.name);
    await procedure.selectOption(MARITAL_STATUS.code);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await page.getByLabel('Từ ngày').fill(today);
    await page.getByLabel('Đến ngày').fill(today);
    await page.getByRole('button', { name: 'Xem danh sách' }).click();

    await expect.poll(() => new URL(page.url()).searchParams.get('procedure')).toBe(MARITAL_STATUS.code);
    const address = new URL(page.url()).searchParams;
    expect(Object.fromEntries(address)).toEqual({ agencyId: shared.site.province.agencyIds.commune, procedure: MARITAL_STATUS.code, from: today, to: today });
    await expect.poll(() => rowsOf(page)).toEqual([codes.cooperative]);
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `portal-results-board-filtered-${width}`);

    // The shared address opens the same filtered board, its form filled in.
    const sharedLink = await openPage(shared.browser, { width });
    await sharedLink.goto(page.url());
    await expect.poll(() => rowsOf(sharedLink)).toEqual([codes.cooperative]);
    expect(await sharedLink.getByLabel('Thủ tục', { exact: true }).inputValue()).toBe(MARITAL_STATUS.code);
    await sharedLink.context().close();

    // A period that ends before it starts is said next to the field, and the address stays as it was.
    await page.getByLabel('Từ ngày').fill('2026-12-02');
    await page.getByLabel('Đến ngày').fill('2026-12-01');
    await page.getByRole('button', { name: 'Xem danh sách' }).click();
    await expect.poll(() => page.locator('.field-error').textContent()).toBe('Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.');
    expect(new URL(page.url()).searchParams.get('from')).toBe(today);

    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => rowsOf(page)).toEqual(expect.arrayContaining([codes.person, codes.cooperative]));
    await page.context().close();
  });

  it.each([1280, 390])('says that a nonsense search found nothing, with suggestions, at %i px', async (width) => {
    const page = await openPage(shared.browser, { width });
    await page.goto(`${shared.site.url}/thu-tuc?q=${encodeURIComponent('xyzabc khong co')}`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Không tìm thấy' }).textContent()).toBe('Không tìm thấy thủ tục phù hợp.');
    const suggestions = page.locator('.no-result');
    await expect.poll(() => suggestions.getByRole('heading').allTextContents()).toEqual(['Bạn có thể thử', 'Thủ tục được nộp nhiều', 'Xem thủ tục theo lĩnh vực']);
    expect(await suggestions.textContent()).toContain('Kiểm tra chính tả');
    expect(await suggestions.getByRole('link').allTextContents()).toEqual(expect.arrayContaining([BIRTH_REGISTRATION.name, 'Hộ tịch']));
    expect(await page.locator('.result-list').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `portal-procedure-search-nothing-${width}`);
    await page.context().close();
  });

  it('clears the answers to the last search while the next one loads, keeping their space', async () => {
    const page = await openPage(shared.browser, { width: 390 });
    await page.goto(`${shared.site.url}/thu-tuc?q=${encodeURIComponent('khai sinh')}`);
    await page.locator('.result-list li').first().waitFor();
    // The next answer is held back until the page has been looked at.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/public/procedures?q=hon*', async (route) => {
      await held;
      await route.continue();
    });
    const spaceBefore = await page.locator('.search-results').boundingBox();
    await page.getByLabel('Tên hoặc mã thủ tục').fill('hon nhan');
    await expect.poll(() => page.locator('.search-results').textContent()).toBe('Đang tải…');
    expect(await page.locator('.result-list').count()).toBe(0);
    expect((await page.locator('.search-results').boundingBox())!.height).toBeGreaterThanOrEqual(Math.min(spaceBefore!.height, 0.6 * 844) - 1);
    release();
    await expect.poll(() => page.locator('.result-list').textContent()).toContain(MARITAL_STATUS.name);
    await page.context().close();
  });
});
