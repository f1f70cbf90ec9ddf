import { beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_CODE, createCentre } from '../../server/test/support/centre.js';
import { signIn } from '../../server/test/support/http.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/**
 * A centre's administrator in Chromium, on a phone and a desktop: the centre's opening hours and
 * calling rule, a service and a counter added, a rating tablet paired from the address and QR code
 * the page shows once and then revoked; and the province's priority groups renamed.
 */
describe.each([360, 1280])('the centres’ administration at %i px, in Chromium', (width) => {
  const shared = siteAndBrowser();
  const prefix = width === 360 ? 'H' : 'K';
  const counterNumber = width === 360 ? 4 : 5;

  beforeAll(async () => {
    await createCentre(shared.site.db, shared.site.province);
  });

  it('changes the hours and calling rule, adds a service and a counter, pairs a tablet and revokes it', async () => {
    const { site, browser } = shared;
    const page = await signInOfficer(browser, site, 'admin', { width });
    await page.goto(`${site.url}/quan-tri/trung-tam`);
    await page.getByRole('link', { name: 'UBND xã Hòa Bình' }).click();
    await page.getByRole('heading', { name: 'UBND xã Hòa Bình', level: 1 }).waitFor();
    const settings = page.getByRole('form', { name: 'Giờ làm việc và quy tắc gọi số' });
    await settings.getByLabel('Thứ Ba').waitFor();
    expect(await settings.getByLabel('Thứ Hai').inputValue()).toBe('07:30-11:30, 13:30-17:00');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `admin-centre-${width}`);

    // Periods out of order: the server names the day.
    await settings.getByLabel('Thứ Ba').fill('13:30-17:00, 07:30-11:30');
    await settings.getByLabel(/^Số lần gọi trước khi coi là vắng mặt/).fill('2');
    await settings.getByRole('button', { name: /Đưa "Người đặt lịch đã đến giờ hẹn" lên trước/ }).click();
    await settings.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => settings.locator('.field-error').allTextContents()).toEqual([expect.stringContaining('thứ Ba chồng lên hoặc đứng trước')]);
    expect(await settings.getByLabel('Thứ Ba').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settings.getByLabel('Thứ Ba').fill('07:30-11:30, 13:30-17:00');
    await settings.getByRole('button', { name: 'Lưu', exact: true }).click();
    await settings.getByText('Đã lưu.').waitFor();
    const admin = await signIn(site.app, 'admin');
    expect((await admin.request('GET', `/api/v1/centres/${CENTRE_CODE}/settings`)).json()).toMatchObject({ callsBeforeNoShow: 2, callOrder: ['booking_due', 'priority', 'queued_at'] });

    const serviceForm = page.getByRole('form', { name: 'Thêm dịch vụ' });
    await serviceForm.getByLabel(/^Mã \(/).fill(`ho-chieu-${width}`);
    await serviceForm.getByLabel(/^Tiền tố số/).fill(prefix);
    await serviceForm.getByLabel(/^Tên \(/).fill('Hộ chiếu');
    await serviceForm.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu dịch vụ Hộ chiếu.').waitFor();
    const offered = (await site.app.inject({ method: 'GET', url: `/api/public/centres/${CENTRE_CODE}/services` })).json() as Array<{ code: string; prefix: string }>;
    expect(offered).toContainEqual(expect.objectContaining({ code: `ho-chieu-${width}`, prefix }));

    const counterForm = page.getByRole('form', { name: 'Thêm quầy' });
    await counterForm.getByLabel(/^Số quầy/).fill(String(counterNumber));
    await counterForm.getByLabel(/^Tên quầy/).fill(`Quầy ${counterNumber} — Hộ chiếu`);
    await counterForm.getByLabel(`${prefix} — Hộ chiếu`).check();
    await counterForm.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText(`Đã lưu quầy số ${counterNumber}.`).waitFor();

    const pairForm = page.getByRole('form', { name: 'Ghép nối thiết bị' });
    await pairForm.getByLabel(/^Loại thiết bị/).selectOption('tablet');
    await pairForm.getByLabel(/^Tên thiết bị/).fill('Máy đánh giá quầy hộ chiếu');
    await pairForm.getByRole('button', { name: 'Ghép nối thiết bị' }).click();
    await expect.poll(() => pairForm.locator('.field-error').allTextContents()).toEqual(['Chọn quầy đặt máy tính bảng.']);
    await pairForm.getByLabel(/^Quầy đặt máy tính bảng/).selectOption(String(counterNumber));
    await pairForm.getByRole('button', { name: 'Ghép nối thiết bị' }).click();
    const instructions = page.getByRole('status').filter({ hasText: 'Đã ghép nối "Máy đánh giá quầy hộ chiếu"' });
    await instructions.waitFor();
    expect(await instructions.getByRole('img', { name: 'Mã QR của địa chỉ ghép nối' }).isVisible()).toBe(true);
    const address = (await instructions.locator('code').first().textContent())!;
    const token = new URL(address).hash.slice(1);
    expect(address).toBe(`${site.url}/thiet-bi/ghep-noi#${token}`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `admin-centre-paired-${width}`);
    const me = await site.app.inject({ method: 'GET', url: '/api/public/devices/me', headers: { authorization: `Device ${token}` } });
    expect(me.json()).toMatchObject({ kind: 'tablet', counter: { number: counterNumber } });

    // The tablet opens the address it was given and is paired.
    const tablet = await openPage(browser, { width: 800, height: 1280 });
    await tablet.goto(address);
    await expect.poll(() => tablet.evaluate(() => JSON.parse(localStorage.getItem('motcua.device') ?? 'null')?.token)).toBe(token);
    await tablet.context().close();

    await instructions.getByRole('button', { name: 'Đã ghép nối xong' }).click();
    const row = page.locator('table tbody tr').filter({ hasText: 'Máy đánh giá quầy hộ chiếu' });
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    await row.getByRole('button', { name: 'Xác nhận: Thu hồi' }).click();
    await expect.poll(() => row.locator('.badge').textContent()).toBe('Đã thu hồi');
    expect((await site.app.inject({ method: 'GET', url: '/api/public/devices/me', headers: { authorization: `Device ${token}` } })).statusCode).toBe(401);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('renames a priority group, which the kiosks then offer by its new name', async () => {
    const { site, browser } = shared;
    const page = await signInOfficer(browser, site, 'admin', { width });
    await page.goto(`${site.url}/quan-tri/nhom-uu-tien`);
    await page.getByRole('heading', { name: 'Nhóm được ưu tiên khi lấy số', level: 1 }).waitFor();
    const first = page.getByRole('group', { name: 'nhóm Người cao tuổi' });
    await first.getByLabel(/^Tên \(/).fill('Người từ đủ 75 tuổi');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu.').waitFor();
    const groups = (await site.app.inject({ method: 'GET', url: '/api/public/priority-groups' })).json() as Array<{ code: string; name: string }>;
    expect(groups[0]).toEqual({ code: 'elderly', name: 'Người từ đủ 75 tuổi', nameEn: 'Elderly people' });
    await screenshot(page, `admin-priority-groups-${width}`);
    await page.context().close();
  });
});
