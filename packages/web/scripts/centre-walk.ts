/**
 * A walk through the centre's screens as a newcomer meets them, on a phone (360 × 800) and on a TV
 * (1920 × 1080): the kiosk (taking a ticket, checking a booking in), the display board, the phone page behind a ticket, the booking pages,
 * the rating page and the officer's counter. It saves a screenshot of each into
 * packages/web/test-artifacts/walk-*.png for people to look at, and prints what a machine can see
 * of what a newcomer would stumble on: a page wider than the screen, text cut off by its box, and
 * touch targets smaller than a finger (40 px) on the phone or a pointer (24 px) on the TV.
 *
 * Run on a web build of your own: `MOTCUA_WEB_DIR=/tmp/web-build npx tsx packages/web/scripts/centre-walk.ts`.
 */
import type { Browser, Page } from 'playwright-core';
import { addDays, vietnamDate } from '@motcua/core';
import { CENTRE_CODE, SERVICES, createCentre, pairTestDevice } from '../../server/test/support/centre.js';
import { signIn } from '../../server/test/support/http.js';
import { launchBrowser, openPage, screenshot } from '../test/support/browser.js';
import { signInOfficer } from '../test/support/sessions.js';
import { type Site, startSite } from '../test/support/site.js';

const SIZES = [
  { name: '360x800', width: 360, height: 800 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;
type Size = (typeof SIZES)[number];

/** What can be measured of a page's fit: overflow, text clipped by its box, small touch targets. */
async function fitProblems(page: Page): Promise<string[]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page ${root.scrollWidth - root.clientWidth}px wider than the screen`);
    for (const element of document.querySelectorAll('body *')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) problems.push(`text cut off: ${element.tagName.toLowerCase()}.${String(element.className)} "${(element.textContent ?? '').trim().slice(0, 40)}"`);
    }
    // A finger needs about 40 px on a phone; a pointer on a wide screen WCAG's 24 px.
    const least = root.clientWidth < 600 ? 40 : 24;
    for (const control of document.querySelectorAll('button, a[href], input, select, textarea, summary, [role="button"]')) {
      // A radio button or checkbox is touched through its whole label.
      const target = (control.matches('input[type="radio"], input[type="checkbox"]') && control.closest('label')) || control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || target.matches('.skip-link')) continue;
      const inline = target.tagName === 'A' && getComputedStyle(target).display === 'inline';
      if (!inline && (box.width < least || box.height < least)) problems.push(`small target ${Math.round(box.width)}×${Math.round(box.height)}: ${target.tagName.toLowerCase()}.${String(target.className)} "${(target.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return problems;
  });
}

async function keep(page: Page, name: string, size: Size): Promise<void> {
  await page.waitForTimeout(300);
  await screenshot(page, `walk-${name}-${size.name}`);
  const problems = await fitProblems(page);
  console.log(`${name} at ${size.name}: ${problems.length === 0 ? 'fits' : ''}`);
  for (const problem of problems) console.log(`  - ${problem}`);
}

/** A paired device's screen, as the pairing page leaves it in the browser's storage. */
async function device(browser: Browser, site: Site, token: string, kind: string, path: string, size: Size): Promise<Page> {
  const page = await openPage(browser, size);
  await page.addInitScript(
    ({ token, centreCode, kind }) => {
      localStorage.setItem('motcua.device', JSON.stringify({ token, centreCode, kind }));
      window.print = () => undefined;
    },
    { token, centreCode: CENTRE_CODE, kind },
  );
  await page.goto(`${site.url}${path}`);
  return page;
}

async function post<T>(site: Site, url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${site.url}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function main(): Promise<void> {
  const site = await startSite();
  const browser = await launchBrowser();
  try {
    const centre = await createCentre(site.db, site.province);
    const [kiosk, board, tablet] = await Promise.all([
      pairTestDevice(site.db, centre, 'kiosk'),
      pairTestDevice(site.db, centre, 'board'),
      pairTestDevice(site.db, centre, 'tablet', 1),
    ]);
    const issue = (service: string) =>
      post<{ number: string; followUrl: string }>(site, `/api/public/centres/${CENTRE_CODE}/tickets`, { service }, { authorization: `Device ${kiosk.token}` });
    const served = await issue(SERVICES.civilStatus.code);
    const called = await issue(SERVICES.civilStatus.code);
    const waiting = await issue(SERVICES.civilStatus.code);
    await issue(SERVICES.land.code);
    const reception = await signIn(site.app, 'reception');
    const act = async (path: string) => {
      const response = await reception.request('POST', path, {});
      if (response.statusCode >= 300) throw new Error(`${path}: ${response.body}`);
    };
    await act(`/api/v1/centres/${CENTRE_CODE}/counters/1/open`);
    for (const action of ['call-next', 'start', 'finish', 'call-next']) await act(`/api/v1/counters/mine/${action}`);

    // A booking of the first free slot of the coming days.
    let booking: { code: string } | undefined;
    for (let day = 1; !booking && day <= 10; day++) {
      const date = addDays(vietnamDate(new Date()), day);
      const slots = (await (await fetch(`${site.url}/api/public/centres/${CENTRE_CODE}/slots?service=${SERVICES.civilStatus.code}&date=${date}`)).json()) as Array<{ start: string }>;
      if (slots[0]) booking = await post(site, `/api/public/centres/${CENTRE_CODE}/bookings`, { service: SERVICES.civilStatus.code, start: slots[0].start, name: 'Nguyễn Thị Phương Thảo', phone: '0912345678' });
    }

    for (const size of SIZES) {
      const kioskPage = await device(browser, site, kiosk.token, 'kiosk', '/thiet-bi/ki-ot', size);
      await kioskPage.getByRole('button', { name: SERVICES.civilStatus.name }).waitFor();
      await keep(kioskPage, 'kiosk-start', size);
      await kioskPage.getByRole('button', { name: SERVICES.civilStatus.name }).click();
      await keep(kioskPage, 'kiosk-priority', size);
      await kioskPage.getByRole('button', { name: 'Không, lấy số thường' }).click();
      await kioskPage.getByRole('region', { name: 'Số thứ tự của bạn' }).waitFor();
      await keep(kioskPage, 'kiosk-ticket', size);
      await kioskPage.goto(`${site.url}/thiet-bi/ki-ot`);
      await kioskPage.getByRole('button', { name: /^Đã đặt lịch hẹn/ }).click();
      await kioskPage.getByRole('heading', { name: 'Nhập mã đặt lịch' }).waitFor();
      await keep(kioskPage, 'kiosk-booking', size);
      await kioskPage.context().close();

      const boardPage = await device(browser, site, board.token, 'board', '/thiet-bi/bang-goi-so', size);
      await boardPage.getByText(called.number).first().waitFor();
      await keep(boardPage, 'board', size);
      await boardPage.context().close();

      const tabletPage = await device(browser, site, tablet.token, 'tablet', '/thiet-bi/danh-gia', size);
      await tabletPage.getByRole('heading').first().waitFor();
      await keep(tabletPage, 'tablet', size);
      await tabletPage.getByText('Đánh giá chi tiết (không bắt buộc)').click();
      await keep(tabletPage, 'tablet-criteria', size);
      await tabletPage.context().close();

      const phone = await openPage(browser, size);
      for (const [name, ticket] of [['phone-called', called], ['phone-waiting', waiting]] as const) {
        await phone.goto(`${site.url}${ticket.followUrl}`);
        await phone.getByRole('heading', { name: `Phiếu số ${ticket.number}` }).waitFor();
        await keep(phone, name, size);
      }
      await phone.goto(`${site.url}/danh-gia/${served.followUrl.split('/').pop()}`);
      await phone.getByRole('heading', { level: 1 }).waitFor();
      await keep(phone, 'rating', size);
      await phone.getByText('Đánh giá chi tiết (không bắt buộc)').click();
      await keep(phone, 'rating-criteria', size);
      await phone.goto(`${site.url}/dat-lich`);
      await phone.getByRole('heading', { level: 1 }).waitFor();
      await keep(phone, 'booking-form', size);
      if (booking) {
        await phone.goto(`${site.url}/dat-lich/${booking.code}`);
        await phone.getByLabel(/^Số điện thoại hoặc email đã đặt/).fill('0912345678');
        await phone.getByRole('button', { name: 'Xem lịch hẹn' }).click();
        await phone.getByText('Nguyễn T. P. T.').waitFor();
        await keep(phone, 'booking-details', size);
      }
      await phone.context().close();

      const counter = await signInOfficer(browser, site, 'reception', size);
      await counter.goto(`${site.url}/can-bo/quay`);
      await counter.locator('.counter-ticket-number').waitFor();
      await keep(counter, 'counter', size);
      await counter.context().close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
