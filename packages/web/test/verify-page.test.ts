import { beforeAll, describe, expect, it } from 'vitest';
import { type Approval, approve, dossierAwaitingApproval, signInStaff } from '../../server/test/support/results.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/**
 * The page a result's QR code opens: whether the document is genuine, who issued and signed it,
 * and a check of the PDF one holds.
 */
describe('verification page in Chromium', () => {
  const shared = siteAndBrowser();
  let issued: Approval;

  beforeAll(async () => {
    const staff = await signInStaff(shared.site.app);
    issued = await approve(staff, await dossierAwaitingApproval(staff));
  });

  it('shows a genuine result with its issuer and signer, and checks the very file as genuine and a changed one as not', async () => {
    const page = await openPage(shared.browser);
    await page.goto(`${shared.site.url}/verify/${issued.result.verificationCode}`);
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain(issued.result.verificationCode);
    const result = page.getByRole('region', { name: /Văn bản có mã xác thực/ });
    await expect.poll(() => result.textContent()).toContain('Văn bản hợp lệ');
    const facts = (await result.textContent()) ?? '';
    for (const expected of ['Giấy khai sinh', 'UBND xã Hòa Bình', 'Hoàng Văn Chủ Tịch', issued.code, 'Nguyễn V. A.', 'Ủy ban nhân dân xã Hòa Bình']) expect(facts).toContain(expected);
    expect(facts).not.toContain('Nguyễn Văn An');
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const fileCheck = page.getByRole('region', { name: 'Kiểm tra tệp văn bản' });
    await page.getByLabel('Tệp PDF').setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: issued.pdf });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await expect.poll(() => fileCheck.getByRole('status').textContent()).toContain('Tệp hợp lệ');
    await screenshot(page, 'portal-verify-genuine');

    const changed = Buffer.from(issued.pdf);
    const offset = Math.floor(changed.length / 3);
    changed[offset] = changed[offset]! ^ 0x01;
    await page.getByLabel('Tệp PDF').setInputFiles({ name: 'ket-qua-da-sua.pdf', mimeType: 'application/pdf', buffer: changed });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await expect.poll(() => fileCheck.getByRole('alert').textContent()).toContain('Tệp không hợp lệ');
    expect(await fileCheck.getByRole('alert').textContent()).toContain('đã bị thay đổi sau khi ký');
    await screenshot(page, 'portal-verify-tampered');
    await page.context().close();
  });

  it('takes a code as people type it, and says so when no result has it', async () => {
    const page = await openPage(shared.browser);
    await page.goto(`${shared.site.url}/verify`);
    const code = issued.result.verificationCode;
    await page.getByLabel(/^Mã xác thực/).fill(`${code.slice(0, 5).toLowerCase()}-${code.slice(5).toLowerCase()}`);
    await page.getByRole('button', { name: 'Xác thực', exact: true }).click();
    await page.waitForURL(`**/verify/${code}`);
    await expect.poll(() => page.getByRole('region', { name: /Văn bản có mã xác thực/ }).textContent()).toContain('Văn bản hợp lệ');

    await page.getByLabel(/^Mã xác thực/).fill('ABCDEFGHJK');
    await page.getByRole('button', { name: 'Xác thực', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Không tìm thấy văn bản kết quả với mã xác thực này');
    await page.getByLabel(/^Mã xác thực/).fill('0000');
    await page.getByRole('button', { name: 'Xác thực', exact: true }).click();
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('10 ký tự');
    await page.context().close();
  });
});
