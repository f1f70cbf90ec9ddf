import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT, receiveWalkIn } from '../../server/test/support/dossiers.js';
import { signIn } from '../../server/test/support/http.js';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { samplePdf, samplePng } from './support/documents.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { type Site, startSite } from './support/site.js';

const CITIZEN = { fullName: 'Lê Thị Hoa', phone: '0987654321', email: 'hoa.le@example.vn', idNumber: '038196007777', password: 'mat-khau-cua-hoa' };

/** What the pages below are about, made through the API before the browser opens them. */
interface Fixture {
  walkInCode: string;
  onlineCode: string;
  draftId: string;
  communeId: string;
}

type Who = 'reception' | 'specialist' | 'admin' | 'citizen';

const draftStep = (fixture: Fixture, step: string) => `/nop-ho-so/${BIRTH_REGISTRATION.code}?draft=${fixture.draftId}&buoc=${step}`;

/** Every page behind a sign-in: who opens it, where, and the heading it must show. */
const PAGES: Array<[name: string, who: Who, path: (fixture: Fixture) => string, heading: (fixture: Fixture) => RegExp]> = [
  ['office-queue-awaiting-reception', 'reception', () => '/can-bo/hang-doi/cho-tiep-nhan', () => /^Chờ tiếp nhận$/],
  ['office-queue-all', 'reception', () => '/can-bo/hang-doi/tat-ca', () => /^Tất cả hồ sơ$/],
  ['office-queue-to-process', 'specialist', () => '/can-bo/hang-doi/can-xu-ly', () => /^Cần xử lý$/],
  ['office-reception', 'reception', () => '/can-bo/tiep-nhan', () => /^Tiếp nhận hồ sơ tại quầy$/],
  ['office-dossier', 'reception', (f) => `/can-bo/ho-so/${f.walkInCode}`, (f) => new RegExp(`^Hồ sơ ${f.walkInCode.replaceAll('.', '\\.')}`)],
  ['office-online-dossier', 'reception', (f) => `/can-bo/ho-so/${f.onlineCode}`, (f) => new RegExp(`^Hồ sơ ${f.onlineCode.replaceAll('.', '\\.')}`)],
  ['office-receipt', 'reception', (f) => `/can-bo/ho-so/${f.walkInCode}/giay-tiep-nhan`, () => /^Giấy tiếp nhận hồ sơ và hẹn trả kết quả$/],
  ['admin-agencies', 'admin', () => '/quan-tri/co-quan', () => /^Cơ quan, đơn vị$/],
  ['admin-agency', 'admin', (f) => `/quan-tri/co-quan/${f.communeId}`, () => /^UBND xã Hòa Bình$/],
  ['admin-new-agency', 'admin', () => '/quan-tri/co-quan/moi', () => /cơ quan/i],
  ['admin-officers', 'admin', () => '/quan-tri/can-bo', () => /^Cán bộ và phân quyền$/],
  ['admin-procedures', 'admin', () => '/quan-tri/thu-tuc', () => /^Thủ tục hành chính$/],
  ['admin-procedure-editor', 'admin', () => `/quan-tri/thu-tuc/${BIRTH_REGISTRATION.code}`, () => new RegExp(`^Sửa thủ tục ${BIRTH_REGISTRATION.code.replaceAll('.', '\\.')}$`)],
  ['admin-new-procedure', 'admin', () => '/quan-tri/thu-tuc/moi', () => /^Thêm thủ tục hành chính$/],
  ['admin-holidays', 'admin', () => '/quan-tri/ngay-nghi', () => /^Ngày nghỉ và ngày làm bù$/],
  ['citizen-my-dossiers', 'citizen', () => '/ho-so-cua-toi', () => /^Hồ sơ của tôi$/],
  ['citizen-my-dossier', 'citizen', (f) => `/ho-so-cua-toi/${f.onlineCode}`, (f) => new RegExp(`^Hồ sơ ${f.onlineCode.replaceAll('.', '\\.')}$`)],
  ['citizen-submission-applicant', 'citizen', (f) => draftStep(f, 'nguoi-nop'), () => /^Nộp hồ sơ trực tuyến$/],
  ['citizen-submission-components', 'citizen', (f) => draftStep(f, 'thanh-phan'), () => /^Nộp hồ sơ trực tuyến$/],
  ['citizen-submission-review', 'citizen', (f) => draftStep(f, 'kiem-tra'), () => /^Nộp hồ sơ trực tuyến$/],
];

/** A walk-in dossier received at the counter, and a citizen with a submitted dossier and a draft. */
async function createFixture(site: Site): Promise<Fixture> {
  const reception = await signIn(site.app, 'reception');
  const walkIn = await receiveWalkIn(reception);

  const registered = await site.app.inject({ method: 'POST', url: '/api/citizen/register', payload: CITIZEN });
  expect(registered.statusCode, registered.body).toBe(201);
  const cookies = registered.cookies.filter((cookie) => cookie.name.startsWith('motcua_citizen'));
  const csrf = cookies.find((cookie) => cookie.name === 'motcua_citizen_csrf')!.value;
  const asCitizen = async (url: string, payload?: object) => {
    const response = await site.app.inject({
      method: 'POST',
      url,
      headers: { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '), 'x-csrf-token': csrf },
      ...(payload ? { payload } : {}),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; code: string };
  };
  const upload = (name: string, content: Buffer) => asCitizen('/api/citizen/files', { name, contentBase64: content.toString('base64') });
  const form = await upload('to-khai.pdf', samplePdf('To khai dang ky khai sinh'));
  const birthCertificate = await upload('giay-chung-sinh.png', samplePng());
  const content = {
    applicant: { ...APPLICANT, name: CITIZEN.fullName, idNumber: CITIZEN.idNumber },
    summary: 'Đăng ký khai sinh cho con trai',
    components: [
      { code: 'TK', fileIds: [form.id] },
      { code: 'GCS', fileIds: [birthCertificate.id] },
    ],
  };
  const submitted = await asCitizen(`/api/citizen/drafts/${(await asCitizen('/api/citizen/drafts', { procedureCode: BIRTH_REGISTRATION.code, content })).id}/submit`);
  const draft = await asCitizen('/api/citizen/drafts', { procedureCode: BIRTH_REGISTRATION.code, content });
  return { walkInCode: walkIn.code, onlineCode: submitted.code, draftId: draft.id, communeId: site.province.agencyIds.commune };
}

describe('signed-in pages in Chromium', () => {
  let site: Site;
  let browser: Browser;
  let fixture: Fixture;
  const signedIn = {} as Record<Who, Page>;

  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
    fixture = await createFixture(site);
    signedIn.reception = await signInOfficer(browser, site, 'reception');
    signedIn.specialist = await signInOfficer(browser, site, 'specialist');
    signedIn.admin = await signInOfficer(browser, site, 'admin');
    signedIn.citizen = await signInCitizen(browser, site, CITIZEN.phone, CITIZEN.password);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens the page in the signed-in profile and waits until it shows its heading and has loaded its data. */
  async function open(who: Who, path: string, heading: RegExp, width = 1280): Promise<Page> {
    const page = await signedIn[who].context().newPage();
    await page.setViewportSize({ width, height: width < 800 ? 740 : 900 });
    await page.goto(site.url + path);
    await expect.poll(() => page.locator('main h1').first().textContent()).toMatch(heading);
    await page.waitForLoadState('networkidle');
    return page;
  }

  it.each(PAGES)('%s shows its heading and has no serious accessibility violation', async (name, who, path, heading) => {
    const page = await open(who, path(fixture), heading(fixture));
    expect(await page.getByRole('alert').count(), await page.getByRole('alert').allTextContents().then((texts) => texts.join(' | '))).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, name);
    await page.close();
  });

  it.each([
    ['/can-bo', 'Đăng nhập cán bộ'],
    ['/quan-tri', 'Đăng nhập quản trị'],
  ])('offers no navigation before signing in at %s, and keeps the footer at the bottom of the short page', async (path, heading) => {
    const page = await openPage(browser);
    await page.goto(site.url + path);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(heading);
    expect(await page.getByRole('navigation').count()).toBe(0);
    const footer = await page.getByRole('contentinfo').boundingBox();
    expect(footer && footer.y + footer.height).toBe(page.viewportSize()!.height);
    await page.context().close();
  });

  it('keeps the action forms and the attachment viewer of the dossier page free of serious accessibility violations', async () => {
    const page = await open('reception', `/can-bo/ho-so/${fixture.onlineCode}`, /^Hồ sơ /);
    const actions = page.locator('.action-buttons');
    const names = await actions.getByRole('button').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Tiếp nhận', 'Yêu cầu bổ sung', 'Từ chối tiếp nhận']));
    for (const name of names) {
      await actions.getByRole('button', { name, exact: true }).click();
      await page.locator('#action-form form').waitFor();
      expect(await seriousAccessibilityViolations(page), name).toEqual([]);
    }
    // The scans go by the names the citizen gave them, with their type and size, in the list and in the viewer.
    expect(await page.locator('section[aria-labelledby="dossier-components"] li').allTextContents()).toEqual([
      expect.stringMatching(/^Xem: to-khai\.pdf \(PDF, 1 KB\)/),
      expect.stringMatching(/^Xem: giay-chung-sinh\.png \(PNG, 1 KB\)/),
    ]);
    await page.getByRole('button', { name: 'Xem: to-khai.pdf' }).click();
    await page.locator('.file-viewer iframe[title="to-khai.pdf"]').waitFor();
    expect(await page.locator('.file-viewer-bar').textContent()).toMatch(/^Xem tệp: to-khai\.pdf \(PDF, 1 KB\)/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Xem: giay-chung-sinh.png' }).click();
    await page.locator('.file-viewer img[alt="giay-chung-sinh.png"]').waitFor();
    expect(await page.locator('.file-viewer-bar').textContent()).toMatch(/^Xem tệp: giay-chung-sinh\.png \(PNG, 1 KB\)/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'office-dossier-action-and-viewer');
    await page.close();
  });

  it('shows each step of the resumed draft with what was saved', async () => {
    const page = await open('citizen', draftStep(fixture, 'thanh-phan'), /^Nộp hồ sơ trực tuyến$/);
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Thành phần hồ sơ');
    expect(await page.locator('.citizen-file-list li').count()).toBe(2);
    await page.goto(site.url + draftStep(fixture, 'kiem-tra'));
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Kiểm tra lại thông tin');
    expect(await page.getByRole('main').textContent()).toContain(CITIZEN.idNumber);
    await page.close();
  });

  it('fits the citizen pages on a phone screen without sideways scrolling', async () => {
    for (const [name, who, path, heading] of PAGES.filter(([, who]) => who === 'citizen')) {
      const page = await open(who, path(fixture), heading(fixture), 360);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-phone`);
      await page.close();
    }
  });
});
