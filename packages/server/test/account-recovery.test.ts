import { createHmac } from 'node:crypto';
import { base32Decode, totp } from '@motcua/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outboxTopicsFor } from '../src/app.js';
import { createSenders } from '../src/modules/notifications/senders.js';
import { drainOutbox } from '../src/platform/outbox.js';
import { type TestApp, startTestApp } from './support/app.js';
import { CITIZEN_PASSWORD, type CitizenBrowser, browserOf, nextAddress, registerCitizen } from './support/citizens.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';
import { type Mailbox, startMailbox } from './support/mailbox.js';
import { PASSWORD } from './support/province.js';
import { type SmsGatewayDouble, startSmsGateway } from './support/sms-gateway.js';

const NOW = new Date('2026-12-04T09:00:00+07:00');
const NEW_PASSWORD = 'hoa-sen-nở-muộn';
const hmacSha1 = (key: Uint8Array, message: Uint8Array) => new Uint8Array(createHmac('sha1', key).update(message).digest());

describe.each(ENGINES)('accounts that recover on $name', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let carrier: SmsGatewayDouble;
  let drain: () => Promise<number>;

  beforeAll(async () => {
    [mailbox, carrier] = await Promise.all([startMailbox(), startSmsGateway()]);
    t = await startTestApp(engine, {
      at: NOW,
      config: {
        mail: { smtpUrl: mailbox.url, from: 'Dịch vụ công tỉnh <dichvucong@example.vn>' },
        sms: { url: carrier.url, token: 'carrier-secret', sender: 'DICHVUCONG', inboundToken: undefined },
        publicUrl: 'https://dichvucong.example.vn',
      },
    });
    const senders = createSenders(t.config);
    drain = () => drainOutbox(t.db, outboxTopicsFor(t.db, senders, t.config));
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([mailbox.close(), carrier.close()]);
  });
  beforeEach(() => {
    t.clock.at = NOW;
  });
  const later = (seconds: number) => {
    t.clock.at = new Date(t.clock.at.getTime() + seconds * 1000);
  };

  const post = (url: string, payload: Record<string, unknown>, remoteAddress = nextAddress()) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress });
  const askForCode = (login: string) => post('/api/citizen/password-reset', { login });
  const reset = (login: string, code: string, newPassword = NEW_PASSWORD) => post('/api/citizen/password-reset/confirm', { login, code, newPassword });
  const citizenSignIn = (login: string, password: string) => post('/api/citizen/login', { login, password });
  const codeInMail = (to: string) => {
    const mail = mailbox.received.findLast((received) => received.to && JSON.stringify(received.to).includes(to));
    return /ông\/bà là: (\d{6})/.exec(mail?.text ?? '')?.[1];
  };
  const codeBySms = (to: string) => /: (\d{6}),/.exec(carrier.requests.findLast((request) => request.to === `84${to.slice(1)}`)?.text ?? '')?.[1];
  const verify = (citizen: CitizenBrowser, channel: 'email' | 'sms', code: string) => citizen.request('POST', '/api/citizen/me/contacts/verification', { channel, code });
  /** A citizen who registered and typed the code sent to their contact. */
  const verifiedCitizen = async (body: { fullName: string; email?: string; phone?: string }) => {
    const citizen = await registerCitizen(t.app, body);
    await drain();
    const channel = body.email ? 'email' : 'sms';
    const verified = await verify(citizen, channel, (body.email ? codeInMail(body.email) : codeBySms(body.phone!))!);
    expect(verified.statusCode, verified.body).toBe(200);
    return citizen;
  };
  const audited = async (action: string, entityId: string) =>
    (await t.db.query<{ details: Record<string, unknown> | null }>('SELECT details FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY seq', [action, entityId])).rows.map(
      (row) => row.details,
    );

  describe('a citizen who forgot their password', () => {
    it('gets a code by e-mail through SMTP, sets a new password with it once, and every session ends', async () => {
      const an = await verifiedCitizen({ fullName: 'Nguyễn Văn An', email: 'an.quen@example.vn' });
      const asked = await askForCode('  An.Quen@Example.VN ');
      expect(asked.statusCode, asked.body).toBe(202);
      // Nobody learns from the answer whether the account exists.
      const nobody = await askForCode('khong.co.ai@example.vn');
      expect([nobody.statusCode, nobody.json()]).toEqual([asked.statusCode, asked.json()]);
      expect(asked.json()).toEqual({ channel: 'email' });

      await drain();
      const mail = mailbox.received.findLast((received) => JSON.stringify(received.to).includes('an.quen@example.vn'))!;
      expect(mail.subject).toMatch(/^Mã đặt lại mật khẩu: \d{6} \/ Password reset code$/);
      expect(mail.text!.indexOf('Kính gửi Nguyễn Văn An')).toBeLessThan(mail.text!.indexOf('Dear Nguyễn Văn An'));
      expect(mail.text).toContain('https://dichvucong.example.vn/quen-mat-khau');
      expect(mailbox.received.some((received) => JSON.stringify(received.to).includes('khong.co.ai'))).toBe(false);
      const code = codeInMail('an.quen@example.vn')!;

      // Only a salted hash of the code is kept.
      const stored = await t.db.query<{ code_hash: string }>(`SELECT code_hash FROM citizen_codes WHERE citizen_id = $1 AND purpose = 'password_reset'`, [an.citizen.id]);
      expect(stored.rows).toHaveLength(1);
      expect(stored.rows[0]!.code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored.rows)).not.toContain(code);

      const wrong = await reset('an.quen@example.vn', code === '000000' ? '111111' : '000000');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: 'reset_code_invalid', message: 'Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng kiểm tra lại hoặc yêu cầu mã mới.' });
      // The same answer for an account that does not exist.
      expect((await reset('khong.co.ai@example.vn', code)).json()).toEqual(wrong.json());
      // A password the policy refuses does not spend the code.
      expect((await reset('an.quen@example.vn', code, 'ngắn')).json()).toMatchObject({ code: 'invalid_input', field: 'newPassword', message: 'Mật khẩu cần ít nhất 8 ký tự.' });

      expect((await reset('an.quen@example.vn', ` ${code.slice(0, 3)} ${code.slice(3)} `)).statusCode).toBe(204);
      expect((await an.request('GET', '/api/citizen/me')).statusCode).toBe(401);
      expect((await citizenSignIn('an.quen@example.vn', CITIZEN_PASSWORD)).statusCode).toBe(401);
      expect((await citizenSignIn('an.quen@example.vn', NEW_PASSWORD)).statusCode).toBe(200);
      // Used once.
      expect((await reset('an.quen@example.vn', code, 'mot-mat-khau-khac')).json()).toMatchObject({ code: 'reset_code_invalid' });

      expect(await audited('citizen.password_reset_request', an.citizen.id)).toEqual([{ channel: 'email', outcome: 'sent' }]);
      const unknown = await t.db.query<{ details: unknown }>(`SELECT details FROM audit_log WHERE action = 'citizen.password_reset_request' AND entity_id IS NULL`);
      expect(unknown.rows.map((row) => row.details)).toContainEqual({ channel: 'email', outcome: 'no_account' });
      expect(JSON.stringify(unknown.rows)).not.toContain('khong.co.ai');
      expect(await audited('citizen.password_reset_wrong_code', an.citizen.id)).toEqual([{ attempt: 1 }]);
      expect(await audited('citizen.password_reset', an.citizen.id)).toEqual([{ channel: 'email' }]);
    });

    it('gets a code by SMS through the carrier, whichever way the number is written', async () => {
      const binh = await verifiedCitizen({ fullName: 'Trần Thị Bình', phone: '0987654321' });
      carrier.requests.length = 0;
      expect((await askForCode('+84 987 654 321')).json()).toEqual({ channel: 'sms' });
      await drain();
      expect(carrier.requests).toHaveLength(1);
      const sms = carrier.requests[0]!;
      expect(sms).toMatchObject({ to: '84987654321', sender: 'DICHVUCONG', authorization: 'Bearer carrier-secret' });
      expect(sms.text).toMatch(/^Mã đặt lại mật khẩu Dịch vụ công: \d{6}, hiệu lực 15 phút\. Không chia sẻ mã này cho bất kỳ ai\.$/);
      const code = /(\d{6})/.exec(sms.text)![1]!;
      expect((await reset('0987654321', code)).statusCode).toBe(204);
      expect((await citizenSignIn('0987.654.321', NEW_PASSWORD)).statusCode).toBe(200);
      expect((await binh.request('GET', '/api/citizen/me')).statusCode).toBe(401);
    });

    it('sends three codes an hour at most, a code lasts fifteen minutes, and five wrong guesses spend it', async () => {
      const cuong = await verifiedCitizen({ fullName: 'Lê Văn Cường', email: 'cuong@example.vn' });
      // The code that verified the address counts among the hour's three: past that hour, three more.
      later(3600);
      mailbox.received.length = 0;
      for (let request = 0; request < 4; request++) expect((await askForCode('cuong@example.vn')).statusCode).toBe(202);
      await drain();
      expect(mailbox.received).toHaveLength(3);
      expect((await audited('citizen.password_reset_request', cuong.citizen.id)).map((details) => details?.outcome)).toEqual(['sent', 'sent', 'sent', 'too_many_codes']);

      // The latest code counts, and only for fifteen minutes.
      const latest = codeInMail('cuong@example.vn')!;
      later(15 * 60);
      expect((await reset('cuong@example.vn', latest)).json()).toMatchObject({ code: 'reset_code_invalid' });

      later(46 * 60);
      mailbox.received.length = 0;
      expect((await askForCode('cuong@example.vn')).statusCode).toBe(202);
      await drain();
      const fresh = codeInMail('cuong@example.vn')!;
      const wrong = fresh === '999999' ? '999998' : '999999';
      for (let guess = 0; guess < 5; guess++) expect((await reset('cuong@example.vn', wrong)).statusCode).toBe(400);
      expect((await reset('cuong@example.vn', fresh)).json()).toMatchObject({ code: 'reset_code_invalid' });
      expect((await citizenSignIn('cuong@example.vn', CITIZEN_PASSWORD)).statusCode).toBe(200);
    });

    it('is limited per address as well', async () => {
      const address = '10.99.0.1';
      const answers = [];
      for (let request = 0; request < 11; request++) answers.push((await post('/api/citizen/password-reset', { login: `ai${request}@example.vn` }, address)).statusCode);
      expect(answers.slice(0, 10).every((status) => status === 202)).toBe(true);
      expect(answers[10]).toBe(429);
    });
  });

  describe('a citizen’s contacts', () => {
    const me = async (citizen: CitizenBrowser) => (await citizen.request('GET', '/api/citizen/me')).json().citizen;
    const askForVerification = (citizen: CitizenBrowser, channel: 'email' | 'sms') => citizen.request('POST', '/api/citizen/me/contacts/verification-code', { channel });

    it('are sent a code by SMTP at registration; once the citizen types it, a reset code goes there', async () => {
      const giang = await registerCitizen(t.app, { fullName: 'Võ Thị Giang', email: 'giang@example.vn' });
      expect(giang.citizen).toMatchObject({ email: 'giang@example.vn', emailVerified: false, phoneVerified: false });
      await drain();
      const mail = mailbox.received.findLast((received) => JSON.stringify(received.to).includes('giang@example.vn'))!;
      expect(mail.subject).toMatch(/^Mã xác nhận thư điện tử: \d{6} \/ E-mail confirmation code$/);
      expect(mail.text!.indexOf('Kính gửi Võ Thị Giang')).toBeLessThan(mail.text!.indexOf('Dear Võ Thị Giang'));
      expect(mail.text).toContain('https://dichvucong.example.vn/tai-khoan');
      const code = codeInMail('giang@example.vn')!;

      const verified = await verify(giang, 'email', ` ${code.slice(0, 3)}-${code.slice(3)} `);
      expect(verified.statusCode, verified.body).toBe(200);
      expect(verified.json().citizen).toMatchObject({ emailVerified: true, phoneVerified: false });
      expect(await me(giang)).toMatchObject({ emailVerified: true });
      expect(await audited('citizen.contact_verification_request', giang.citizen.id)).toEqual([{ channel: 'email', outcome: 'sent' }]);
      expect(await audited('citizen.contact_verified', giang.citizen.id)).toEqual([{ channel: 'email' }]);
      // Nothing left to verify.
      expect((await askForVerification(giang, 'email')).json()).toMatchObject({ code: 'contact_already_verified', message: 'Tài khoản đã xác nhận thư điện tử này.' });
      expect((await askForVerification(giang, 'sms')).json()).toMatchObject({ code: 'no_such_contact', field: 'channel', message: 'Tài khoản chưa có số điện thoại.' });

      expect((await askForCode('giang@example.vn')).statusCode).toBe(202);
      await drain();
      expect(mailbox.received.findLast((received) => JSON.stringify(received.to).includes('giang@example.vn'))!.subject).toMatch(/^Mã đặt lại mật khẩu/);
      expect((await reset('giang@example.vn', codeInMail('giang@example.vn')!)).statusCode).toBe(204);
      expect((await citizenSignIn('giang@example.vn', NEW_PASSWORD)).statusCode).toBe(200);
    });

    it('not verified receive no reset code, and the answer is the same as for an account that does not exist', async () => {
      const hai = await registerCitizen(t.app, { fullName: 'Đỗ Văn Hải', email: 'hai@example.vn', phone: '0911222333' });
      await drain();
      // A code went to each contact.
      expect(codeInMail('hai@example.vn')).toMatch(/^\d{6}$/);
      expect(codeBySms('0911222333')).toMatch(/^\d{6}$/);
      expect(carrier.requests.findLast((request) => request.to === '84911222333')!.text).toMatch(/^Mã xác nhận số điện thoại tài khoản Dịch vụ công: \d{6}, hiệu lực 15 phút\./);
      const mailsBefore = mailbox.received.length;
      const smsBefore = carrier.requests.length;

      const unverified = await askForCode('hai@example.vn');
      const nobody = await askForCode('khong.ai.ca@example.vn');
      expect([unverified.statusCode, unverified.json()]).toEqual([202, { channel: 'email' }]);
      expect([nobody.statusCode, nobody.json()]).toEqual([unverified.statusCode, unverified.json()]);
      expect((await askForCode('0911 222 333')).json()).toEqual({ channel: 'sms' });
      await drain();
      expect(mailbox.received).toHaveLength(mailsBefore);
      expect(carrier.requests).toHaveLength(smsBefore);
      expect(await audited('citizen.password_reset_request', hai.citizen.id)).toEqual([
        { channel: 'email', outcome: 'contact_not_verified' },
        { channel: 'sms', outcome: 'contact_not_verified' },
      ]);
      // The verification code is no reset code.
      expect((await reset('hai@example.vn', codeInMail('hai@example.vn')!)).json()).toMatchObject({ code: 'reset_code_invalid' });

      // The phone verified, the e-mail address still not: a reset code goes to the phone only.
      expect((await verify(hai, 'sms', codeBySms('0911222333')!)).json().citizen).toMatchObject({ emailVerified: false, phoneVerified: true });
      await askForCode('hai@example.vn');
      await askForCode('0911222333');
      await drain();
      expect(mailbox.received).toHaveLength(mailsBefore);
      expect(carrier.requests.at(-1)!.text).toMatch(/^Mã đặt lại mật khẩu Dịch vụ công/);
    });

    it('refuse a wrong, expired or used code, count wrong guesses, and send new codes three an hour', async () => {
      const khoa = await registerCitizen(t.app, { fullName: 'Bùi Minh Khoa', email: 'khoa@example.vn' });
      await drain();
      const first = codeInMail('khoa@example.vn')!;
      const wrongOf = (code: string) => (code === '000000' ? '111111' : '000000');

      const wrong = await verify(khoa, 'email', wrongOf(first));
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: 'verification_code_invalid', field: 'code', message: 'Mã xác nhận không đúng, đã dùng hoặc đã hết hạn. Vui lòng kiểm tra lại hoặc yêu cầu mã mới.' });
      expect(await audited('citizen.contact_verification_wrong_code', khoa.citizen.id)).toEqual([{ channel: 'email', attempt: 1 }]);
      // Expired after fifteen minutes.
      later(15 * 60);
      expect((await verify(khoa, 'email', first)).json()).toMatchObject({ code: 'verification_code_invalid' });
      expect(await me(khoa)).toMatchObject({ emailVerified: false });

      // A new code on request; the one before no longer counts.
      const asked = await askForVerification(khoa, 'email');
      expect(asked.statusCode, asked.body).toBe(202);
      expect(asked.json().channel).toBe('email');
      expect(Date.parse(asked.json().expiresAt)).toBe(t.clock.at.getTime() + 15 * 60_000);
      await drain();
      const second = codeInMail('khoa@example.vn')!;
      // Five wrong guesses spend it.
      for (let guess = 0; guess < 5; guess++) expect((await verify(khoa, 'email', wrongOf(second))).statusCode).toBe(400);
      expect((await verify(khoa, 'email', second)).json()).toMatchObject({ code: 'verification_code_invalid' });

      // The third code of the hour is the last.
      later(60);
      expect((await askForVerification(khoa, 'email')).statusCode).toBe(202);
      const tooMany = await askForVerification(khoa, 'email');
      expect(tooMany.statusCode).toBe(429);
      expect(tooMany.json()).toMatchObject({ code: 'too_many_codes', message: 'Đã gửi đủ 3 mã trong một giờ qua. Vui lòng dùng mã đã nhận hoặc thử lại sau.' });
      expect((await audited('citizen.contact_verification_request', khoa.citizen.id)).map((details) => details?.outcome)).toEqual(['sent', 'sent', 'sent', 'too_many_codes']);
      await drain();
      const third = codeInMail('khoa@example.vn')!;
      expect((await verify(khoa, 'email', third)).statusCode).toBe(200);
      // Used once.
      expect((await verify(khoa, 'email', third)).json()).toMatchObject({ code: 'contact_already_verified' });
      const stored = await t.db.query<{ used: number }>(`SELECT count(*)::int AS used FROM citizen_codes WHERE citizen_id = $1 AND purpose = 'contact_verification' AND used_at IS NOT NULL`, [khoa.citizen.id]);
      expect(stored.rows[0]!.used).toBe(1);
      // Only with the session's CSRF token.
      expect((await khoa.request('POST', '/api/citizen/me/contacts/verification', { channel: 'email', code: third }, { csrf: false })).statusCode).toBe(403);
    });
  });

  it('a citizen registers and changes their password under one policy; their other sessions end', async () => {
    const simple = await post('/api/citizen/register', { fullName: 'Phạm Thị Dung', email: 'dung.don.gian@example.vn', password: 'aaaaaaaaaa' });
    expect(simple.json()).toMatchObject({ code: 'invalid_input', field: 'password', message: 'Mật khẩu quá đơn giản: cần ít nhất 4 ký tự khác nhau.' });
    const dung = await registerCitizen(t.app, { fullName: 'Phạm Thị Dung', email: 'dung@example.vn' });
    const other = browserOf(t.app, await citizenSignIn('dung@example.vn', CITIZEN_PASSWORD));
    const wrong = await dung.request('PUT', '/api/citizen/password', { currentPassword: 'khong-dung-dau', newPassword: NEW_PASSWORD });
    expect(wrong.json()).toMatchObject({ code: 'wrong_password', field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' });
    const sameAsEmail = await dung.request('PUT', '/api/citizen/password', { currentPassword: CITIZEN_PASSWORD, newPassword: 'dung@example.vn!' });
    expect(sameAsEmail.json()).toMatchObject({ code: 'invalid_input', field: 'newPassword' });
    expect((await dung.request('PUT', '/api/citizen/password', { currentPassword: CITIZEN_PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await dung.request('GET', '/api/citizen/me')).statusCode).toBe(200);
    expect((await other.request('GET', '/api/citizen/me')).statusCode).toBe(401);
    expect((await citizenSignIn('dung@example.vn', NEW_PASSWORD)).statusCode).toBe(200);
    expect(await audited('citizen.password_change', dung.citizen.id)).toHaveLength(1);
  });

  describe('officers', () => {
    const officerLogin = (username: string, password: string, code?: string) =>
      post('/api/v1/auth/login', { username, password, ...(code === undefined ? {} : { code }) });

    it('a new officer changes the initial password before anything else answers', async () => {
      const admin = await signIn(t.app, 'admin');
      const created = await admin.request('POST', '/api/v1/officers', {
        username: 'can.bo.moi',
        fullName: 'Cán Bộ Mới',
        password: 'mat-khau-ban-dau',
        grants: [{ role: 'receiving_officer', agencyId: t.province.agencyIds.commune }],
      });
      expect(created.statusCode, created.body).toBe(201);
      const weak = await admin.request('POST', '/api/v1/officers', {
        username: 'can.bo.yeu',
        fullName: 'Cán Bộ Yếu',
        password: 'can.bo.yeu-2026',
        grants: [{ role: 'receiving_officer', agencyId: t.province.agencyIds.commune }],
      });
      expect(weak.json()).toMatchObject({ code: 'invalid_input', field: 'password' });

      const login = await officerLogin('can.bo.moi', 'mat-khau-ban-dau');
      expect(login.json().officer).toMatchObject({ accountSetUp: 'password_change', twoFactorEnabled: false });
      const session = await signIn(t.app, 'can.bo.moi', 'mat-khau-ban-dau');
      const refused = await session.request('GET', '/api/v1/dossiers/counts');
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'password_change_required', message: 'Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.' });
      expect((await session.request('GET', '/api/v1/auth/me')).json()).toMatchObject({ accountSetUp: 'password_change' });
      // Public pages stay open to them.
      expect((await session.request('GET', '/api/public/procedures?limit=1')).statusCode).toBe(200);

      const same = await session.request('PUT', '/api/v1/auth/password', { currentPassword: 'mat-khau-ban-dau', newPassword: 'mat-khau-ban-dau' });
      expect(same.json()).toMatchObject({ code: 'invalid_input', field: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
      expect((await session.request('PUT', '/api/v1/auth/password', { currentPassword: 'mat-khau-ban-dau', newPassword: 'mat-khau-cua-toi' })).statusCode).toBe(204);
      expect((await session.request('GET', '/api/v1/dossiers/counts')).statusCode).toBe(200);
      expect((await session.request('GET', '/api/v1/auth/me')).json()).toMatchObject({ accountSetUp: null });
      expect(await audited('auth.password_change', created.json().id)).toHaveLength(1);
    });

    it('an administrator forces a reset: the officer’s sessions end and the temporary password must be changed', async () => {
      const admin = await signIn(t.app, 'admin');
      const clerk = await signIn(t.app, 'clerk');
      const id = t.province.officerIds['clerk']!;
      expect((await admin.request('PUT', `/api/v1/officers/${id}/password`, { temporaryPassword: 'tam-thoi-2026' })).statusCode).toBe(204);
      expect((await clerk.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await officerLogin('clerk', PASSWORD)).statusCode).toBe(401);
      const again = await signIn(t.app, 'clerk', 'tam-thoi-2026');
      expect((await again.request('GET', '/api/v1/dossiers/counts')).json()).toMatchObject({ code: 'password_change_required' });
      const listed = await admin.request('GET', '/api/v1/officers?q=clerk');
      expect(listed.json().items[0]).toMatchObject({ username: 'clerk', mustChangePassword: true, twoFactorEnabled: false });
      expect((await again.request('PUT', '/api/v1/auth/password', { currentPassword: 'tam-thoi-2026', newPassword: PASSWORD })).statusCode).toBe(204);
      expect((await again.request('GET', '/api/v1/dossiers/counts')).statusCode).toBe(200);
      expect(await audited('officer.password_reset', id)).toHaveLength(1);
      // Not an administrator of the clerk's agency: refused.
      const otherAdmin = await signIn(t.app, 'specialist');
      expect((await otherAdmin.request('PUT', `/api/v1/officers/${id}/password`, { temporaryPassword: 'tam-thoi-2027' })).statusCode).toBe(403);
    });

    it('a disabled officer cannot sign in and their sessions end', async () => {
      const admin = await signIn(t.app, 'admin');
      const specialist = await signIn(t.app, 'specialist2');
      const id = t.province.officerIds['specialist2']!;
      expect((await admin.request('PUT', `/api/v1/officers/${id}/active`, { active: false })).statusCode).toBe(204);
      expect((await specialist.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await officerLogin('specialist2', PASSWORD)).json()).toMatchObject({ code: 'invalid_credentials' });
      expect((await admin.request('PUT', `/api/v1/officers/${id}/active`, { active: true })).statusCode).toBe(204);
    });

    it('signs in with a code from an authenticator app or a recovery code, each used once', async () => {
      const leader = await signIn(t.app, 'leader');
      const setUp = await leader.request('POST', '/api/v1/auth/two-factor/set-up');
      expect(setUp.statusCode, setUp.body).toBe(200);
      const { secret, otpauthUri } = setUp.json() as { secret: string; otpauthUri: string };
      expect(otpauthUri).toBe(`otpauth://totp/M%E1%BB%99t%20c%E1%BB%ADa%20%C4%91i%E1%BB%87n%20t%E1%BB%AD:leader?secret=${secret}&issuer=M%E1%BB%99t+c%E1%BB%ADa+%C4%91i%E1%BB%87n+t%E1%BB%AD&algorithm=SHA1&digits=6&period=30`);
      const app = (at: Date) => totp(hmacSha1, base32Decode(secret)!, at);
      // The secret is sealed at rest.
      const stored = await t.db.query<{ sealed_secret: Buffer }>('SELECT sealed_secret FROM officer_two_factor WHERE officer_id = $1', [t.province.officerIds['leader']]);
      expect(Buffer.from(stored.rows[0]!.sealed_secret).includes(Buffer.from(base32Decode(secret)!))).toBe(false);

      const wrongFirst = await leader.request('POST', '/api/v1/auth/two-factor/confirm', { code: app(new Date(t.clock.at.getTime() + 120_000)) });
      expect(wrongFirst.json()).toMatchObject({ code: 'two_factor_invalid', field: 'code' });
      const confirmed = await leader.request('POST', '/api/v1/auth/two-factor/confirm', { code: app(t.clock.at) });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      expect((await leader.request('GET', '/api/v1/auth/me')).json()).toMatchObject({ twoFactorEnabled: true });

      const withoutCode = await officerLogin('leader', PASSWORD);
      expect(withoutCode.statusCode).toBe(401);
      expect(withoutCode.json()).toMatchObject({ code: 'two_factor_required', field: 'code' });
      expect(withoutCode.cookies).toEqual([]);
      // The code used to turn it on cannot sign in.
      expect((await officerLogin('leader', PASSWORD, app(t.clock.at))).json()).toMatchObject({ code: 'two_factor_invalid' });
      later(30);
      const signedIn = await officerLogin('leader', PASSWORD, app(t.clock.at));
      expect(signedIn.statusCode, signedIn.body).toBe(200);
      expect(signedIn.json().officer).toMatchObject({ username: 'leader', twoFactorEnabled: true, accountSetUp: null });
      // Replayed within its half-minute: refused.
      expect((await officerLogin('leader', PASSWORD, app(t.clock.at))).json()).toMatchObject({ code: 'two_factor_invalid' });
      // A wrong password with a right code is still a wrong password.
      later(30);
      expect((await officerLogin('leader', 'sai-mat-khau-9', app(t.clock.at))).json()).toMatchObject({ code: 'invalid_credentials' });

      const recovery = recoveryCodes[3]!;
      expect((await officerLogin('leader', PASSWORD, recovery.toLowerCase().replace('-', ' '))).statusCode).toBe(200);
      expect((await officerLogin('leader', PASSWORD, recovery)).json()).toMatchObject({ code: 'two_factor_invalid' });
      const audit = await audited('auth.sign_in', t.province.officerIds['leader']!);
      expect(audit.slice(-2)).toEqual([{ secondFactor: 'totp' }, { secondFactor: 'recovery_code' }]);

      // Lost phone: an administrator resets it, and the password alone signs in again.
      const admin = await signIn(t.app, 'admin');
      expect((await admin.request('DELETE', `/api/v1/officers/${t.province.officerIds['leader']}/two-factor`)).statusCode).toBe(204);
      expect((await officerLogin('leader', PASSWORD)).statusCode).toBe(200);
      expect(await audited('officer.two_factor_reset', t.province.officerIds['leader']!)).toHaveLength(1);
    });

    it('turning two-factor sign-in off needs the password', async () => {
      const head = await signIn(t.app, 'head');
      const { secret } = (await head.request('POST', '/api/v1/auth/two-factor/set-up')).json() as { secret: string };
      expect((await head.request('POST', '/api/v1/auth/two-factor/confirm', { code: totp(hmacSha1, base32Decode(secret)!, t.clock.at) })).statusCode).toBe(200);
      expect((await head.request('POST', '/api/v1/auth/two-factor/set-up')).json()).toMatchObject({ code: 'two_factor_already_on' });
      expect((await head.request('DELETE', '/api/v1/auth/two-factor', { password: 'sai-mat-khau-9' })).json()).toMatchObject({ code: 'wrong_password' });
      expect((await head.request('DELETE', '/api/v1/auth/two-factor', { password: PASSWORD })).statusCode).toBe(204);
      expect((await officerLogin('head', PASSWORD)).statusCode).toBe(200);
    });
  });
});

describe.each(ENGINES)('two-factor sign-in required of administrators and leaders on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { at: NOW, config: { requireTwoFactor: true } });
  });
  afterAll(() => t.close());

  it('holds an administrator to setting it up before any work, and will not let it be turned off', async () => {
    const admin = await signIn(t.app, 'admin');
    const refused = await admin.request('GET', '/api/v1/officers');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'two_factor_setup_required' });
    const { secret } = (await admin.request('POST', '/api/v1/auth/two-factor/set-up')).json() as { secret: string };
    expect((await admin.request('POST', '/api/v1/auth/two-factor/confirm', { code: totp(hmacSha1, base32Decode(secret)!, t.clock.at) })).statusCode).toBe(200);
    expect((await admin.request('GET', '/api/v1/officers')).statusCode).toBe(200);
    expect((await admin.request('DELETE', '/api/v1/auth/two-factor', { password: PASSWORD })).json()).toMatchObject({ code: 'two_factor_required_by_role' });
    // A specialist is not held to it.
    const specialist = await signIn(t.app, 'specialist');
    expect((await specialist.request('GET', '/api/v1/dossiers/counts')).statusCode).toBe(200);
  });
});
