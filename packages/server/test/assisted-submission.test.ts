import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxTopicsFor } from '../src/app.js';
import { createSenders } from '../src/modules/notifications/senders.js';
import { hashPassword } from '../src/platform/passwords.js';
import { drainOutbox } from '../src/platform/outbox.js';
import { type TestApp, startTestApp } from './support/app.js';
import { type CitizenBrowser, registerCitizen } from './support/citizens.js';
import { APPLICANT } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES, PASSWORD } from './support/province.js';
import { type SmsGatewayDouble, startSmsGateway } from './support/sms-gateway.js';

const NOW = new Date('2026-12-04T09:00:00+07:00');
const CITIZEN_PHONE = '0977123456';

describe.each(ENGINES)('assisted submission and claiming a dossier on $name', (engine) => {
  let t: TestApp;
  let carrier: SmsGatewayDouble;
  let drain: () => Promise<number>;
  let helper: Session;
  let specialist: Session;
  let reception: Session;
  let citizen: CitizenBrowser;

  beforeAll(async () => {
    carrier = await startSmsGateway();
    t = await startTestApp(engine, { at: NOW, config: { sms: { url: carrier.url, token: 'carrier-secret', sender: 'DICHVUCONG', inboundToken: undefined } } });
    drain = () => drainOutbox(t.db, outboxTopicsFor(t.db, createSenders(t.config), t.config));
    // A helper of the commune's assisted-digital point, as an administrator registers one.
    const { rows } = await t.db.query<{ id: string }>("INSERT INTO officers (username, full_name, password_hash) VALUES ('helper', 'Lê Thị Hoa', $1) RETURNING id", [await hashPassword(PASSWORD)]);
    await t.db.query("INSERT INTO officer_roles (officer_id, role, agency_id) VALUES ($1, 'assisting_helper', $2)", [rows[0]!.id, t.province.agencyIds.commune]);
    helper = await signIn(t.app, 'helper');
    specialist = await signIn(t.app, 'specialist');
    reception = await signIn(t.app, 'reception');
    citizen = await registerCitizen(t.app, { fullName: APPLICANT.name, email: 'an.tro.giup@example.vn' });
  });
  afterAll(async () => {
    await t.close();
    await carrier.close();
  });

  const later = (minutes: number) => {
    t.clock.at = new Date(t.clock.at.getTime() + minutes * 60_000);
  };
  const upload = async () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    return (await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'giay-to.pdf', contentBase64: pdf } })).json() as { id: string; uploadToken: string };
  };
  const askConsent = (session: Session, phone = CITIZEN_PHONE) => session.request('POST', '/api/v1/assisted/consent-codes', { phone, procedureCode: '1.001193' });
  const lastCode = async (to: string) => {
    await drain();
    const sms = carrier.requests.findLast((request) => request.to === `84${to.slice(1)}`);
    return /: (\d{6}),/.exec(sms?.text ?? '')?.[1];
  };
  const submission = async (consent: Record<string, unknown>, extraTokens: string[] = []) => {
    const file = await upload();
    return {
      procedureCode: '1.001193',
      receivingAgencyId: t.province.agencyIds.commune,
      applicant: { type: APPLICANT.type, name: APPLICANT.name, idNumber: APPLICANT.idNumber, address: APPLICANT.address, phone: CITIZEN_PHONE },
      components: [{ code: 'TK', fileIds: [file.id] }, { code: 'GCS', fileIds: [file.id] }],
      uploadTokens: [file.uploadToken, ...extraTokens],
      consent,
    };
  };
  const submit = async (session: Session, consent: Record<string, unknown>, extraTokens: string[] = []) =>
    session.request('POST', '/api/v1/assisted/dossiers', await submission(consent, extraTokens));
  const audited = async (action: string) => (await t.db.query<{ actor_name: string; entity_id: string }>('SELECT actor_name, entity_id FROM audit_log WHERE action = $1 ORDER BY seq', [action])).rows;

  it("sends the consent code to the citizen's phone, and submits with it once: the dossier shows who helped, not more", async () => {
    const asked = await askConsent(helper, '+84 977 123 456');
    expect(asked.statusCode, asked.body).toBe(201);
    const { consentId } = asked.json() as { consentId: string };
    const code = await lastCode(CITIZEN_PHONE);
    expect(carrier.requests.at(-1)!.text).toMatch(/^Mã đồng ý nộp hồ sơ "Đăng ký khai sinh" tại Điểm hỗ trợ dịch vụ công, UBND xã Hòa Bình: \d{6}, hiệu lực 15 phút\./);

    const wrong = await submit(helper, { kind: 'code', consentId, code: code === '000000' ? '111111' : '000000' });
    expect([wrong.statusCode, (wrong.json() as { code: string }).code]).toEqual([400, 'consent_code_invalid']);
    const done = await submit(helper, { kind: 'code', consentId, code: ` ${code!.slice(0, 3)} ${code!.slice(3)} ` });
    expect(done.statusCode, done.body).toBe(201);
    const dossier = done.json() as { code: string; state: string; assistance: { helperName: string; pointName: string } };
    expect(dossier.state).toBe('submitted');
    expect(dossier.assistance).toEqual({ helperName: 'Lê Thị Hoa', pointName: 'Điểm hỗ trợ dịch vụ công, UBND xã Hòa Bình' });
    // The code works once.
    const again = await submit(helper, { kind: 'code', consentId, code });
    expect((again.json() as { code: string }).code).toBe('consent_code_invalid');

    // The commune's officers see who helped; the public tracking page names them and their point only.
    // Officers also read how the citizen consented, and when.
    const seen = (await reception.request('GET', `/api/v1/dossiers/${dossier.code}`)).json() as { assistance: unknown };
    expect(seen.assistance).toEqual({ ...dossier.assistance, consent: 'code', consentedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    const tracked = (await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${dossier.code}` })).json() as Record<string, unknown>;
    expect(tracked.assistance).toEqual(dossier.assistance);
    const helperId = (await t.db.query<{ id: string }>("SELECT id FROM officers WHERE username = 'helper'")).rows[0]!.id;
    expect(JSON.stringify(tracked)).not.toContain(helperId);
    // The helper sees no dossier: their role is to submit.
    expect((await helper.request('GET', `/api/v1/dossiers/${dossier.code}`)).statusCode).toBe(403);
    expect((await audited('assistance.consent')).map((entry) => [entry.actor_name, entry.entity_id])).toEqual([['Lê Thị Hoa', dossier.code]]);
    expect(await audited('dossier_code.wrong_consent_code')).toHaveLength(1);
  });

  it('refuses an expired code, a code for another phone, and officers who neither help nor receive', async () => {
    const { consentId } = (await askConsent(helper)).json() as { consentId: string };
    const code = (await lastCode(CITIZEN_PHONE))!;
    const otherPhone = await submission({ kind: 'code', consentId, code });
    const forOther = await helper.request('POST', '/api/v1/assisted/dossiers', { ...otherPhone, applicant: { ...otherPhone.applicant, phone: '0911000222' } });
    expect((forOther.json() as { code: string }).code).toBe('consent_code_invalid');
    later(16);
    const expired = await submit(helper, { kind: 'code', consentId, code });
    expect([expired.statusCode, (expired.json() as { code: string }).code]).toEqual([400, 'consent_code_invalid']);
    expect((await askConsent(specialist)).statusCode).toBe(403);
    expect((await submit(specialist, { kind: 'code', consentId, code })).statusCode).toBe(403);
  });

  it('sends three consent codes an hour to a phone at most', async () => {
    later(120);
    const phone = '0966555444';
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await askConsent(helper, phone)).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('takes a signed consent scan instead, which the dossier keeps', async () => {
    const scan = await upload();
    const done = await submit(reception, { kind: 'scan', fileId: scan.id }, [scan.uploadToken]);
    expect(done.statusCode, done.body).toBe(201);
    const { code, assistance } = done.json() as { code: string; assistance: { pointName: string } };
    expect(assistance.pointName).toBe('Bộ phận Một cửa, UBND xã Hòa Bình');
    const seen = (await reception.request('GET', `/api/v1/dossiers/${code}`)).json() as { assistance: { consent: string }; events: Array<{ attachments?: Array<{ id: string }>; attachmentIds?: string[] }> };
    expect(seen.assistance.consent).toBe('scan');
    expect(JSON.stringify(seen.events[0])).toContain(scan.id);
    // Someone else's upload is no consent.
    const foreign = await upload();
    expect((await submit(reception, { kind: 'scan', fileId: foreign.id })).statusCode).toBe(403);
  });

  it('lets the citizen claim an assisted dossier into their account with a code sent to the phone on it', async () => {
    const { consentId } = (await askConsent(helper)).json() as { consentId: string };
    const { code: dossierCode } = (await submit(helper, { kind: 'code', consentId, code: (await lastCode(CITIZEN_PHONE))! })).json() as { code: string };
    const mine = async () => ((await citizen.request('GET', '/api/citizen/dossiers')).json() as { items: Array<{ code: string }> }).items.map((item) => item.code);
    expect(await mine()).not.toContain(dossierCode);

    const asked = await citizen.request('POST', '/api/citizen/dossier-claims', { dossierCode });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json()).toMatchObject({ channel: 'sms', recipient: '09******56' });
    const claimCode = (await lastCode(CITIZEN_PHONE))!;
    expect(carrier.requests.at(-1)!.text).toContain(`Mã nhận hồ sơ ${dossierCode} vào tài khoản Dịch vụ công: ${claimCode}`);
    const wrong = await citizen.request('POST', '/api/citizen/dossier-claims/confirm', { dossierCode, code: claimCode === '999999' ? '888888' : '999999' });
    expect((wrong.json() as { code: string }).code).toBe('claim_code_invalid');
    const claimed = await citizen.request('POST', '/api/citizen/dossier-claims/confirm', { dossierCode, code: claimCode });
    expect([claimed.statusCode, claimed.json()]).toEqual([200, { code: dossierCode }]);
    expect(await mine()).toContain(dossierCode);
    const own = (await citizen.request('GET', `/api/citizen/dossiers/${dossierCode}`)).json() as { assistance: { helperName: string } };
    expect(own.assistance.helperName).toBe('Lê Thị Hoa');
    expect((await audited('dossier.claim')).map((entry) => [entry.actor_name, entry.entity_id])).toContainEqual([APPLICANT.name, dossierCode]);
    expect((await audited('dossier.claim_code_request')).map((entry) => entry.entity_id)).toContain(dossierCode);
    expect(await audited('dossier_code.wrong_claim_code')).toHaveLength(1);
    expect((await audited('assistance.consent_code_request')).every((entry) => entry.actor_name === 'Lê Thị Hoa')).toBe(true);

    // Once claimed it is nobody else's to claim, nor the same account's again.
    expect((await citizen.request('POST', '/api/citizen/dossier-claims', { dossierCode })).json()).toMatchObject({ code: 'already_yours' });
    const other = await registerCitizen(t.app, { fullName: 'Người Khác', email: 'nguoi.khac@example.vn' });
    const refused = await other.request('POST', '/api/citizen/dossier-claims', { dossierCode });
    expect([refused.statusCode, (refused.json() as { code: string }).code]).toEqual([409, 'dossier_claimed']);
    expect((await other.request('POST', '/api/citizen/dossier-claims', { dossierCode: `${AGENCIES.commune.code}-000000-0000` })).statusCode).toBe(404);
  });

  it('lets administrators register a helper of an assisted-digital point, who submits and sees no queue', async () => {
    const admin = await signIn(t.app, 'admin');
    const created = await admin.request('POST', '/api/v1/officers', {
      username: 'hotro.dongtam',
      fullName: 'Vũ Thị Mai',
      password: 'test-password-123',
      grants: [{ role: 'assisting_helper', agencyId: t.province.agencyIds.otherCommune }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const me = (await (await signIn(t.app, 'hotro.dongtam')).request('GET', '/api/v1/auth/me')).json() as { assistancePointIds: string[]; receptionDeskIds: string[]; queues: unknown[] };
    expect(me).toMatchObject({ assistancePointIds: [t.province.agencyIds.otherCommune], receptionDeskIds: [], queues: [] });
  });
});
