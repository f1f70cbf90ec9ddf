import { describe, expect, it } from 'vitest';
import { signIn } from '../../server/test/support/http.js';
import { pdfText } from '../../server/test/support/pdf.js';
import { dossierAwaitingApproval, signInStaff, signedResultsOf } from '../../server/test/support/results.js';
import { seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

/**
 * An administrator gives a leader's grant the authority they sign with (Decree 30/2020), sees what
 * the papers will print over the signature, and the next result the leader signs prints it.
 */
describe('the signing authority of a grant, in Chromium', () => {
  const shared = siteAndBrowser();

  it.each([
    [390, 'other.leader', 'Lý Văn Khác', 'Người đứng đầu ký (TM. nếu là tập thể)', '', 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH'],
    [1280, 'leader', 'Hoàng Văn Chủ Tịch', 'Cấp phó ký thay (KT.)', 'Phó Chủ tịch', 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'],
  ])('at %i px sets how %s signs and previews the lines the papers print', async (width, username, fullName, authority, position, preview) => {
    const page = await signInOfficer(shared.browser, shared.site, 'admin', { width });
    await page.goto(`${shared.site.url}/quan-tri/can-bo`);
    await page.getByRole('searchbox', { name: 'Tìm cán bộ' }).fill(fullName);
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const row = page.locator('table tbody tr').filter({ hasText: fullName });
    await row.getByRole('button', { name: /^Sửa vai trò/ }).click();
    await page.getByRole('heading', { name: `Sửa vai trò của ${fullName}` }).waitFor();

    const positionField = page.getByLabel('Chức vụ ký');
    // A position means nothing until an authority is chosen.
    expect(await positionField.isDisabled()).toBe(true);
    await page.getByLabel('Thẩm quyền ký').selectOption({ label: authority });
    if (position) await positionField.fill(position);
    await expect.poll(() => page.getByText(`Giấy tờ sẽ in: ${preview}`).isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.locator('.alert-success, [role="status"]').first().textContent()).toContain(`Đã lưu vai trò của ${fullName}`);

    const admin = await signIn(shared.site.app, 'admin');
    const { items } = (await admin.request('GET', `/api/v1/officers?q=${encodeURIComponent(fullName)}`)).json() as { items: Array<{ username: string; grants: unknown[] }> };
    expect(items.find((officer) => officer.username === username)!.grants).toEqual([
      expect.objectContaining({ role: 'agency_leader', signingAuthority: authority.startsWith('Cấp phó') ? 'deputy' : 'head', signingPosition: position }),
    ]);
    await page.context().close();
  });

  it('prints the authority chosen on the result the leader signs next', async () => {
    // The change of roles ended the leader's sessions: the staff sign in afresh.
    const staff = await signInStaff(shared.site.app);
    const dossier = await dossierAwaitingApproval(staff);
    const response = await staff.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version });
    expect(response.statusCode, response.body).toBe(200);
    const [result] = await signedResultsOf(staff.leader, dossier.code);
    const pdf = (await staff.leader.request('GET', `/api/v1/dossiers/${dossier.code}/files/${result!.fileId}`)).rawPayload;
    const text = await pdfText(pdf);
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'GIẤY KHAI SINH']) expect(text).toContain(line);
  });
});
