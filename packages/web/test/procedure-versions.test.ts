import { addDays, formatVietnamDay, vietnamDate, vietnamInstant } from '@motcua/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION, INTER_AGENCY } from '../../server/test/support/province.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const today = () => vietnamDate(new Date());

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** Each width drafts the next version of its own procedure, so that the two never wait on each other's dates. */
const JOURNEYS = [
  { width: 1280, procedure: BIRTH_REGISTRATION, shares: '4,5', excess: '2,5' },
  { width: 390, procedure: INTER_AGENCY, shares: '9', excess: '7' },
] as const;

describe('procedure versions in the editor', () => {
  const shared = siteAndBrowser();

  it.each(JOURNEYS)('at $width px: saves a draft, previews it, publishes it from a later date, and the portal keeps the version in force', async ({ width, procedure, shares, excess }) => {
    const { site, browser } = shared;
    const { code, processingDays } = procedure;
    const page = await signInOfficer(browser, site, 'admin', { width });
    await page.goto(`${site.url}/quan-tri/thu-tuc/${code}`);
    await page.getByRole('heading', { level: 1, name: `Sửa thủ tục ${code}` }).waitFor();
    const form = page.locator('form.admin-procedure-form');
    await form.waitFor();

    // The editor fits on a screen: every section closed to its summary line.
    expect(await form.locator('details.admin-section').count()).toBe(6);
    expect(await form.locator('details.admin-section[open]').count()).toBe(0);
    expect(await form.locator('details.admin-section summary', { hasText: 'Tờ khai điện tử' }).textContent()).toContain('Không có: tờ khai nộp dưới dạng tệp');
    const steps = form.locator('details.admin-section').filter({ has: page.locator('summary', { hasText: 'Quy trình xử lý' }) });
    expect(await steps.locator('summary').textContent()).toContain(`${procedure.process.length} bước, tổng ${shares} / ${processingDays} ngày làm việc`);
    await expectNoSeriousViolations(page);
    await screenshot(page, `admin-procedure-editor-collapsed-${width}`);

    // Shares that cannot fit: the message says by how much, and the section holding them opens.
    await form.locator('summary', { hasText: 'Thông tin chung' }).click();
    const days = form.getByLabel(/^Thời hạn giải quyết \(ngày làm việc\)/);
    await days.fill('2');
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const tooLong = `Tổng thời gian các bước là ${shares} ngày làm việc, vượt thời hạn giải quyết 2 ngày làm việc ${excess} ngày`;
    await expect.poll(() => form.locator('.alert-error').first().textContent()).toContain(tooLong);
    expect(await steps.getAttribute('open')).not.toBeNull();
    expect(await page.textContent('body')).not.toMatch(/-\d+ ngày/);
    await expectNoSeriousViolations(page);

    // A draft, saved and saved again, changes nothing anyone else sees.
    const longer = String(processingDays + 2);
    await days.fill(String(processingDays + 1));
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect.poll(() => form.locator('.admin-submit-bar').textContent()).toContain('Đã lưu bản nháp lúc');
    await days.fill(longer);
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect.poll(() => page.locator('.admin-draft-state').textContent()).toContain('Bản nháp phiên bản 2');
    const portalBefore = (await site.app.inject({ method: 'GET', url: `/api/public/procedures/${code}` })).json();
    expect(portalBefore).toMatchObject({ version: 1, processingDays, upcoming: null });
    await expectNoSeriousViolations(page);
    await screenshot(page, `admin-procedure-draft-saved-${width}`);

    // The preview is the portal's procedure page, made from the draft.
    await page.getByRole('link', { name: 'Xem trước và công bố' }).click();
    const preview = page.getByRole('region', { name: 'Trang thủ tục (xem trước)' });
    await preview.waitFor();
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toContain(procedure.name);
    expect(previewText).toContain(`${longer} ngày làm việc`);
    expect(previewText).toContain('Phiên bản 2 (bản nháp, chưa công bố)');
    expect(await preview.getByRole('link', { name: /Nộp hồ sơ trực tuyến/ }).count()).toBe(0);
    await expectNoSeriousViolations(page);

    // Publishing needs the deciding document; the new version applies from a week later.
    const publish = page.getByRole('form', { name: 'Công bố phiên bản 2' });
    await publish.getByRole('button', { name: 'Công bố' }).click();
    await expect.poll(() => publish.locator('.field-error').first().textContent()).toContain('Vui lòng nhập số hiệu quyết định công bố');
    await expectNoSeriousViolations(page);
    const effectiveOn = addDays(today(), 7);
    await publish.getByLabel(/^Số hiệu quyết định công bố/).fill('Quyết định số 1234/QĐ-UBND');
    await publish.getByLabel(/^Ngày ban hành quyết định/).fill(today());
    await publish.getByLabel(/^Ngày áp dụng/).fill(effectiveOn);
    await screenshot(page, `admin-procedure-preview-${width}`);
    await publish.getByRole('button', { name: 'Công bố' }).click();

    const effectiveDay = formatVietnamDay(vietnamInstant(effectiveOn));
    await page.getByRole('heading', { level: 1, name: `Sửa thủ tục ${code}` }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain(`Đã công bố phiên bản 2 của thủ tục ${code}. Phiên bản này áp dụng từ ${effectiveDay}`);
    const history = page.getByRole('region', { name: 'Lịch sử phiên bản' });
    await expect.poll(() => history.getByRole('row').nth(1).textContent()).toContain('Sắp áp dụng');
    expect(await history.getByRole('row').nth(1).textContent()).toContain(`Quyết định số 1234/QĐ-UBND ngày ${formatVietnamDay(vietnamInstant(today()))}`);
    expect(await history.getByRole('row').nth(2).textContent()).toContain('Đang áp dụng');
    await expectNoSeriousViolations(page);

    // Citizens still see version 1, told of the one to come.
    const portal = await openPage(browser, { width });
    await portal.goto(`${site.url}/thu-tuc/${code}`);
    await portal.getByRole('heading', { level: 1, name: procedure.name }).waitFor();
    const portalText = (await portal.locator('main').textContent()) ?? '';
    expect(portalText).toContain(`${processingDays} ngày làm việc`);
    expect(portalText).not.toContain(`${longer} ngày làm việc`);
    expect(portalText).toMatch(/Phiên bản 1, áp dụng từ/);
    expect(portalText).toContain(`Áp dụng từ ngày ${effectiveDay}: phiên bản 2 của thủ tục, công bố theo Quyết định số 1234/QĐ-UBND`);
    await expectNoSeriousViolations(portal);
    await screenshot(portal, `portal-procedure-upcoming-version-${width}`);
    await portal.context().close();
    await page.context().close();
  });
});
