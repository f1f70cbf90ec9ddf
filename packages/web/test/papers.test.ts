import { beforeAll, describe, expect, it } from 'vitest';
import { act, receiveWalkIn } from '../../server/test/support/dossiers.js';
import { signIn } from '../../server/test/support/http.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** The official papers are one click from the back office, and open as PDFs. */
describe('papers in the back office, in Chromium', () => {
  const shared = siteAndBrowser();
  let code: string;

  beforeAll(async () => {
    const reception = await signIn(shared.site.app, 'reception');
    const dossier = await receiveWalkIn(reception);
    code = dossier.code;
    await act(await signIn(shared.site.app, 'specialist'), code, 'request_fee', dossier.version, { feeAmountVnd: 50_000, comment: 'Lệ phí' });
  });

  it('lists the papers the dossier has on its page, each opening its PDF', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'reception');
    await page.goto(`${shared.site.url}/can-bo/ho-so/${code}`);
    const papers = page.getByRole('region', { name: 'Giấy tờ của hồ sơ' });
    await papers.getByRole('link').first().waitFor();
    expect(await papers.getByRole('link').allTextContents()).toEqual(['Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'Phiếu kiểm soát quá trình giải quyết hồ sơ']);
    const link = papers.getByRole('link', { name: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' });
    expect(await link.getAttribute('target')).toBe('_blank');
    const pdf = await page.request.get(new URL((await link.getAttribute('href'))!, shared.site.url).href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('offers the receipt PDF on the receipt page', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'reception');
    await page.goto(`${shared.site.url}/can-bo/ho-so/${code}/giay-tiep-nhan`);
    const print = page.getByRole('link', { name: 'In giấy tiếp nhận (PDF)' });
    await print.waitFor();
    expect(await print.getAttribute('href')).toBe(`/api/v1/dossiers/${encodeURIComponent(code)}/papers/receipt.pdf`);
    const pdf = await page.request.get(`${shared.site.url}${await print.getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.context().close();
  });
});
