import type { Browser, Page } from 'playwright-core';
import { PASSWORD } from '../../../server/test/support/province.js';
import { openPage } from './browser.js';
import type { Site } from './site.js';

/** Waits for the sign-out button, which a phone's screen keeps behind the menu button. */
const signedIn = (page: Page) => page.getByRole('button', { name: 'Đăng xuất', includeHidden: true }).waitFor({ state: 'attached' });

/**
 * A fresh browser profile in which an officer of the test province signed in through the back
 * office's form, left on the page the back office opens first.
 */
export async function signInOfficer(browser: Browser, site: Site, username: string, options: { width?: number } = {}): Promise<Page> {
  const page = await openPage(browser, options);
  await page.goto(`${site.url}/can-bo`);
  await page.getByLabel(/^Tên đăng nhập/).fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await signedIn(page);
  return page;
}

/** A fresh browser profile in which a citizen signed in through the portal's form. */
export async function signInCitizen(browser: Browser, site: Site, login: string, password: string, options: { width?: number } = {}): Promise<Page> {
  const page = await openPage(browser, options);
  await page.goto(`${site.url}/dang-nhap`);
  await page.getByLabel(/^Thư điện tử hoặc số điện thoại/).fill(login);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await signedIn(page);
  return page;
}
