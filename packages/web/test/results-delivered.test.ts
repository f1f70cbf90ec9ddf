import { describe, expect, it } from 'vitest';
import { CITIZEN_PASSWORD, draftOwnDossier, registerCitizen, submitOwnDossier } from '../../server/test/support/citizens.js';
import { APPLICANT, act } from '../../server/test/support/dossiers.js';
import { signInStaff } from '../../server/test/support/results.js';
import { screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { signInCitizen } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const PHONE = { width: 360, height: 740 };
const ADDRESS = 'Số 12 đường Lê Lợi, thôn Đông, xã Hòa Bình';

/**
 * Results delivered, in Chromium at 360 px: the citizen chooses at the last step of the wizard
 * to receive the result by post (the commune's postal fee shown before submitting), and once the
 * officers have posted it reads the carrier and tracking number on their dossier page and on the
 * public tracking page; a citizen collecting at the counter reads where, when and what to bring.
 * Each page axe clean.
 */
describe('receiving the result by post, in Chromium at 360 px', () => {
  const shared = siteAndBrowser();

  it('chooses the post with its fee before submitting, and later sees the tracking number', async () => {
    const { site, browser } = shared;
    await site.db.query('UPDATE agencies SET postal_fee_vnd = 30000 WHERE id = $1', [site.province.agencyIds.commune]);
    const citizen = await registerCitizen(site.app, { fullName: APPLICANT.name, email: 'an.buudien@example.vn' });
    const draft = await draftOwnDossier(citizen, APPLICANT);

    const page = await signInCitizen(browser, site, 'an.buudien@example.vn', CITIZEN_PASSWORD, PHONE);
    await page.goto(`${site.url}/nop-ho-so/1.001193?draft=${draft}&buoc=kiem-tra`);
    const choice = page.getByRole('group', { name: 'Hình thức nhận kết quả' });
    await choice.waitFor();
    const post = choice.getByLabel(/^Nhận qua dịch vụ bưu chính công ích \(phí 30\.000/);
    await post.check();
    // Without an address the post cannot be chosen: said at the field.
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.getByText('Vui lòng nhập đầy đủ địa chỉ nhận kết quả.').first().waitFor();
    await page.getByLabel(/^Địa chỉ nhận kết quả/).fill(ADDRESS);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'delivery-choice-360');
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const code = (await page.locator('.citizen-code-big').innerText()).trim();

    // The officers receive it, process it, and hand the result to the post.
    const staff = await signInStaff(site.app);
    let version = await act(staff.reception, code, 'receive', 1);
    version = await act(staff.specialist, code, 'hand_over', version);
    version = await act(staff.head, code, 'hand_over', version);
    version = await act(staff.leader, code, 'approve', version);
    await act(staff.reception, code, 'send_by_post', version, { postalCarrier: 'vnpost', trackingNumber: 'EL123456789VN' });

    await page.goto(`${site.url}/ho-so-cua-toi/${code}`);
    const delivery = page.getByRole('region', { name: 'Nhận kết quả' });
    await delivery.waitFor();
    expect(await delivery.innerText()).toMatch(/Kết quả đã được gửi qua Bưu điện Việt Nam \(VNPost\)[\s\S]*Số hiệu bưu gửi[\s\S]*EL123456789VN/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'delivery-posted-360');

    await page.goto(`${site.url}/tra-cuu/${code}`);
    const tracked = page.getByRole('region', { name: 'Nhận kết quả' });
    await tracked.waitFor();
    expect(await tracked.innerText()).toContain('EL123456789VN');
    expect(await page.content()).not.toContain('Lê Lợi');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('tells the citizen collecting at the counter where, when and what to bring once the result is ready', async () => {
    const { site, browser } = shared;
    await site.db.query('UPDATE agencies SET address = $2 WHERE id = $1', [site.province.agencyIds.commune, 'Số 1 đường Trung tâm, xã Hòa Bình']);
    const citizen = await registerCitizen(site.app, { fullName: APPLICANT.name, email: 'an.taiquay@example.vn' });
    const dossier = await submitOwnDossier(citizen, APPLICANT, { delivery: { method: 'in_person' } });
    const staff = await signInStaff(site.app);
    let version = await act(staff.reception, dossier.code, 'receive', dossier.version);
    version = await act(staff.specialist, dossier.code, 'hand_over', version);
    version = await act(staff.head, dossier.code, 'hand_over', version);
    await act(staff.leader, dossier.code, 'approve', version);

    const page = await signInCitizen(browser, site, 'an.taiquay@example.vn', CITIZEN_PASSWORD, PHONE);
    await page.goto(`${site.url}/ho-so-cua-toi/${dossier.code}`);
    const delivery = page.getByRole('region', { name: 'Nhận kết quả' });
    await delivery.waitFor();
    expect(await delivery.innerText()).toMatch(
      /Kết quả đã sẵn sàng[\s\S]*Nơi nhận[\s\S]*UBND xã Hòa Bình, Số 1 đường Trung tâm[\s\S]*Thời gian[\s\S]*Thứ Hai – Thứ Sáu: 07:30–11:30, 13:00–17:00[\s\S]*Mang theo[\s\S]*Căn cước công dân/,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'delivery-collect-360');
    await page.context().close();
  });
});
