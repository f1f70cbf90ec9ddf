import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveWalkIn } from '../../server/test/support/dossiers.js';
import { type Session, signIn } from '../../server/test/support/http.js';
import { type Mailbox, startMailbox } from '../../server/test/support/mailbox.js';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { type SmsGatewayDouble, startSmsGateway } from '../../server/test/support/sms-gateway.js';
import type { ApplicantNotification } from '@motcua/contract';
import { launchBrowser, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { samplePdf } from './support/documents.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { type Site, startSite } from './support/site.js';

const CITIZEN = { fullName: 'Phạm Thị Lan', phone: '0976543210', email: 'lan.pham@example.vn', idNumber: '038196008888', password: 'mat-khau-cua-lan' };
const REFUSED = 'SMS gateway 400: {"error":"invalid_number"}';

describe('notices to applicants in Chromium', () => {
  let mailbox: Mailbox;
  let carrier: SmsGatewayDouble;
  let site: Site;
  let browser: Browser;
  let reception: Session;
  /** Walk-ins whose SMS the carrier refused: one to resend from its page, two from the counter's list. */
  let fromDossierPage: string;
  let fromList: string;
  let resentMeanwhile: string;
  let citizenCode: string;
  let receptionPage: Page;

  const noticesOf = async (code: string) => {
    const response = await reception.request('GET', `/api/v1/dossiers/${code}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().notifications as ApplicantNotification[];
  };
  /** The outbox worker runs each second in the site: waits until it has dealt with every notice of the dossier. */
  const settled = async (code: string) => {
    // A loop rather than expect.poll, which runs only inside a test, since the fixtures need it too.
    for (const started = Date.now(); Date.now() - started < 15_000; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const notices = await noticesOf(code);
      if (notices.every((notice) => notice.status !== 'pending')) return notices;
    }
    throw new Error(`the notices of ${code} are still pending`);
  };
  const smsOf = async (code: string) => (await noticesOf(code)).find((notice) => notice.channel === 'sms')!;

  async function submitAsCitizen(): Promise<string> {
    const registered = await site.app.inject({ method: 'POST', url: '/api/citizen/register', payload: CITIZEN });
    expect(registered.statusCode, registered.body).toBe(201);
    const cookies = registered.cookies.filter((cookie) => cookie.name.startsWith('motcua_citizen'));
    const csrf = cookies.find((cookie) => cookie.name === 'motcua_citizen_csrf')!.value;
    const post = async (url: string, payload?: object) => {
      const headers = { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '), 'x-csrf-token': csrf };
      const response = await site.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; code: string };
    };
    const file = await post('/api/citizen/files', { name: 'to-khai.pdf', contentBase64: samplePdf('To khai').toString('base64') });
    const draft = await post('/api/citizen/drafts', {
      procedureCode: BIRTH_REGISTRATION.code,
      content: {
        applicant: { type: 'citizen', name: CITIZEN.fullName, idNumber: CITIZEN.idNumber, phone: CITIZEN.phone, email: CITIZEN.email, address: 'Thôn Nam, xã Hòa Bình' },
        summary: 'Đăng ký khai sinh cho con gái',
        components: [
          { code: 'TK', fileIds: [file.id] },
          { code: 'GCS', fileIds: [file.id] },
        ],
      },
    });
    return (await post(`/api/citizen/drafts/${draft.id}/submit`)).code;
  }

  beforeAll(async () => {
    [mailbox, carrier, browser] = await Promise.all([startMailbox(), startSmsGateway(), launchBrowser()]);
    site = await startSite({
      mail: { smtpUrl: mailbox.url, from: 'Một cửa xã Hòa Bình <motcua@hoabinh.example.vn>' },
      sms: { url: carrier.url, token: 'carrier-secret', sender: 'UBNDHOABINH', inboundToken: undefined },
    });
    reception = await signIn(site.app, 'reception');
    // The carrier refuses the SMS of the three walk-ins for good (a 4xx is final at once).
    carrier.answers.push(400, 400, 400);
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) codes.push((await receiveWalkIn(reception)).code);
    [fromDossierPage, fromList, resentMeanwhile] = codes as [string, string, string];
    for (const code of codes) {
      expect((await settled(code)).map((notice) => [notice.channel, notice.status])).toEqual([
        ['email', 'sent'],
        ['sms', 'failed'],
      ]);
    }
    citizenCode = await submitAsCitizen();
    expect((await settled(citizenCode)).map((notice) => notice.status)).toEqual(['sent', 'sent']);
    receptionPage = await signInOfficer(browser, site, 'reception');
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await Promise.all([mailbox?.close(), carrier?.close()]);
  });

  async function open(page: Page, path: string, heading: RegExp, width = 1280): Promise<Page> {
    const tab = await page.context().newPage();
    await tab.setViewportSize({ width, height: width < 800 ? 740 : 900 });
    await tab.goto(site.url + path);
    await expect.poll(() => tab.locator('main h1').first().textContent()).toMatch(heading);
    await tab.waitForLoadState('networkidle');
    return tab;
  }

  it('shows a dossier’s notices on its page, and sends the failed SMS again from there', async () => {
    const page = await open(receptionPage, `/can-bo/ho-so/${fromDossierPage}`, /^Hồ sơ /);
    const section = page.getByRole('region', { name: 'Thông báo cho người nộp hồ sơ' });
    const rows = section.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const [email, sms] = [rows.nth(0), rows.nth(1)];
    for (const expected of ['Tiếp nhận hồ sơ tại quầy', 'Thư điện tử', 'an.nguyen@example.vn', 'Đã gửi']) expect(await email.textContent()).toContain(expected);
    for (const expected of ['SMS', '0912345678', 'Gửi không thành công', `Lỗi: ${REFUSED}`]) expect(await sms.textContent()).toContain(expected);
    expect(await email.getByRole('button').count()).toBe(0);
    // What was sent, on demand: the e-mail's subject and text, as the mail server received it.
    const sent = mailbox.received.find((mail) => mail.subject?.includes(fromDossierPage))!;
    await email.getByText('Xem nội dung đã gửi').click();
    expect(await email.locator('details').textContent()).toContain(sent.subject);
    expect(await email.locator('details').textContent()).toContain('Kính gửi Ông/Bà Nguyễn Văn An,');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'office-dossier-notifications');

    const refusedRequests = carrier.requests.length;
    await sms.getByRole('button', { name: 'Gửi lại thông báo SMS tới 0912345678' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toContain('Đã đưa thông báo SMS tới 0912345678 vào hàng gửi lại');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Đã đưa thông báo SMS');
    // The page watches the notice until the worker has sent it.
    await expect.poll(() => sms.locator('.badge').textContent(), { timeout: 15_000 }).toBe('Đã gửi');
    expect(await sms.getByRole('button').count()).toBe(0);
    expect(carrier.requests.slice(refusedRequests).map((request) => [request.to, request.reference])).toEqual([['84912345678', `motcua-notification-${(await smsOf(fromDossierPage)).id}`]]);
    await page.close();
  });

  it('lists the agency’s failed notices for the counter, and sends them again, saying so when someone was quicker', async () => {
    const page = await open(receptionPage, '/can-bo/hang-doi/cho-tiep-nhan', /^Chờ tiếp nhận$/);
    const navLink = page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name: 'Thông báo cho người nộp' });
    // The navigation counts what is left to follow up.
    await expect.poll(() => navLink.locator('.nav-count').textContent()).toBe('2');
    await navLink.click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Thông báo cho người nộp');
    expect(await page.getByLabel('Tình trạng').locator('option:checked').textContent()).toBe('Gửi không thành công');
    const rows = page.getByRole('table', { name: 'Thông báo gửi người nộp hồ sơ, mới nhất ở trên' }).locator('tbody tr');
    // Newest first; the SMS resent from the dossier page is no longer failed.
    await expect.poll(() => rows.locator('th').allTextContents()).toEqual([resentMeanwhile, fromList]);
    expect(await rows.first().textContent()).toContain(`Lỗi: ${REFUSED}`);
    expect(await rows.first().getByRole('link', { name: resentMeanwhile }).getAttribute('href')).toBe(`/can-bo/ho-so/${resentMeanwhile}`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'office-notifications');

    await rows.filter({ hasText: fromList }).getByRole('button', { name: /^Gửi lại/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'hàng gửi lại' }).count()).toBe(1);
    await expect.poll(() => rows.locator('th').allTextContents()).toEqual([resentMeanwhile]);
    await expect.poll(() => navLink.locator('.nav-count').textContent()).toBe('1');

    // Another officer sends the last one again while this page still offers it.
    const elsewhere = await reception.request('POST', `/api/v1/notifications/${(await smsOf(resentMeanwhile)).id}/resend`);
    expect(elsewhere.statusCode, elsewhere.body).toBe(202);
    await rows.getByRole('button', { name: /^Gửi lại/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Chỉ gửi lại được thông báo đã gửi không thành công.');
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Không có thông báo nào gửi không thành công.');
    await expect.poll(() => navLink.locator('.nav-count').textContent()).toBe('0');

    await Promise.all([settled(fromList), settled(resentMeanwhile)]);
    await page.getByLabel('Tình trạng').selectOption({ label: 'Đã gửi' });
    await expect.poll(() => page.url()).toContain('status=sent');
    await expect.poll(() => rows.filter({ hasText: 'SMS' }).locator('th').allTextContents()).toEqual([citizenCode, resentMeanwhile, fromList, fromDossierPage]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers the notices page to receiving officers and administrators only', async () => {
    const specialist = await signInOfficer(browser, site, 'specialist');
    const nav = specialist.getByRole('navigation', { name: 'Hàng đợi công việc' });
    await nav.waitFor();
    expect(await nav.getByRole('link', { name: 'Thông báo cho người nộp' }).count()).toBe(0);
    await specialist.goto(`${site.url}/can-bo/thong-bao`);
    await expect.poll(() => specialist.getByRole('alert').textContent()).toContain('Chỉ cán bộ tiếp nhận của Bộ phận Một cửa và quản trị hệ thống');
    await specialist.context().close();
  });

  it('shows the citizen what they were sent, on a wide screen and on a phone', async () => {
    const citizen = await signInCitizen(browser, site, CITIZEN.phone, CITIZEN.password);
    // The dossier's notice, not the code that confirms the account's phone.
    const sms = carrier.requests.find((request) => request.to === '84976543210' && request.reference.startsWith('motcua-notification-'))!;
    for (const width of [1280, 360]) {
      const page = await open(citizen, `/ho-so-cua-toi/${citizenCode}`, /^Hồ sơ /, width);
      const section = page.getByRole('region', { name: 'Thông báo đã gửi cho bạn' });
      const items = section.getByRole('listitem');
      await expect.poll(() => items.count()).toBe(2);
      expect(await items.nth(0).textContent()).toMatch(/^Nộp hồ sơ trực tuyến · .+Thư điện tử tới lan\.pham@example\.vn Đã gửi/);
      expect(await items.nth(1).textContent()).toContain('SMS tới 0976543210 Đã gửi');
      await items.nth(1).getByText('Xem nội dung').click();
      expect(await items.nth(1).locator('details').textContent()).toContain(sms.text);
      if (width < 800) {
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        await screenshot(page, 'citizen-my-dossier-notices-phone');
      } else {
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, 'citizen-my-dossier-notices');
      }
      await page.close();
    }
    await citizen.context().close();
  });
});
