import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, receiveWalkIn, submitAnonymously } from '../../server/test/support/dossiers.js';
import { signIn } from '../../server/test/support/http.js';
import { PASSWORD } from '../../server/test/support/province.js';
import { launchBrowser, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { type Site, startSite } from './support/site.js';

/**
 * The dossier page's action panel offers the ways forward first and never a destructive action
 * alone or first; the holiday form says why an override changes nothing; the administrator's
 * officers page finds officers across agencies and disables one. At a desktop's width and a phone's.
 */
describe.each([1280, 390])('the action panel and the officers page at %i px', (width) => {
  let browser: Browser;
  let site: Site;
  let inProgress: string;
  let online: string;
  let atLeader: string;

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), startSite()]);
    const reception = await signIn(site.app, 'reception');
    const specialist = await signIn(site.app, 'specialist');
    const head = await signIn(site.app, 'head');
    inProgress = (await receiveWalkIn(reception)).code;
    online = (await submitAnonymously(site.app)).code;
    const dossier = await receiveWalkIn(reception);
    let version = await act(specialist, dossier.code, 'hand_over', dossier.version);
    version = await act(head, dossier.code, 'hand_over', version);
    atLeader = dossier.code;
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function dossierPage(username: string, code: string): Promise<Page> {
    const page = await signInOfficer(browser, site, username, { width });
    await page.goto(`${site.url}/can-bo/ho-so/${code}`);
    await page.getByRole('heading', { name: 'Thao tác', exact: true }).waitFor();
    return page;
  }
  const buttonsOf = (page: Page) => page.locator('.action-panel > .action-buttons').getByRole('button').allTextContents();

  it('tells the receiving officer where a dossier in progress is, keeping the withdrawal aside and asking before it', async () => {
    const page = await dossierPage('reception', inProgress);
    const panel = page.locator('.action-panel');
    await expect
      .poll(() => panel.locator('p').first().textContent())
      .toBe('Hồ sơ đang được xử lý tại bước “Công chức tư pháp - hộ tịch thẩm định” (UBND xã Hòa Bình); bạn không có thao tác nào ở bước này.');
    expect(await buttonsOf(page)).toEqual([]);
    const withdraw = panel.getByRole('button', { name: 'Rút hồ sơ', exact: true });
    expect(await withdraw.isVisible()).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await panel.getByText('Thao tác khác (kết thúc hồ sơ, không hoàn tác được)').click();
    expect(await withdraw.getAttribute('class')).toContain('button-ending');
    await withdraw.click();
    await page.getByLabel(/^Lý do/).fill('Công dân đề nghị rút hồ sơ để bổ sung giấy tờ.');
    await page.getByRole('button', { name: 'Xác nhận: Rút hồ sơ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rút hồ sơ theo đề nghị của công dân?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Hồ sơ ${inProgress} sẽ kết thúc và không thể hoàn tác.`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `office-withdraw-confirmation-${width}`);
    await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
    expect(await dialog.isVisible()).toBe(false);
    // Nothing was sent: the dossier is still being processed.
    const reception = await signIn(site.app, 'reception');
    expect((await reception.request('GET', `/api/v1/dossiers/${inProgress}`)).json().status.state).toBe('processing');
    await page.context().close();
  });

  it('puts the way forward first and the actions that end the request last, styled as such', async () => {
    const reception = await dossierPage('reception', online);
    await expect.poll(() => buttonsOf(reception)).toEqual(['Tiếp nhận', 'Yêu cầu bổ sung', 'Từ chối tiếp nhận', 'Rút hồ sơ']);
    expect(await reception.locator('.action-buttons .button-ending').allTextContents()).toEqual(['Từ chối tiếp nhận', 'Rút hồ sơ']);
    await reception.context().close();

    const leader = await dossierPage('leader', atLeader);
    await expect.poll(async () => (await buttonsOf(leader))[0]).toBe('Phê duyệt');
    const names = await buttonsOf(leader);
    expect(names.slice(-2).sort()).toEqual(['Dừng xử lý', 'Từ chối giải quyết']);
    expect((await leader.locator('.action-buttons .button-ending').allTextContents()).sort()).toEqual(['Dừng xử lý', 'Từ chối giải quyết']);
    expect(await seriousAccessibilityViolations(leader)).toEqual([]);
    await screenshot(leader, `office-action-order-${width}`);
    await leader.context().close();
  });

  it('says at the date why an extra day off on a Sunday changes nothing, before anything is saved', async () => {
    const page = await signInOfficer(browser, site, 'admin', { width });
    await page.goto(`${site.url}/quan-tri/ngay-nghi`);
    const form = page.getByRole('form', { name: 'Thêm điều chỉnh' });
    await form.waitFor();
    await form.getByLabel(/^Ngày/).fill('2026-12-06');
    await form.getByLabel(/^Tên gọi/).fill('Nghỉ thêm');
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    const message = 'Ngày 06/12/2026 là Chủ nhật, ngày nghỉ hằng tuần: không cần thêm ngày nghỉ.';
    await expect.poll(() => form.locator('.field-error').allTextContents()).toEqual([message]);
    expect(await form.getByLabel(/^Ngày/).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const admin = await signIn(site.app, 'admin');
    expect((await admin.request('GET', '/api/v1/calendar/overrides?year=2026')).json()).toEqual([]);
    await page.context().close();
  });

  it('finds officers across agencies without diacritics, disables one and enables them again', async () => {
    const page = await signInOfficer(browser, site, 'admin', { width });
    await page.goto(`${site.url}/quan-tri/can-bo`);
    await page.getByRole('heading', { name: 'Cán bộ và phân quyền', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm cán bộ' }).fill('khac');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.locator('th').allTextContents()).toEqual(['Dương Văn Khác', 'Lý Văn Khác', 'Ngô Thị Khác']);
    expect(await page.getByText('3 cán bộ', { exact: true }).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('khac');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const row = rows.filter({ hasText: 'Dương Văn Khác' });
    await row.getByRole('button', { name: 'Khoá tài khoản' }).click();
    expect(await row.textContent()).toContain('Khoá tài khoản của Dương Văn Khác?');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `admin-officer-disable-${width}`);
    await row.getByRole('button', { name: 'Xác nhận: Khoá tài khoản' }).click();
    await expect.poll(() => page.getByRole('status').or(page.locator('.alert-success')).first().textContent()).toContain('Đã khoá tài khoản của Dương Văn Khác.');
    await expect.poll(() => row.locator('.badge').textContent()).toBe('Đã khoá');
    const refused = await site.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'other.specialist', password: PASSWORD } });
    expect(refused.statusCode).toBe(401);

    // Roles have no order: their rows offer no moving up or down.
    await row.getByRole('button', { name: /^Sửa vai trò/ }).click();
    await page.getByRole('heading', { name: 'Sửa vai trò của Dương Văn Khác' }).waitFor();
    expect(await page.getByRole('button', { name: /^Chuyển (lên|xuống)/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Huỷ', exact: true }).click();

    await row.getByRole('button', { name: /^Mở khoá tài khoản/ }).click();
    await expect.poll(() => row.locator('.badge').textContent()).toBe('Đang hoạt động');
    expect((await site.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'other.specialist', password: PASSWORD } })).statusCode).toBe(200);
    await page.context().close();
  });
});
