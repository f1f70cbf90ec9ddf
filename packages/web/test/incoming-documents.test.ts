import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/browser.js';
import { samplePdf } from './support/documents.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/** The site runs on the real clock: the register's year is this year in Vietnam, and the document is dated today. */
const TODAY = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const YEAR = TODAY.slice(0, 4);
const SUBJECT = `Về việc báo cáo công tác cải cách hành chính năm ${YEAR}`;
const SCAN = samplePdf('Cong van 1234/SNV-CCHC');
/** How long a page may take to show what a write changed: a write with its audit entry on the embedded database. */
const WRITE = { timeout: 15_000 };

/**
 * An incoming document's course through the back office, every step clicked and typed as its
 * officers would: the clerk registers it with its scan and presents it, the leader assigns it to
 * a unit with a deadline, the unit head passes it down, the specialist records progress and
 * finishes it, files it into a work record the clerk opened for them and closes the record, and
 * the clerk takes the record over into the archive. Every page visited passes axe.
 */
describe('an incoming document from registration to the archive, in Chromium', () => {
  const shared = siteAndBrowser();
  let documentUrl = '';
  let recordUrl = '';

  const signInAs = (username: string) => signInOfficer(shared.browser, shared.site, username);
  const heading = (page: Page) => page.locator('main h1').textContent();

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  /** Opens an action's form on the document page, lets `fill` complete it, sends it and waits for its confirmation. */
  async function act(page: Page, action: string, fill?: (form: ReturnType<Page['locator']>) => Promise<void>): Promise<void> {
    // From the keyboard: the button opens the form, which takes the focus to its heading.
    await page.getByRole('button', { name: action, exact: true }).focus();
    await page.keyboard.press('Enter');
    const form = page.locator('#document-action-form form');
    await form.getByRole('heading', { name: action }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(action);
    await expectAccessible(page);
    await fill?.(form);
    await form.getByRole('button', { name: action, exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã thực hiện' }).textContent(), WRITE).toBe(`Đã thực hiện: ${action}.`);
  }

  /** Opens the document from one of the officer's lists under "Văn bản của tôi". */
  async function openFromMyDocuments(page: Page, list: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name: 'Văn bản của tôi' }).click();
    await page.getByRole('navigation', { name: 'Danh sách văn bản' }).getByRole('link', { name: list, exact: true }).click();
    await expect.poll(() => page.locator('main h2').first().textContent(), WRITE).toBe(list);
    await expectAccessible(page);
    await page.getByRole('link', { name: SUBJECT }).click();
    await expect.poll(() => heading(page), WRITE).toBe(`Số đến 1/${YEAR}: ${SUBJECT}`);
  }

  it('lets the clerk register a document with its scan, find it without diacritics and present it', async () => {
    const page = await signInAs('clerk');
    // A clerk handles no dossiers: the back office opens on their documents.
    await expect.poll(() => heading(page), WRITE).toBe('Văn bản của tôi');
    await expectAccessible(page);
    await page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name: 'Văn bản đến' }).click();
    await expect.poll(() => heading(page), WRITE).toBe('Sổ văn bản đến');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Vào sổ văn bản đến' }).click();
    await expect.poll(() => heading(page), WRITE).toBe('Vào sổ văn bản đến');

    // Sent without its sender and subject, the form says what is missing at each field.
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect.poll(() => page.getByLabel(/^Nơi gửi/).getAttribute('aria-invalid'), WRITE).toBe('true');
    expect(await page.locator('.field-error').allTextContents()).toEqual(['Vui lòng nhập nơi gửi.', 'Vui lòng nhập trích yếu nội dung.']);
    await expectAccessible(page);

    // A classified document takes no file.
    await page.getByLabel('Độ mật').selectOption({ label: 'Mật' });
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    await page.getByLabel('Độ mật').selectOption({ label: 'Thường' });

    await page.getByLabel(/^Số, ký hiệu/).fill('Số: 1234/SNV-CCHC');
    await page.getByLabel('Ngày văn bản').fill(TODAY);
    await page.getByLabel(/^Nơi gửi/).fill('Sở Nội vụ tỉnh Thử Nghiệm');
    await page.getByLabel(/^Trích yếu nội dung/).fill(SUBJECT);
    await page.getByLabel('Độ khẩn').selectOption({ label: 'Khẩn' });
    await page.getByLabel('Số trang').fill('3');
    await page.getByLabel(/^Bản scan/).setInputFiles({ name: 'cong-van-1234-snv.pdf', mimeType: 'application/pdf', buffer: SCAN });
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect.poll(() => heading(page), WRITE).toBe(`Số đến 1/${YEAR}: ${SUBJECT}`);
    documentUrl = page.url();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã vào sổ' }).textContent(), WRITE).toBe('Đã vào sổ văn bản số đến 1.');
    expect(await page.getByRole('link', { name: 'cong-van-1234-snv.pdf' }).count()).toBe(1);
    // The symbol names the type: a letter (công văn) for an agency's symbol without a type.
    expect(await page.locator('dl.facts').textContent()).toContain('1234/SNV-CCHC');
    await expectAccessible(page);

    await act(page, 'Trình lãnh đạo');
    expect(await page.locator('dl.facts').textContent()).toContain('Đã trình lãnh đạo');

    // The register finds it typed without diacritics.
    await page.getByRole('link', { name: 'Sổ văn bản đến' }).first().click();
    await page.getByRole('searchbox', { name: /^Tìm văn bản/ }).fill('cai cach hanh chinh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect.poll(() => page.locator('table tbody tr').count(), WRITE).toBe(1);
    expect(await page.locator('table tbody tr').textContent()).toContain('Sở Nội vụ tỉnh Thử Nghiệm');
    expect(await page.getByRole('link', { name: 'In sổ (PDF)' }).getAttribute('href')).toBe(`/api/v1/documents/incoming/register.pdf?year=${YEAR}`);
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the leader assign it to a unit with a deadline in working days', async () => {
    const page = await signInAs('leader');
    await openFromMyDocuments(page, 'Chờ phân phối');
    await expectAccessible(page);
    await act(page, 'Phân phối, giao xử lý', async (form) => {
      // The lead must be chosen: the form says so at its field.
      await form.getByRole('button', { name: 'Phân phối, giao xử lý', exact: true }).click();
      await expect.poll(() => form.locator('.field-error').first().textContent(), WRITE).toBe('Vui lòng chọn chủ trì.');
      await form.getByLabel(/^Chủ trì/).selectOption({ label: 'Phòng Văn hóa - Xã hội (cả phòng, đơn vị)' });
      await form.getByRole('group', { name: 'Để biết' }).getByLabel('Đỗ Thị Văn Thư').check();
      await form.getByLabel(/^Hạn xử lý/).fill('5');
      await form.getByLabel('Ý kiến chỉ đạo').fill('Phòng VHXH chủ trì tham mưu báo cáo.');
    });
    const unitRow = page.getByRole('region', { name: 'Phân công xử lý' }).first().locator('tbody tr').filter({ hasText: 'Phòng Văn hóa - Xã hội' });
    await expect.poll(() => unitRow.count(), WRITE).toBe(1);
    const row = await unitRow.textContent();
    for (const fact of ['Chủ trì', 'Phòng VHXH chủ trì tham mưu báo cáo.', 'Trong hạn']) expect(row).toContain(fact);
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the unit head pass it down to a specialist of the unit', async () => {
    const page = await signInAs('head');
    await openFromMyDocuments(page, 'Cần xử lý');
    await act(page, 'Giao chuyên viên trong phòng', async (form) => {
      await form.getByLabel(/^Chuyên viên xử lý/).selectOption({ label: 'Trần Văn Chuyên' });
      await form.getByLabel('Ý kiến chỉ đạo').fill('Anh Chuyên dự thảo báo cáo.');
    });
    await expect.poll(() => page.getByRole('region', { name: 'Phân công xử lý' }).first().textContent(), WRITE).toContain('Trần Văn Chuyên');
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the specialist record progress and finish it', async () => {
    const page = await signInAs('specialist');
    await openFromMyDocuments(page, 'Cần xử lý');
    await act(page, 'Cập nhật tiến độ xử lý', async (form) => {
      await form.getByRole('button', { name: 'Cập nhật tiến độ xử lý', exact: true }).click();
      await expect.poll(() => form.locator('.field-error').first().textContent(), WRITE).toBe('Vui lòng nhập nội dung tiến độ.');
      await form.getByLabel(/^Nội dung tiến độ/).fill('Đã tổng hợp số liệu của các bộ phận.');
    });
    await expect.poll(() => page.getByRole('region', { name: 'Phân công xử lý' }).first().textContent(), WRITE).toContain('Đã tổng hợp số liệu của các bộ phận.');
    await act(page, 'Hoàn thành xử lý (chủ trì)', (form) => form.getByLabel('Kết quả xử lý').fill('Đã gửi báo cáo cho Sở Nội vụ.'));
    await expect.poll(() => page.locator('dl.facts').first().textContent(), WRITE).toContain('Đã xử lý xong');
    expect(await page.getByRole('region', { name: 'Thao tác' }).textContent()).toContain('Bạn không có thao tác nào');
    expect(await page.getByRole('region', { name: 'Quá trình xử lý' }).first().textContent()).toContain('Hoàn thành xử lý (chủ trì)');
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the clerk open a work record for the specialist', async () => {
    const page = await signInAs('clerk');
    await page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name: 'Hồ sơ công việc' }).click();
    await expect.poll(() => heading(page), WRITE).toBe(`Danh mục hồ sơ công việc năm ${YEAR}`);
    await expectAccessible(page);
    const form = page.getByRole('region', { name: 'Lập hồ sơ mới' });
    await form.getByLabel(/^Số, ký hiệu hồ sơ/).fill('01.VHXH');
    await form.getByLabel(/^Tiêu đề hồ sơ/).fill(`Hồ sơ cải cách hành chính năm ${YEAR}`);
    await form.getByLabel(/^Thời hạn bảo quản/).fill('10');
    await form.getByLabel(/^Người lập hồ sơ/).selectOption({ label: 'Trần Văn Chuyên' });
    await form.getByRole('button', { name: 'Lập hồ sơ mới' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã lập hồ sơ' }).textContent(), WRITE).toBe('Đã lập hồ sơ 01.VHXH.');
    await expect.poll(() => page.locator('table tbody tr').first().textContent(), WRITE).toContain('Trần Văn Chuyên');
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the specialist file the document into the record and close it', async () => {
    const page = await signInAs('specialist');
    await page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name: 'Hồ sơ công việc' }).click();
    await page.getByRole('link', { name: `Hồ sơ cải cách hành chính năm ${YEAR}` }).click();
    await expect.poll(() => heading(page), WRITE).toBe(`01.VHXH: Hồ sơ cải cách hành chính năm ${YEAR}`);
    recordUrl = page.url();
    await expectAccessible(page);
    await page.getByRole('searchbox', { name: /^Tìm trong sổ văn bản đến/ }).fill('bao cao cai cach');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('button', { name: `Đưa văn bản số đến 1/${YEAR} vào hồ sơ` }).click();
    const entries = page.getByRole('region', { name: 'Văn bản, tài liệu trong hồ sơ' }).first();
    await expect.poll(() => entries.locator('tbody tr').count(), WRITE).toBe(1);
    expect(await entries.textContent()).toContain(SUBJECT);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Kết thúc hồ sơ' }).click();
    await expect.poll(() => page.locator('dl.facts').textContent(), WRITE).toContain('Đã kết thúc, chờ nộp lưu');
    // Closed, it takes nothing more.
    expect(await page.getByRole('region', { name: 'Đưa văn bản đến vào hồ sơ' }).count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the clerk take the record over into the archive, after which it is only read', async () => {
    const page = await signInAs('clerk');
    await page.goto(recordUrl);
    await expect.poll(() => heading(page), WRITE).toBe(`01.VHXH: Hồ sơ cải cách hành chính năm ${YEAR}`);
    await page.getByRole('button', { name: 'Nhận nộp lưu vào lưu trữ cơ quan' }).click();
    await expect.poll(() => page.locator('dl.facts').textContent(), WRITE).toContain('Đã nộp lưu cơ quan');
    expect(await page.getByText('Hồ sơ đã nộp lưu vào lưu trữ cơ quan: chỉ còn để xem.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Rút|Kết thúc|Mở lại|Nhận nộp lưu/ }).count()).toBe(0);
    await expectAccessible(page);
    // The document page keeps its course for whoever reads the register.
    await page.goto(documentUrl);
    await expect.poll(() => heading(page), WRITE).toBe(`Số đến 1/${YEAR}: ${SUBJECT}`);
    await page.context().close();
  });

  it('lets an officer who works at two agencies choose, from the keyboard, whose register and work records they work on', async () => {
    const { db, province } = shared.site;
    await db.query("INSERT INTO officer_roles (officer_id, role, agency_id) VALUES ($1, 'document_clerk', $2)", [province.officerIds.clerk, province.agencyIds.otherCommune]);
    const page = await signInAs('clerk');
    await page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name: 'Văn bản đến' }).click();
    await expect.poll(() => heading(page), WRITE).toBe('Sổ văn bản đến');
    const picker = page.getByLabel('Cơ quan đang làm việc');
    // The first of their agencies until they choose: the commune the document was registered at.
    await expect.poll(() => picker.locator('option:checked').textContent(), WRITE).toBe('UBND xã Hòa Bình');
    expect(await picker.locator('option').allTextContents()).toEqual(['UBND xã Hòa Bình', 'UBND xã Đồng Tâm']);
    await expect.poll(() => page.getByRole('link', { name: SUBJECT }).count(), WRITE).toBe(1);
    await expectAccessible(page);

    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByText('Không có văn bản nào.').count(), WRITE).toBe(1);
    expect(await page.getByRole('link', { name: SUBJECT }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'In sổ (PDF)' }).getAttribute('href')).toContain('agency=002.02.02.H99');

    // The choice holds on the other pages of the registers and records.
    await page.getByRole('navigation', { name: 'Hàng đợi công việc' }).getByRole('link', { name: 'Hồ sơ công việc' }).click();
    await expect.poll(() => heading(page), WRITE).toBe(`Danh mục hồ sơ công việc năm ${YEAR}`);
    expect(await picker.locator('option:checked').textContent()).toBe('UBND xã Đồng Tâm');
    await expect.poll(() => page.getByText('Chưa có hồ sơ nào trong năm.').count(), WRITE).toBe(1);
    await expectAccessible(page);
    await picker.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByRole('link', { name: `Hồ sơ cải cách hành chính năm ${YEAR}` }).count(), WRITE).toBe(1);
    await page.context().close();
  });
});
