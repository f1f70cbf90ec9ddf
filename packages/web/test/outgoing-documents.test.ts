import { webcrypto } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { OfficerCertificate } from '../../server/src/modules/signing/demo-ca.js';
import { createSigningSimulator } from '../../server/src/modules/signing/simulator.js';
import { signIn } from '../../server/test/support/http.js';
import { LEADER, communeSigns, planDraft, throughToSignature } from '../../server/test/support/outgoing.js';
import { AGENCIES } from '../../server/test/support/province.js';
import { pdfText } from '../../server/test/support/pdf.js';
import { seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** The site runs on the real clock: the register's year is this year in Vietnam. */
const YEAR = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);
const SUBJECT = `Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm ${YEAR}`;
const RECIPIENT = 'Sở Tư pháp tỉnh Thử Nghiệm';
/** How long a page may take to show what a write changed: a signature or a release with its audit entries on the embedded database. */
const WRITE = { timeout: 20_000 };

/**
 * An outgoing document's course through the back office, clicked and typed as its officers would:
 * the specialist drafts a plan from the type's template, the unit head returns it with a comment,
 * the specialist writes version 2 and submits it again, the head forwards it, the clerk checks the
 * format, the chairman signs with his certificate held by the installation, and the clerk numbers
 * and releases it. The released PDF carries the number and subject, and the department finds the
 * plan in its incoming register. Every page visited passes axe.
 */
describe('an outgoing document from its draft to its release, in Chromium', () => {
  const shared = siteAndBrowser();
  let documentUrl = '';
  let certificate: OfficerCertificate;

  const signInAs = (username: string) => signInOfficer(shared.browser, shared.site, username);
  const heading = (page: Page) => page.locator('main h1').textContent();
  const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name, exact: true }).click();

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  /** Opens an action's form on the document page from the keyboard, lets `fill` complete it, sends it and waits for `confirmation`. */
  async function act(page: Page, action: string, fill?: (form: ReturnType<Page['locator']>) => Promise<void>, confirmation = `Đã thực hiện: ${action}.`): Promise<void> {
    await page.getByRole('button', { name: action, exact: true }).focus();
    await page.keyboard.press('Enter');
    const form = page.locator('#document-action-form');
    await form.getByRole('heading', { name: action }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(action);
    await expectAccessible(page);
    await fill?.(form);
    await expect.poll(() => page.getByRole('status').filter({ hasText: confirmation }).count(), WRITE).toBe(1);
  }

  const sendNamed = (name: string) => (form: ReturnType<Page['locator']>) => form.getByRole('button', { name, exact: true }).click();

  /** Opens the document from one of the officer's lists under "Văn bản của tôi". */
  async function openFromMyDocuments(page: Page, list: string): Promise<void> {
    await menu(page, 'Văn bản của tôi');
    await page.getByRole('navigation', { name: 'Danh sách văn bản' }).getByRole('link', { name: list, exact: true }).click();
    await expect.poll(() => page.locator('main h2').first().textContent(), WRITE).toBe(list);
    await expectAccessible(page);
    await page.getByRole('link', { name: SUBJECT }).click();
    await expect.poll(() => heading(page), WRITE).toBe(SUBJECT);
  }

  const state = (page: Page) => page.locator('dl.facts').first().textContent();

  it('lets the specialist draft a plan from the template and submit it to the unit head', async () => {
    const { site } = shared;
    certificate = await communeSigns(site.db, site.province, await signIn(site.app, 'admin'));
    const page = await signInAs('specialist');
    await menu(page, 'Văn bản đi');
    await expect.poll(() => heading(page), WRITE).toBe('Văn bản đi');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Soạn văn bản đi' }).click();
    await expect.poll(() => heading(page), WRITE).toBe('Soạn văn bản đi');

    // Sent empty, the form says at each field what is missing.
    await page.getByRole('button', { name: 'Lưu dự thảo', exact: true }).click();
    await expect.poll(() => page.getByLabel(/^Trích yếu nội dung/).getAttribute('aria-invalid'), WRITE).toBe('true');
    expect(await page.locator('.field-error').allTextContents()).toEqual(['Vui lòng nhập trích yếu nội dung.', 'Vui lòng chọn người ký.', 'Hãy chọn ít nhất một nơi nhận.', 'Vui lòng nhập nội dung.']);
    await expectAccessible(page);

    await page.getByLabel(/^Loại văn bản/).selectOption({ label: 'Kế hoạch' });
    await page.getByLabel(/^Trích yếu nội dung/).fill(SUBJECT);
    await page.getByLabel(/^Người ký/).selectOption(site.province.officerIds.leader!);
    await page.getByRole('group', { name: /^Cơ quan trong hệ thống/ }).getByLabel(RECIPIENT).check();
    await page.getByLabel(/^Nội dung \(/).fill('Căn cứ Luật Mặt trận Tổ quốc Việt Nam;\nỦy ban nhân dân xã ban hành kế hoạch tổ chức Ngày hội.');
    await page.getByRole('button', { name: 'Lưu dự thảo', exact: true }).click();
    await expect.poll(() => heading(page), WRITE).toBe(SUBJECT);
    documentUrl = page.url();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã lưu dự thảo' }).textContent(), WRITE).toBe('Đã lưu dự thảo, phiên bản 1.');
    expect(await state(page)).toContain('Dự thảo');
    expect(await page.getByRole('region', { name: 'Các phiên bản dự thảo' }).locator('tbody tr').count()).toBe(1);
    await expectAccessible(page);

    await act(page, 'Trình lãnh đạo phòng', sendNamed('Trình lãnh đạo phòng'));
    expect(await state(page)).toContain('Chờ lãnh đạo phòng duyệt');
    // Once submitted, it is no longer the author's to change.
    expect(await page.getByRole('button', { name: 'Sửa dự thảo (phiên bản mới)' }).count()).toBe(0);
    await page.context().close();
  });

  it('lets the unit head return it with a comment', async () => {
    const page = await signInAs('head');
    await openFromMyDocuments(page, 'Chờ duyệt');
    await act(page, 'Trả lại kèm ý kiến', async (form) => {
      // A return tells the author why: the comment is required.
      await form.getByRole('button', { name: 'Trả lại kèm ý kiến', exact: true }).click();
      await expect.poll(() => form.locator('.field-error').first().textContent(), WRITE).toBe('Vui lòng nhập ý kiến (gửi người soạn thảo).');
      await form.getByLabel(/^Ý kiến/).fill('Bổ sung phân công nhiệm vụ cho các thôn.');
      await form.getByRole('button', { name: 'Trả lại kèm ý kiến', exact: true }).click();
    });
    expect(await state(page)).toContain('Trả lại kèm ý kiến');
    expect(await page.getByRole('region', { name: 'Quá trình xử lý' }).first().textContent()).toContain('Bổ sung phân công nhiệm vụ cho các thôn.');
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the specialist write version 2 from the comment and submit it again', async () => {
    const page = await signInAs('specialist');
    await openFromMyDocuments(page, 'Dự thảo của tôi');
    await act(
      page,
      'Sửa dự thảo (phiên bản mới)',
      async (form) => {
        await form.getByLabel('Viết theo mẫu của loại văn bản').check();
        await form.getByLabel(/^Nội dung \(/).fill('Các thôn, xóm chủ động tổ chức ngày hội.\nPhân công: thôn Đồng Tâm, thôn Hòa Bình.');
        await form.getByLabel('Nội dung sửa đổi của phiên bản này').fill('Bổ sung phân công');
        await form.getByRole('button', { name: 'Lưu dự thảo', exact: true }).click();
      },
      'Đã lưu dự thảo, phiên bản 2.',
    );
    const versions = page.getByRole('region', { name: 'Các phiên bản dự thảo' });
    await expect.poll(() => versions.locator('tbody tr').count(), WRITE).toBe(2);
    expect(await versions.locator('tbody tr').first().textContent()).toContain('Bổ sung phân công');
    expect(await versions.locator('tbody tr').first().textContent()).toContain('Trần Văn Chuyên');
    expect(await versions.getByRole('link', { name: 'Phiên bản 1' }).count()).toBe(1);
    await expectAccessible(page);
    await act(page, 'Trình lại sau khi sửa', sendNamed('Trình lại sau khi sửa'));
    expect(await state(page)).toContain('Chờ lãnh đạo phòng duyệt');
    await page.context().close();
  });

  it('lets the unit head forward it and the clerk check its format', async () => {
    const head = await signInAs('head');
    await openFromMyDocuments(head, 'Chờ duyệt');
    await act(head, 'Chuyển văn phòng kiểm tra thể thức', sendNamed('Chuyển văn phòng kiểm tra thể thức'));
    expect(await state(head)).toContain('Văn phòng kiểm tra thể thức');
    await head.context().close();

    const clerk = await signInAs('clerk');
    await openFromMyDocuments(clerk, 'Kiểm tra thể thức');
    await act(clerk, 'Thể thức đúng, trình ký', sendNamed('Thể thức đúng, trình ký'));
    expect(await state(clerk)).toContain('Chờ ký');
    await expectAccessible(clerk);
    await clerk.context().close();
  });

  it('lets the chairman sign it in the capacity of his grant', async () => {
    const page = await signInAs('leader');
    await openFromMyDocuments(page, 'Chờ ký');
    // He signs on behalf of the committee, as his grant says.
    expect(await state(page)).toContain('TM.');
    await act(page, 'Ký số', async (form) => {
      expect(await form.textContent()).toContain('chữ ký số cá nhân');
      await form.getByRole('button', { name: 'Ký số', exact: true }).click();
    });
    expect(await state(page)).toContain('Đã ký');
    expect(await page.getByRole('region', { name: 'Tệp văn bản' }).textContent()).toContain('Bản đã ký');
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the clerk number and release it: its PDF carries the number and the subject', async () => {
    const page = await signInAs('clerk');
    await openFromMyDocuments(page, 'Chờ phát hành');
    await act(page, 'Cấp số, ngày tháng và phát hành', sendNamed('Cấp số, ngày tháng và phát hành'));
    await expect.poll(() => heading(page), WRITE).toMatch(new RegExp(`^01/KH-UBND: ${SUBJECT}$`));
    expect(page.url()).toBe(documentUrl);
    expect(await state(page)).toContain('Đã cấp số, phát hành');
    const deliveries = page.getByRole('region', { name: 'Phát hành đến nơi nhận' });
    expect(await deliveries.locator('tbody tr').filter({ hasText: RECIPIENT }).textContent()).toContain('Đã vào sổ văn bản đến');
    await expectAccessible(page);

    const released = page.getByRole('region', { name: 'Tệp văn bản' }).getByRole('link').first();
    const answer = await page.request.get(new URL((await released.getAttribute('href'))!, page.url()).toString());
    expect(answer.headers()['content-type']).toBe('application/pdf');
    const text = (await pdfText(Buffer.from(await answer.body()))).replace(/\s+/g, ' ');
    expect(text).toContain('01/KH-UBND');
    expect(text).toContain(SUBJECT);

    // The outgoing register lists it by its number, and links its printed and exported forms.
    await menu(page, 'Văn bản đi');
    await page.getByLabel(/^Năm/).fill(YEAR);
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect.poll(() => page.locator('table tbody tr').count(), WRITE).toBe(1);
    expect(await page.locator('table tbody tr').textContent()).toContain('01/KH-UBND');
    expect(await page.getByRole('link', { name: 'In sổ (PDF)' }).getAttribute('href')).toBe(`/api/v1/documents/outgoing/register.pdf?year=${YEAR}`);
    expect(await page.getByRole('link', { name: 'Tải sổ (.xlsx)' }).getAttribute('href')).toBe(`/api/v1/documents/outgoing/register.xlsx?year=${YEAR}`);
    await expectAccessible(page);
    await page.context().close();
  });

  it('has the plan arrive in the department’s incoming register', async () => {
    const page = await signInAs('dept.leader');
    await menu(page, 'Văn bản đến');
    await expect.poll(() => page.getByRole('link', { name: SUBJECT }).count(), WRITE).toBe(1);
    expect(await page.locator('table tbody tr').filter({ hasText: SUBJECT }).textContent()).toContain('01/KH-UBND');
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the specialist set the meeting of a giấy mời, and shows the organiser the invitees’ answers once it is released', async () => {
    const { site } = shared;
    const subject = `Giấy mời họp triển khai Ngày hội Đại đoàn kết năm ${YEAR}`;
    const tomorrow = new Date(Date.now() + 7 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    const page = await signInAs('specialist');
    await page.goto(`${site.url}/can-bo/van-ban-di/soan-thao`);
    await expect.poll(() => heading(page), WRITE).toBe('Soạn văn bản đi');
    await page.getByLabel(/^Loại văn bản/).selectOption({ label: 'Giấy mời' });
    await page.getByLabel(/^Trích yếu nội dung/).fill(subject);
    await page.getByLabel(/^Người ký/).selectOption(site.province.officerIds.leader!);
    await page.getByRole('group', { name: /^Cơ quan trong hệ thống/ }).getByLabel(RECIPIENT).check();
    await page.getByLabel(/^Nội dung \(/).fill('Ủy ban nhân dân xã trân trọng kính mời dự họp triển khai Ngày hội.');
    await page.getByRole('button', { name: 'Lưu dự thảo', exact: true }).click();
    await expect.poll(() => heading(page), WRITE).toBe(subject);
    const id = page.url().split('/').pop()!;

    const meeting = page.getByRole('region', { name: 'Cuộc họp' });
    await expect.poll(() => meeting.textContent(), WRITE).toContain('Giấy mời chưa ghi cuộc họp');
    await expectAccessible(page);
    await meeting.getByLabel(/^Bắt đầu/).fill(`${tomorrow}T14:00`);
    await meeting.getByLabel(/^Kết thúc/).fill(`${tomorrow}T16:00`);
    await meeting.getByLabel(/^Địa điểm/).fill('Hội trường Ủy ban nhân dân xã');
    await meeting.getByLabel(/^Chủ trì/).fill('Hoàng Văn Chủ Tịch, Chủ tịch UBND xã');
    await meeting.getByRole('group', { name: 'Cán bộ của cơ quan' }).getByLabel(/^Phạm Văn Trưởng/).check();
    await meeting.getByLabel(/^Khách mời ngoài hệ thống/).fill('Nguyễn Văn Khách, khach@example.vn');
    await meeting.getByRole('button', { name: 'Lưu cuộc họp', exact: true }).click();
    await expect.poll(() => meeting.getByRole('status').filter({ hasText: 'Đã lưu cuộc họp.' }).count(), WRITE).toBe(1);
    expect(await meeting.locator('dl.facts').textContent()).toContain('Hội trường Ủy ban nhân dân xã');
    expect(await meeting.locator('dl.facts').textContent()).toContain('Nguyễn Văn Khách');
    await expectAccessible(page);

    // Its course to release is the plan's, taken here through the API; then the unit head answers.
    const as = (username: string) => signIn(site.app, username);
    const [specialist, head, clerk, leader] = await Promise.all([as('specialist'), as('head'), as('clerk'), as('leader')]);
    await throughToSignature({ specialist, head, clerk }, id);
    for (const [who, step] of [
      [leader, 'sign'],
      [clerk, 'release'],
    ] as const) {
      const answer = await who.request('POST', `/api/v1/documents/outgoing/${id}/${step}`, {});
      expect(answer.statusCode, answer.body).toBe(200);
    }
    const invitations = (await head.request('GET', '/api/v1/meeting-invitations/mine')).json() as { items: Array<{ id: string; documentId: string }> };
    const invitation = invitations.items.find((item) => item.documentId === id)!;
    const answered = await head.request('POST', `/api/v1/meeting-invitations/mine/${invitation.id}/answer`, { answer: 'declined', delegateName: 'Trần Văn Chuyên', note: 'Bận tiếp dân' });
    expect(answered.statusCode, answered.body).toBe(200);

    await page.reload();
    const answers = page.getByRole('region', { name: 'Trả lời của người được mời' }).first();
    await expect.poll(() => answers.locator('tbody tr').count(), WRITE).toBe(2);
    const headRow = await answers.locator('tbody tr').filter({ hasText: 'Phạm Văn Trưởng' }).textContent();
    for (const fact of ['Không tham dự', 'Cử người dự thay: Trần Văn Chuyên', 'Bận tiếp dân']) expect(headRow).toContain(fact);
    expect(await answers.locator('tbody tr').filter({ hasText: 'Nguyễn Văn Khách' }).textContent()).toContain('Chưa trả lời');
    expect(await meeting.textContent()).toContain('0 tham dự, 1 không tham dự, 1 chưa trả lời');
    // Released, the meeting is no longer changed from the draft's form.
    expect(await meeting.getByRole('button', { name: 'Lưu cuộc họp' }).count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });

  describe('when the chairman signs through a remote signing service', () => {
    const ACCOUNT = 'CCCD-001090099999';
    const REMOTE_SUBJECT = `Về việc tổng kết công tác dân vận năm ${YEAR}`;
    let simulator: ReturnType<typeof createSigningSimulator>;
    afterAll(() => simulator?.close());

    it('shows the document waiting for his phone, then signed once he confirms, without a reload', async () => {
      const { site } = shared;
      simulator = createSigningSimulator({
        accounts: [{ accountId: ACCOUNT, holderName: LEADER, privateKeyPkcs8: new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', certificate.privateKey)), certificate: certificate.certificate, chain: certificate.chain }],
        timeoutMs: 5 * 60_000,
      });
      await simulator.listen({ port: 0, host: '127.0.0.1' });
      const serviceUrl = `http://127.0.0.1:${(simulator.server.address() as AddressInfo).port}`;
      const leaderId = site.province.officerIds.leader!;
      const as = (username: string) => signIn(site.app, username);
      const [admin, specialist, head, clerk] = await Promise.all([as('admin'), as('specialist'), as('head'), as('clerk')]);
      expect((await admin.request('PUT', `/api/v1/officers/${leaderId}/signing-method`, { method: 'remote', serviceUrl, accountId: ACCOUNT })).statusCode).toBe(200);
      const drafted = await specialist.request('POST', '/api/v1/documents/outgoing', planDraft(leaderId, { agencies: [AGENCIES.department.code] }, REMOTE_SUBJECT));
      expect(drafted.statusCode, drafted.body).toBe(201);
      await throughToSignature({ specialist, head, clerk }, (drafted.json() as { id: string }).id);

      const page = await signInAs('leader');
      await menu(page, 'Văn bản của tôi');
      await page.getByRole('navigation', { name: 'Danh sách văn bản' }).getByRole('link', { name: 'Chờ ký', exact: true }).click();
      await page.getByRole('link', { name: REMOTE_SUBJECT }).click();
      await expect.poll(() => heading(page), WRITE).toBe(REMOTE_SUBJECT);
      await act(page, 'Ký số', sendNamed('Ký số'), 'Đã gửi yêu cầu ký đến điện thoại của người ký.');
      const waiting = page.getByRole('status').filter({ hasText: 'Chờ xác nhận trên điện thoại' });
      expect(await waiting.textContent()).toContain('Trang tự cập nhật khi có kết quả.');
      expect(await state(page)).toContain('Chờ ký');
      // Waiting, there is nothing more to sign.
      expect(await page.getByRole('button', { name: 'Ký số', exact: true }).count()).toBe(0);
      await expectAccessible(page);

      const pending = (await (await fetch(`${serviceUrl}/v1/accounts/${ACCOUNT}/pending`)).json()) as Array<{ transactionId: string }>;
      const tapped = await fetch(`${serviceUrl}/phone/${ACCOUNT}/requests/${pending[0]!.transactionId}/confirm`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
      expect(tapped.status).toBeLessThan(400);
      await expect.poll(() => state(page), WRITE).toContain('Đã ký');
      expect(await waiting.count()).toBe(0);
      await expectAccessible(page);
      await page.context().close();
    });
  });

  it('lets the clerk enter a classified report released on paper only: the register’s next number, and nothing else', async () => {
    const CLASSIFIED = `Báo cáo tình hình an ninh, trật tự trên địa bàn xã năm ${YEAR}`;
    const page = await signInAs('clerk');
    await menu(page, 'Văn bản đi');
    await page.getByRole('link', { name: 'Vào sổ văn bản chỉ phát hành bản giấy' }).click();
    await expect.poll(() => heading(page), WRITE).toBe('Vào sổ văn bản chỉ phát hành bản giấy');
    await expectAccessible(page);
    // Sent empty, the form says what is missing.
    await page.getByRole('button', { name: 'Vào sổ và cấp số', exact: true }).click();
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThanOrEqual(3);
    await page.getByLabel(/^Loại văn bản/).selectOption({ label: 'Báo cáo' });
    await page.getByLabel(/^Trích yếu/).fill(CLASSIFIED);
    await page.getByLabel(/^Độ mật/).selectOption({ label: 'Mật' });
    await page.getByLabel(/^Người ký/).selectOption(shared.site.province.officerIds.leader!);
    await page.getByLabel(/^Nơi nhận/).fill('Công an tỉnh\nLưu: VT');
    await page.getByLabel(/^Số trang/).fill('3');
    await page.getByRole('button', { name: 'Vào sổ và cấp số', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Đã vào sổ văn bản đi số \d{2}\/BC-UBND\.$/ }).count(), WRITE).toBe(1);
    expect(await heading(page)).toMatch(new RegExp(`^\\d{2}/BC-UBND: ${CLASSIFIED}$`));
    expect(await state(page)).toContain('Mật');
    expect(await page.getByRole('region', { name: 'Tệp văn bản' }).getByRole('link').count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});
