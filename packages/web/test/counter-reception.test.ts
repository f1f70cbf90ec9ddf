import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishVersion } from '../../server/src/modules/procedures/repo.js';
import { receiveWalkIn } from '../../server/test/support/dossiers.js';
import { signIn } from '../../server/test/support/http.js';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** A procedure open to people and to businesses, so that the counter's form asks which. */
const HOUSEHOLD_BUSINESS = { ...BIRTH_REGISTRATION, code: '2.000720', name: 'Đăng ký thành lập hộ kinh doanh', applicantTypes: ['citizen', 'organisation'] as Array<'citizen' | 'organisation'> };

const CCCD_11_DIGITS = 'Số định danh cá nhân (CCCD) gồm đúng 12 chữ số (CMND cũ: 9 chữ số); số vừa nhập có 11 chữ số.';

/** The form's own messages: the summary at its top and those next to the controls. */
const summary = (page: Page) => page.locator('main .error-summary');
const fieldMessageOf = async (page: Page, label: RegExp) => {
  const describedBy = (await page.getByLabel(label).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
};
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.className ?? '');

describe.each([1280, 390])('the counter reception form at %i px, in Chromium', (width) => {
  const shared = siteAndBrowser();
  beforeAll(async () => {
    await shared.site.db.transaction((tx) => publishVersion(tx, HOUSEHOLD_BUSINESS, shared.site.province.agencyIds.commune, null));
  });

  async function openForm(procedure: { code: string; name: string }): Promise<Page> {
    const page = await signInOfficer(shared.browser, shared.site, 'reception', { width });
    await page.goto(`${shared.site.url}/can-bo/tiep-nhan`);
    await page.getByLabel(/^Tìm thủ tục/).fill(procedure.code);
    await page.getByRole('button', { name: new RegExp(procedure.name) }).click();
    await page.getByRole('form', { name: 'Tiếp nhận hồ sơ tại quầy' }).waitFor();
    return page;
  }

  it('shows the error summary linked to the fields instead of the browser’s bubbles, and Ctrl+Enter receives once all is right', async () => {
    const page = await openForm(BIRTH_REGISTRATION);
    const form = page.getByRole('form', { name: 'Tiếp nhận hồ sơ tại quầy' });
    expect(await form.getAttribute('novalidate')).not.toBeNull();
    const receive = page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true });
    expect(await receive.getAttribute('aria-keyshortcuts')).toBe('Control+Enter');
    expect(await receive.textContent()).toContain('Ctrl+Enter');

    // Submitted empty: every problem in the summary, which takes the focus.
    await receive.click();
    await summary(page).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary(page).getByRole('link').allTextContents()).toEqual([
      'Nhập tên người nộp (ít nhất 2 ký tự).',
      'Nhập số định danh cá nhân (CCCD) hoặc số hộ chiếu.',
      'Chưa đánh dấu đã nhận giấy tờ bắt buộc: Tờ khai đăng ký khai sinh.',
      'Chưa đánh dấu đã nhận giấy tờ bắt buộc: Giấy chứng sinh.',
    ]);
    expect(await fieldMessageOf(page, /^Họ và tên/)).toContain('Nhập tên người nộp');
    expect(await page.getByLabel(/^Họ và tên/).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `office-reception-errors-${width}`);
    // Each link takes the keyboard to its control.
    await summary(page).getByRole('link', { name: /số định danh/ }).click();
    expect(await focusedName(page)).toBe('applicant.idNumber');
    await summary(page).getByRole('link', { name: /Giấy chứng sinh/ }).click();
    expect(await focusedName(page)).toBe('components.GCS');

    // An 11-digit CCCD is refused for what it is, next to its field; the other messages are gone.
    await page.getByLabel(/^Họ và tên/).fill('Trần Văn Bình');
    await page.getByLabel(/^Số định danh cá nhân/).fill('03809500123');
    await page.getByRole('checkbox', { name: /Tờ khai đăng ký khai sinh/ }).check();
    await page.getByRole('checkbox', { name: /Giấy chứng sinh/ }).check();
    await receive.click();
    await expect.poll(() => summary(page).getByRole('link').allTextContents()).toEqual([CCCD_11_DIGITS]);
    expect(await fieldMessageOf(page, /^Số định danh cá nhân/)).toContain(CCCD_11_DIGITS);
    expect(await page.locator('main .field-error').count()).toBe(1);
    // With the scans' controls open, the form still fits the screen's width.
    expect(await form.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, `office-reception-cccd-${width}`);

    // Corrected, and received with the keyboard from the field being typed in.
    await page.getByLabel(/^Số định danh cá nhân/).fill('038095001239');
    await page.getByLabel(/^Số định danh cá nhân/).press('Control+Enter');
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/can-bo\/ho-so\/.+\/giay-tiep-nhan$/);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Trần Văn Bình');

    // The dossier's code in the heading of its page is set in the body's face with figures of one width.
    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    const code = page.locator('main h1 .dossier-code');
    await code.waitFor();
    const style = await code.evaluate((element) => ({ face: getComputedStyle(element).fontFamily, body: getComputedStyle(document.body).fontFamily, figures: getComputedStyle(element).fontVariantNumeric }));
    expect(style).toEqual({ face: style.body, body: style.body, figures: 'tabular-nums' });
    expect(style.face).not.toMatch(/mono/i);
    await page.context().close();
  });

  it('sets each applicant type’s radio button on the line of its label, and checks an organisation’s tax code', async () => {
    const page = await openForm(HOUSEHOLD_BUSINESS);
    for (const label of ['Công dân', 'Tổ chức, doanh nghiệp']) {
      const radio = await page.getByRole('radio', { name: label }).boundingBox();
      const text = await page.locator('label.choice', { hasText: label }).boundingBox();
      expect(radio && text, label).toBeTruthy();
      // The button's middle is the line's middle, and it sits on the left of its words.
      expect(Math.abs(radio!.y + radio!.height / 2 - (text!.y + text!.height / 2)), label).toBeLessThanOrEqual(2);
      expect(radio!.height, label).toBeLessThan(text!.height + 1);
    }
    await page.getByRole('radio', { name: 'Tổ chức, doanh nghiệp' }).check();
    await page.getByLabel(/^Tên tổ chức, doanh nghiệp/).fill('Hộ kinh doanh Bình An');
    await page.getByLabel(/^Mã số doanh nghiệp/).fill('0101234567001');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await summary(page).waitFor();
    expect(await fieldMessageOf(page, /^Mã số doanh nghiệp/)).toContain('0101234567-001');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `office-reception-organisation-${width}`);
    await page.context().close();
  });

  it('shows on the tracking page only the answer to the latest code, and the national status in words', async () => {
    const reception = await signIn(shared.site.app, 'reception');
    const { code } = await receiveWalkIn(reception);
    const page = await openPage(shared.browser, { width });
    await page.goto(`${shared.site.url}/tra-cuu/${code}`);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Trạng thái trên Cổng Dịch vụ công quốc gia: Đang xử lý (mã 4)');

    // A code no dossier has: "not found".
    const unknown = code.replace(/-\d+$/, '-9999');
    await page.getByLabel(/^Mã hồ sơ/).fill(unknown);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect.poll(() => page.getByRole('main').getByRole('alert').textContent()).toMatch(/Không tìm thấy/);
    expect(await page.getByRole('main').textContent()).not.toContain('Đang xử lý');

    // Then a code in the wrong format: its message alone, the "not found" is gone.
    await page.getByLabel(/^Mã hồ sơ/).fill('abc');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect.poll(() => page.locator('main .field-error').textContent()).toMatch(/chưa đúng định dạng/);
    expect(await page.getByRole('main').getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('main').textContent()).not.toMatch(/Không tìm thấy/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `portal-tracking-latest-error-${width}`);
    await page.context().close();
  });
});
