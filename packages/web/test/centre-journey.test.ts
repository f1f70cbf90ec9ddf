import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceKind } from '@motcua/core';
import { CENTRE_CODE, type Centre, createCentre, pairTestDevice } from '../../server/test/support/centre.js';
import { APPLICANT } from '../../server/test/support/dossiers.js';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/**
 * One person's visit to the centre, in Chromium, with the four screens of the issue open at once —
 * the kiosk, the display board, the officer's counter and the phone behind the ticket's QR code —
 * and the rating tablet at the counter: the ticket is issued, called, seen called on the board and
 * the phone, served, a dossier received from it, and the service rated on the tablet. Each page is
 * checked with axe at 360 px, the board on a 1920 × 1080 TV.
 */
describe('a visit to the centre, from the kiosk to the rating tablet, in Chromium', () => {
  const shared = siteAndBrowser();
  let centre: Centre;
  const tokens = {} as Record<DeviceKind, string>;

  beforeAll(async () => {
    centre = await createCentre(shared.site.db, shared.site.province);
    for (const kind of ['kiosk', 'board', 'tablet'] as const) tokens[kind] = (await pairTestDevice(shared.site.db, centre, kind, kind === 'tablet' ? 1 : undefined)).token;
  });

  /** A paired device's screen: the pairing is in its browser's storage, as the pairing page leaves it. */
  async function device(kind: DeviceKind, path: string, size: { width: number; height: number }): Promise<Page> {
    const page = await openPage(shared.browser, size);
    await page.addInitScript(({ token, centreCode, kind }) => {
      localStorage.setItem('motcua.device', JSON.stringify({ token, centreCode, kind }));
      // The kiosk's slip goes to a receipt printer, which this browser has not: its printing does nothing.
      window.print = () => undefined;
    }, { token: tokens[kind], centreCode: CENTRE_CODE, kind });
    await page.goto(`${shared.site.url}${path}`);
    return page;
  }

  const clean = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  it('issues, calls, shows the call live, serves, receives a dossier from the ticket and takes the rating', async () => {
    const phoneSize = { width: 360, height: 740 };
    // The officer sits down at counter 1.
    const counter = await signInOfficer(shared.browser, shared.site, 'reception', { width: 360 });
    await counter.goto(`${shared.site.url}/can-bo/quay`);
    await counter.getByLabel('Quầy', { exact: true }).selectOption({ label: 'UBND xã Hòa Bình — Quầy số 1 (Quầy 1)' });
    await counter.getByRole('button', { name: 'Mở quầy' }).click();
    await counter.getByRole('heading', { name: /^Quầy số 1/ }).waitFor();

    const board = await device('board', '/thiet-bi/bang-goi-so', { width: 1920, height: 1080 });
    const nowCalling = board.getByRole('region', { name: 'Mời công dân' });
    await nowCalling.getByText('Chưa có lượt gọi. Xin quý khách vui lòng chờ.').waitFor();
    const tablet = await device('tablet', '/thiet-bi/danh-gia', phoneSize);
    await tablet.getByText('Sau khi được phục vụ, mời ông/bà đánh giá tại đây.').waitFor();
    await clean(tablet);

    // A person takes a ticket at the kiosk by touch; the slip's QR code leads their phone to it.
    const kiosk = await device('kiosk', '/thiet-bi/ki-ot', phoneSize);
    await kiosk.getByRole('region', { name: 'Xin mời chọn dịch vụ để lấy số thứ tự' }).getByRole('button', { name: 'Hộ tịch' }).click();
    await clean(kiosk);
    const issued = kiosk.waitForResponse((response) => response.url().endsWith(`/api/public/centres/${CENTRE_CODE}/tickets`));
    await kiosk.getByRole('button', { name: 'Không, lấy số thường' }).click();
    const ticket = (await (await issued).json()) as { number: string; followUrl: string };
    expect(ticket.number).toBe('A001');
    await kiosk.getByRole('region', { name: 'Số thứ tự của bạn' }).getByText('A001').waitFor();
    await clean(kiosk);
    await screenshot(kiosk, 'journey-kiosk-360');

    const phone = await openPage(shared.browser, phoneSize);
    await phone.goto(shared.site.url + ticket.followUrl);
    await phone.getByRole('heading', { name: 'Phiếu số A001' }).waitFor();
    await clean(phone);
    const waitingOnBoard = board.getByRole('region', { name: 'Số người đang chờ' }).getByRole('listitem').filter({ hasText: 'Hộ tịch' });
    await waitingOnBoard.getByText('1 người').waitFor();
    await expect.poll(() => counter.getByRole('row', { name: /Hộ tịch/ }).getByRole('cell').textContent()).toBe('1 người');

    // Called from the counter's keyboard: the board and the phone say so at once.
    await counter.keyboard.press('F2');
    await nowCalling.getByText('A001').waitFor();
    expect(await nowCalling.innerText()).toMatch(/A001\s+Quầy 1/);
    await waitingOnBoard.getByText('0 người').waitFor();
    await phone.getByText('Đến lượt bạn! Mời đến quầy số 1.').waitFor();
    await clean(board);
    await screenshot(board, 'journey-board-1920x1080');
    await clean(phone);
    await screenshot(phone, 'journey-phone-called-360');

    // Served, and a dossier received from the ticket.
    await counter.keyboard.press('F4');
    await counter.getByText(/^Đang phục vụ từ/).waitFor();
    await clean(counter);
    await screenshot(counter, 'journey-counter-serving-360');
    await counter.keyboard.press('F6');
    await counter.getByText('Tiếp nhận từ phiếu số A001 đang phục vụ tại quầy số 1: hồ sơ sẽ ghi nhận phiếu này.').waitFor();
    await counter.getByLabel(/^Tìm thủ tục/).fill(BIRTH_REGISTRATION.code);
    await counter.getByRole('button', { name: new RegExp(BIRTH_REGISTRATION.name) }).click();
    await counter.getByLabel(/^Họ và tên/).fill(APPLICANT.name);
    await counter.getByLabel(/^Số định danh cá nhân/).fill(APPLICANT.idNumber);
    await counter.getByRole('checkbox', { name: /Tờ khai đăng ký khai sinh/ }).check();
    await counter.getByRole('checkbox', { name: /Giấy chứng sinh/ }).check();
    await clean(counter);
    await counter.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await counter.waitForURL(/\/can-bo\/ho-so\/.+\/giay-tiep-nhan$/);
    const receipt = counter.url();
    await counter.getByRole('link', { name: 'Mở hồ sơ' }).click();
    const ticketFact = counter.locator('dt', { hasText: 'Phiếu số thứ tự' }).locator('xpath=following-sibling::dd[1]');
    await ticketFact.waitFor();
    expect(await ticketFact.innerText()).toMatch(/^A001 \(Hộ tịch, quầy số 1\)\s+Chờ \d+ phút đến lần gọi đầu · đã phục vụ \d+ phút, chưa kết thúc$/);
    await clean(counter);

    // Back at the counter from the receipt, the service ends: the phone says so and the tablet asks for the rating.
    await counter.goto(receipt);
    await counter.getByRole('link', { name: 'Về quầy (phiếu A001)' }).click();
    await counter.getByText(/^Đang phục vụ từ/).waitFor();
    await counter.keyboard.press('F9');
    await counter.getByText('Đã kết thúc phục vụ số A001.').waitFor();
    await phone.getByText('Đã phục vụ xong. Cảm ơn bạn!').waitFor();
    await clean(phone);
    await tablet.getByText('Phiếu A001 — Hộ tịch').waitFor();
    await clean(tablet);
    await tablet.getByRole('radio', { name: /Rất hài lòng/ }).check();
    await tablet.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await tablet.getByText('Cảm ơn ông/bà đã đánh giá!').waitFor();
    await clean(tablet);
    await screenshot(tablet, 'journey-tablet-thanks-360');

    // One journey: the rating names the ticket's officer and counter, the dossier names the ticket.
    const { rows } = await shared.site.db.query<{ score: string; officer: string; counter: number; dossiers: number }>(
      `SELECT r.score, o.username AS officer, c.number AS counter,
              (SELECT count(*)::int FROM queue_ticket_dossiers l WHERE l.ticket_id = t.id) AS dossiers
         FROM ratings r JOIN queue_tickets t ON t.id = r.ticket_id JOIN officers o ON o.id = r.officer_id JOIN counters c ON c.id = r.counter_id
        WHERE t.label = 'A001'`,
    );
    expect(rows).toEqual([{ score: 'very_satisfied', officer: 'reception', counter: 1, dossiers: 1 }]);
    await Promise.all([counter, board, tablet, kiosk, phone].map((page) => page.context().close()));
    // Five browser pages at once and axe on each: longer than one page's test.
  }, 240_000);
});
