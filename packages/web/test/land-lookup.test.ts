import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WARD, wardCollection } from '../../server/src/demo/land.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { signIn } from '../../server/test/support/http.js';
import { AGENCIES, PASSWORD } from '../../server/test/support/province.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** Three blocks by three of the demo ward: a few hundred parcels, with the main street's widening, the park and its pond. */
const WARD = wardCollection({ ...DEMO_WARD, blocksAcross: 3, blocksDown: 3 });
const parcelOf = (sheet: number, parcel: number) => WARD.features.find((feature) => feature.properties.sheet === sheet && feature.properties.parcel === parcel)!.properties;

/**
 * The portal's land lookup: a parcel found by its commune, map sheet and number, or by a click on
 * the map; what it shows is the register's public part, never who holds the land.
 */
describe('land lookup page in Chromium', () => {
  const shared = siteAndBrowser();

  beforeAll(async () => {
    const { app, db, province } = shared.site;
    const { rows } = await db.query<{ id: string }>('INSERT INTO officers (username, full_name, password_hash) VALUES ($1, $2, $3) RETURNING id', ['diachinh', 'Lê Văn Địa Chính', await hashPassword(PASSWORD)]);
    await db.query('INSERT INTO officer_roles (officer_id, role, agency_id) VALUES ($1, $2, $3)', [rows[0]!.id, 'land_officer', province.agencyIds.commune]);
    const officer = await signIn(app, 'diachinh');
    const imported = await officer.request('POST', `/api/v1/land/communes/${AGENCIES.commune.code}/import`, WARD);
    expect(imported.statusCode).toBe(200);
  });

  it('finds a parcel by its number, says what is wrong with the form, and shows no holder', async () => {
    const page = await openPage(shared.browser);
    await page.goto(`${shared.site.url}/tra-cuu-dat-dai`);
    // The one commune with a register is chosen already.
    await expect.poll(() => page.getByLabel(/^Xã, phường/).inputValue()).toBe(AGENCIES.commune.code);
    // The map opens on the whole commune.
    await expect.poll(() => page.locator('.land-map-parcels path').count()).toBe(WARD.features.filter((feature) => 'sheet' in feature.properties).length);

    await page.getByLabel(/^Số thửa/).fill('12a');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    const summary = page.getByRole('alert').first();
    await expect.poll(() => summary.textContent()).toContain('Vui lòng nhập số tờ bản đồ.');
    expect(await summary.textContent()).toContain('Số thửa là số nguyên dương, ví dụ 125.');

    await page.getByLabel(/^Số tờ bản đồ/).fill('1');
    await page.getByLabel(/^Số thửa/).fill('999');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('thửa đất số 999, tờ bản đồ số 1');

    // Sheet 3 is the row of blocks along the widened main street: its first lot is partly in its planning.
    const widened = parcelOf(3, 1);
    expect(widened.planningZone).toBe('QH-DGT-01');
    await page.getByLabel(/^Số tờ bản đồ/).fill('3');
    await page.getByLabel(/^Số thửa/).fill('1');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    const result = page.getByRole('region', { name: 'Thửa đất số 1, tờ bản đồ số 3' });
    await expect.poll(() => result.textContent()).toContain('Loại đất');
    const facts = (await result.textContent()) ?? '';
    for (const expected of ['UBND xã Hòa Bình', 'Diện tích', 'Thời hạn sử dụng', 'Một phần thửa đất thuộc quy hoạch', 'Mở rộng đại lộ Lê Lợi', 'thuộc lộ giới mở rộng']) expect(facts).toContain(expected);
    expect(facts).not.toContain(String(widened.holderName));
    expect(facts).not.toContain(String(widened.holderIdNumber));
    await expect.poll(() => page.locator('.land-map-chosen path').count()).toBe(1);

    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'portal-land-lookup');
    await page.context().close();
  });

  it('finds the parcel clicked on the map', async () => {
    const page = await openPage(shared.browser);
    await page.goto(`${shared.site.url}/tra-cuu-dat-dai`);
    const lot = page.locator('.land-map-parcels path', { has: page.locator('title', { hasText: /^Thửa 5, tờ 2$/ }) });
    await expect.poll(() => lot.count()).toBe(1);
    await page.locator('.land-map-canvas').scrollIntoViewIfNeeded();
    // The lots are convex quadrilaterals: the middle of one's box lies in it.
    const box = (await lot.boundingBox({ timeout: 5_000 }))!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const result = page.getByRole('region', { name: 'Thửa đất số 5, tờ bản đồ số 2' });
    await expect.poll(() => result.textContent()).toContain('Loại đất');
    expect(await result.textContent()).toContain(String(parcelOf(2, 5).address));
    expect(await result.textContent()).not.toContain(String(parcelOf(2, 5).holderName));
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
