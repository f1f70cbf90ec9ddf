import { type ProcedureDefinition, dossierTrackingPath } from '@motcua/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishVersion } from '../../server/src/modules/procedures/repo.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { AGENCIES, BIRTH_REGISTRATION, PASSWORD } from '../../server/test/support/province.js';
import { type SmsGatewayDouble, startSmsGateway } from '../../server/test/support/sms-gateway.js';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { signIn } from '../../server/test/support/http.js';
import { type Site, startSite } from './support/site.js';

/** Birth registration offered by every commune: the helper picks the one the citizen asks for. */
const EVERY_COMMUNE: ProcedureDefinition = { ...BIRTH_REGISTRATION, code: '1.001195', name: 'Đăng ký khai sinh tại xã, phường bất kỳ', offeredBy: { scope: 'all_communes' } };
const PDF = { name: 'ban-quet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

describe('assisted submission in Chromium', () => {
  let carrier: SmsGatewayDouble;
  let site: Site;
  let browser: Browser;

  beforeAll(async () => {
    carrier = await startSmsGateway();
    site = await startSite({ sms: { url: carrier.url, token: 'carrier-secret', sender: 'DICHVUCONG', inboundToken: undefined } });
    await site.db.transaction((tx) => publishVersion(tx, EVERY_COMMUNE, site.province.agencyIds.commune, null));
    const { rows } = await site.db.query<{ id: string }>("INSERT INTO officers (username, full_name, password_hash) VALUES ('hotro', 'Lê Thị Hoa', $1) RETURNING id", [await hashPassword(PASSWORD)]);
    await site.db.query("INSERT INTO officer_roles (officer_id, role, agency_id) VALUES ($1, 'assisting_helper', $2)", [rows[0]!.id, site.province.agencyIds.commune]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await carrier?.close();
  });

  /** The outbox worker runs each second in the site: waits for an SMS that carries a code, after the first `since` the carrier had. */
  async function codeTextedTo(phone: string, since = 0): Promise<string> {
    for (const started = Date.now(); Date.now() - started < 15_000; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const code = /: (\d{6}),/.exec(carrier.requests.slice(since).findLast((request) => request.to === `84${phone.slice(1)}`)?.text ?? '')?.[1];
      if (code) return code;
    }
    throw new Error(`no code texted to ${phone}`);
  }

  async function expectAccessible(page: Page, name: string) {
    await screenshot(page, name);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it.each([1280, 360])('at %i px a helper submits for a citizen present, to the commune they choose, with the code texted to the citizen', async (width) => {
    const phone = width === 360 ? '0977000360' : '0977001280';
    const page = await signInOfficer(browser, site, 'hotro', { width });
    // A helper has no work queue: the back office opens on their page.
    await page.getByRole('heading', { name: 'Hỗ trợ nộp hồ sơ trực tuyến' }).waitFor();
    expect(page.url()).toContain('/can-bo/ho-tro-nop-ho-so');
    await page.getByLabel(/^Tìm thủ tục/).fill(EVERY_COMMUNE.code);
    await page.getByRole('button', { name: new RegExp(EVERY_COMMUNE.name) }).click();
    const form = page.getByRole('form', { name: 'Hỗ trợ nộp hồ sơ trực tuyến' });
    await form.waitFor();

    // The commune starts as the helper's own; sent without anything, every missing part is listed, the consent included.
    const commune = page.getByLabel(/^Xã, phường, đặc khu tiếp nhận và giải quyết/);
    expect(await commune.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(AGENCIES.commune.name);
    await page.getByRole('button', { name: 'Nộp hồ sơ thay người dân' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['Chưa có bản quét: Giấy chứng sinh', 'Vui lòng gửi mã và nhập mã người nộp đọc cho bạn.']),
    );
    await expectAccessible(page, `assisted-errors-${width}`);

    await commune.selectOption({ label: AGENCIES.otherCommune.name });
    await page.getByLabel(/^Họ và tên/).fill('Trần Văn Bình');
    await page.getByLabel(/^Số định danh cá nhân/).fill('038095004321');
    await page.getByLabel(/^Số điện thoại/).fill(phone);
    await page.getByLabel(/^Tờ khai đăng ký khai sinh/).setInputFiles(PDF);
    await page.getByLabel(/^Giấy chứng sinh/).setInputFiles(PDF);
    await page.getByText('Đã tải lên: ban-quet.pdf').nth(1).waitFor();
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    await page.getByText(`Đã gửi mã đến số ${phone}`, { exact: false }).waitFor();
    await page.getByLabel(/^Mã xác nhận người nộp đọc cho bạn/).fill(await codeTextedTo(phone));
    await expectAccessible(page, `assisted-filled-${width}`);
    await page.getByRole('button', { name: 'Nộp hồ sơ thay người dân' }).click();

    const done = page.getByText(/^Đã nộp hồ sơ /);
    await done.waitFor();
    const code = /Đã nộp hồ sơ (\S+)/.exec((await done.textContent()) ?? '')![1]!;
    await expectAccessible(page, `assisted-done-${width}`);
    const { rows } = await site.db.query<{ receiving: string; competent: string; helper: string }>(
      'SELECT d.receiving_agency_id AS receiving, d.competent_agency_id AS competent, a.helper_name AS helper FROM dossiers d JOIN dossier_assistance a ON a.dossier_id = d.id WHERE d.code = $1',
      [code],
    );
    expect(rows).toEqual([{ receiving: site.province.agencyIds.otherCommune, competent: site.province.agencyIds.otherCommune, helper: 'Lê Thị Hoa' }]);

    // Anyone tracking the dossier reads who helped, by name and point only.
    const tracking = await openPage(browser, { width });
    await tracking.goto(`${site.url}${dossierTrackingPath(code)}`);
    await tracking.getByText(`Nộp với sự hỗ trợ của Lê Thị Hoa (Điểm hỗ trợ dịch vụ công, ${AGENCIES.commune.name})`).waitFor();
    await expectAccessible(tracking, `assisted-tracking-${width}`);
    await tracking.context().close();
    await page.context().close();
  });

  it('shows who offers a procedure on its page, and a citizen submitting it starts from the commune of their address', async () => {
    const procedurePage = await openPage(browser, { width: 360 });
    await procedurePage.goto(`${site.url}/thu-tuc/${EVERY_COMMUNE.code}`);
    await procedurePage.getByText('Tất cả xã, phường, đặc khu của tỉnh (2 đơn vị): chọn nơi nộp khi nộp hồ sơ').waitFor();
    await expectAccessible(procedurePage, 'procedure-every-commune-360');
    await procedurePage.context().close();

    const registered = await site.app.inject({
      method: 'POST',
      url: '/api/citizen/register',
      payload: { fullName: 'Ngô Thị Lan', email: 'lan.ngo@example.vn', password: 'mat-khau-cua-lan', communeId: site.province.agencyIds.otherCommune },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const page = await signInCitizen(browser, site, 'lan.ngo@example.vn', 'mat-khau-cua-lan', { width: 360 });
    await page.goto(`${site.url}/nop-ho-so/${EVERY_COMMUNE.code}`);
    const commune = page.getByLabel(/^Nơi nộp hồ sơ \(xã, phường, đặc khu\)/);
    await commune.waitFor();
    expect(await commune.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(AGENCIES.otherCommune.name);
    await page.getByText(`Cơ quan giải quyết: ${AGENCIES.otherCommune.name}`).waitFor();
    await commune.selectOption({ label: AGENCIES.commune.name });
    await page.getByText(`Cơ quan giải quyết: ${AGENCIES.commune.name}`).waitFor();
    await expectAccessible(page, 'submission-commune-360');

    // Submitted to the commune chosen: the review says where it goes, and that commune's code numbers it.
    await page.getByLabel(/^Số định danh cá nhân/).fill('038095009999');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel(/^Tờ khai đăng ký khai sinh/).setInputFiles(PDF);
    await page.getByRole('list', { name: /Tờ khai đăng ký khai sinh/ }).getByText(PDF.name).waitFor();
    await page.getByLabel(/^Giấy chứng sinh/).setInputFiles(PDF);
    await page.getByRole('list', { name: /Giấy chứng sinh/ }).getByText(PDF.name).waitFor();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Kiểm tra lại thông tin');
    await expect.poll(() => page.getByRole('main').textContent()).toContain(`Nơi nộp hồ sơ (xã, phường, đặc khu)${AGENCIES.commune.name}`);
    await page.getByLabel(/^Tôi cam đoan/).check();
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Đã nộp hồ sơ thành công');
    const code = (await page.locator('.citizen-code-big').textContent()) ?? '';
    expect(code.startsWith(`${AGENCIES.commune.code}-`)).toBe(true);
    const { rows } = await site.db.query<{ receiving: string }>('SELECT receiving_agency_id AS receiving FROM dossiers WHERE code = $1', [code]);
    expect(rows).toEqual([{ receiving: site.province.agencyIds.commune }]);
    await page.context().close();
  });

  it('a citizen adds a dossier submitted for them to their account with the code texted to the phone on it', async () => {
    const phone = '0977555666';
    const helper = await signIn(site.app, 'hotro');
    const asked = await helper.request('POST', '/api/v1/assisted/consent-codes', { phone, procedureCode: BIRTH_REGISTRATION.code });
    const { consentId } = asked.json() as { consentId: string };
    const file = (await site.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'to-khai.pdf', contentBase64: PDF.buffer.toString('base64') } })).json() as { id: string; uploadToken: string };
    const submitted = await helper.request('POST', '/api/v1/assisted/dossiers', {
      procedureCode: BIRTH_REGISTRATION.code,
      applicant: { type: 'citizen', name: 'Phan Văn Tâm', idNumber: '038095007777', phone },
      components: [{ code: 'TK', fileIds: [file.id] }, { code: 'GCS', fileIds: [file.id] }],
      uploadTokens: [file.uploadToken],
      consent: { kind: 'code', consentId, code: await codeTextedTo(phone) },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { code } = submitted.json() as { code: string };

    const registered = await site.app.inject({ method: 'POST', url: '/api/citizen/register', payload: { fullName: 'Phan Văn Tâm', email: 'tam.phan@example.vn', password: 'mat-khau-cua-tam' } });
    expect(registered.statusCode, registered.body).toBe(201);
    const page = await signInCitizen(browser, site, 'tam.phan@example.vn', 'mat-khau-cua-tam', { width: 360 });
    await page.goto(`${site.url}/ho-so-cua-toi`);
    await page.getByRole('heading', { name: 'Nhận hồ sơ vào tài khoản' }).waitFor();
    await page.getByLabel(/^Mã hồ sơ/).fill(code);
    const sent = carrier.requests.length;
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    await page.getByText('Đã gửi mã xác nhận đến 09******66.').waitFor();
    await page.getByLabel(/^Mã xác nhận \(6 chữ số\)/).fill(await codeTextedTo(phone, sent));
    await expectAccessible(page, 'claim-dossier-360');
    await page.getByRole('button', { name: 'Nhận hồ sơ' }).click();
    await page.getByText(`Nộp với sự hỗ trợ của Lê Thị Hoa (Điểm hỗ trợ dịch vụ công, ${AGENCIES.commune.name})`).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`/ho-so-cua-toi/${code}`);
    await expectAccessible(page, 'claimed-dossier-360');
    await page.context().close();
  });
});
