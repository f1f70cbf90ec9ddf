import { type FormDefinition, formField } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { SIMULATOR_PATH, loadConfig } from '../../server/src/config.js';
import { publishVersion } from '../../server/src/modules/procedures/repo.js';
import { act } from '../../server/test/support/dossiers.js';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { signInStaff } from '../../server/test/support/results.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { samplePdf } from './support/documents.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const PHONE = { width: 360, height: 740 };
const CITIZEN = { fullName: 'Đặng Thị Thu Hà', email: 'thuha.dang@example.vn', idNumber: '038192006677', password: 'mat-khau-cua-thu-ha' };

const FORM: FormDefinition = {
  title: 'TỜ KHAI CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH',
  fields: [
    formField.text('declarantName', 'Họ, chữ đệm, tên người yêu cầu', "Declarant's full name", { maxLength: 100, prefill: 'fullName' }),
    formField.identityNumber('declarantIdNumber', 'Số định danh cá nhân của người yêu cầu', "Declarant's personal identification number", { prefill: 'idNumber' }),
    formField.text('purpose', 'Mục đích sử dụng bản sao', 'What the copy is for', { maxLength: 300 }),
    formField.wholeNumber('copies', 'Số bản sao đề nghị cấp', 'Copies requested', 1, 10, { unit: { vi: 'bản', en: 'copies' } }),
  ],
};
/** A procedure fully online: its declaration an e-form, its fixed fee paid with the submission. */
const PROCEDURE = {
  ...BIRTH_REGISTRATION,
  code: '2.000636',
  name: 'Cấp bản sao trích lục hộ tịch (toàn trình)',
  resultDocument: 'Bản sao trích lục hộ tịch',
  fees: [{ name: 'Lệ phí cấp bản sao trích lục', amountVnd: 8_000 }],
  components: [BIRTH_REGISTRATION.components[0]!],
  form: FORM,
};

/**
 * Fully online, as a citizen on a phone (360 px) lives it: they register, find the declaration
 * already knowing them, pay the fixed fee through the payment gateway (the simulator) right after
 * submitting, and, once the commune has decided, read where and when to collect the result and
 * what to bring. Every page axe clean.
 */
describe('a fully online procedure, in Chromium at 360 px', () => {
  // The simulator's page and the way back are addressed on the site itself, whatever its port.
  const demo = loadConfig({});
  const shared = siteAndBrowser({ publicUrl: '', payments: { ...demo.payments, gateway: { ...demo.payments.gateway!, payUrl: `${SIMULATOR_PATH}/pay` } } });

  it('registers, declares once, pays online and learns where to collect the result', async () => {
    const { site, browser } = shared;
    await publishVersion(site.db, PROCEDURE, site.province.agencyIds.commune, null);
    const page = await openPage(browser, PHONE);

    await page.goto(`${site.url}/dang-ky`);
    await page.getByLabel(/^Họ và tên/).fill(CITIZEN.fullName);
    await page.getByLabel(/^Thư điện tử/).fill(CITIZEN.email);
    await page.getByLabel(/^Số căn cước/).fill(CITIZEN.idNumber);
    await page.getByLabel(/^Mật khẩu/).fill(CITIZEN.password);
    await page.getByLabel(/^Nhập lại mật khẩu/).fill(CITIZEN.password);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.getByRole('link', { name: 'Để sau, tiếp tục' }).click();

    // The declaration knows the citizen from the account: they give only what it cannot know.
    await page.goto(`${site.url}/nop-ho-so/${PROCEDURE.code}`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Nộp hồ sơ trực tuyến');
    const main = page.getByRole('main');
    await expect.poll(() => main.getByLabel(/^Họ, chữ đệm, tên người yêu cầu/).inputValue()).toBe(CITIZEN.fullName);
    expect(await main.getByLabel(/^Số định danh cá nhân của người yêu cầu/).inputValue()).toBe(CITIZEN.idNumber);
    await main.getByLabel(/^Mục đích sử dụng bản sao/).fill('Bổ sung hồ sơ nhập học cho con');
    await main.getByLabel(/^Số bản sao đề nghị cấp/).fill('2');
    await page.getByLabel(/^Địa chỉ liên hệ/).fill('Thôn Đông, xã Hòa Bình');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'fully-online-01-declaration-360');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel(/^Tờ khai đăng ký khai sinh/).setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: samplePdf('To khai') });
    await page.getByRole('list', { name: /Tờ khai đăng ký khai sinh/ }).getByText('to-khai.pdf').waitFor();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    // The last step: how the result is received (the counter, first), then the commitment.
    const delivery = page.getByRole('group', { name: 'Hình thức nhận kết quả' });
    await delivery.getByLabel(/^Nhận trực tiếp tại Bộ phận Một cửa/).check();
    await page.getByLabel(/^Tôi cam đoan/).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Đã nộp hồ sơ thành công');
    const code = ((await page.locator('.citizen-code-big').textContent()) ?? '').trim();

    // The fixed fee is due with the submission: paid through the gateway, confirmed by its IPN.
    await page.goto(`${site.url}/ho-so-cua-toi/${code}`);
    const fees = page.getByRole('region', { name: 'Phí, lệ phí' });
    await fees.waitFor();
    expect(await fees.innerText()).toMatch(/8\.000/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await fees.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();
    await page.getByRole('heading', { name: 'Cổng thanh toán mô phỏng (demo)' }).waitFor();
    await page.getByRole('button', { name: 'Xác nhận thanh toán' }).click();
    await page.getByText('Thanh toán thành công.', { exact: false }).waitFor();
    await fees.getByText(/Đã nộp 8\.000/).waitFor();
    await screenshot(page, 'fully-online-02-paid-360');

    // The commune receives, processes and signs it.
    const staff = await signInStaff(site.app);
    let version = await act(staff.reception, code, 'receive', (await site.db.query<{ version: number }>('SELECT version FROM dossiers WHERE code = $1', [code])).rows[0]!.version);
    version = await act(staff.specialist, code, 'hand_over', version);
    version = await act(staff.head, code, 'hand_over', version);
    await act(staff.leader, code, 'approve', version);

    // Where, when and with what to collect it.
    await page.reload();
    const collect = page.getByRole('region', { name: 'Nhận kết quả' });
    await collect.getByText('Kết quả đã sẵn sàng. Mời Ông/Bà đến nhận:').waitFor();
    const text = await collect.innerText();
    expect(text).toMatch(/Nơi nhận[\s\S]*Thời gian[\s\S]*Mang theo/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'fully-online-03-collect-360');
    await page.context().close();
  });
});
