import { describe, expect, it } from 'vitest';
import { SIMULATOR_PATH, loadConfig } from '../../server/src/config.js';
import { CITIZEN_PASSWORD, registerCitizen, submitOwnDossier } from '../../server/test/support/citizens.js';
import { APPLICANT, act } from '../../server/test/support/dossiers.js';
import { signIn } from '../../server/test/support/http.js';
import { screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const PHONE = { width: 360, height: 740 };

/**
 * Paying a fee in Chromium at 360 px: the citizen's dossier page shows what is due with its
 * VietQR code, the "Thanh toán trực tuyến" button takes them to the gateway simulator, and back
 * on their page they read what the gateway's IPN confirmed; the officers' reconciliation page.
 * Each page axe clean.
 */
describe('paying a fee, in Chromium at 360 px', () => {
  // The site listens on a port of its own, unknown to its configuration: the simulator's page and
  // the way back are addressed on the site itself, whatever its origin.
  const demo = loadConfig({});
  const shared = siteAndBrowser({ publicUrl: '', payments: { ...demo.payments, gateway: { ...demo.payments.gateway!, payUrl: `${SIMULATOR_PATH}/pay` } } });

  it('pays through the gateway simulator and comes back to a confirmed payment', async () => {
    const { site, browser } = shared;
    const citizen = await registerCitizen(site.app, { fullName: APPLICANT.name, email: 'an.thanhtoan@example.vn' });
    const dossier = await submitOwnDossier(citizen, APPLICANT);
    const [reception, specialist] = [await signIn(site.app, 'reception'), await signIn(site.app, 'specialist')];
    const version = await act(reception, dossier.code, 'receive', dossier.version);
    await act(specialist, dossier.code, 'request_fee', version, { feeAmountVnd: 50_000, comment: 'Lệ phí đăng ký khai sinh' });

    const page = await signInCitizen(browser, site, 'an.thanhtoan@example.vn', CITIZEN_PASSWORD, PHONE);
    await page.goto(`${site.url}/ho-so-cua-toi/${dossier.code}`);
    const fees = page.getByRole('region', { name: 'Phí, lệ phí' });
    await fees.waitFor();
    expect(await fees.innerText()).toMatch(/Số tiền phải nộp[\s\S]*50\.000[\s\S]*Mã thanh toán[\s\S]*MC[A-Z2-9]{10}/);
    expect(await fees.getByRole('img', { name: /^Mã VietQR chuyển khoản 50\.000/ }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'payment-due-360');

    await fees.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();
    await page.getByRole('heading', { name: 'Cổng thanh toán mô phỏng (demo)' }).waitFor();
    expect(await page.getByText('50.000 đồng').count()).toBe(1);
    await page.getByRole('button', { name: 'Xác nhận thanh toán' }).click();

    await page.getByText('Thanh toán thành công.', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/ho-so-cua-toi/${dossier.code}`);
    await fees.getByText(/Đã nộp 50\.000.*\(thanh toán trực tuyến\)/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'payment-paid-360');
    await page.context().close();
  });

  it('lets a receiving officer import a statement and resolve what did not match', async () => {
    const { site, browser } = shared;
    const page = await signInOfficer(browser, site, 'reception', PHONE);
    await page.goto(`${site.url}/can-bo/doi-soat-thanh-toan`);
    await page.getByRole('heading', { name: 'Đối soát thanh toán phí, lệ phí' }).waitFor();
    const statement = ['Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung giao dịch', '03/12/2026 10:30:00,FT26337000003,,30.000,12.170.000,NOP LE PHI HO SO'].join('\n');
    await page.getByLabel(/^Tệp sao kê/).setInputFiles({ name: 'sao-ke.csv', mimeType: 'text/csv', buffer: Buffer.from(statement) });
    await page.getByRole('button', { name: 'Nhập sao kê', exact: true }).click();
    await page.getByText('Đã đọc 1 giao dịch ghi có: 0 khoản phí được xác nhận, 1 khoản chờ xử lý, 0 giao dịch đã nhập trước đây.').waitFor();
    const line = page.getByRole('form', { name: /FT26337000003/ });
    await line.getByText('Không tìm thấy mã thanh toán').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await line.getByLabel(/^Cách xử lý/).selectOption('not_a_fee');
    await line.getByLabel(/^Ghi chú/).fill('Tiền thuê hội trường.');
    await line.getByRole('button', { name: 'Xử lý' }).click();
    await page.getByText('Đã xử lý giao dịch FT26337000003.').waitFor();
    await page.getByText('Không có giao dịch nào chờ xử lý.').waitFor();
    await page.context().close();
  });
});
