import { addDays, vietnamDate } from '@motcua/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_CODE, SERVICES, createCentre } from '../../server/test/support/centre.js';
import { CITIZEN_PASSWORD, registerCitizen } from '../../server/test/support/citizens.js';
import { type Mailbox, startMailbox } from '../../server/test/support/mailbox.js';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInCitizen } from './support/sessions.js';
import { type Site, startSite } from './support/site.js';

interface Slot {
  start: string;
  end: string;
  free: number;
}

/**
 * Booking a time at the centre in Chromium, on a phone and on a desktop: the form says what is
 * missing, a booking's code arrives by e-mail, its page moves and cancels it, and a signed-in
 * citizen books with their account and finds the booking listed.
 */
describe('booking a time at a centre, in Chromium', () => {
  let site: Site;
  let browser: Browser;
  let mailbox: Mailbox;
  /** The first day from tomorrow with slots for civil status, and its slots. */
  let day: { date: string; slots: Slot[] };

  beforeAll(async () => {
    mailbox = await startMailbox();
    [site, browser] = await Promise.all([startSite({ mail: { smtpUrl: mailbox.url, from: 'Một cửa xã Hòa Bình <motcua@hoabinh.example.vn>' } }), launchBrowser()]);
    await createCentre(site.db, site.province);
    const today = vietnamDate(new Date());
    for (let offset = 1; offset <= 30 && !day; offset++) {
      const date = addDays(today, offset);
      const slots = (await (await fetch(`${site.url}/api/public/centres/${CENTRE_CODE}/slots?service=${SERVICES.civilStatus.code}&date=${date}`)).json()) as Slot[];
      if (slots.length > 1) day = { date, slots };
    }
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await mailbox?.close();
  });

  /** `09:00–09:30 (còn 6 chỗ)`: how a slot's choice reads. */
  const slotChoice = (page: Page, slot: Slot) => page.getByRole('radio', { name: new RegExp(`^${slot.start.slice(11, 16)}–${slot.end.slice(11, 16)} `) });

  async function chooseSlot(page: Page, slot: Slot, date = day.date) {
    await page.getByLabel(/^Ngày/).fill(date);
    await slotChoice(page, slot).check();
  }

  it('books on a phone: the form names what is missing, then the booking shows with its code, which arrives by e-mail', async () => {
    const page = await openPage(browser, { width: 360, height: 740 });
    await page.goto(`${site.url}/dat-lich`);
    await page.getByRole('heading', { name: 'Đặt lịch hẹn tại trung tâm' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Đặt lịch', exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Chọn nơi đến.',
      'Chọn dịch vụ.',
      'Chọn một khung giờ còn chỗ.',
      'Nhập họ và tên (ít nhất 2 ký tự).',
      'Nhập số điện thoại hoặc email để nhận mã đặt lịch.',
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel(/^Trung tâm, bộ phận một cửa/).selectOption(CENTRE_CODE);
    await page.getByLabel(/^Dịch vụ/).selectOption(SERVICES.civilStatus.code);
    await chooseSlot(page, day.slots[0]!);
    await page.getByLabel(/^Họ và tên/).fill('Nguyễn Văn An');
    await page.getByLabel(/^Email/).fill('an.nguyen@example.vn');
    await page.getByLabel(/^Đối tượng ưu tiên/).selectOption('elderly');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Each slot is as tall as a finger, and nothing is wider than the phone.
    const heights = await page.locator('.slot-grid .choice').evaluateAll((slots) => slots.map((slot) => slot.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'booking-form-360');
    await page.getByRole('button', { name: 'Đặt lịch', exact: true }).click();

    const confirmation = page.getByText(/^Đã đặt lịch\. Mã đặt lịch của bạn là [A-Z2-9]{8}; mã cũng được gửi qua Thư điện tử\.$/);
    await confirmation.waitFor();
    const code = /là ([A-Z2-9]{8});/.exec((await confirmation.textContent())!)![1]!;
    expect(new URL(page.url()).pathname).toBe(`/dat-lich/${code}`);
    await page.getByText('Đã đặt', { exact: true }).waitFor();
    await page.getByText('Nguyễn V. A.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'booking-booked-360');
    await expect.poll(() => mailbox.received.find((mail) => mail.text?.includes(`Mã đặt lịch: ${code}.`)) !== undefined, { timeout: 15_000 }).toBe(true);
  });

  it('opens a booking from its code and contact on a desktop, moves it and cancels it', async () => {
    const booked = (await (
      await fetch(`${site.url}/api/public/centres/${CENTRE_CODE}/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ service: SERVICES.civilStatus.code, start: day.slots[0]!.start, name: 'Trần Thị Bình', phone: '0912 345 678' }),
      })
    ).json()) as { code: string };
    const page = await openPage(browser, { width: 1280 });
    await page.goto(`${site.url}/dat-lich/${booked.code}`);
    await page.getByLabel(/^Số điện thoại hoặc email đã đặt/).fill('0987000111');
    await page.getByRole('button', { name: 'Xem lịch hẹn' }).click();
    await page.getByText('Không tìm thấy lịch hẹn với mã và số điện thoại (hoặc email) này.').waitFor();
    await page.getByLabel(/^Số điện thoại hoặc email đã đặt/).fill('+84912345678');
    await page.getByRole('button', { name: 'Xem lịch hẹn' }).click();
    await page.getByText('Trần T. B.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await chooseSlot(page, day.slots[1]!);
    await page.getByRole('button', { name: 'Đổi sang giờ này' }).click();
    const moved = page.getByText(/^Đã đổi giờ hẹn\. Mã mới là [A-Z2-9]{8}/);
    await moved.waitFor();
    const newCode = /là ([A-Z2-9]{8})/.exec((await moved.textContent())!)![1]!;
    expect(newCode).not.toBe(booked.code);
    expect(new URL(page.url()).pathname).toBe(`/dat-lich/${newCode}`);
    await page.getByText(day.slots[1]!.start.slice(11, 16), { exact: false }).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'booking-moved-1280');

    await page.getByRole('button', { name: 'Hủy lịch hẹn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hủy lịch hẹn' });
    await dialog.getByText(`Hủy lịch hẹn ${newCode}?`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Hủy lịch hẹn' }).click();
    await page.getByText('Đã hủy lịch hẹn.').waitFor();
    await page.getByText('Đã hủy', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Hủy lịch hẹn' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('books in a signed-in citizen’s account with its name and phone, and lists the booking', async () => {
    await registerCitizen(site.app, { fullName: 'Lê Thị Hoa', phone: '0933111222' });
    const page = await signInCitizen(browser, site, '0933111222', CITIZEN_PASSWORD, { width: 360 });
    await page.goto(`${site.url}/dat-lich`);
    await page.getByRole('heading', { name: 'Lịch hẹn của tôi' }).waitFor();
    await page.getByText('Bạn chưa có lịch hẹn nào.').waitFor();
    expect(await page.getByLabel(/^Họ và tên/).inputValue()).toBe('Lê Thị Hoa');
    expect(await page.getByLabel(/^Số điện thoại di động/).inputValue()).toBe('0933111222');
    await page.getByLabel(/^Trung tâm, bộ phận một cửa/).selectOption(CENTRE_CODE);
    await page.getByLabel(/^Dịch vụ/).selectOption(SERVICES.civilStatus.code);
    await chooseSlot(page, day.slots.at(-1)!);
    await page.getByRole('button', { name: 'Đặt lịch', exact: true }).click();
    await page.getByText(/^Đã đặt lịch\. Mã đặt lịch của bạn là/).waitFor();
    await page.getByText('Lê T. H.').waitFor();

    await page.goto(`${site.url}/dat-lich`);
    const mine = page.getByRole('region', { name: 'Lịch hẹn của tôi' });
    await mine.getByRole('link').first().waitFor();
    expect(await mine.getByRole('link').count()).toBe(1);
    expect(await mine.textContent()).toContain('Đã đặt');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await mine.getByRole('link').first().click();
    await page.getByText('Đã đặt', { exact: true }).waitFor();
  });
});
