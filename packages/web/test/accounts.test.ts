import { createHmac } from 'node:crypto';
import { base32Decode, totp } from '@motcua/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../server/test/support/http.js';
import { type Mailbox, startMailbox } from '../../server/test/support/mailbox.js';
import { AGENCIES, PASSWORD } from '../../server/test/support/province.js';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { type Site, startSite } from './support/site.js';

const CITIZEN = { fullName: 'Đặng Thị Hoa', email: 'hoa.dang@example.vn', password: 'mat-khau-cu-cua-hoa' };
const NEW_PASSWORD = 'hoa-mai-nở-sớm';
const hmacSha1 = (key: Uint8Array, message: Uint8Array) => new Uint8Array(createHmac('sha1', key).update(message).digest());

describe('accounts that recover in Chromium', () => {
  let mailbox: Mailbox;
  let site: Site;
  let browser: Browser;

  beforeAll(async () => {
    mailbox = await startMailbox();
    site = await startSite({ mail: { smtpUrl: mailbox.url, from: 'Dịch vụ công <dichvucong@example.vn>' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await mailbox?.close();
  });

  /** The outbox worker runs each second in the site: waits for a mail carrying a code, past the `after` first ones received. */
  async function codeMailedTo(address: string, after = 0): Promise<string> {
    for (const started = Date.now(); Date.now() - started < 15_000; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const mail = mailbox.received.slice(after).findLast((received) => JSON.stringify(received.to).includes(address));
      const code = /ông\/bà là: (\d{6})/.exec(mail?.text ?? '')?.[1];
      if (code) return code;
    }
    throw new Error(`no code mailed to ${address}`);
  }

  async function expectAccessible(page: Page, name: string) {
    await screenshot(page, name);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it.each([1280, 360])('at %i px a citizen registers, confirms the e-mail with the code sent, and later resets a forgotten password with a code sent there', async (width) => {
    const email = `w${width}.${CITIZEN.email}`;
    const registering = await openPage(browser, { width });
    await registering.goto(`${site.url}/dang-ky`);
    await registering.getByLabel(/^Họ và tên/).fill(CITIZEN.fullName);
    await registering.getByLabel(/^Thư điện tử/).fill(email);
    await registering.getByLabel(/^Mật khẩu/).fill(CITIZEN.password);
    await registering.getByLabel(/^Nhập lại mật khẩu/).fill(CITIZEN.password);
    await registering.getByRole('button', { name: 'Đăng ký', exact: true }).click();

    // Asked for the code at once; the account works meanwhile ("later" leads on).
    await registering.getByRole('heading', { name: 'Xác nhận thư điện tử, số điện thoại' }).waitFor();
    await registering.getByText('Chưa xác nhận', { exact: true }).waitFor();
    await registering.getByRole('link', { name: 'Để sau, tiếp tục' }).waitFor();
    await expectAccessible(registering, `verify-contact-${width}`);
    const first = await codeMailedTo(email);
    const codeField = registering.getByLabel(new RegExp(`^Mã xác nhận gửi đến ${email.replace(/\./g, '\\.')}`));
    await codeField.fill(first === '000000' ? '111111' : '000000');
    await registering.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await registering.getByText('Mã xác nhận không đúng, đã dùng hoặc đã hết hạn.', { exact: false }).first().waitFor();
    await expectAccessible(registering, `verify-contact-wrong-code-${width}`);

    // Later: their pages remind them, and lead to the account page.
    await registering.getByRole('link', { name: 'Để sau, tiếp tục' }).click();
    await registering.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await registering.getByText('Thư điện tử hoặc số điện thoại của tài khoản chưa được xác nhận', { exact: false }).waitFor();
    await expectAccessible(registering, `my-dossiers-contact-unconfirmed-${width}`);
    await registering.getByRole('link', { name: 'Xác nhận ngay' }).click();
    await registering.getByRole('heading', { name: 'Tài khoản của tôi' }).waitFor();

    const mailsBefore = mailbox.received.length;
    await registering.getByRole('button', { name: 'Gửi lại mã' }).click();
    await registering.getByText(`Đã gửi mã mới đến ${email}.`, { exact: false }).waitFor();
    const second = await codeMailedTo(email, mailsBefore);
    await codeField.fill(second);
    await registering.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await registering.getByText(`Đã xác nhận ${email}.`, { exact: true }).waitFor();
    await registering.getByText('Đã xác nhận', { exact: true }).waitFor();
    expect(await registering.getByText('Chưa xác nhận', { exact: true }).count()).toBe(0);
    await expectAccessible(registering, `account-${width}`);

    // Where they live, set or changed here: their commune-level dossiers go there by default.
    const commune = registering.getByLabel(/^Xã, phường, đặc khu nơi cư trú/);
    await commune.selectOption({ label: AGENCIES.commune.name });
    await registering.getByRole('button', { name: 'Lưu nơi cư trú' }).click();
    await registering.getByText('Đã lưu nơi cư trú.').waitFor();
    await registering.reload();
    await expect.poll(() => commune.inputValue()).toBe(site.province.agencyIds.commune);
    await registering.goto(`${site.url}/ho-so-cua-toi`);
    await registering.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    expect(await registering.getByText('Thư điện tử hoặc số điện thoại của tài khoản chưa được xác nhận', { exact: false }).count()).toBe(0);
    await registering.context().close();

    const page = await openPage(browser, { width });
    await page.goto(`${site.url}/dang-nhap`);
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.getByRole('heading', { name: 'Quên mật khẩu' }).waitFor();
    await expectAccessible(page, `forgot-password-${width}`);
    await page.getByLabel(/^Thư điện tử hoặc số điện thoại/).fill(email);
    const mailsBeforeReset = mailbox.received.length;
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    await page.getByText(`Nếu ${email} là thư điện tử đã xác nhận của một tài khoản, mã xác nhận vừa được gửi đến đó.`, { exact: false }).waitFor();

    const code = await codeMailedTo(email, mailsBeforeReset);
    await page.getByLabel(/^Mã xác nhận/).fill(code);
    await page.getByLabel(/^Mật khẩu mới/).fill(NEW_PASSWORD);
    await page.getByLabel(/^Nhập lại mật khẩu mới/).fill(NEW_PASSWORD);
    await expectAccessible(page, `reset-password-${width}`);
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await page.getByText('Đã đặt mật khẩu mới.', { exact: false }).waitFor();

    await page.getByRole('main').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByLabel(/^Thư điện tử hoặc số điện thoại/).fill(email);
    await page.getByLabel(/^Mật khẩu/).fill(NEW_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('button', { name: 'Đăng xuất', includeHidden: true }).waitFor({ state: 'attached' });
    await page.context().close();
  });

  it('an officer turns on two-factor sign-in from a QR code, then signs in with a code from the app', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}/can-bo`);
    await page.getByLabel(/^Tên đăng nhập/).fill('head');
    await page.getByLabel(/^Mật khẩu/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('link', { name: 'Tài khoản', includeHidden: true }).waitFor({ state: 'attached' });
    await page.goto(`${site.url}/can-bo/tai-khoan`);
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }).waitFor();
    await expectAccessible(page, 'two-factor-set-up');
    // The app reads the key the QR code carries; the page shows the same key as text.
    const secret = base32Decode((await page.locator('.two-factor-secret').textContent())!)!;
    const app = () => totp(hmacSha1, secret, new Date());
    await page.getByLabel(/^Bước 2/).fill(app());
    await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
    await page.getByRole('heading', { name: 'Mã khôi phục' }).waitFor();
    expect(await page.locator('.recovery-codes li').count()).toBe(10);
    await expectAccessible(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: 'Tôi đã lưu các mã, tiếp tục' }).click();
    await page.getByText('Đang bật: mỗi lần đăng nhập cần mã từ ứng dụng xác thực.').waitFor();
    await page.context().close();

    // A code is good once: the sign-in takes the app's next one (a step of clock drift is allowed).
    const nextCode = () => totp(hmacSha1, secret, new Date(Date.now() + 30_000));
    const again = await openPage(browser, { width: 360 });
    await again.goto(`${site.url}/can-bo`);
    await again.getByLabel(/^Tên đăng nhập/).fill('head');
    await again.getByLabel(/^Mật khẩu/).fill(PASSWORD);
    await again.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await again.getByText('Tài khoản này dùng xác thực hai lớp: nhập mã từ ứng dụng xác thực.').waitFor();
    await expectAccessible(again, 'two-factor-sign-in');
    await again.getByLabel(/^Mã xác thực/).fill(nextCode());
    await again.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await again.getByRole('button', { name: 'Đăng xuất', includeHidden: true }).waitFor({ state: 'attached' });
    await again.context().close();
  });

  it('a new officer is taken to the change of the initial password before any other page', async () => {
    const admin = await signIn(site.app, 'admin');
    const created = await admin.request('POST', '/api/v1/officers', {
      username: 'can.bo.moi',
      fullName: 'Cán Bộ Mới',
      password: 'mat-khau-ban-dau',
      grants: [{ role: 'receiving_officer', agencyId: site.province.agencyIds.commune }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const page = await openPage(browser, { width: 360 });
    await page.goto(`${site.url}/can-bo/tiep-nhan`);
    await page.getByLabel(/^Tên đăng nhập/).fill('can.bo.moi');
    await page.getByLabel(/^Mật khẩu/).fill('mat-khau-ban-dau');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('heading', { name: 'Đổi mật khẩu trước khi làm việc' }).waitFor();
    await expectAccessible(page, 'forced-password-change');
    await page.getByLabel(/^Mật khẩu hiện tại/).fill('mat-khau-ban-dau');
    await page.getByLabel(/^Mật khẩu mới/).fill('mat-khau-cua-toi');
    await page.getByLabel(/^Nhập lại mật khẩu mới/).fill('mat-khau-cua-toi');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    // The page asked for opens.
    await page.getByRole('heading', { name: /Tiếp nhận hồ sơ/ }).waitFor();
    await page.context().close();
  });

  it('an administrator resets an officer’s lost authenticator and gives them a temporary password', async () => {
    const leader = await signIn(site.app, 'leader');
    const { secret } = (await leader.request('POST', '/api/v1/auth/two-factor/set-up')).json() as { secret: string };
    const confirmed = await leader.request('POST', '/api/v1/auth/two-factor/confirm', { code: totp(hmacSha1, base32Decode(secret)!, new Date()) });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const page = await openPage(browser, { width: 360 });
    await page.goto(`${site.url}/quan-tri/can-bo`);
    await page.getByLabel(/^Tên đăng nhập/).fill('admin');
    await page.getByLabel(/^Mật khẩu/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Tìm cán bộ' }).fill('chu tich');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const row = page.locator('table tbody tr').filter({ hasText: 'Hoàng Văn Chủ Tịch' });
    await row.getByText('Xác thực hai lớp', { exact: true }).waitFor();

    await row.getByRole('button', { name: 'Đặt lại xác thực hai lớp' }).click();
    await row.getByRole('button', { name: 'Xác nhận: Đặt lại xác thực hai lớp' }).click();
    await page.getByText('Đã đặt lại xác thực hai lớp của Hoàng Văn Chủ Tịch.').waitFor();
    await expect.poll(() => row.getByText('Xác thực hai lớp', { exact: true }).count()).toBe(0);
    expect((await leader.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);

    await row.getByRole('button', { name: /^Đặt lại mật khẩu/ }).click();
    await row.getByLabel(/^Mật khẩu tạm thời/).fill('ngắn');
    await row.getByRole('button', { name: 'Đặt lại mật khẩu', exact: true }).click();
    await row.getByText('Mật khẩu cần ít nhất 10 ký tự.').waitFor();
    await expectAccessible(page, 'admin-officer-reset-password');
    await row.getByLabel(/^Mật khẩu tạm thời/).fill('tam-thoi-2026');
    await row.getByRole('button', { name: 'Đặt lại mật khẩu', exact: true }).click();
    await page.getByText('Đã đặt lại mật khẩu của Hoàng Văn Chủ Tịch.', { exact: false }).waitFor();
    await row.getByText('Chờ đổi mật khẩu', { exact: true }).waitFor();
    const login = await site.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'leader', password: 'tam-thoi-2026' } });
    expect(login.json().officer).toMatchObject({ accountSetUp: 'password_change', twoFactorEnabled: false });
    await page.context().close();
  });
});
