import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueTicket } from '../../server/src/modules/centres/index.js';
import { type Centre, createCentre } from '../../server/test/support/centre.js';
import { screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const main = (page: Page) => page.getByRole('main');
const said = (page: Page) => main(page).getByRole('status').filter({ hasText: /\S/ }).last();
const currentNumber = (page: Page) => page.locator('.counter-ticket-number').textContent();

describe.each([360, 1280])('the counter page at %i px, in Chromium', (width) => {
  const shared = siteAndBrowser();
  let centre: Centre;
  beforeAll(async () => {
    centre = await createCentre(shared.site.db, shared.site.province);
  });
  const issue = (service: keyof Centre['serviceIds'] = 'civilStatus') =>
    shared.site.db.transaction((tx) => issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds[service], priorityGroup: null, channel: 'kiosk', bookingId: null }, new Date()));

  it('opens a counter, calls, serves, transfers and marks a no-show from the keyboard, with the waiting counts live', { timeout: 180_000 }, async () => {
    const first = await issue();
    const page = await signInOfficer(shared.browser, shared.site, 'reception', { width });
    // Receiving officers find the counter in the menu.
    await page.goto(`${shared.site.url}/can-bo/tiep-nhan`);
    await main(page).getByRole('heading', { name: 'Tiếp nhận hồ sơ tại quầy' }).waitFor();
    const menuButton = page.getByRole('button', { name: 'Danh mục' });
    if (await menuButton.isVisible()) await menuButton.click();
    await page.getByRole('link', { name: 'Quầy gọi số' }).click();
    await main(page).getByRole('heading', { name: 'Mở quầy' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Quầy', { exact: true }).selectOption({ label: 'UBND xã Hòa Bình — Quầy số 1 (Quầy 1)' });
    await page.getByRole('button', { name: 'Mở quầy' }).click();
    await main(page).getByRole('heading', { name: /^Quầy số 1/ }).waitFor();

    // Every action shows its key; the waiting counts follow the queue as it moves.
    const actions = main(page).getByRole('group', { name: 'Thao tác với phiếu' }).getByRole('button');
    expect(await actions.evaluateAll((buttons) => buttons.map((button) => [button.textContent, button.getAttribute('aria-keyshortcuts')]))).toEqual([
      ['Gọi số tiếp theoF2', 'F2'],
      ['Gọi lạiF3', 'F3'],
      ['Bắt đầu phục vụF4', 'F4'],
      ['Tiếp nhận hồ sơF6', 'F6'],
      ['ChuyểnF7', 'F7'],
      ['Vắng mặtF8', 'F8'],
      ['Kết thúc phục vụF9', 'F9'],
    ]);
    const waitingFor = (service: string) => main(page).getByRole('row', { name: new RegExp(service) }).getByRole('cell').textContent();
    expect(await waitingFor('Hộ tịch')).toBe('1 người');
    const second = await issue();
    await expect.poll(() => waitingFor('Hộ tịch')).toBe('2 người');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // F2 calls the first in line, F3 calls again, F4 starts serving.
    await page.keyboard.press('F2');
    await expect.poll(() => said(page).textContent()).toBe(`Đã gọi số ${first.number}.`);
    expect(await currentNumber(page)).toBe(first.number);
    await expect.poll(() => waitingFor('Hộ tịch')).toBe('1 người');
    await page.keyboard.press('F3');
    await expect.poll(() => said(page).textContent()).toBe(`Đã gọi lại số ${first.number} (lần 2).`);
    await page.keyboard.press('F4');
    await expect.poll(() => said(page).textContent()).toBe(`Bắt đầu phục vụ số ${first.number}.`);
    await screenshot(page, `counter-serving-${width}`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // F10 opens the form to issue a ticket; keys pressed while choosing in it stay there.
    await page.keyboard.press('F10');
    const service = page.getByLabel(/^Dịch vụ/);
    await expect.poll(() => service.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('F9');
    await page.getByLabel('Đối tượng ưu tiên').focus();
    await page.keyboard.press('F9');
    expect(await main(page).textContent()).toContain('Đang phục vụ từ');
    await service.selectOption({ label: 'B — Đất đai' });
    await page.getByRole('button', { name: 'Cấp phiếu', exact: true }).click();
    await expect.poll(() => said(page).textContent()).toMatch(/^Đã cấp phiếu số B001 \(Đất đai\); 0 người phía trước\.$/);

    await page.keyboard.press('F9');
    await expect.poll(() => said(page).textContent()).toBe(`Đã kết thúc phục vụ số ${first.number}.`);
    await expect.poll(() => main(page).textContent()).toContain('Chưa gọi ai.');

    // The next is transferred to land, at counter 2; its place is kept.
    await page.keyboard.press('F2');
    await expect.poll(() => currentNumber(page)).toBe(second.number);
    await page.keyboard.press('F7');
    await page.getByLabel('Sang dịch vụ').selectOption({ label: 'B — Đất đai' });
    await page.getByLabel('Sang quầy').selectOption({ label: 'Quầy số 2 (Quầy 2)' });
    await page.getByRole('button', { name: 'Chuyển phiếu' }).click();
    await expect.poll(() => said(page).textContent()).toBe(`Đã chuyển số ${second.number}.`);
    // The desk shows its hands empty once it has read itself again; until then the next call is not offered.
    await expect.poll(() => main(page).textContent()).toContain('Chưa gọi ai.');

    // A no-show only after the centre's three calls.
    const third = await issue();
    await page.keyboard.press('F2');
    await expect.poll(() => currentNumber(page)).toBe(third.number);
    const noShow = main(page).getByRole('button', { name: /^Vắng mặt/ });
    expect(await noShow.isDisabled()).toBe(true);
    expect(await main(page).textContent()).toContain('Đánh vắng mặt được sau 3 lần gọi.');
    await page.keyboard.press('F3');
    await expect.poll(() => said(page).textContent()).toContain('(lần 2)');
    await page.keyboard.press('F3');
    await expect.poll(() => said(page).textContent()).toContain('(lần 3)');
    await expect.poll(() => noShow.isDisabled()).toBe(false);
    await page.keyboard.press('F8');
    await expect.poll(() => said(page).textContent()).toBe(`Đã đánh dấu số ${third.number} vắng mặt.`);
    await expect.poll(() => main(page).textContent()).toContain('Chưa gọi ai.');

    // A ticket checked in from a booking shows the booking's code, to match the message the person shows.
    const booked = await shared.site.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO bookings (code, agency_id, service_id, slot_start, slot_end, name, phone, status, created_at)
         VALUES ('HB7K2M9Q', $1, $2, now(), now() + interval '30 minutes', 'Lê Văn Hẹn', '0913000001', 'checked_in', now()) RETURNING id`,
        [centre.agencyId, centre.serviceIds.civilStatus],
      );
      return issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds.civilStatus, priorityGroup: null, channel: 'booking', bookingId: rows[0]!.id }, new Date());
    });
    await page.keyboard.press('F2');
    await expect.poll(() => currentNumber(page)).toBe(booked.number);
    expect(await page.locator('.counter-ticket').textContent()).toContain('Đặt lịch trước, mã: HB7K2M9Q');
    await screenshot(page, `counter-booking-${width}`);
    await page.keyboard.press('F4');
    await expect.poll(() => said(page).textContent()).toBe(`Bắt đầu phục vụ số ${booked.number}.`);
    // Finishing is offered once the desk has read itself serving.
    await expect.poll(() => main(page).textContent()).toContain('Đang phục vụ từ');
    await page.keyboard.press('F9');
    await expect.poll(() => main(page).textContent()).toContain('Chưa gọi ai.');

    // Paused with a reason (the shortcut types nothing into it), open again, then closed.
    await page.keyboard.press('Shift+F2');
    const reason = page.getByLabel(/^Lý do tạm dừng/);
    await reason.pressSequentially('Nghỉ giải lao');
    await page.keyboard.press('F2');
    await reason.press('Enter');
    await expect.poll(() => main(page).textContent()).toContain('Tạm dừng: Nghỉ giải lao');
    expect(await main(page).getByRole('button', { name: /^Gọi số tiếp theo/ }).isDisabled()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `counter-paused-${width}`);
    await page.keyboard.press('Shift+F2');
    await expect.poll(() => said(page).textContent()).toBe('Quầy tiếp tục làm việc.');
    await page.keyboard.press('Shift+F3');
    await page.getByRole('dialog', { name: 'Đóng quầy' }).getByRole('button', { name: 'Đóng quầy' }).click();
    await main(page).getByRole('heading', { name: 'Mở quầy' }).waitFor();
    // Nothing of the page is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
