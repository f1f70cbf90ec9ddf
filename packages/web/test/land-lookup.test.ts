import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../server/src/config.js';
import { DEMO_WARD, wardCollection } from '../../server/src/demo/land.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { signIn } from '../../server/test/support/http.js';
import { AGENCIES, PASSWORD } from '../../server/test/support/province.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';
import type { Site } from './support/site.js';

/** Three blocks by three of the demo ward: a few hundred parcels, with the main street's widening, the park and its pond. */
const WARD = wardCollection({ ...DEMO_WARD, blocksAcross: 3, blocksDown: 3 });
const featureOf = (sheet: number, parcel: number) => WARD.features.find((feature) => feature.properties.sheet === sheet && feature.properties.parcel === parcel)!;
const parcelOf = (sheet: number, parcel: number) => featureOf(sheet, parcel).properties;
const PARCELS = WARD.features.filter((feature) => 'sheet' in feature.properties).length;

/** Web Mercator's northing, in the units of its easting (degrees' radians). */
const northing = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Where a place is on the screen, from the box the map says it shows (`data-bbox`, west, south,
 * east, north) and where its canvas is: the map keeps north up, so the box's corners are the canvas's.
 */
async function screenPoint(page: Page, [lng, lat]: readonly [number, number]): Promise<{ x: number; y: number }> {
  const [west, south, east, north] = (await page.locator('.land-map-canvas').getAttribute('data-bbox'))!.split(',').map(Number) as [number, number, number, number];
  const canvas = (await page.locator('.land-map-canvas canvas').boundingBox())!;
  return {
    x: canvas.x + ((lng - west) / (east - west)) * canvas.width,
    y: canvas.y + ((northing(north) - northing(lat)) / (northing(north) - northing(south))) * canvas.height,
  };
}

/** How many pixels of each colour ("#rrggbb") the map's canvas shows: a blank canvas shows one colour. */
async function coloursDrawn(page: Page, canvas: Locator): Promise<Record<string, number>> {
  const picture = (await canvas.screenshot()).toString('base64');
  return page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const drawing = document.createElement('canvas');
    drawing.width = image.width;
    drawing.height = image.height;
    const context = drawing.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const colours: Record<string, number> = {};
    for (let index = 0; index < data.length; index += 4) {
      const colour = `#${[data[index]!, data[index + 1]!, data[index + 2]!].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
      colours[colour] = (colours[colour] ?? 0) + 1;
    }
    return colours;
  }, picture);
}

/** The ward's register, imported by a land officer of the commune. */
async function importWard({ app, db, province }: Site): Promise<void> {
  const { rows } = await db.query<{ id: string }>('INSERT INTO officers (username, full_name, password_hash) VALUES ($1, $2, $3) RETURNING id', ['diachinh', 'Lê Văn Địa Chính', await hashPassword(PASSWORD)]);
  await db.query('INSERT INTO officer_roles (officer_id, role, agency_id) VALUES ($1, $2, $3)', [rows[0]!.id, 'land_officer', province.agencyIds.commune]);
  const officer = await signIn(app, 'diachinh');
  const imported = await officer.request('POST', `/api/v1/land/communes/${AGENCIES.commune.code}/import`, WARD);
  expect(imported.statusCode).toBe(200);
}

/**
 * The portal's land lookup: a parcel found by its commune, map sheet and number, or by a click on
 * the map; what it shows is the register's public part, never who holds the land.
 */
describe('land lookup page in Chromium', () => {
  const shared = siteAndBrowser();

  beforeAll(() => importWard(shared.site));

  it('finds a parcel by its number, says what is wrong with the form, and shows no holder', async () => {
    const page = await openPage(shared.browser);
    await page.goto(`${shared.site.url}/tra-cuu-dat-dai`);
    // The one commune with a register is chosen already.
    await expect.poll(() => page.getByLabel(/^Xã, phường/).inputValue()).toBe(AGENCIES.commune.code);
    // The map opens on the whole commune, drawn by MapLibre: its canvas names what it shows, the key counts each land use.
    const canvas = page.getByRole('region', { name: /^Bản đồ UBND xã Hòa Bình:/ });
    await expect.poll(() => canvas.getAttribute('aria-label'), { timeout: 15_000 }).toContain(`${PARCELS} thửa đất`);
    const key = page.getByRole('table', { name: 'Chú giải bản đồ' });
    expect(await key.getByRole('row', { name: /Đất ở tại đô thị \(ODT\)/ }).count()).toBe(1);
    expect(await key.getByRole('row', { name: /Ranh giới xã, phường/ }).textContent()).toMatch(/1$/);
    await expect.poll(async () => Object.keys(await coloursDrawn(page, canvas)).length).toBeGreaterThan(20);

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
    await expect.poll(() => key.getByRole('row', { name: /Thửa đang xem/ }).textContent()).toMatch(/1$/);

    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'portal-land-lookup');
    await page.context().close();
  });

  it('finds the parcel clicked on the map', async () => {
    const page = await openPage(shared.browser);
    await page.goto(`${shared.site.url}/tra-cuu-dat-dai`);
    await expect.poll(() => page.locator('.land-map-canvas').getAttribute('data-bbox'), { timeout: 15_000 }).toBeTruthy();
    await page.locator('.land-map-canvas').scrollIntoViewIfNeeded();
    // The lots are convex quadrilaterals: the mean of one's corners lies in it.
    const corners = (featureOf(2, 5).geometry.coordinates[0] as Array<[number, number]>).slice(0, -1);
    const middle = [0, 1].map((axis) => corners.reduce((sum, corner) => sum + corner[axis]!, 0) / corners.length) as [number, number];
    const { x, y } = await screenPoint(page, middle);
    await page.mouse.click(x, y);
    const result = page.getByRole('region', { name: 'Thửa đất số 5, tờ bản đồ số 2' });
    await expect.poll(() => result.textContent()).toContain('Loại đất');
    expect(await result.textContent()).toContain(String(parcelOf(2, 5).address));
    expect(await result.textContent()).not.toContain(String(parcelOf(2, 5).holderName));
    await page.waitForLoadState('networkidle');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says when the browser cannot draw the map, and still finds parcels by number', async () => {
    const page = await openPage(shared.browser);
    // A browser without WebGL 2, as some old phones and locked-down PCs are.
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return kind === 'webgl2' ? null : (getContext as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
      } as typeof getContext;
    });
    await page.goto(`${shared.site.url}/tra-cuu-dat-dai`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Không tải hoặc không vẽ được bản đồ' }).count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel(/^Số tờ bản đồ/).fill('2');
    await page.getByLabel(/^Số thửa/).fill('5');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Thửa đất số 5, tờ bản đồ số 2' }).textContent()).toContain(String(parcelOf(2, 5).address));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});

/** A tile of one colour, as the installation's own tile server would send it to another origin (CORS, which WebGL needs). */
const BASE_COLOUR = '#2040c0';
const TILE = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="${BASE_COLOUR}"/></svg>`;

describe('land map over the base layer the installation names', () => {
  const requested: string[] = [];
  const tiles = createServer((request, response) => {
    requested.push(request.url!);
    response.writeHead(200, { 'content-type': 'image/svg+xml', 'access-control-allow-origin': '*' });
    response.end(TILE);
  });
  const config: Partial<Config> = {};
  // Before the site starts (hooks run in order): its configuration names the tile server's port.
  beforeAll(async () => {
    await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
    config.mapBaseLayerUrl = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}/nen/{z}/{x}/{y}.svg`;
  });
  afterAll(() => new Promise((resolve) => tiles.close(resolve)));
  const shared = siteAndBrowser(config);
  beforeAll(() => importWard(shared.site));

  it('draws its tiles under the parcels, let in by the page’s policy', async () => {
    const page = await openPage(shared.browser);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${shared.site.url}/tra-cuu-dat-dai`);
    const canvas = page.getByRole('region', { name: /^Bản đồ UBND xã Hòa Bình:/ });
    await expect.poll(() => canvas.getAttribute('aria-label'), { timeout: 15_000 }).toContain(`${PARCELS} thửa đất`);
    await expect.poll(() => requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(url).toMatch(/^\/nen\/\d+\/\d+\/\d+\.svg$/);
    // Around the ward, where no parcel covers it, the base layer shows as it is.
    await expect.poll(async () => (await coloursDrawn(page, canvas))[BASE_COLOUR] ?? 0).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
