import { addDays, type FormDefinition, vietnamDate } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { publishVersion } from '../../server/src/modules/procedures/repo.js';
import { AGENCIES, BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { samplePdf } from './support/documents.js';
import { signInCitizen, signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const FORM: FormDefinition = {
  title: 'TỜ KHAI ĐĂNG KÝ KHAI SINH',
  fields: [
    { code: 'declarantName', type: 'text', maxLength: 100, required: true, prefill: 'fullName', label: { vi: 'Họ, chữ đệm, tên người yêu cầu', en: "Declarant's full name" } },
    { code: 'declarantIdNumber', type: 'identity_number', required: true, prefill: 'idNumber', label: { vi: 'Số định danh của người yêu cầu', en: "Declarant's identification number" } },
    { code: 'relation', type: 'choice', required: true, label: { vi: 'Quan hệ với người được khai sinh', en: 'Relation to the child' }, options: [{ value: 'mother', label: { vi: 'Mẹ', en: 'Mother' } }, { value: 'other', label: { vi: 'Khác', en: 'Other' } }] },
    { code: 'relationOther', type: 'text', maxLength: 100, required: false, shownWhen: { field: 'relation', operator: 'equals', value: 'other' }, requiredWhen: { field: 'relation', operator: 'equals', value: 'other' }, label: { vi: 'Quan hệ khác (ghi rõ)', en: 'Other relation' } },
    { code: 'childName', type: 'text', maxLength: 100, required: true, label: { vi: 'Họ, chữ đệm, tên người được khai sinh', en: "Child's full name" } },
    { code: 'childBirthDate', type: 'date', range: 'past', required: true, label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' } },
    { code: 'birthCommune', type: 'commune', required: true, label: { vi: 'Nơi sinh (xã, phường)', en: 'Place of birth (commune)' } },
    {
      code: 'siblings',
      type: 'group',
      required: false,
      minItems: 0,
      maxItems: 3,
      label: { vi: 'Anh chị em ruột', en: 'Siblings' },
      itemLabel: { vi: 'Người', en: 'Person' },
      fields: [{ code: 'name', type: 'text', maxLength: 100, required: true, label: { vi: 'Họ tên anh, chị, em', en: "Sibling's name" } }],
    },
  ],
};
const PROCEDURE = { ...BIRTH_REGISTRATION, code: '1.001195', name: 'Đăng ký khai sinh (tờ khai điện tử)', form: FORM };
const CITIZEN = { fullName: 'Lê Thị Hồng', email: 'hong.le@example.vn', idNumber: '038190007788', password: 'mat-khau-cua-hong' };

/**
 * The declaration as a form in the browser: the citizen finds it pre-filled from their account, a
 * field appears when its condition holds, the server's refusal marks the field at fault, and the
 * officer reads the answers as data on the dossier page and prints the tờ khai.
 */
describe('the e-form of a procedure, in Chromium', () => {
  const shared = siteAndBrowser();
  let code = '';

  it('is filled in by the citizen, pre-filled from the account, and refused field by field until right', async () => {
    const { site, browser } = shared;
    await publishVersion(site.db, PROCEDURE, site.province.agencyIds.commune, null);
    const registered = await site.app.inject({ method: 'POST', url: '/api/citizen/register', payload: CITIZEN });
    expect(registered.statusCode, registered.body).toBe(201);
    const page = await signInCitizen(browser, site, CITIZEN.email, CITIZEN.password);
    await page.goto(`${site.url}/nop-ho-so/${PROCEDURE.code}`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Nộp hồ sơ trực tuyến');
    const declaration = page.getByRole('main');
    expect(await page.locator('fieldset.declaration > legend').textContent()).toBe(FORM.title);
    await expect.poll(() => declaration.getByLabel(/^Họ, chữ đệm, tên người yêu cầu/).inputValue()).toBe(CITIZEN.fullName);
    expect(await declaration.getByLabel(/^Số định danh của người yêu cầu/).inputValue()).toBe(CITIZEN.idNumber);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Một số ô đã được điền sẵn từ tài khoản của bạn');

    // The other relation is asked only when "Khác" is chosen.
    expect(await declaration.getByLabel(/^Quan hệ khác/).count()).toBe(0);
    await declaration.getByLabel(/^Quan hệ với người được khai sinh/).selectOption({ label: 'Khác' });
    await expect.poll(() => declaration.getByLabel(/^Quan hệ khác/).count()).toBe(1);
    await declaration.getByLabel(/^Quan hệ với người được khai sinh/).selectOption({ label: 'Mẹ' });
    await declaration.getByLabel(/^Ngày, tháng, năm sinh/).fill(addDays(vietnamDate(new Date()), -10));
    await declaration.getByLabel(/^Nơi sinh \(xã, phường\)/).selectOption({ label: AGENCIES.commune.name });
    await declaration.getByRole('button', { name: 'Thêm người' }).click();
    await declaration.getByLabel(/^Họ tên anh, chị, em/).fill('Trần Minh Quân');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'e-form-01-declaration');

    // The child's name is left out: the server names that field, and the form marks it.
    await page.getByLabel(/^Địa chỉ liên hệ/).fill('Thôn Đông, xã Hòa Bình');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Thành phần hồ sơ');
    await page.getByLabel(/^Tờ khai đăng ký khai sinh/).setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: samplePdf('To khai') });
    await page.getByRole('list', { name: /Tờ khai đăng ký khai sinh/ }).getByText('to-khai.pdf').waitFor();
    await page.getByLabel(/^Giấy chứng sinh/).setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: samplePdf('Giay chung sinh') });
    await page.getByRole('list', { name: /Giấy chứng sinh/ }).getByText('giay-chung-sinh.pdf').waitFor();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    // The review lists the answers as they will be kept.
    const review = page.getByRole('region', { name: FORM.title });
    await expect.poll(() => review.textContent()).toContain('Trần Minh Quân');
    expect(await review.textContent()).toContain(AGENCIES.commune.name);
    await page.getByLabel(/^Tôi cam đoan/).check();
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    const childName = page.getByLabel(/^Họ, chữ đệm, tên người được khai sinh/);
    await expect.poll(() => childName.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('main').textContent()).toContain('Vui lòng nhập “Họ, chữ đệm, tên người được khai sinh”.');
    await screenshot(page, 'e-form-02-refused-field');

    await childName.fill('Trần Gia Hân');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel(/^Tôi cam đoan/).check();
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Đã nộp hồ sơ thành công');
    code = (await page.locator('.citizen-code-big').textContent()) ?? '';
    expect(code).toMatch(/-\d{6}-\d{4}$/);

    // The citizen's own dossier page shows what they declared, with their copy to print.
    await page.goto(`${site.url}/ho-so-cua-toi/${code}`);
    const own = page.getByRole('region', { name: FORM.title });
    await expect.poll(() => own.textContent()).toContain('Trần Gia Hân');
    expect(await own.getByRole('link', { name: 'In tờ khai (PDF)' }).getAttribute('href')).toBe(`/api/citizen/dossiers/${code}/papers/declaration.pdf`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the officer the declaration as data, and prints it', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'reception');
    await page.goto(`${shared.site.url}/can-bo/ho-so/${code}`);
    const card = page.getByRole('region', { name: FORM.title });
    await expect.poll(() => card.textContent()).toContain('Trần Gia Hân');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(AGENCIES.commune.name);
    expect(text).toContain('Mẹ');
    expect(text).toContain('Người 1');
    expect(text).toContain('Trần Minh Quân');
    await expect.poll(() => page.getByRole('link', { name: /^Tờ khai/ }).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'e-form-03-officer');
    await page.context().close();
  });

  it('is edited in the procedure editor beside a live preview, a condition on a later field shown as wrong', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'admin');
    await page.goto(`${shared.site.url}/quan-tri/thu-tuc/${PROCEDURE.code}`);
    const section = page.locator('details.admin-section').filter({ has: page.locator('summary', { hasText: 'Tờ khai điện tử' }) });
    await section.locator(':scope > summary').click();
    expect(await section.locator(':scope > summary').textContent()).toContain(`${FORM.title}, ${FORM.fields.length} trường`);
    const preview = page.getByRole('region', { name: 'Xem trước tờ khai như công dân thấy' });
    expect(await preview.getByLabel(/^Quan hệ khác/).count()).toBe(0);
    await preview.getByLabel(/^Quan hệ với người được khai sinh/).selectOption({ label: 'Khác' });
    await expect.poll(() => preview.getByLabel(/^Quan hệ khác/).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'e-form-05-editor-preview');

    // Field by field: a new field, shown only when the relation is "Mẹ", appears in the preview as it holds.
    await section.getByRole('button', { name: /Thêm trường/ }).last().click();
    // The item is named by its label, as it is typed.
    const added = section.getByRole('group', { name: new RegExp(`^Trường ${FORM.fields.length + 1}: `) });
    await added.getByLabel(/^Nhãn tiếng Việt/).fill('Nghề nghiệp của người mẹ');
    await added.getByLabel(/^Nhãn tiếng Anh/).fill("Mother's occupation");
    expect(await section.getByRole('group', { name: `Trường ${FORM.fields.length + 1}: Nghề nghiệp của người mẹ` }).count()).toBe(1);
    const shownWhen = added.getByRole('group', { name: 'Chỉ hiện khi' });
    await shownWhen.getByLabel('Trường đứng trước').selectOption({ label: 'Quan hệ với người được khai sinh' });
    await shownWhen.getByLabel('Điều kiện').selectOption({ label: 'bằng' });
    await shownWhen.getByLabel('Giá trị').selectOption({ label: 'Mẹ' });
    expect(await preview.getByLabel(/^Nghề nghiệp của người mẹ/).count()).toBe(0);
    await preview.getByLabel(/^Quan hệ với người được khai sinh/).selectOption({ label: 'Mẹ' });
    await expect.poll(() => preview.getByLabel(/^Nghề nghiệp của người mẹ/).count()).toBe(1);
    expect(await section.locator(':scope > summary').textContent()).toContain(`${FORM.fields.length + 1} trường`);
    expect(await section.getByRole('status').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'e-form-06-visual-editor');

    await section.getByRole('radio', { name: 'Soạn JSON' }).check();
    const json = JSON.parse(await page.getByLabel(/^Định nghĩa tờ khai \(JSON\)/).inputValue()) as FormDefinition;
    expect(json.fields.at(-1)).toEqual({
      code: `field${FORM.fields.length + 1}`,
      type: 'text',
      maxLength: 200,
      required: false,
      label: { vi: 'Nghề nghiệp của người mẹ', en: "Mother's occupation" },
      shownWhen: { field: 'relation', operator: 'equals', value: 'mother' },
    });
    const edited = { ...FORM, title: 'TỜ KHAI ĐĂNG KÝ KHAI SINH (SỬA)', fields: [{ ...FORM.fields[0]!, shownWhen: { field: 'childName', operator: 'filled' as const } }, ...FORM.fields.slice(1)] };
    await page.getByLabel(/^Định nghĩa tờ khai \(JSON\)/).fill(JSON.stringify(edited, null, 2));
    await expect.poll(() => preview.locator('legend').first().textContent()).toBe(edited.title);
    expect(await section.textContent()).toContain('fields.0.shownWhen');
    expect(await section.textContent()).toContain('Điều kiện dựa vào trường "childName"');
    await page.context().close();
  });

  it('is filled in at the counter too, the server marking the field at fault', async () => {
    const page = await signInOfficer(shared.browser, shared.site, 'reception');
    await page.goto(`${shared.site.url}/can-bo/tiep-nhan`);
    await page.getByLabel(/^Tìm thủ tục/).fill(PROCEDURE.code);
    await page.getByRole('button', { name: new RegExp(PROCEDURE.name.replace(/[()]/g, '.')) }).click();
    await page.getByRole('form', { name: 'Tiếp nhận hồ sơ tại quầy' }).waitFor();
    await page.getByLabel(/^Họ và tên/).fill('Phạm Văn Tùng');
    await page.getByLabel(/^Số định danh cá nhân/).fill('038085001234');
    await page.getByRole('checkbox', { name: /Tờ khai đăng ký khai sinh/ }).check();
    await page.getByRole('checkbox', { name: /Giấy chứng sinh/ }).check();
    await page.getByLabel(/^Họ, chữ đệm, tên người yêu cầu/).fill('Phạm Văn Tùng');
    await page.getByLabel(/^Số định danh của người yêu cầu/).fill('03808500123');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await expect.poll(() => page.getByLabel(/^Số định danh của người yêu cầu/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('main').textContent()).toContain('gồm đúng 12 chữ số');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'e-form-04-counter-refused');

    await page.getByLabel(/^Số định danh của người yêu cầu/).fill('038085001234');
    await page.getByLabel(/^Quan hệ với người được khai sinh/).selectOption({ label: 'Khác' });
    await page.getByLabel(/^Quan hệ khác/).fill('Cha');
    await page.getByLabel(/^Họ, chữ đệm, tên người được khai sinh/).fill('Phạm Minh Khang');
    await page.getByLabel(/^Ngày, tháng, năm sinh/).fill(addDays(vietnamDate(new Date()), -3));
    await page.getByLabel(/^Nơi sinh \(xã, phường\)/).selectOption({ label: AGENCIES.commune.name });
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/giay-tiep-nhan$/);
    const received = new URL(page.url()).pathname.split('/')[3]!;
    await page.goto(`${shared.site.url}/can-bo/ho-so/${received}`);
    await expect.poll(() => page.getByRole('region', { name: FORM.title }).textContent()).toContain('Phạm Minh Khang');
    await page.context().close();
  });
});
