import { webcrypto } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueOfficerCertificate } from '../../server/src/modules/signing/demo-ca.js';
import { createSigningSimulator } from '../../server/src/modules/signing/simulator.js';
import { signIn } from '../../server/test/support/http.js';
import { dossierAwaitingApproval, signInStaff } from '../../server/test/support/results.js';
import { testAuthority } from '../../server/test/support/signing.js';
import { seriousAccessibilityViolations } from './support/browser.js';
import { signInOfficer } from './support/sessions.js';
import { siteAndBrowser } from './support/site-and-browser.js';

const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
const ACCOUNT = 'CCCD-001090012345';
const LEADER_NAME = 'Hoàng Văn Chủ Tịch';
/** How long a page may take to show what a write changed. */
const WRITE = { timeout: 15_000 };

/**
 * A leader who signs through a remote signing service approves a dossier: its page says the
 * approval waits for the leader's confirmation on the phone, since when and until when; once the
 * leader confirms, asking for news shows the dossier approved.
 */
describe('an approval awaiting a remote signature on the dossier page, in Chromium', () => {
  const shared = siteAndBrowser();
  let simulator: FastifyInstance;
  let serviceUrl: string;

  /** The leader answers the request waiting on their phone, as its page's buttons do. */
  async function answerOnPhone(answer: 'confirm' | 'refuse') {
    const [request] = (await (await fetch(`${serviceUrl}/v1/accounts/${ACCOUNT}/pending`)).json()) as Array<{ transactionId: string }>;
    const response = await fetch(`${serviceUrl}/phone/${ACCOUNT}/requests/${request!.transactionId}/${answer}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(response.status).toBe(303);
  }

  /** A dossier the leader approved, waiting for their confirmation, open on the unit head's page. */
  async function awaitingOnPage() {
    const staff = await signInStaff(shared.site.app);
    const dossier = await dossierAwaitingApproval(staff);
    const approved = await staff.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version, comment: 'Đồng ý' });
    expect(approved.statusCode, approved.body).toBe(200);
    const page = await signInOfficer(shared.browser, shared.site, 'head');
    await page.goto(`${shared.site.url}/can-bo/ho-so/${dossier.code}`);
    const notice = page.getByRole('region', { name: 'Phê duyệt đang chờ ký số từ xa' });
    await expect.poll(() => notice.count(), WRITE).toBe(1);
    return { page, notice };
  }

  beforeAll(async () => {
    const issued = await issueOfficerCertificate(await testAuthority(), { fullName: LEADER_NAME, agencyName: 'UBND xã Hòa Bình', province: 'Thử Nghiệm' }, VALIDITY);
    simulator = createSigningSimulator({
      accounts: [{ accountId: ACCOUNT, holderName: LEADER_NAME, privateKeyPkcs8: new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', issued.privateKey)), certificate: issued.certificate, chain: issued.chain }],
      timeoutMs: 5 * 60_000,
    });
    await simulator.listen({ port: 0, host: '127.0.0.1' });
    serviceUrl = `http://127.0.0.1:${(simulator.server.address() as AddressInfo).port}`;
    // The leader signs through the remote service.
    const admin = await signIn(shared.site.app, 'admin');
    const configured = await admin.request('PUT', `/api/v1/officers/${shared.site.province.officerIds.leader}/signing-method`, { method: 'remote', serviceUrl, accountId: ACCOUNT });
    expect(configured.statusCode, configured.body).toBe(200);
  });
  afterAll(() => simulator?.close());

  it('shows whose signature the approval waits for, since when and until when, and the approval once it is confirmed', async () => {
    const { page, notice } = await awaitingOnPage();
    const text = await notice.textContent();
    expect(text).toContain(`Đang chờ ${LEADER_NAME} xác nhận ký số trên điện thoại.`);
    expect(text).toContain('Chờ người ký xác nhận');
    expect(text).toMatch(/Gửi yêu cầu lúc\s*\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(text).toMatch(/Hết hạn lúc\s*\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The leader confirms on the phone; the page asks for news.
    await answerOnPhone('confirm');
    await notice.getByRole('button', { name: 'Kiểm tra trạng thái ký số' }).click();
    await expect.poll(() => page.getByText(/^Đã nhận chữ ký số lúc .+: hồ sơ đã được phê duyệt, văn bản kết quả đã ký\.$/).count(), WRITE).toBe(1);
    expect(await notice.count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says why nothing was approved when the leader refuses on the phone', async () => {
    const { page, notice } = await awaitingOnPage();
    await answerOnPhone('refuse');
    await notice.getByRole('button', { name: 'Kiểm tra trạng thái ký số' }).click();
    const refused = page.locator('.alert-warning').filter({ hasText: 'Phê duyệt không được thực hiện' });
    await expect.poll(() => refused.textContent(), WRITE).toContain('Người ký đã từ chối yêu cầu ký số trên điện thoại; hồ sơ giữ nguyên như trước khi phê duyệt.');
    expect(await notice.count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
