import { createHash } from 'node:crypto';
import type { SignedResult } from '@motcua/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT, act, receiveWalkIn } from '../../server/test/support/dossiers.js';
import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { approve, dossierAwaitingApproval, signInStaff, type Staff } from '../../server/test/support/results.js';
import { openPage, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { samplePdf, samplePng } from './support/documents.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { type Site } from './support/site.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const CITIZEN = { fullName: 'Lê Thị Hoa', phone: '0987654321', email: 'hoa.le@example.vn', idNumber: '038196007777', password: 'mat-khau-cua-hoa' };

/** What the pages below are about, made through the API before the shared.browser opens them. */
interface Fixture {
  walkInCode: string;
  onlineCode: string;
  draftId: string;
  communeId: string;
  /** A walk-in at the leader's step, and one the leader approved with its signed result. */
  toApproveCode: string;
  approved: { code: string; result: SignedResult };
  /** One of the citizen's dossiers, approved: it has a receipt, a signed result and digitised scans. */
  citizenApproved: { code: string; result: SignedResult };
}

type Who = 'reception' | 'specialist' | 'leader' | 'admin' | 'citizen';

const codePattern = (code: string) => code.replaceAll('.', '\\.');

const draftStep = (fixture: Fixture, step: string) => `/nop-ho-so/${BIRTH_REGISTRATION.code}?draft=${fixture.draftId}&buoc=${step}`;

/** Every page behind a sign-in: who opens it, where, and the heading it must show. */
const PAGES: Array<[name: string, who: Who, path: (fixture: Fixture) => string, heading: (fixture: Fixture) => RegExp]> = [
  ['office-queue-awaiting-reception', 'reception', () => '/can-bo/hang-doi/cho-tiep-nhan', () => /^Chờ tiếp nhận$/],
  ['office-queue-all', 'reception', () => '/can-bo/hang-doi/tat-ca', () => /^Tất cả hồ sơ$/],
  ['office-queue-to-process', 'specialist', () => '/can-bo/hang-doi/can-xu-ly', () => /^Cần xử lý$/],
  ['office-reception', 'reception', () => '/can-bo/tiep-nhan', () => /^Tiếp nhận hồ sơ tại quầy$/],
  ['office-dossier', 'reception', (f) => `/can-bo/ho-so/${f.walkInCode}`, (f) => new RegExp(`^Hồ sơ ${codePattern(f.walkInCode)}`)],
  ['office-online-dossier', 'reception', (f) => `/can-bo/ho-so/${f.onlineCode}`, (f) => new RegExp(`^Hồ sơ ${codePattern(f.onlineCode)}`)],
  ['office-dossier-to-approve', 'leader', (f) => `/can-bo/ho-so/${f.toApproveCode}`, (f) => new RegExp(`^Hồ sơ ${codePattern(f.toApproveCode)}`)],
  ['office-dossier-signed-result', 'leader', (f) => `/can-bo/ho-so/${f.approved.code}`, (f) => new RegExp(`^Hồ sơ ${codePattern(f.approved.code)}`)],
  ['office-receipt', 'reception', (f) => `/can-bo/ho-so/${f.walkInCode}/giay-tiep-nhan`, () => /^Giấy tiếp nhận hồ sơ và hẹn trả kết quả$/],
  ['admin-agencies', 'admin', () => '/quan-tri/co-quan', () => /^Cơ quan, đơn vị$/],
  ['admin-agency', 'admin', (f) => `/quan-tri/co-quan/${f.communeId}`, () => /^UBND xã Hòa Bình$/],
  ['admin-new-agency', 'admin', () => '/quan-tri/co-quan/moi', () => /cơ quan/i],
  ['admin-officers', 'admin', () => '/quan-tri/can-bo', () => /^Cán bộ và phân quyền$/],
  ['admin-procedures', 'admin', () => '/quan-tri/thu-tuc', () => /^Thủ tục hành chính$/],
  ['admin-procedure-editor', 'admin', () => `/quan-tri/thu-tuc/${BIRTH_REGISTRATION.code}`, () => new RegExp(`^Sửa thủ tục ${codePattern(BIRTH_REGISTRATION.code)}$`)],
  ['admin-new-procedure', 'admin', () => '/quan-tri/thu-tuc/moi', () => /^Thêm thủ tục hành chính$/],
  ['admin-holidays', 'admin', () => '/quan-tri/ngay-nghi', () => /^Ngày nghỉ và ngày làm bù$/],
  ['citizen-my-dossiers', 'citizen', () => '/ho-so-cua-toi', () => /^Hồ sơ của tôi$/],
  ['citizen-account', 'citizen', () => '/tai-khoan', () => /^Tài khoản của tôi$/],
  ['citizen-my-dossier', 'citizen', (f) => `/ho-so-cua-toi/${f.onlineCode}`, (f) => new RegExp(`^Hồ sơ ${codePattern(f.onlineCode)}$`)],
  ['citizen-my-dossier-result', 'citizen', (f) => `/ho-so-cua-toi/${f.citizenApproved.code}`, (f) => new RegExp(`^Hồ sơ ${codePattern(f.citizenApproved.code)}$`)],
  ['citizen-submission-applicant', 'citizen', (f) => draftStep(f, 'nguoi-nop'), () => /^Nộp hồ sơ trực tuyến$/],
  ['citizen-submission-components', 'citizen', (f) => draftStep(f, 'thanh-phan'), () => /^Nộp hồ sơ trực tuyến$/],
  ['citizen-submission-review', 'citizen', (f) => draftStep(f, 'kiem-tra'), () => /^Nộp hồ sơ trực tuyến$/],
];

/**
 * A walk-in dossier received at the counter, two more at the leader's step (one approved), and a
 * citizen with a submitted dossier, an approved one and a draft.
 */
async function createFixture(site: Site): Promise<Fixture> {
  const staff: Staff = await signInStaff(site.app);
  const { reception } = staff;
  const walkIn = await receiveWalkIn(reception);
  const toApprove = await dossierAwaitingApproval(staff);
  const approved = await approve(staff, await dossierAwaitingApproval(staff));

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
    return response.json() as { id: string; code: string; version: number };
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

  const second = await asCitizen(`/api/citizen/drafts/${(await asCitizen('/api/citizen/drafts', { procedureCode: BIRTH_REGISTRATION.code, content })).id}/submit`);
  let version = await act(reception, second.code, 'receive', second.version);
  version = await act(staff.specialist, second.code, 'hand_over', version);
  version = await act(staff.head, second.code, 'hand_over', version);
  const citizenApproved = await approve(staff, { code: second.code, version });
  return {
    walkInCode: walkIn.code,
    onlineCode: submitted.code,
    draftId: draft.id,
    communeId: site.province.agencyIds.commune,
    toApproveCode: toApprove.code,
    approved: { code: approved.code, result: approved.result },
    citizenApproved: { code: citizenApproved.code, result: citizenApproved.result },
  };
}

describe('signed-in pages in Chromium', () => {
  const shared = siteAndBrowser();
  let fixture: Fixture;
  const signedIn = {} as Record<Who, Page>;

  beforeAll(async () => {
    fixture = await createFixture(shared.site);
    signedIn.reception = await signInOfficer(shared.browser, shared.site, 'reception');
    signedIn.specialist = await signInOfficer(shared.browser, shared.site, 'specialist');
    signedIn.leader = await signInOfficer(shared.browser, shared.site, 'leader');
    signedIn.admin = await signInOfficer(shared.browser, shared.site, 'admin');
    signedIn.citizen = await signInCitizen(shared.browser, shared.site, CITIZEN.phone, CITIZEN.password);
  });

  /** Opens the page in the signed-in profile and waits until it shows its heading and has loaded its data. */
  async function open(who: Who, path: string, heading: RegExp, width = 1280): Promise<Page> {
    const page = await signedIn[who].context().newPage();
    await page.setViewportSize({ width, height: width < 800 ? 740 : 900 });
    await page.goto(shared.site.url + path);
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
    const page = await openPage(shared.browser);
    await page.goto(shared.site.url + path);
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

  it('shows the agency’s signing certificate with the form that replaces it, free of serious accessibility violations', async () => {
    const page = await open('admin', `/quan-tri/co-quan/${fixture.communeId}`, /^UBND xã Hòa Bình$/);
    const section = page.getByRole('region', { name: 'Chứng thư số ký kết quả' });
    await expect.poll(() => section.locator('dl').textContent()).toContain('Ủy ban nhân dân xã Hòa Bình');
    const facts = (await section.locator('dl').textContent()) ?? '';
    expect(facts).toContain('Còn hiệu lực');
    expect(facts).toContain('Cơ quan chứng thực chữ ký số MotCua (thử nghiệm)');
    expect(facts).toMatch(/([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    // Without a file nothing is sent, and the keyboard goes to the file control.
    await section.getByRole('button', { name: 'Lưu chứng thư số' }).click();
    await expect.poll(() => section.locator('.field-error').textContent()).toBe('Vui lòng chọn tệp chứng thư số.');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Retiring asks first, in the page; cancelling keeps the certificate, which the approvals below need.
    await section.getByRole('button', { name: 'Ngừng sử dụng chứng thư số' }).click();
    await section.getByRole('group', { name: 'Xác nhận' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-agency-signing-certificate');
    await section.getByRole('button', { name: 'Huỷ' }).click();
    await page.close();
  });

  it('explains the placeholders of the result template and refuses an unknown one before saving', async () => {
    const page = await open('admin', `/quan-tri/thu-tuc/${BIRTH_REGISTRATION.code}`, /^Sửa thủ tục/);
    const section = page.getByRole('region', { name: 'Mẫu văn bản kết quả' });
    const placeholders = section.getByRole('table', { name: 'Trường thông tin dùng được' });
    await expect.poll(() => placeholders.getByRole('row').count()).toBe(11);
    expect(await placeholders.getByRole('row', { name: /\{\{applicant\.name\}\}/ }).textContent()).toContain('Họ và tên người yêu cầu / tên tổ chức');
    expect(await section.getByLabel(/^Tên văn bản/).inputValue()).toBe('Giấy khai sinh');
    const body = section.getByLabel(/^Nội dung văn bản/);
    await body.fill(`${await body.inputValue()}\nNgười được khai sinh: {{nguoi.khai.sinh}}`);
    await section.getByRole('button', { name: 'Lưu mẫu văn bản kết quả' }).click();
    await expect.poll(() => section.locator('.field-error').textContent()).toBe('Trường {{nguoi.khai.sinh}} không có trong danh sách dùng được.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-procedure-result-template');
    await page.close();
  });

  it('keeps the approval form with its result upload free of serious accessibility violations, and takes only a PDF', async () => {
    const page = await open('leader', `/can-bo/ho-so/${fixture.toApproveCode}`, /^Hồ sơ /);
    await page.locator('.action-buttons').getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const form = page.locator('#action-form form');
    await form.waitFor();
    expect(await form.textContent()).toContain('Chưa chọn tệp: văn bản kết quả sẽ được lập theo mẫu của thủ tục.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const file = form.getByLabel(/^Tệp văn bản kết quả \(PDF\)/);
    await file.setInputFiles({ name: 'anh-chup.png', mimeType: 'image/png', buffer: samplePng() });
    await expect.poll(() => form.locator('.field-error').textContent()).toBe('Tệp “anh-chup.png” không phải tệp PDF.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await file.setInputFiles({ name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: samplePdf('Giay khai sinh') });
    // The server reads the PDF in a worker thread, started on first use.
    await expect.poll(() => form.textContent(), { timeout: 10_000 }).toContain('Đã tải lên tệp “giay-khai-sinh.pdf”; tệp sẽ được ký số khi phê duyệt.');
    expect(await form.locator('.field-error').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'office-approval-with-result-file');
    await form.getByRole('button', { name: 'Huỷ' }).click();
    await page.close();
  });

  it('lists the signed result with its code, file and verification page, and asks for a reason before revoking', async () => {
    const { code, result } = fixture.approved;
    const page = await open('leader', `/can-bo/ho-so/${code}`, /^Hồ sơ /);
    const section = page.getByRole('region', { name: 'Văn bản kết quả đã ký số' });
    await expect.poll(() => section.locator('.verification-code').allTextContents()).toEqual([result.verificationCode]);
    const text = (await section.textContent()) ?? '';
    for (const expected of ['Giấy khai sinh', 'Đang có hiệu lực', 'Hoàng Văn Chủ Tịch', 'UBND xã Hòa Bình', 'Lập theo mẫu của thủ tục']) expect(text).toContain(expected);
    expect(await section.getByRole('link', { name: /^Mở trang xác thực/ }).getAttribute('href')).toBe(`/verify/${result.verificationCode}`);
    const pdf = await page.request.get(new URL((await section.getByRole('link', { name: /^Tải văn bản \(PDF\)/ }).getAttribute('href'))!, shared.site.url).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(createHash('sha256').update(await pdf.body()).digest('hex')).toBe(result.sha256);

    const revoke = section.getByRole('button', { name: /^Thu hồi/ });
    await revoke.click();
    const dialog = page.getByRole('dialog', { name: `Thu hồi văn bản kết quả ${result.verificationCode}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
    await expect.poll(() => dialog.locator('.field-error').textContent()).toBe('Vui lòng nhập lý do thu hồi (ít nhất 3 ký tự).');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('revokeReason');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'office-revoke-dialog');
    // Escape closes the question and gives the keyboard back to the button that asked it.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Thu hồi/);
    await page.close();

    // The receiving officer sees the result but may not revoke it.
    const reception = await open('reception', `/can-bo/ho-so/${code}`, /^Hồ sơ /);
    const listed = reception.getByRole('region', { name: 'Văn bản kết quả đã ký số' });
    await expect.poll(() => listed.locator('.verification-code').allTextContents()).toEqual([result.verificationCode]);
    expect(await listed.getByRole('button', { name: /^Thu hồi/ }).count()).toBe(0);
    await reception.close();
  });

  it('offers the citizen the receipt, the signed result and their digitised documents to download', async () => {
    const { code, result } = fixture.citizenApproved;
    const page = await open('citizen', `/ho-so-cua-toi/${code}`, /^Hồ sơ /);
    const documents = page.getByRole('region', { name: 'Giấy tờ và kết quả' });
    await expect.poll(() => documents.textContent()).toContain(`Mã xác thực: ${result.verificationCode}`);
    const download = async (name: RegExp) => {
      const response = await page.request.get(new URL((await documents.getByRole('link', { name }).getAttribute('href'))!, shared.site.url).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      return response.body();
    };
    expect(createHash('sha256').update(await download(/^Tải văn bản \(PDF\)/)).digest('hex')).toBe(result.sha256);
    expect((await download(/^Giấy tiếp nhận hồ sơ và hẹn trả kết quả/)).subarray(0, 5).toString()).toBe('%PDF-');
    await documents.getByRole('link', { name: /^Xác thực văn bản/ }).click();
    await page.waitForURL(`**/verify/${result.verificationCode}`);
    await expect.poll(() => page.getByRole('region', { name: /Văn bản có mã xác thực/ }).textContent()).toContain('Văn bản hợp lệ');
    await page.close();

    const list = await open('citizen', '/ho-so-cua-toi', /^Hồ sơ của tôi$/);
    const store = list.getByRole('region', { name: 'Kho giấy tờ đã số hóa' });
    const rows = store.getByRole('row').filter({ hasText: code });
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.filter({ hasText: 'Kết quả đã ký số' }).textContent()).toContain('Giấy khai sinh');
    const scan = await list.request.get(new URL((await rows.filter({ hasText: 'Thành phần hồ sơ' }).first().getByRole('link', { name: /^Tải về/ }).getAttribute('href'))!, shared.site.url).href);
    expect(scan.status()).toBe(200);
    expect(await seriousAccessibilityViolations(list)).toEqual([]);
    await list.close();
  });

  it('shows each step of the resumed draft with what was saved', async () => {
    const page = await open('citizen', draftStep(fixture, 'thanh-phan'), /^Nộp hồ sơ trực tuyến$/);
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Thành phần hồ sơ');
    await expect.poll(() => page.locator('.citizen-file-list li').count()).toBe(2);
    await page.goto(shared.site.url + draftStep(fixture, 'kiem-tra'));
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
