import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AGENCIES, BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { openPage, screenshot } from './support/browser.js';
import { samplePdf, samplePng } from './support/documents.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const CITIZEN = {
  fullName: 'Nguyễn Thị Mai',
  email: 'mai.nguyen@example.vn',
  phone: '0912345678',
  idNumber: '038195004321',
  password: 'mat-khau-cua-mai',
};

/** The declaration form as the citizen scanned it, and a phone photo of the birth certificate. */
const DECLARATION = samplePdf('To khai dang ky khai sinh');
const BIRTH_CERTIFICATE = samplePng();

/** A time and date as the pages print them, e.g. 09:00 30/11/2026. */
const DATE_TIME = /\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/;

/**
 * The life of one online dossier, every step through the pages as its users click and type them:
 * a citizen finds the procedure typing without diacritics, registers, submits with attachments and
 * tracks it; the commune's receiving officer receives it; a specialist, the unit head and the
 * leader process it; the receiving officer returns the result; the citizen sees it finished; an
 * officer of another commune cannot open it.
 */
describe('an online dossier from submission to result, in Chromium', () => {
  const shared = siteAndBrowser();
  let code = '';

  const signInAs = (username: string) => signInOfficer(shared.browser, shared.site, username);

  /** Opens the dossier from the given queue, as an officer coming to work would. */
  async function openFromQueue(page: Page, queue: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name: new RegExp(`^${queue}`) }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(queue);
    await page.getByRole('link', { name: code }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toContain(`Hồ sơ ${code}`);
  }

  /** Opens an action's form on the dossier page, confirms it and waits for the new state. */
  async function act(page: Page, button: string, state: string, fill?: (page: Page) => Promise<void>): Promise<void> {
    await page.getByRole('button', { name: button, exact: true }).click();
    const form = page.locator('#action-form');
    await fill?.(page);
    await form.getByRole('button', { name: `Xác nhận: ${button}` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã thực hiện' }).textContent()).toBe(`Đã thực hiện “${button}”. Hồ sơ hiện ở trạng thái: ${state}.`);
  }

  it('lets a citizen find the procedure typing without diacritics, register and submit online with attachments', async () => {
    const page = await openPage(shared.browser);
    await page.goto(shared.site.url);
    await page.getByLabel(/^Tìm thủ tục hành chính/).fill('dang ky khai sinh');
    await page.getByLabel(/^Tìm thủ tục hành chính/).press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Tìm thấy' }).textContent()).toBe('Tìm thấy 1 thủ tục.');
    await screenshot(page, 'journey-01-search-without-diacritics');
    await page.getByRole('link', { name: BIRTH_REGISTRATION.name, exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(BIRTH_REGISTRATION.name);

    // Submitting needs an account: the sign-in page offers to create one and comes back after.
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).first().click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Đăng nhập');
    await page.getByRole('main').getByRole('link', { name: 'Đăng ký tài khoản' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Đăng ký tài khoản');
    await page.getByLabel(/^Họ và tên/).fill(CITIZEN.fullName);
    await page.getByLabel(/^Thư điện tử/).fill(CITIZEN.email);
    await page.getByLabel(/^Số điện thoại/).fill(CITIZEN.phone);
    await page.getByLabel(/^Số căn cước/).fill(CITIZEN.idNumber);
    await page.getByLabel(/^Mật khẩu/).fill(CITIZEN.password);
    await page.getByLabel(/^Nhập lại mật khẩu/).fill(CITIZEN.password);
    await screenshot(page, 'journey-02-register');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    // Asked for the codes sent to the e-mail and phone: later.
    await page.getByRole('link', { name: 'Để sau, tiếp tục' }).click();

    // Step 1: the form knows the citizen from the account.
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Nộp hồ sơ trực tuyến');
    expect(new URL(page.url()).pathname).toBe(`/nop-ho-so/${BIRTH_REGISTRATION.code}`);
    expect(await page.getByLabel(/^Họ và tên/).inputValue()).toBe(CITIZEN.fullName);
    expect(await page.getByLabel(/^Số định danh cá nhân/).inputValue()).toBe(CITIZEN.idNumber);
    await page.getByLabel(/^Địa chỉ liên hệ/).fill('Thôn Đông, xã Hòa Bình');
    await page.getByLabel(/^Nội dung yêu cầu giải quyết/).fill('Đăng ký khai sinh cho con gái Nguyễn Thị An');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    // Step 2: one real PDF and one real PNG, uploaded as soon as they are chosen.
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Thành phần hồ sơ');
    await page.getByLabel(/^Tờ khai đăng ký khai sinh/).setInputFiles({ name: 'to-khai-khai-sinh.pdf', mimeType: 'application/pdf', buffer: DECLARATION });
    await page.getByRole('list', { name: /Tờ khai đăng ký khai sinh/ }).getByText('to-khai-khai-sinh.pdf').waitFor();
    await page.getByLabel(/^Giấy chứng sinh/).setInputFiles({ name: 'giay-chung-sinh.png', mimeType: 'image/png', buffer: BIRTH_CERTIFICATE });
    await page.getByRole('list', { name: /Giấy chứng sinh/ }).getByText('giay-chung-sinh.png').waitFor();
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã lưu nháp' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('draft')).toMatch(/.+/);
    await screenshot(page, 'journey-03-components-draft-saved');

    // Step 3: check your answers, declare and submit.
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Kiểm tra lại thông tin');
    const review = page.getByRole('main');
    await expect.poll(() => review.textContent()).toContain('to-khai-khai-sinh.pdf');
    expect(await review.textContent()).toContain('giay-chung-sinh.png');
    expect(await review.textContent()).toContain('Thôn Đông, xã Hòa Bình');
    await page.getByLabel(/^Tôi cam đoan/).check();
    await screenshot(page, 'journey-04-check-your-answers');
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();

    await expect.poll(() => page.locator('main h1').textContent()).toBe('Đã nộp hồ sơ thành công');
    code = (await page.locator('.citizen-code-big').textContent()) ?? '';
    expect(code).toMatch(new RegExp(`^${AGENCIES.commune.code.replaceAll('.', '\\.')}-\\d{6}-\\d{4}$`));
    await screenshot(page, 'journey-05-confirmation');

    // Tracking by code, as anyone holding the receipt would.
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: /Tra cứu/ }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Tra cứu hồ sơ');
    await page.getByLabel(/^Mã hồ sơ/).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Mới nộp, chờ tiếp nhận');
    expect(await page.getByRole('main').textContent()).toContain('Nguyễn T. M.');
    expect(new URL(page.url()).pathname).toBe(`/tra-cuu/${code}`);
    await screenshot(page, 'journey-06-tracking-submitted');
    await page.context().close();
  });

  it('lets the receiving officer of the commune receive it from the online queue, with its appointment date', async () => {
    const page = await signInAs('reception');
    await openFromQueue(page, 'Chờ tiếp nhận');
    await screenshot(page, 'journey-07-officer-online-dossier');
    await act(page, 'Tiếp nhận', 'Đang xử lý');
    const facts = page.getByRole('main');
    await expect.poll(() => facts.textContent()).toMatch(new RegExp(`Ngày hẹn trả\\s*${DATE_TIME.source}`));
    await screenshot(page, 'journey-08-received');
    await page.context().close();
  });

  it('goes through the specialist, the unit head and the leader to the result, which the counter returns', async () => {
    const specialist = await signInAs('specialist');
    await openFromQueue(specialist, 'Cần xử lý');
    // The citizen's attachments are there for the specialist to read, as they were uploaded.
    const attachments = specialist.getByRole('link', { name: 'Mở trong thẻ mới' });
    await expect.poll(() => attachments.count()).toBe(2);
    const pdf = await specialist.request.get(new URL((await attachments.first().getAttribute('href'))!, shared.site.url).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).equals(DECLARATION)).toBe(true);
    await act(specialist, 'Chuyển xử lý', 'Đang xử lý', (page) => page.getByLabel(/^Ý kiến xử lý/).fill('Hồ sơ hợp lệ, đủ điều kiện đăng ký.'));
    await screenshot(specialist, 'journey-09-specialist-handed-over');
    await specialist.context().close();

    const head = await signInAs('head');
    await openFromQueue(head, 'Cần xử lý');
    await act(head, 'Chuyển xử lý', 'Đang xử lý');
    await head.context().close();

    const leader = await signInAs('leader');
    await openFromQueue(leader, 'Chờ phê duyệt');
    await act(leader, 'Phê duyệt', 'Đã có kết quả, chờ trả');
    await screenshot(leader, 'journey-10-leader-approved');
    await leader.context().close();

    const reception = await signInAs('reception');
    await openFromQueue(reception, 'Chờ trả kết quả');
    await act(reception, 'Trả kết quả', 'Đã trả kết quả', async (page) => {
      // The return starts from the applicant's choice at submission: the counter, which the wizard offers first.
      expect(await page.getByLabel(/^Hình thức trả kết quả/).inputValue()).toBe('in_person');
    });
    const timeline = await reception.getByRole('main').textContent();
    for (const actor of ['Nguyễn Thị Tiếp Nhận', 'Trần Văn Chuyên', 'Phạm Văn Trưởng', 'Hoàng Văn Chủ Tịch']) expect(timeline).toContain(actor);
    await screenshot(reception, 'journey-11-result-returned');
    await reception.context().close();
  });

  it('shows the citizen, signed in again, the dossier finished in "Hồ sơ của tôi"', async () => {
    const page = await signInCitizen(shared.browser, shared.site, CITIZEN.phone, CITIZEN.password);
    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).first().click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Hồ sơ của tôi');
    const row = page.getByRole('region', { name: 'Hồ sơ đã nộp' }).getByRole('row').filter({ hasText: code });
    await expect.poll(() => row.textContent()).toContain('Đã trả kết quả');
    await screenshot(page, 'journey-12-my-dossiers-finished');
    await row.getByRole('link', { name: code }).click();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Đã trả kết quả');
    await screenshot(page, 'journey-13-my-dossier-finished');
    await page.context().close();
  });

  it('keeps the dossier from an officer of another commune: the API answers 403 and the page says so', async () => {
    const page = await signInAs('other.specialist');
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/v1/dossiers/${code}`);
    await page.goto(`${shared.site.url}/can-bo/ho-so/${code}`);
    expect((await answer).status()).toBe(403);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Bạn không có quyền xem hồ sơ này');
    expect(await page.getByRole('main').textContent()).not.toContain(CITIZEN.fullName);
    await screenshot(page, 'journey-14-other-agency-forbidden');
    await page.context().close();
  });
});
