import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_CODE, type Centre, SERVICES, createCentre, pairTestDevice } from '../../server/test/support/centre.js';
import { type Session, signIn } from '../../server/test/support/http.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/**
 * The centre's display board on a 1920 × 1080 TV and the phone page behind a ticket's QR code at
 * 360 px, in Chromium: both follow the calls live from their streams, and the board comes back by
 * itself after its connection drops, showing what happened meanwhile.
 */
describe('the display board and the phone page, live, in Chromium', () => {
  const shared = siteAndBrowser();
  let centre: Centre;
  let kiosk: { token: string };
  let board: { token: string };
  let reception: Session;

  beforeAll(async () => {
    centre = await createCentre(shared.site.db, shared.site.province);
    [kiosk, board] = await Promise.all([pairTestDevice(shared.site.db, centre, 'kiosk'), pairTestDevice(shared.site.db, centre, 'board')]);
    reception = await signIn(shared.site.app, 'reception');
    const opened = await reception.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/3/open`);
    expect(opened.statusCode).toBe(200);
  });

  /** A ticket from the kiosk, as a person takes it. */
  async function takeTicket(service: keyof typeof SERVICES): Promise<{ number: string; followUrl: string }> {
    const response = await shared.site.app.inject({
      method: 'POST',
      url: `/api/public/centres/${CENTRE_CODE}/tickets`,
      headers: { authorization: `Device ${kiosk.token}` },
      payload: { service: SERVICES[service].code },
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  async function callNext(): Promise<string> {
    const response = await reception.request('POST', '/api/v1/counters/mine/call-next');
    expect(response.statusCode).toBe(200);
    return (response.json() as { current: { number: string } }).current.number;
  }

  async function boardPage(): Promise<Page> {
    const page = await openPage(shared.browser, { width: 1920, height: 1080 });
    await page.addInitScript(({ token, centreCode }) => localStorage.setItem('motcua.device', JSON.stringify({ token, centreCode, kind: 'board' })), {
      token: board.token,
      centreCode: CENTRE_CODE,
    });
    await page.goto(`${shared.site.url}/thiet-bi/bang-goi-so`);
    await page.getByRole('heading', { name: /Màn hình gọi số/ }).waitFor();
    return page;
  }

  const nowCalling = (page: Page) => page.getByRole('region', { name: 'Mời công dân' });
  const waitingLine = (page: Page, service: string) => page.getByRole('region', { name: 'Số người đang chờ' }).getByRole('listitem').filter({ hasText: service });

  it('shows each call on the board and on the ticket holder’s phone as it is made', async () => {
    const tv = await boardPage();
    await nowCalling(tv).getByText('Chưa có lượt gọi. Xin quý khách vui lòng chờ.').waitFor();
    expect(await seriousAccessibilityViolations(tv)).toEqual([]);

    const ticket = await takeTicket('civilStatus');
    await waitingLine(tv, 'Hộ tịch').getByText('1 người').waitFor();
    const phone = await openPage(shared.browser, { width: 360, height: 740 });
    await phone.goto(shared.site.url + ticket.followUrl);
    await phone.getByRole('heading', { name: `Phiếu số ${ticket.number}` }).waitFor();
    await phone.getByText('Bạn là người tiếp theo. Xin hãy có mặt gần các quầy.').waitFor();
    // Nobody ahead: the wait is "about to be called", not "about 0 minutes".
    expect(await phone.locator('.queue-ticket-figures dd').allTextContents()).toEqual(['0', 'sắp được gọi']);
    await phone.getByText('Trang tự cập nhật, không cần tải lại.').waitFor();
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);

    expect(await callNext()).toBe(ticket.number);
    await nowCalling(tv).getByText(ticket.number).waitFor();
    expect(await nowCalling(tv).innerText()).toMatch(new RegExp(`${ticket.number}\\s+Quầy 3`));
    await waitingLine(tv, 'Hộ tịch').getByText('0 người').waitFor();
    await tv.getByRole('region', { name: 'Lượt gọi gần đây' }).getByText(ticket.number).waitFor();
    expect(await seriousAccessibilityViolations(tv)).toEqual([]);
    await screenshot(tv, 'board-1920x1080');

    await phone.getByText('Đến lượt bạn! Mời đến quầy số 3.').waitFor();
    expect(await phone.title()).toContain(`Đến lượt bạn — ${ticket.number}`);
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await screenshot(phone, 'queue-ticket-called-360');

    for (const action of ['start', 'finish']) expect((await reception.request('POST', `/api/v1/counters/mine/${action}`)).statusCode).toBe(200);
    await phone.getByText('Đã phục vụ xong. Cảm ơn bạn!').waitFor();
    await nowCalling(tv).getByText('Chưa có lượt gọi. Xin quý khách vui lòng chờ.').waitFor();
    await Promise.all([tv.context().close(), phone.context().close()]);
  });

  it('tells an unknown ticket’s holder so', async () => {
    const phone = await openPage(shared.browser, { width: 360, height: 740 });
    await phone.goto(`${shared.site.url}/hang-cho/${'x'.repeat(24)}`);
    await phone.getByText('Không tìm thấy phiếu số thứ tự của mã này. Hãy quét lại mã QR trên phiếu.').waitFor();
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await phone.context().close();
  });

  it('reconnects by itself after the network drops and shows the calls it missed', async () => {
    const tv = await boardPage();
    await nowCalling(tv).getByText('Chưa có lượt gọi. Xin quý khách vui lòng chờ.').waitFor();
    // The hall's network goes: the connection is cut and, for a while, nothing gets through.
    await tv.route('**/board/stream', (route) => route.abort('internetdisconnected'));
    shared.site.app.server.closeAllConnections();
    await tv.getByText('Mất kết nối với máy chủ — đang kết nối lại…').waitFor();

    const missed = await takeTicket('land');
    expect(await callNext()).toBe(missed.number);
    await tv.unroute('**/board/stream');
    await nowCalling(tv).getByText(missed.number).waitFor();
    await tv.getByText('Mất kết nối với máy chủ — đang kết nối lại…').waitFor({ state: 'detached' });
    expect(await tv.getByRole('region', { name: 'Lượt gọi gần đây' }).innerText()).toContain(missed.number);
    await tv.context().close();
  });
});
