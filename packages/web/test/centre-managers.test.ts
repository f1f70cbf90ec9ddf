import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_CODE, SERVICES, createCentre, pairTestDevice } from '../../server/test/support/centre.js';
import { type Session, signIn } from '../../server/test/support/http.js';
import { screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** A counter officer's action at their counter, through the API. */
async function desk(session: Session, action: string): Promise<void> {
  const response = await session.request('POST', `/api/v1/counters/mine/${action}`, {});
  expect(response.statusCode, response.body).toBeLessThan(300);
}

/**
 * The centre's leader follows the centre live and reads its figures: two tickets for civil status,
 * counter 1 serving the first, and four bookings of the day; the page follows the counter as it
 * finishes, at 1280 and 360 px.
 */
describe('centre managers’ pages in Chromium', () => {
  const shared = siteAndBrowser();
  let reception: Session;

  beforeAll(async () => {
    const { site } = shared;
    const kiosk = await pairTestDevice(site.db, await createCentre(site.db, site.province), 'kiosk');
    for (let count = 0; count < 2; count++) {
      const issued = await site.app.inject({
        method: 'POST',
        url: `/api/public/centres/${CENTRE_CODE}/tickets`,
        headers: { authorization: `Device ${kiosk.token}` },
        payload: { service: SERVICES.civilStatus.code },
      });
      expect(issued.statusCode, issued.body).toBe(201);
    }
    reception = await signIn(site.app, 'reception');
    const opened = await reception.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/1/open`, {});
    expect(opened.statusCode, opened.body).toBeLessThan(300);
    await desk(reception, 'call-next');
    await desk(reception, 'start');
    // Four bookings of today: checked in, not come by the end of its window, cancelled, and one due now.
    for (const [code, status, minutesAgo] of [
      ['HBCHECK2', 'checked_in', 60],
      ['HBABSEN3', 'booked', 120],
      ['HBCANCE4', 'cancelled', 180],
      ['HBLATER5', 'booked', 0],
    ] as const) {
      await site.db.query(
        `INSERT INTO bookings (code, agency_id, service_id, slot_start, slot_end, name, phone, status, created_at)
         SELECT $1, s.agency_id, s.id, now() - make_interval(mins => $3::int), now() - make_interval(mins => $3::int - 30), 'Lê Văn Hẹn', '0913000001', $2, now() - interval '1 day'
           FROM queue_services s WHERE s.code = $4`,
        [code, status, minutesAgo, SERVICES.civilStatus.code],
      );
    }
  });

  const counterRow = (page: Page, name: string) => page.getByRole('table', { name: /^Các quầy/ }).getByRole('row', { name: new RegExp(`^${name}`) });

  it('opens from the menu on the centre’s live state and follows the counters as they move, axe clean at 1280 px', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'leader', { width: 1280 });
    await page.getByRole('navigation').getByRole('link', { name: 'Điều hành trung tâm' }).click();
    await page.getByRole('heading', { level: 1, name: /Tình hình trung tâm/ }).waitFor();
    expect(page.url()).toBe(`${shared.site.url}/can-bo/trung-tam/${CENTRE_CODE}`);
    await page.getByText('Cập nhật trực tiếp').waitFor();
    await expect.poll(() => counterRow(page, 'Quầy 1').textContent()).toMatch(/Đang mở.*Nguyễn Thị Tiếp Nhận.*A001: đang phục vụ/);
    const waiting = page.getByRole('table', { name: /^Số người chờ/ }).getByRole('row', { name: /Hộ tịch/ });
    expect(await waiting.getByRole('cell').first().textContent()).toBe('1');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'centre-live-1280');

    await desk(reception, 'finish');
    await expect.poll(() => counterRow(page, 'Quầy 1').textContent()).toMatch(/Đang mở.*Nguyễn Thị Tiếp Nhận—/);
    await expect.poll(() => page.locator('.centre-summary').textContent()).toContain('Đã phục vụ1');

    await page.getByRole('link', { name: 'Số liệu theo kỳ' }).click();
    await page.getByRole('heading', { level: 1, name: /Số liệu phục vụ/ }).waitFor();
    const table = page.getByRole('table', { name: /^Số liệu từ/ });
    await table.waitFor();
    await expect.poll(() => table.getByRole('row', { name: /^Hộ tịch/ }).textContent()).toMatch(/^Hộ tịch2/);
    expect(await table.getByRole('row', { name: /^Cả kỳ/ }).textContent()).toMatch(/^Cả kỳ2/);
    const workbook = await page.getByRole('link', { name: 'Tải bảng tính Excel (.xlsx)' }).getAttribute('href');
    expect(workbook).toMatch(new RegExp(`^/api/v1/centres/${CENTRE_CODE.replaceAll('.', '\\.')}/figures\\.xlsx\\?from=\\d{4}-\\d\\d-\\d\\d&to=\\d{4}-\\d\\d-\\d\\d&by=service$`));
    const bookings = page.getByRole('region', { name: 'Lịch hẹn trong kỳ' });
    expect(await bookings.locator('dl > div').allTextContents()).toEqual(['Đã đặt4', 'Đã đến1', 'Vắng mặt1', 'Đã hủy1', 'Chưa đến giờ1']);
    const download = await page.request.get(`${shared.site.url}${workbook}`);
    expect(download.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    await page.getByLabel('Theo', { exact: true }).selectOption('officer');
    await page.getByRole('button', { name: 'Xem' }).click();
    await expect.poll(() => table.getByRole('row', { name: /^Nguyễn Thị Tiếp Nhận/ }).count()).toBe(1);
    expect(page.url()).toContain('by=officer');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'centre-figures-1280');
    await page.context().close();
  });

  it('fits a phone at 360 px, axe clean, and is refused to an officer who does not manage the centre', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'head', { width: 360 });
    await page.goto(`${shared.site.url}/can-bo/trung-tam/${CENTRE_CODE}`);
    await page.getByText('Cập nhật trực tiếp').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'centre-live-360');
    await page.goto(`${shared.site.url}/can-bo/trung-tam/${CENTRE_CODE}/so-lieu`);
    await page.getByRole('table', { name: /^Số liệu từ/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'centre-figures-360');
    await page.context().close();

    const counterOfficer = await signInOfficer(shared.browser, shared.site, 'reception', { width: 1280 });
    expect(await counterOfficer.getByRole('link', { name: 'Điều hành trung tâm', includeHidden: true }).count()).toBe(0);
    await counterOfficer.goto(`${shared.site.url}/can-bo/trung-tam/${CENTRE_CODE}`);
    await counterOfficer.getByText('Bạn không có quyền xem trung tâm này.').waitFor();
    await counterOfficer.context().close();
  });
});
