import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT, receiveWalkIn } from '../../server/test/support/dossiers.js';
import { signIn } from '../../server/test/support/http.js';
import { type Mailbox, startMailbox } from '../../server/test/support/mailbox.js';
import { AGENCIES, BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { type Site, startSite } from './support/site.js';

const ASKER = { name: 'Trần Thị Hỏi Đáp', email: 'hoi.dap@example.vn' };
const QUESTION = {
  title: 'Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn',
  body: 'Con tôi sinh tháng 11/2026, cha mẹ chưa đăng ký kết hôn. Khi đăng ký khai sinh cần những giấy tờ gì?',
};
const ANSWER = 'Ông/bà nộp Tờ khai đăng ký khai sinh và Giấy chứng sinh; phần ghi về người cha để trống nếu chưa làm thủ tục nhận cha con.';

/**
 * Questions and feedback as people meet them: a citizen asks on the portal and confirms by the
 * link mailed to them; the commune's unit head gives the question to a specialist, who answers;
 * the leader approves and publishes it, and anyone finds it by words typed without diacritics.
 * Feedback on a dossier, sent by its applicant, reaches the commune's list.
 */
describe('questions and feedback in Chromium', () => {
  let mailbox: Mailbox;
  let site: Site;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    mailbox = await startMailbox();
    [site, browser] = await Promise.all([startSite({ mail: { smtpUrl: mailbox.url, from: 'Dịch vụ công <dichvucong@example.vn>' } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await mailbox?.close();
  });

  /** The outbox worker runs each second in the site: waits for the link to `page` mailed to `address`, and gives its path on this site. */
  async function linkMailedTo(address: string, page: string): Promise<string> {
    const pattern = new RegExp(`https?://[^/\\s]+(${page}/[A-Za-z0-9_-]+)`);
    for (const started = Date.now(); Date.now() - started < 15_000; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const mail = mailbox.received.findLast((received) => JSON.stringify(received.to).includes(address) && pattern.test(received.text ?? ''));
      if (mail) return `${site.url}${pattern.exec(mail.text!)![1]}`;
    }
    throw new Error(`no link to ${page} mailed to ${address}`);
  }

  async function expectAccessible(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  /** Opens the officer's list from the back office's menu, the view chosen, and the item by its number. */
  async function openFromList(page: Page, menu: string, view: string, code: string, screenshotName: string) {
    await page.getByRole('navigation').getByRole('link', { name: menu, exact: true }).click();
    await page.getByLabel('Hiển thị').selectOption({ label: view });
    const link = page.getByRole('link', { name: code, exact: true });
    await link.waitFor();
    await expectAccessible(page, screenshotName);
    await link.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${code}:`) }).waitFor();
  }

  /** Takes the step named on the record's page, filling its form, and waits for its confirmation. */
  async function takeStep(page: Page, step: string, fill: (page: Page) => Promise<void> = async () => undefined) {
    await page.getByRole('button', { name: step, exact: true }).click();
    await fill(page);
    await page.locator('form').getByRole('button', { name: step, exact: true }).click();
    await page.getByText(`Đã thực hiện: ${step}.`).waitFor();
  }

  /** Looks up what was sent by its number and contact on the follow-up page, someone else's contact first. */
  async function followedAs(page: Page, code: string, contact: string, expected: readonly string[]) {
    await page.getByLabel(/^Mã số/).fill(code);
    await page.getByLabel(/^Thư điện tử hoặc số điện thoại/).fill('nguoi.khac@example.vn');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Không tìm thấy');
    await page.getByLabel(/^Thư điện tử hoặc số điện thoại/).fill(contact);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    const progress = page.getByRole('region', { name: `Tình trạng ${code}` });
    await progress.waitFor();
    for (const text of expected) expect(await progress.textContent()).toContain(text);
    await expectAccessible(page, `portal-follow-${code.slice(0, 2)}`);
  }

  it('takes a question asked on the portal to its published answer, found by words without diacritics', async () => {
    const portal = await openPage(browser);
    await portal.goto(`${site.url}/thu-tuc/${BIRTH_REGISTRATION.code}`);
    await portal.getByRole('heading', { name: 'Hỏi đáp về thủ tục này' }).waitFor();
    await portal.getByText('Chưa có câu hỏi nào về thủ tục này được công khai.').waitFor();
    await portal.getByRole('link', { name: 'Đặt câu hỏi về thủ tục này' }).click();

    await portal.getByRole('heading', { level: 1, name: 'Đặt câu hỏi về thủ tục hành chính' }).waitFor();
    await expect.poll(() => portal.getByLabel(/^Thủ tục/).inputValue()).toBe(BIRTH_REGISTRATION.code);
    // What the browser checks first: every missing field in the summary.
    await portal.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    const summary = portal.getByRole('alert').first();
    await expect.poll(() => summary.textContent()).toContain('Vui lòng nhập tiêu đề.');
    expect(await summary.textContent()).toContain('Vui lòng nhập thư điện tử hoặc số điện thoại');
    await expectAccessible(portal, 'portal-ask-question-errors');

    await portal.getByLabel(/^Tiêu đề/).fill(QUESTION.title);
    await portal.getByLabel(/^Nội dung câu hỏi/).fill(QUESTION.body);
    await portal.getByLabel(/^Họ và tên/).fill(ASKER.name);
    await portal.getByLabel(/^Thư điện tử/).fill(ASKER.email);
    await portal.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await portal.getByText('Đã gửi. Vui lòng xác nhận').waitFor();
    await expectAccessible(portal, 'portal-question-sent');

    await portal.goto(await linkMailedTo(ASKER.email, '/hoi-dap/xac-nhan'));
    await portal.getByRole('heading', { level: 1, name: 'Xác nhận câu hỏi' }).waitFor();
    await expectAccessible(portal, 'portal-question-confirm');
    await portal.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await portal.getByText('Đã chuyển đến cơ quan có thẩm quyền').waitFor();
    const receivedText = (await portal.getByRole('status').filter({ hasText: 'Mã số' }).textContent()) ?? '';
    const code = /HD-\d{4}-\d{6}/.exec(receivedText)![0];
    expect(receivedText).toContain(AGENCIES.commune.name);

    // The unit head gives it to a specialist.
    const head = await signInOfficer(browser, site, 'head');
    await openFromList(head, 'Hỏi đáp', 'Chờ giao chuyên viên', code, 'office-questions-to-assign');
    expect(await head.getByRole('region', { name: 'Thông tin' }).textContent()).toContain(ASKER.name);
    await takeStep(head, 'Giao chuyên viên trả lời', async (page) => {
      await page.getByLabel(/^Chuyên viên/).selectOption({ label: 'Trần Văn Chuyên' });
    });
    await expectAccessible(head, 'office-question-assigned');

    // The specialist answers.
    const specialist = await signInOfficer(browser, site, 'specialist');
    await openFromList(specialist, 'Hỏi đáp', 'Được giao cho tôi', code, 'office-questions-mine');
    await takeStep(specialist, 'Trình dự thảo trả lời', async (page) => {
      await page.getByLabel(/^Nội dung trả lời/).fill(ANSWER);
    });

    // The leader approves (the asker is sent the answer) and publishes it.
    const leader = await signInOfficer(browser, site, 'leader');
    await openFromList(leader, 'Hỏi đáp', 'Chờ duyệt', code, 'office-questions-to-approve');
    await takeStep(leader, 'Duyệt và gửi trả lời');
    await takeStep(leader, 'Công khai trên Cổng');
    await leader.getByRole('heading', { name: 'Nội dung công khai' }).waitFor();
    await expectAccessible(leader, 'office-question-published');

    // The asker follows it by its number and their address, written as they like.
    await portal.goto(`${site.url}/hoi-dap`);
    await portal.getByRole('link', { name: 'Theo dõi câu hỏi đã gửi' }).click();
    await followedAs(portal, code, ASKER.email.toUpperCase(), ['Đã công khai', AGENCIES.commune.name, ANSWER]);

    // Anyone finds it, typing without diacritics, and reads it without who asked.
    await portal.goto(`${site.url}/hoi-dap`);
    await portal.getByLabel(/^Tìm theo nội dung/).fill('dang ky khai sinh chua ket hon');
    await portal.getByRole('button', { name: 'Tìm kiếm' }).click();
    await portal.getByText('Có 1 kết quả').waitFor();
    await expectAccessible(portal, 'portal-questions-search');
    await portal.getByRole('link', { name: QUESTION.title }).click();
    await portal.getByRole('heading', { name: 'Trả lời', exact: true }).waitFor();
    const published = (await portal.getByRole('main').textContent()) ?? '';
    expect(published).toContain(ANSWER);
    expect(published).toContain(AGENCIES.commune.name);
    expect(published).not.toContain(ASKER.name);
    expect(published).not.toContain(ASKER.email);
    await expectAccessible(portal, 'portal-question-published');

    // The procedure's page shows it too.
    await portal.goto(`${site.url}/thu-tuc/${BIRTH_REGISTRATION.code}`);
    await portal.getByRole('link', { name: QUESTION.title }).waitFor();
    for (const page of [portal, head, specialist, leader]) await page.context().close();
  });

  it('takes feedback on a dossier from its applicant to the commune’s list', async () => {
    const dossier = await receiveWalkIn(await signIn(site.app, 'reception'));
    const portal = await openPage(browser);
    await portal.goto(`${site.url}/phan-anh-kien-nghi`);
    await portal.getByText('Chưa có nội dung nào được công khai.').waitFor();
    await expectAccessible(portal, 'portal-feedback');
    await portal.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await portal.getByRole('heading', { level: 1, name: 'Gửi phản ánh, kiến nghị' }).waitFor();

    await portal.getByLabel(/^Mã hồ sơ/).fill(dossier.code);
    await portal.getByLabel(/^Tiêu đề/).fill('Hướng dẫn giấy tờ chưa rõ');
    await portal.getByLabel(/^Nội dung/).fill('Tôi phải đi lại hai lần vì hướng dẫn về giấy tờ chưa rõ.');
    await portal.getByLabel(/^Họ và tên/).fill(APPLICANT.name);
    // A contact not the applicant's is refused at the dossier's code.
    await portal.getByLabel(/^Thư điện tử/).fill('nguoi.la@example.vn');
    await portal.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect.poll(() => portal.getByLabel(/^Mã hồ sơ/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(portal, 'portal-feedback-not-matched');

    await portal.getByLabel(/^Thư điện tử/).fill(APPLICANT.email);
    await portal.getByRole('button', { name: 'Gửi', exact: true }).click();
    await portal.getByText('Đã gửi. Vui lòng xác nhận').waitFor();
    await portal.goto(await linkMailedTo(APPLICANT.email, '/phan-anh-kien-nghi/xac-nhan'));
    await portal.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await portal.getByText('Đã chuyển đến cơ quan có thẩm quyền').waitFor();
    await expectAccessible(portal, 'portal-feedback-confirmed');
    const code = /PA-\d{4}-\d{6}/.exec((await portal.getByRole('status').filter({ hasText: 'Mã số' }).textContent()) ?? '')![0];
    await portal.goto(`${site.url}/phan-anh-kien-nghi/theo-doi`);
    await followedAs(portal, code, APPLICANT.email, ['Đã tiếp nhận, chờ phân loại', AGENCIES.commune.name]);

    const leader = await signInOfficer(browser, site, 'leader');
    await openFromList(leader, 'Phản ánh, kiến nghị', 'Chờ phân loại', code, 'office-feedback-to-sort');
    const facts = (await leader.getByRole('region', { name: 'Thông tin' }).textContent()) ?? '';
    expect(facts).toContain(dossier.code);
    expect(facts).toContain(APPLICANT.email);
    await leader.getByRole('button', { name: 'Tiếp nhận, giao xử lý' }).waitFor();
    await expectAccessible(leader, 'office-feedback');
    for (const page of [portal, leader]) await page.context().close();
  });
});
