import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_CODE, type Centre, SERVICES, createCentre, pairTestDevice } from '../../server/test/support/centre.js';
import { CITIZEN_PASSWORD, registerCitizen, submitOwnDossier } from '../../server/test/support/citizens.js';
import { APPLICANT, act, submitAnonymously } from '../../server/test/support/dossiers.js';
import { type Session, signIn } from '../../server/test/support/http.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const PHONE = { width: 360, height: 740 };

/**
 * Satisfaction ratings in Chromium at 360 px: the counter's tablet shows the ticket just served by
 * itself and takes its rating; the ticket's QR code page; a finished dossier rated by its
 * applicant, signed in on their dossier's page or with the receipt's lookup code on the tracking
 * page. Each page axe clean.
 */
describe('rating the service, in Chromium at 360 px', () => {
  const shared = siteAndBrowser();
  let centre: Centre;
  let kiosk: { token: string };
  let tablet: { token: string };
  let reception: Session;

  beforeAll(async () => {
    centre = await createCentre(shared.site.db, shared.site.province);
    [kiosk, tablet] = await Promise.all([pairTestDevice(shared.site.db, centre, 'kiosk'), pairTestDevice(shared.site.db, centre, 'tablet', 3)]);
    reception = await signIn(shared.site.app, 'reception');
    expect((await reception.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/3/open`)).statusCode).toBe(200);
  });

  /** A ticket from the kiosk, served to its end at counter 3. */
  async function servedTicket(): Promise<{ number: string; followUrl: string }> {
    const issued = await shared.site.app.inject({
      method: 'POST',
      url: `/api/public/centres/${CENTRE_CODE}/tickets`,
      headers: { authorization: `Device ${kiosk.token}` },
      payload: { service: SERVICES.civilStatus.code },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    for (const action of ['call-next', 'start', 'finish']) {
      const response = await reception.request('POST', `/api/v1/counters/mine/${action}`);
      expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
    }
    return issued.json();
  }

  async function tabletPage(): Promise<Page> {
    const page = await openPage(shared.browser, PHONE);
    await page.addInitScript(({ token, centreCode }) => localStorage.setItem('motcua.device', JSON.stringify({ token, centreCode, kind: 'tablet' })), {
      token: tablet.token,
      centreCode: CENTRE_CODE,
    });
    await page.goto(`${shared.site.url}/thiet-bi/danh-gia`);
    return page;
  }

  const face = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
  const send = (page: Page) => page.getByRole('button', { name: 'Gửi đánh giá' }).click();

  it('shows the tablet the ticket the counter has just finished, by itself, and thanks after a tap', async () => {
    const page = await tabletPage();
    await page.getByText('Sau khi được phục vụ, mời ông/bà đánh giá tại đây.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const ticket = await servedTicket();
    await page.getByText(`Phiếu ${ticket.number} — Hộ tịch`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'rating-tablet-360');
    await face(page, 'Rất hài lòng').check();
    await send(page);
    await page.getByText('Cảm ơn ông/bà đã đánh giá!').waitFor();
    expect(await page.getByText('Đánh giá đã gửi: Rất hài lòng').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Xong' }).click();
    await page.getByText('Sau khi được phục vụ, mời ông/bà đánh giá tại đây.').waitFor();
    await page.context().close();

    const { rows } = await shared.site.db.query<{ score: string; channel: string; counter: number }>(
      `SELECT r.score, r.channel, c.number AS counter FROM ratings r JOIN counters c ON c.id = r.counter_id`,
    );
    expect(rows).toEqual([{ score: 'very_satisfied', channel: 'tablet', counter: 3 }]);
  });

  it('rates a served ticket on the phone through its QR code, saying what is missing first', async () => {
    const ticket = await servedTicket();
    const token = ticket.followUrl.split('/').pop()!;
    const page = await openPage(shared.browser, PHONE);
    await page.goto(`${shared.site.url}/danh-gia/${token}`);
    await page.getByRole('heading', { name: `Đánh giá phiếu ${ticket.number}` }).waitFor();
    expect(await page.getByText('Hộ tịch — Quầy số 3').count()).toBe(1);

    await send(page);
    await page.getByRole('alert').getByText('Hãy chọn một mức: Rất hài lòng, Hài lòng hoặc Không hài lòng.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await face(page, 'Không hài lòng').check();
    await page.getByText('Đánh giá chi tiết (không bắt buộc)').click();
    await page.getByRole('group', { name: 'Thời gian' }).getByRole('radio', { name: 'Không hài lòng' }).check();
    await page.getByLabel('Góp ý (không bắt buộc)').fill('Chờ gần một tiếng mới đến lượt.');
    // Every answer is as tall as a finger, and nothing is wider than the phone.
    const heights = await page.locator('.rating-criteria summary, .rating-criteria .choice').evaluateAll((targets) => targets.map((target) => target.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'rating-qr-360');
    await send(page);
    await page.getByText('Đánh giá đã gửi: Không hài lòng').waitFor();

    await page.reload();
    await page.getByText('Đánh giá đã gửi: Không hài lòng').waitFor();
    expect(await page.getByRole('button', { name: 'Gửi đánh giá' }).count()).toBe(0);
    const { rows } = await shared.site.db.query(`SELECT criteria, comment, channel FROM ratings WHERE channel = 'qr'`);
    expect(rows).toEqual([{ criteria: { time: 'not_satisfied' }, comment: 'Chờ gần một tiếng mới đến lượt.', channel: 'qr' }]);
    await page.context().close();
  });

  it('lets the applicant rate a finished dossier with the receipt’s lookup code on the tracking page', async () => {
    const dossier = await submitAnonymously(shared.site.app);
    await act(reception, dossier.code, 'refuse', dossier.version, { comment: 'Hồ sơ không thuộc thẩm quyền của UBND xã.' });
    const page = await openPage(shared.browser, PHONE);
    await page.goto(`${shared.site.url}/tra-cuu/${dossier.code}`);
    const section = page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
    await section.waitFor();
    await face(page, 'Hài lòng').check();
    await send(page);
    await section.getByText('Nhập mã tra cứu in trên giấy tiếp nhận hồ sơ.').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel(/^Mã tra cứu/).fill('SAIMA1');
    await send(page);
    await section.getByText('Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập.').waitFor();
    await page.getByLabel(/^Mã tra cứu/).fill(dossier.lookupCode);
    await send(page);
    await section.getByText('Đánh giá đã gửi: Hài lòng').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'rating-tracking-360');
    await page.context().close();
  });

  it('lets the signed-in applicant rate their finished dossier on its page, once', async () => {
    const citizen = await registerCitizen(shared.site.app, { fullName: APPLICANT.name, email: 'an.danhgia@example.vn' });
    const dossier = await submitOwnDossier(citizen, APPLICANT);
    const page = await signInCitizen(shared.browser, shared.site, 'an.danhgia@example.vn', CITIZEN_PASSWORD, PHONE);
    await page.goto(`${shared.site.url}/ho-so-cua-toi/${dossier.code}`);
    await page.getByRole('heading', { name: new RegExp(dossier.code) }).waitFor();
    // Not before the agency has finished with it.
    expect(await page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' }).count()).toBe(0);

    await act(reception, dossier.code, 'refuse', dossier.version, { comment: 'Hồ sơ không thuộc thẩm quyền của UBND xã.' });
    await page.reload();
    const section = page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
    await section.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await face(page, 'Hài lòng').check();
    await send(page);
    await section.getByText('Đánh giá đã gửi: Hài lòng').waitFor();
    await page.reload();
    await section.getByText('Đánh giá đã gửi: Hài lòng').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the centre’s managers every rating with its officer, counter and comment', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'leader', PHONE);
    await page.goto(`${shared.site.url}/can-bo/trung-tam/${CENTRE_CODE}/danh-gia`);
    await page.getByRole('heading', { name: 'Đánh giá của người dân' }).waitFor();
    const list = page.getByRole('region', { name: 'Các đánh giá, mới nhất trước' });
    await list.waitFor();
    expect(await list.getByRole('row').count()).toBe(5);
    const fromQr = list.getByRole('row').filter({ hasText: 'Chờ gần một tiếng mới đến lượt.' });
    expect(await fromQr.innerText()).toMatch(/Không hài lòng[\s\S]*Quầy số 3, Hộ tịch[\s\S]*Nguyễn Thị Tiếp Nhận[\s\S]*Thời gian: Không hài lòng/);
    const overall = page.getByRole('region', { name: /^Tổng hợp từ/ }).getByRole('row').filter({ hasText: 'Chung' });
    expect(await overall.innerText()).toMatch(/4[\s\S]*1[\s\S]*2[\s\S]*1[\s\S]*75/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'rating-managers-360');
    await page.context().close();
  });
});
