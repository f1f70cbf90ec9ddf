import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCredential, createDemoAuthority } from '../../server/src/modules/signing/demo-ca.js';
import { detail } from '../../server/test/support/dossiers.js';
import { signIn } from '../../server/test/support/http.js';
import { pdfText } from '../../server/test/support/pdf.js';
import { trustAnchorsFile } from '../../server/test/support/signing.js';
import { dossierAwaitingApproval, signedResultsOf, signInStaff, type Staff } from '../../server/test/support/results.js';
import { launchBrowser, openPage, screenshot } from './support/browser.js';
import { samplePdf } from './support/documents.js';
import { signInOfficer } from './support/sessions.js';
import { type Site, startSite } from './support/site.js';

/** The decision the leader signs, as their word processor exported it. */
const DECISION = samplePdf('Quyet dinh cong nhan ket qua dang ky khai sinh');
const APPROVED = 'Đã thực hiện “Phê duyệt”. Hồ sơ hiện ở trạng thái: Đã có kết quả, chờ trả.';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A signed result through the pages that make and check it: the leader's approval fails clearly
 * while the commune has no certificate; an administrator uploads one on the agency's page; the
 * leader approves with an uploaded PDF and the dossier page shows the verification code, the
 * signed file and a working /verify link; the leader revokes it; anyone reaches the verification
 * page from the portal and sees it revoked.
 */
describe('a signed result from approval to verification, in Chromium', () => {
  let site: Site;
  let browser: Browser;
  let staff: Staff;
  let dossier: { code: string; version: number };
  let credential: DemoCredential;
  let leader: Page;
  let verificationCode = '';
  let anchors: Awaited<ReturnType<typeof trustAnchorsFile>>;

  beforeAll(async () => {
    // A certificate for the commune from a CA the installation trusts (MOTCUA_TRUST_ANCHORS), as a certification authority would issue it.
    const validity = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
    const authority = await createDemoAuthority([{ id: 'commune', name: 'UBND xã Hòa Bình', province: 'Thử Nghiệm' }], validity);
    anchors = await trustAnchorsFile([authority.certificate]);
    const [started, launched] = await Promise.all([startSite({ trustAnchorsPath: anchors.path }), launchBrowser()]);
    [site, browser, credential] = [started, launched, authority.credentials[0]!];
    staff = await signInStaff(site.app);
    dossier = await dossierAwaitingApproval(staff);
    // The commune's certificate is taken out of use: until an administrator uploads another, nothing can be signed there.
    const retired = await (await signIn(site.app, 'admin')).request('DELETE', `/api/v1/agencies/${site.province.agencyIds.commune}/signing-credential`);
    expect(retired.statusCode, retired.body).toBe(204);
    leader = await signInOfficer(browser, site, 'leader');
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await anchors?.dispose();
  });

  /** Opens the approval on the dossier page with the decision chosen as the result file, uploaded. */
  async function approveWithDecision(): Promise<void> {
    await leader.goto(`${site.url}/can-bo/ho-so/${dossier.code}`);
    await leader.locator('.action-buttons').getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const form = leader.locator('#action-form form');
    await form.getByLabel(/^Tệp văn bản kết quả \(PDF\)/).setInputFiles({ name: 'quyet-dinh.pdf', mimeType: 'application/pdf', buffer: DECISION });
    // The server reads the PDF in a worker thread, started on first use.
    await expect.poll(() => form.textContent(), { timeout: 10_000 }).toContain('Đã tải lên tệp “quyet-dinh.pdf”');
    await form.getByRole('button', { name: 'Xác nhận: Phê duyệt' }).click();
  }

  it('tells the leader why the approval cannot be signed while the commune has no certificate, and leaves the dossier as it was', async () => {
    await approveWithDecision();
    const alert = leader.locator('#action-form').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Chưa phê duyệt được: không ký số được văn bản kết quả');
    expect(await alert.textContent()).toContain('Cơ quan chưa được cấu hình chứng thư số để ký kết quả giải quyết');
    expect(await alert.textContent()).toContain('Hồ sơ vẫn giữ nguyên trạng thái.');
    await screenshot(leader, 'signed-result-01-no-certificate');
    expect((await detail(staff.leader, dossier.code)).status.state).toBe('processing');
    expect(await signedResultsOf(staff.leader, dossier.code)).toEqual([]);
  });

  it('lets an administrator upload the commune’s certificate on its page, saying which field is wrong first', async () => {
    const admin = await signInOfficer(browser, site, 'admin');
    await admin.goto(`${site.url}/quan-tri/co-quan/${site.province.agencyIds.commune}`);
    const section = admin.getByRole('region', { name: 'Chứng thư số ký kết quả' });
    await expect.poll(() => section.getByRole('status').filter({ hasText: 'Cơ quan chưa có chứng thư số' }).count()).toBe(1);
    await section.getByLabel(/^Tệp chứng thư số/).setInputFiles({ name: 'hoa-binh.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.from(credential.pkcs12) });
    await section.getByLabel(/^Mật khẩu của tệp/).fill('mat-khau-sai');
    await section.getByRole('button', { name: 'Lưu chứng thư số' }).click();
    await expect.poll(() => section.locator('.field-error').textContent()).toBe('Mật khẩu của tệp chứng thư số không đúng.');

    await section.getByLabel(/^Mật khẩu của tệp/).fill(credential.password);
    await section.getByRole('button', { name: 'Lưu chứng thư số' }).click();
    await expect.poll(() => section.getByRole('status').filter({ hasText: 'Đã lưu' }).textContent()).toBe('Đã lưu chứng thư số “Ủy ban nhân dân xã Hòa Bình”.');
    await expect.poll(() => section.locator('dl').textContent()).toContain('Còn hiệu lực');
    expect(await section.locator('dl').textContent()).toContain(createHash('sha256').update(credential.certificate).digest('hex').toUpperCase().match(/.{2}/g)!.join(':'));
    expect(await section.getByLabel(/^Mật khẩu của tệp/).inputValue()).toBe('');
    await screenshot(admin, 'signed-result-02-certificate-uploaded');
    await admin.context().close();
  });

  it('lets the leader approve with an uploaded PDF; the dossier page then shows the verification code, the signed file and a working /verify link', async () => {
    await approveWithDecision();
    await expect.poll(() => leader.getByRole('status').filter({ hasText: 'Đã thực hiện' }).textContent()).toBe(APPROVED);

    const [issued] = await signedResultsOf(staff.leader, dossier.code);
    expect(issued).toMatchObject({ source: 'upload', revoked: null, canRevoke: true });
    verificationCode = issued!.verificationCode;
    const section = leader.getByRole('region', { name: 'Văn bản kết quả đã ký số' });
    await expect.poll(() => section.locator('.verification-code').allTextContents()).toEqual([verificationCode]);
    expect(await section.textContent()).toContain('Tệp cán bộ tải lên');
    await screenshot(leader, 'signed-result-03-approved');

    // The file offered is the signed one: the leader's decision, then the page naming the signature.
    const download = await leader.request.get(new URL((await section.getByRole('link', { name: /^Tải văn bản \(PDF\)/ }).getAttribute('href'))!, site.url).href);
    const signed = await download.body();
    expect(sha256(signed)).toBe(issued!.sha256);
    const text = (await pdfText(signed)).replace(/\s+/g, ' ');
    expect(text).toContain('Quyet dinh cong nhan ket qua dang ky khai sinh');
    expect(text).toContain(verificationCode);

    const [verification] = await Promise.all([leader.context().waitForEvent('page'), section.getByRole('link', { name: /^Mở trang xác thực/ }).click()]);
    await verification.waitForURL(`**/verify/${verificationCode}`);
    const result = verification.getByRole('region', { name: /Văn bản có mã xác thực/ });
    await expect.poll(() => result.textContent()).toContain('Văn bản hợp lệ');
    expect(await result.textContent()).toContain('Hoàng Văn Chủ Tịch');
    await verification.getByLabel('Tệp PDF').setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: signed });
    await verification.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await expect.poll(() => verification.getByRole('region', { name: 'Kiểm tra tệp văn bản' }).getByRole('status').textContent()).toContain('Tệp hợp lệ');
    await screenshot(verification, 'signed-result-04-verified');
    await verification.close();
  });

  it('lets the leader revoke the result with a reason, and anyone reaching the verification page from the portal sees it revoked', async () => {
    const section = leader.getByRole('region', { name: 'Văn bản kết quả đã ký số' });
    await section.getByRole('button', { name: /^Thu hồi/ }).click();
    const dialog = leader.getByRole('dialog', { name: `Thu hồi văn bản kết quả ${verificationCode}?` });
    await dialog.getByLabel(/^Lý do thu hồi/).fill('Cấp nhầm tệp kết quả của hồ sơ khác.');
    await dialog.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
    await expect.poll(() => section.getByRole('status').filter({ hasText: 'Đã thu hồi' }).textContent()).toBe(`Đã thu hồi văn bản kết quả ${verificationCode}.`);
    // The revoke button is gone: the message holds the keyboard.
    await expect.poll(() => section.getByRole('button', { name: /^Thu hồi/ }).count()).toBe(0);
    await expect.poll(() => leader.evaluate(() => document.activeElement?.textContent)).toBe(`Đã thu hồi văn bản kết quả ${verificationCode}.`);
    expect(await section.textContent()).toContain('Lý do: Cấp nhầm tệp kết quả của hồ sơ khác.');
    await screenshot(leader, 'signed-result-05-revoked');

    const visitor = await openPage(browser);
    await visitor.goto(site.url);
    await visitor.getByRole('region', { name: 'Xác thực văn bản' }).getByRole('link', { name: 'Xác thực văn bản kết quả' }).click();
    await expect.poll(() => visitor.locator('main h1').textContent()).toBe('Xác thực văn bản kết quả');
    expect(await visitor.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Xác thực văn bản' }).getAttribute('href')).toBe('/verify');
    await visitor.getByLabel(/^Mã xác thực/).fill(verificationCode.toLowerCase());
    await visitor.getByRole('button', { name: 'Xác thực', exact: true }).click();
    const result = visitor.getByRole('region', { name: /Văn bản có mã xác thực/ });
    await expect.poll(() => result.textContent()).toContain('Văn bản đã bị thu hồi');
    expect(await result.textContent()).toContain('Cấp nhầm tệp kết quả của hồ sơ khác.');
    await screenshot(visitor, 'signed-result-06-revoked-publicly');
    await visitor.context().close();
  });
});
