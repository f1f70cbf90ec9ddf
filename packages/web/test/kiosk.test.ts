import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_CODE, type Centre, createCentre, pairTestDevice } from '../../server/test/support/centre.js';
import { receiveWalkIn } from '../../server/test/support/dossiers.js';
import { signIn } from '../../server/test/support/http.js';
import { pdfInfo, pdfText, readCode128, readQrCodes } from '../../server/test/support/pdf.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const MM = 72 / 25.4;

/**
 * The centre's kiosk in Chromium: paired once, then a ticket taken by touch alone and printed on
 * an 80 mm slip, a booking checked in, and a dossier looked up from the receipt's codes as a USB
 * scanner types them or the camera reads them; and the same codes opening the dossier from the
 * office's search box.
 */
describe('the centre kiosk and scanning, in Chromium', () => {
  const shared = siteAndBrowser();
  let centre: Centre;
  let kiosk: { token: string };
  let dossierCode: string;
  /** What the receipt's barcode and QR code carry, as zbarimg reads them off its rendered PDF. */
  const receipt = {} as { barcode: string; qr: string };

  beforeAll(async () => {
    centre = await createCentre(shared.site.db, shared.site.province);
    kiosk = await pairTestDevice(shared.site.db, centre, 'kiosk');
    const reception = await signIn(shared.site.app, 'reception');
    dossierCode = (await receiveWalkIn(reception)).code;
    const pdf = (await reception.request('GET', `/api/v1/dossiers/${dossierCode}/papers/receipt.pdf`)).rawPayload;
    [[receipt.barcode], [receipt.qr]] = (await Promise.all([readCode128(pdf), readQrCodes(pdf)])) as [[string], [string]];
  });

  /** A kiosk screen whose printing is counted rather than sent to a printer. */
  async function kioskPage(size: { width: number; height: number }, paired = true): Promise<Page> {
    const page = await openPage(shared.browser, size);
    await page.addInitScript(
      ({ token, centreCode }) => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
        if (token) localStorage.setItem('motcua.device', JSON.stringify({ token, centreCode, kind: 'kiosk' }));
      },
      { token: paired ? kiosk.token : '', centreCode: CENTRE_CODE },
    );
    return page;
  }

  const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

  it('pairs a device from the address the administration gives, and sends it to its own page', async () => {
    const page = await kioskPage({ width: 360, height: 740 }, false);
    await page.goto(`${shared.site.url}/thiet-bi`);
    await page.getByText('Thiết bị này chưa được ghép nối với trung tâm nào').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${shared.site.url}/thiet-bi/ki-ot`);
    await page.getByText('Thiết bị chưa được ghép nối, hoặc việc ghép nối đã bị thu hồi.').waitFor();

    const another = await pairTestDevice(shared.site.db, centre, 'kiosk');
    await page.goto(`${shared.site.url}/thiet-bi/ghep-noi#${another.token}`);
    await page.getByText('Đã ghép nối: kiosk thử nghiệm (ki-ốt lấy số) của UBND xã Hòa Bình.').waitFor();
    // The token leaves the address bar (and the history) once it is kept.
    expect(new URL(page.url()).hash).toBe('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Mở màn hình ki-ốt lấy số' }).click();
    await page.getByRole('heading', { name: 'Xin mời chọn dịch vụ để lấy số thứ tự' }).waitFor();
    await page.goto(`${shared.site.url}/thiet-bi`);
    await page.waitForURL(/\/thiet-bi\/ki-ot$/);

    // A wrong code is refused with the server's words, and nothing is kept.
    await page.goto(`${shared.site.url}/thiet-bi/ghep-noi`);
    await page.getByRole('button', { name: 'Bỏ ghép nối thiết bị này' }).click();
    await page.getByLabel(/^Mã ghép nối/).fill('not-a-token');
    await page.getByRole('button', { name: 'Ghép nối', exact: true }).click();
    await page.getByText('Thiết bị chưa được ghép nối với trung tâm, hoặc đã bị thu hồi.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('motcua.device'))).toBeNull();
    await page.context().close();
  });

  it('issues a ticket by touch on a 1080 × 1920 portrait kiosk and prints its 80 mm slip', async () => {
    const page = await kioskPage({ width: 1080, height: 1920 });
    await page.goto(`${shared.site.url}/thiet-bi/ki-ot`);
    const services = page.getByRole('region', { name: 'Xin mời chọn dịch vụ để lấy số thứ tự' });
    await services.getByRole('button').first().waitFor();
    expect(await services.getByRole('button').allTextContents()).toEqual(['AHộ tịch', 'BĐất đai', 'CHướng dẫn chung']);
    // Targets a finger hits: every button at least 44 px high.
    for (const box of await Promise.all((await page.getByRole('button').all()).map((button) => button.boundingBox()))) expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-start-1080x1920');

    await services.getByRole('button', { name: 'Hộ tịch' }).click();
    await page.getByRole('heading', { name: 'Bạn có thuộc diện ưu tiên không?' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Người cao tuổi' }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await ticket.getByText('A001').waitFor();
    expect(await ticket.innerText()).toMatch(/Dịch vụ: Hộ tịch\s+Ưu tiên: Người cao tuổi\s+Số người đang chờ trước bạn: 0\s+Thời gian chờ dự kiến:/);
    expect(await printed(page)).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-ticket-1080x1920');

    // The slip as the receipt printer gets it: 80 mm wide, the slip alone.
    await page.emulateMedia({ media: 'print' });
    const slip = await page.pdf({ width: '80mm', preferCSSPageSize: true, printBackground: true });
    expect((await pdfInfo(slip))['Page size']).toMatch(new RegExp(`^${(80 * MM).toFixed(0)}(\\.\\d+)? x`));
    expect((await pdfInfo(slip)).Pages).toBe('1');
    const text = (await pdfText(slip)).replace(/\s+/g, ' ');
    expect(text).toContain('UBND XÃ HÒA BÌNH');
    expect(text).toMatch(/Số thứ tự của bạn A001 Dịch vụ: Hộ tịch Ưu tiên: Người cao tuổi Số người đang chờ trước bạn: 0 Thời gian chờ dự kiến: .+ Giờ lấy số: \d{2}:\d{2},? \d{2}\/\d{2}\/\d{4} Quét mã QR/);
    expect(text).toContain('Quét mã QR để theo dõi lượt của bạn trên điện thoại');
    expect(text).not.toContain('In lại phiếu');
    const [follow] = await readQrCodes(slip, { dpi: 300 });
    expect(follow).toMatch(new RegExp(`^${shared.site.url}/hang-cho/[\\w-]+$`));
    expect(await (await page.request.get(`${shared.site.url}/api/public/tickets/${follow!.split('/').at(-1)}`)).json()).toMatchObject({ number: 'A001' });
    await page.emulateMedia({ media: 'screen' });

    // Done: back to the start for the next person; the next ticket of the service follows on.
    await ticket.getByRole('button', { name: 'Xong' }).click();
    await services.getByRole('button', { name: 'Hộ tịch' }).click();
    await page.getByRole('button', { name: 'Không, lấy số thường' }).click();
    await ticket.getByText('A002').waitFor();
    expect(await ticket.innerText()).toContain('Số người đang chờ trước bạn: 1');
    await page.context().close();
  });

  it('checks a booking in with its code keyed on the screen', async () => {
    const now = new Date();
    await shared.site.db.query(
      `INSERT INTO bookings (code, agency_id, service_id, slot_start, slot_end, name, phone, priority_group, created_at)
       VALUES ('KHAM2345', $1, $2, $3, $4, 'Lê Thị Hẹn', '0912345678', 'pregnant', $5)`,
      [centre.agencyId, centre.serviceIds.land, now, new Date(now.getTime() + 30 * 60_000), new Date(now.getTime() - 86_400_000)],
    );
    const page = await kioskPage({ width: 360, height: 740 });
    await page.goto(`${shared.site.url}/thiet-bi/ki-ot`);
    await page.getByRole('button', { name: /^Đã đặt lịch hẹn/ }).click();
    const keypad = page.getByRole('group', { name: 'Bàn phím trên màn hình' });
    for (const key of 'KHAM2346') await keypad.getByRole('button', { name: key, exact: true }).click();
    await keypad.getByRole('button', { name: 'Xóa ký tự cuối' }).click();
    await keypad.getByRole('button', { name: '5', exact: true }).click();
    expect(await page.getByLabel('Mã đặt lịch', { exact: true }).inputValue()).toBe('KHAM2345');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lấy số theo lịch hẹn' }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await ticket.getByText('B001').waitFor();
    expect(await ticket.innerText()).toContain('Ưu tiên: Phụ nữ mang thai');
    expect(await printed(page)).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Twice is refused, with the reason.
    await ticket.getByRole('button', { name: 'Xong' }).click();
    await page.getByRole('button', { name: /^Đã đặt lịch hẹn/ }).click();
    await page.getByLabel('Mã đặt lịch', { exact: true }).fill('kham-2345');
    await page.getByRole('button', { name: 'Lấy số theo lịch hẹn' }).click();
    await page.getByText('Lịch hẹn KHAM2345 đã được xác nhận và đã có số thứ tự.').waitFor();
    await page.context().close();

    // On a landscape screen the keys grow and wrap into rows a person can scan, not one row of 27.
    const wide = await kioskPage({ width: 1920, height: 1080 });
    await wide.goto(`${shared.site.url}/thiet-bi/ki-ot`);
    await wide.getByRole('button', { name: /^Đã đặt lịch hẹn/ }).click();
    const keys = await wide
      .getByRole('group', { name: 'Bàn phím trên màn hình' })
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => ({ top: Math.round(button.getBoundingClientRect().top), height: button.getBoundingClientRect().height })));
    expect(Math.min(...keys.map((key) => key.height))).toBeGreaterThanOrEqual(64);
    expect(keys.filter((key) => key.top === keys[0]!.top).length).toBeLessThanOrEqual(12);
    await wide.context().close();
  });

  it("looks a dossier up from the receipt's barcode and QR code as a USB scanner types them, at 360 px", async () => {
    const page = await kioskPage({ width: 360, height: 740 });
    await page.goto(`${shared.site.url}/thiet-bi/ki-ot`);
    await page.getByRole('heading', { name: 'Xin mời chọn dịch vụ để lấy số thứ tự' }).waitFor();
    await page.getByRole('button', { name: 'Hộ tịch' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-start-360');
    // The receipt held to the scanner on the start screen: its keystrokes, then Enter.
    await page.keyboard.type(receipt.barcode);
    await page.keyboard.press('Enter');
    const status = page.getByRole('region', { name: `Hồ sơ ${dossierCode}` });
    await status.waitFor();
    expect(await status.innerText()).toMatch(/Thủ tục\s+Đăng ký khai sinh\s+Người nộp\s+Nguyễn V\. A\.\s+Tình trạng\s+Đang xử lý\s+Ngày tiếp nhận/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-dossier-360');

    // Another: the QR code's text typed into the field the scanner writes to.
    await status.getByRole('button', { name: 'Tra cứu hồ sơ khác' }).click();
    const field = page.getByLabel(/^Mã hồ sơ/);
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type(receipt.qr);
    await page.keyboard.press('Enter');
    await status.waitFor();

    // Something that is no dossier code is told at once, without asking the server.
    await status.getByRole('button', { name: 'Tra cứu hồ sơ khác' }).click();
    const keypad = page.getByRole('group', { name: 'Bàn phím trên màn hình' });
    for (const key of '123.') await keypad.getByRole('button', { name: key, exact: true }).click();
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByText('Không đọc được mã hồ sơ. Hãy quét lại hoặc nhập mã hồ sơ').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("reads the receipt's code with the camera where the browser has a barcode reader", async () => {
    const page = await kioskPage({ width: 1080, height: 1920 });
    // A browser with a barcode reader and a camera: the reader finds the receipt's QR code in the third frame it is shown.
    await page.addInitScript((qr) => {
      let frames = 0;
      (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
        constructor(readonly options: { formats: string[] }) {}
        async detect() {
          return ++frames >= 3 && this.options.formats.includes('qr_code') ? [{ rawValue: qr, format: 'qr_code' }] : [];
        }
      };
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
        return canvas.captureStream(5);
      };
    }, receipt.qr);
    await page.goto(`${shared.site.url}/thiet-bi/ki-ot`);
    await page.getByRole('button', { name: /^Tra cứu hồ sơ/ }).click();
    await page.getByRole('button', { name: 'Quét bằng camera' }).click();
    await page.getByRole('region', { name: `Hồ sơ ${dossierCode}` }).waitFor();
    await page.context().close();
  });

  it("opens the dossier from the office search box when the receipt's code is scanned into it, and the portal's tracking form reads it too", async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'reception', { width: 360 });
    await page.goto(`${shared.site.url}/can-bo/hang-doi/tat-ca`);
    const search = page.getByRole('searchbox', { name: /^Tìm hồ sơ/ });
    for (const scanned of [receipt.qr, receipt.barcode]) {
      await search.fill(scanned);
      await search.press('Enter');
      await page.waitForURL(`${shared.site.url}/can-bo/ho-so/${dossierCode}`);
      await page.getByRole('heading', { name: new RegExp(dossierCode.replace(/\./g, '\\.')) }).first().waitFor();
      await page.goBack();
    }
    await page.context().close();

    const citizen = await openPage(shared.browser, { width: 360, height: 740 });
    await citizen.goto(`${shared.site.url}/tra-cuu`);
    await citizen.getByLabel(/^Mã hồ sơ/).fill(receipt.qr);
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.waitForURL(`${shared.site.url}/tra-cuu/${dossierCode}`);
    await citizen.context().close();
  });
});
