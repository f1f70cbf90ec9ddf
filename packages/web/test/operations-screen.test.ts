import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_CODE, type Centre, createCentre, pairTestDevice } from '../../server/test/support/centre.js';
import { receiveWalkIn } from '../../server/test/support/dossiers.js';
import { type Session, signIn } from '../../server/test/support/http.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/**
 * The operations screen on a 1920 × 1080 wall screen, in Chromium: paired like a kiosk, it shows
 * the commune's figures, and a dossier received at the counter appears on it without a reload;
 * after its connection drops it says so, and comes back by itself with what happened meanwhile.
 */
describe('the operations screen, live, in Chromium', () => {
  const shared = siteAndBrowser();
  let centre: Centre;
  let screen: { token: string };
  let reception: Session;

  beforeAll(async () => {
    centre = await createCentre(shared.site.db, shared.site.province);
    screen = await pairTestDevice(shared.site.db, centre, 'operations');
    reception = await signIn(shared.site.app, 'reception');
  });

  async function wallScreen(): Promise<Page> {
    const page = await openPage(shared.browser, { width: 1920, height: 1080 });
    await page.addInitScript(({ token, centreCode }) => localStorage.setItem('motcua.device', JSON.stringify({ token, centreCode, kind: 'operations' })), {
      token: screen.token,
      centreCode: CENTRE_CODE,
    });
    await page.goto(`${shared.site.url}/thiet-bi/dieu-hanh`);
    await page.getByRole('heading', { name: /Màn hình điều hành/ }).waitFor();
    return page;
  }

  const tile = (page: Page, label: string) => page.locator('.operations-tile', { hasText: label }).locator('.operations-tile-value');
  const receivedToday = (page: Page, count: number) => tile(page, 'Tiếp nhận hôm nay').getByText(String(count), { exact: true }).waitFor();

  it('shows the day’s receptions as they happen, the areas as a tree-map and the latest events', async () => {
    const wall = await wallScreen();
    await receivedToday(wall, 0);
    await wall.getByText('Chưa có hồ sơ nào trong 30 ngày qua.').waitFor();
    expect(await seriousAccessibilityViolations(wall)).toEqual([]);

    await receiveWalkIn(reception);
    await receivedToday(wall, 1);
    await tile(wall, 'Nộp trực tuyến hôm nay').getByText('0%').waitFor();
    // One cell, the commune, sized by its one dossier: nothing decided yet, said in words and by its pattern.
    const map = wall.getByRole('img', { name: /Sơ đồ các địa bàn/ });
    expect(await map.getAttribute('aria-label')).toContain('UBND xã Hòa Bình — đúng hạn, 1 hồ sơ');
    await wall.getByRole('region', { name: 'Diễn biến mới nhất' }).getByText('Đăng ký khai sinh — Nguyễn V. A. — UBND xã Hòa Bình').waitFor();
    await wall.getByRole('region', { name: 'Hàng chờ tại các trung tâm' }).getByRole('rowheader', { name: 'UBND xã Hòa Bình' }).waitFor();

    await receiveWalkIn(reception);
    await receivedToday(wall, 2);
    expect(await seriousAccessibilityViolations(wall)).toEqual([]);
    await screenshot(wall, 'operations-1920x1080');
    await wall.context().close();
  });

  it('says when its connection is lost, and catches up by itself when it is back', async () => {
    const wall = await wallScreen();
    const before = Number(await tile(wall, 'Tiếp nhận hôm nay').innerText());
    await wall.route('**/operations/stream', (route) => route.abort('internetdisconnected'));
    shared.site.app.server.closeAllConnections();
    await wall.getByText(/Mất kết nối với máy chủ — đang kết nối lại/).waitFor();

    await receiveWalkIn(reception);
    await wall.unroute('**/operations/stream');
    await receivedToday(wall, before + 1);
    await wall.getByText(/Mất kết nối với máy chủ/).waitFor({ state: 'detached' });
    await wall.context().close();
  });
});
