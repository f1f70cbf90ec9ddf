import { createHmac } from 'node:crypto';
import { type ProcedureDefinition, sign, signedData } from '@motcua/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { type CitizenBrowser, draftOwnDossier, registerCitizen, submitOwnDossier } from './support/citizens.js';
import { APPLICANT, act, detail } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import type { Mailbox } from './support/mailbox.js';
import { type MessagingApp, startMessagingApp } from './support/messaging-app.js';
import { pdfText } from './support/pdf.js';
import { publishProcedure } from './support/procedures.js';
import { BIRTH_REGISTRATION } from './support/province.js';
import { signInStaff } from './support/results.js';
import { createCalendarService } from '../src/modules/calendar/service.js';
import { remindApplicants } from '../src/modules/notifications/reminders.js';
import type { SmsGatewayDouble } from './support/sms-gateway.js';

/** A copy of a civil-status extract: a fixed fee, paid online right after submission. */
const EXTRACT_COPY: ProcedureDefinition = {
  ...BIRTH_REGISTRATION,
  code: '2.000908',
  name: 'Cấp bản sao trích lục hộ tịch',
  fees: [{ name: 'Phí cấp bản sao trích lục hộ tịch', amountVnd: 8_000 }],
};

const ADDRESS = 'Số 12 đường Lê Lợi, thôn Đông, xã Hòa Bình, tỉnh Thử Nghiệm';
const NOW = new Date('2026-12-03T09:00:00+07:00');

interface Delivery {
  method: string;
  address: string | null;
  postalFeeVnd: number | null;
  ready: boolean;
  collect: { agencyName: string; address: string; openingHours: Array<{ vi: string }>; bring: Array<{ vi: string }> } | null;
  posting: { carrier: string; trackingNumber: string; carrierName: { vi: string } } | null;
  deliveredAt: string | null;
}

/**
 * Results delivered: the applicant chooses at submission how to receive the result, and once it is
 * ready sees where, when and what to bring, the postal tracking number, or the electronic result;
 * officers' internal comments never reach them; a fixed fee is paid right after an online
 * submission; the IPN answers only the gateway's addresses when they are configured.
 */
describe.each(ENGINES)('results delivered on $name', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let carrier: SmsGatewayDouble;
  let reception: Session;
  let specialist: Session;
  let head: Session;
  let leader: Session;
  let an: CitizenBrowser;
  let drain: () => Promise<number>;
  let messaging: MessagingApp;

  beforeAll(async () => {
    messaging = await startMessagingApp(engine, NOW);
    ({ t, mailbox, carrier, drain } = messaging);
    ({ reception, specialist, head, leader } = await signInStaff(t.app));
    // The commune sends results by post for 30,000 đồng; its neighbour does not.
    await t.db.query('UPDATE agencies SET postal_fee_vnd = 30000 WHERE id = $1', [t.province.agencyIds.commune]);
    an = await registerCitizen(t.app, { fullName: APPLICANT.name, email: 'an.delivery@example.vn' });
    await publishProcedure(await signIn(t.app, 'admin'), EXTRACT_COPY, NOW);
  });
  afterAll(() => messaging.close());
  beforeEach(() => {
    mailbox.received.length = 0;
    carrier.requests.length = 0;
  });

  const applicant = { ...APPLICANT, email: 'an.delivery@example.vn' };
  const submit = (delivery?: { method: string; address?: string }, procedureCode?: string) => submitOwnDossier(an, applicant, { ...(delivery && { delivery }), ...(procedureCode && { procedureCode }) });
  const mine = async (code: string) => {
    const response = await an.request('GET', `/api/citizen/dossiers/${code}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { state: string; delivery: Delivery; events: Array<{ action: string; comment: string }>; signedResults: Array<{ verificationCode: string }> };
  };
  const tracked = async (code: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { delivery: Delivery | null };
  };
  /** Received, and taken through the commune's three steps to the leader's approval. */
  const toResult = async (dossier: { code: string; version: number }, comments: { receive?: string; approve?: Record<string, unknown> } = {}) => {
    let version = await act(reception, dossier.code, 'receive', dossier.version, comments.receive ? { comment: comments.receive } : {});
    version = await act(specialist, dossier.code, 'hand_over', version);
    version = await act(head, dossier.code, 'hand_over', version);
    return act(leader, dossier.code, 'approve', version, comments.approve ?? {});
  };

  it('offers the ways to receive the result, with the postal fee shown before submission', async () => {
    const offered = await t.app.inject({ method: 'GET', url: `/api/public/agencies/${t.province.agencyIds.commune}/delivery-options` });
    expect(offered.statusCode, offered.body).toBe(200);
    expect(offered.json()).toMatchObject({ agencyName: 'UBND xã Hòa Bình', postalFeeVnd: 30_000, openingHours: [{ vi: 'Thứ Hai – Thứ Sáu: 07:30–11:30, 13:00–17:00' }] });
    const neighbour = await t.app.inject({ method: 'GET', url: `/api/public/agencies/${t.province.agencyIds.otherCommune}/delivery-options` });
    expect(neighbour.json()).toMatchObject({ postalFeeVnd: null });
  });

  it('at the counter: once ready, the citizen and the tracking page say where, when and what to bring', async () => {
    await t.db.query('UPDATE agencies SET address = $2 WHERE id = $1', [t.province.agencyIds.commune, 'Số 1 đường Trung tâm, xã Hòa Bình']);
    const dossier = await submit({ method: 'in_person' });
    expect((await mine(dossier.code)).delivery).toMatchObject({ method: 'in_person', ready: false, collect: null });
    const version = await toResult(dossier);
    const shown = (await mine(dossier.code)).delivery;
    expect(shown).toMatchObject({ method: 'in_person', ready: true, collect: { agencyName: 'UBND xã Hòa Bình', address: 'Số 1 đường Trung tâm, xã Hòa Bình' } });
    expect(shown.collect!.openingHours[0]!.vi).toBe('Thứ Hai – Thứ Sáu: 07:30–11:30, 13:00–17:00');
    expect(shown.collect!.bring.map((item) => item.vi)).toEqual([expect.stringContaining('Giấy tiếp nhận hồ sơ'), expect.stringContaining('Căn cước công dân'), expect.stringContaining('ủy quyền')]);
    expect((await tracked(dossier.code)).delivery).toMatchObject({ method: 'in_person', collect: { address: 'Số 1 đường Trung tâm, xã Hòa Bình' } });
    await act(reception, dossier.code, 'return_result', version, { returnMethod: 'in_person' });
    expect((await mine(dossier.code)).delivery).toMatchObject({ ready: true, collect: null });
  });

  it('by post: the address and fee are kept, the officer records the carrier and tracking number, and the citizen is told', async () => {
    // An address too short to deliver to is refused, naming the field.
    const draft = await draftOwnDossier(an, applicant, { delivery: { method: 'post', address: 'Hòa Bình' } });
    const short = await an.request('POST', `/api/citizen/drafts/${draft}/submit`);
    expect(short.json()).toMatchObject({ code: 'invalid_delivery', field: 'delivery.address' });
    const dossier = await submit({ method: 'post', address: ADDRESS });
    expect((await mine(dossier.code)).delivery).toMatchObject({ method: 'post', address: ADDRESS, postalFeeVnd: 30_000, posting: null });
    const version = await toResult(dossier);
    // The receipt says where the post brings the result, and for what fee.
    const receipt = await an.request('GET', `/api/citizen/dossiers/${dossier.code}/papers/receipt.pdf`);
    expect((await pdfText(receipt.rawPayload)).replace(/\s+/g, ' ')).toContain(`bưu chính công ích tại địa chỉ: ${ADDRESS} (phí dịch vụ bưu chính 30.000 đồng, trả khi nhận)`);
    // Posting is its own action, which records the tracking number: the return cannot claim the post without it.
    const claimed = await reception.request('POST', `/api/v1/dossiers/${dossier.code}/actions/return_result`, { version, returnMethod: 'post' });
    expect(claimed.statusCode).toBe(400);
    const badNumber = await reception.request('POST', `/api/v1/dossiers/${dossier.code}/actions/send_by_post`, { version, postalCarrier: 'vnpost', trackingNumber: 'EL 1' });
    expect(badNumber.statusCode).toBe(400);
    await drain();
    mailbox.received.length = 0;
    carrier.requests.length = 0;
    await act(reception, dossier.code, 'send_by_post', version, { postalCarrier: 'vnpost', trackingNumber: 'el123456789vn' });

    const posted = (await mine(dossier.code)).delivery;
    expect(posted).toMatchObject({ method: 'post', posting: { carrier: 'vnpost', trackingNumber: 'EL123456789VN', carrierName: { vi: 'Bưu điện Việt Nam (VNPost)' } } });
    expect((await mine(dossier.code)).state).toBe('returned');
    // The public page gives the tracking number, never the address.
    const publicView = (await tracked(dossier.code)).delivery!;
    expect(publicView).toMatchObject({ method: 'post', address: null, posting: { trackingNumber: 'EL123456789VN' } });
    expect(JSON.stringify(publicView)).not.toContain('Lê Lợi');
    expect((await detail(reception, dossier.code)).returnMethod).toBe('post');
    const { rows } = await t.db.query<{ action: string }>("SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'dossier.send_by_post'", [dossier.code]);
    expect(rows).toHaveLength(1);
    await drain();
    expect(mailbox.received.map((mail) => mail.subject)).toEqual([`Hồ sơ ${dossier.code}: kết quả đã gửi qua bưu chính / Dossier ${dossier.code}: result sent by post`]);
    expect(mailbox.received[0]!.text).toContain('Số hiệu bưu gửi: EL123456789VN');
    expect(carrier.requests.map((sms) => sms.text)).toEqual([`Hồ sơ ${dossier.code}: kết quả đã gửi qua Bưu điện Việt Nam (VNPost), số hiệu bưu gửi EL123456789VN.`]);
  });

  it('by post only where the agency sends by post', async () => {
    const response = await reception.request('POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      applicant: APPLICANT,
      components: [{ code: 'TK' }, { code: 'GCS' }],
      receivingAgencyId: t.province.agencyIds.commune,
      delivery: { method: 'electronic' },
    });
    // At the counter the officer records the choice too: an electronic result needs the applicant's e-mail.
    expect(response.statusCode, response.body).toBe(201);
    const { email: _email, ...withoutEmail } = APPLICANT;
    const noEmail = await reception.request('POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      applicant: withoutEmail,
      components: [{ code: 'TK' }, { code: 'GCS' }],
      delivery: { method: 'electronic' },
    });
    expect(noEmail.json()).toMatchObject({ code: 'invalid_delivery', field: 'delivery.method' });
    await t.db.query('UPDATE agencies SET postal_fee_vnd = NULL WHERE id = $1', [t.province.agencyIds.commune]);
    const noPost = await reception.request('POST', '/api/v1/dossiers', { procedureCode: '1.001193', applicant: APPLICANT, components: [{ code: 'TK' }, { code: 'GCS' }], delivery: { method: 'post', address: ADDRESS } });
    await t.db.query('UPDATE agencies SET postal_fee_vnd = 30000 WHERE id = $1', [t.province.agencyIds.commune]);
    expect(noPost.json()).toMatchObject({ code: 'invalid_delivery', field: 'delivery.method' });
  });

  it('electronically: the signed result is delivered as it is issued, in the account and by e-mail', async () => {
    const dossier = await submit({ method: 'electronic' });
    await toResult(dossier);
    const view = await mine(dossier.code);
    expect(view.state).toBe('returned');
    expect(view.delivery).toMatchObject({ method: 'electronic', ready: true, deliveredAt: expect.any(String) });
    expect(view.events.map((event) => event.action).slice(-2)).toEqual(['approve', 'deliver_electronically']);
    const [result] = view.signedResults;
    const pdf = await an.request('GET', `/api/citizen/dossiers/${dossier.code}/signed-results/${result!.verificationCode}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const officers = await detail(reception, dossier.code);
    expect(officers.returnMethod).toBe('electronic');
    expect(officers.events.at(-1)).toMatchObject({ action: 'deliver_electronically', actorName: 'Hệ thống MotCua' });
    await drain();
    expect(mailbox.received.map((mail) => mail.subject)).toContain(`Hồ sơ ${dossier.code}: kết quả điện tử / Dossier ${dossier.code}: electronic result`);
  });

  it('never shows the applicant an officer’s internal comment, only those addressed or marked for them', async () => {
    const INTERNAL = 'NỘI-BỘ-7F3A-chỉ-cán-bộ';
    const FOR_APPLICANT = 'Mời Ông/Bà mang bản chính giấy chứng sinh khi nhận kết quả';
    const dossier = await submit();
    let version = await act(reception, dossier.code, 'receive', dossier.version, { comment: FOR_APPLICANT, commentForApplicant: true });
    version = await act(specialist, dossier.code, 'hand_over', version, { comment: `${INTERNAL} chuyển` });
    version = await act(head, dossier.code, 'return_to_previous_step', version, { comment: `${INTERNAL} trả lại` });
    version = await act(specialist, dossier.code, 'hand_over', version, { comment: `${INTERNAL} chuyển lại` });
    version = await act(head, dossier.code, 'hand_over', version, { comment: `${INTERNAL} trình ký` });
    await act(leader, dossier.code, 'approve', version, { comment: `${INTERNAL} đã ký` });
    // A week later the result still waits: the reminder recalls the approval, never its internal note.
    const calendar = await createCalendarService(t.db).current();
    expect(await remindApplicants(t.db, calendar, new Set(['email', 'sms']), new Date(NOW.getTime() + 7 * 86_400_000))).toBeGreaterThan(0);
    await drain();

    // The officers read every comment, each marked for whom it is.
    const officers = await detail(reception, dossier.code);
    const officerEvents = (await reception.request('GET', `/api/v1/dossiers/${dossier.code}`)).json().events as Array<{ comment: string; commentForApplicant: boolean }>;
    expect(officers.events.filter((event) => event.comment.includes(INTERNAL))).toHaveLength(5);
    expect(mailbox.received.map((mail) => mail.subject)).toContain(`Nhắc: kết quả hồ sơ ${dossier.code} đang chờ Ông/Bà nhận / Reminder: the result of dossier ${dossier.code} awaits you`);
    expect(officerEvents.filter((event) => event.commentForApplicant && event.comment).map((event) => event.comment)).toEqual([FOR_APPLICANT]);

    // Everything the applicant or the public is shown: their dossier, tracking, the notices sent, their papers.
    const citizenView = await an.request('GET', `/api/citizen/dossiers/${dossier.code}`);
    const tracking = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${dossier.code}` });
    const receipt = await an.request('GET', `/api/citizen/dossiers/${dossier.code}/papers/receipt.pdf`);
    const stored = await t.db.query<{ facts: unknown; body: string | null }>('SELECT n.facts, n.body FROM notifications n JOIN dossiers d ON d.id = n.dossier_id WHERE d.code = $1', [dossier.code]);
    expect(stored.rows.length).toBeGreaterThan(0);
    const seen = [
      citizenView.body,
      tracking.body,
      await pdfText(receipt.rawPayload),
      JSON.stringify(stored.rows),
      ...mailbox.received.map((mail) => `${mail.subject} ${mail.text}`),
      ...carrier.requests.map((sms) => sms.text),
    ];
    for (const text of seen) expect(text).not.toContain('7F3A');
    expect(citizenView.body).toContain(FOR_APPLICANT);
    expect(mailbox.received.some((mail) => mail.text?.includes(`Ý kiến của cơ quan: ${FOR_APPLICANT}`))).toBe(true);
  });

  it('takes a fixed fee right after an online submission, through the simulator’s IPN, and reception knows it is paid', async () => {
    const dossier = await submit(undefined, EXTRACT_COPY.code);
    // Reception may record a payment made otherwise (at the counter) while the fee is owed.
    expect((await detail(reception, dossier.code)).availableActions).toContain('confirm_fee_paid_at_submission');
    const due = await an.request('GET', `/api/citizen/dossiers/${dossier.code}/payment`);
    expect(due.json()).toMatchObject({ status: 'due', amountVnd: 8_000, reference: expect.stringMatching(/^MC/), vietqr: expect.stringContaining('5404') });
    const started = await an.request('POST', `/api/citizen/dossiers/${dossier.code}/payment/online`);
    expect(started.statusCode, started.body).toBe(200);
    const url = new URL((started.json() as { redirectUrl: string }).redirectUrl);
    // The payer pays on the simulator: it calls the IPN, then sends the browser back.
    const form = new URLSearchParams(url.search);
    form.set('outcome', 'paid');
    const paid = await t.app.inject({ method: 'POST', url: url.pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(paid.statusCode).toBe(303);

    expect((await an.request('GET', `/api/citizen/dossiers/${dossier.code}/payment`)).json()).toMatchObject({ status: 'paid', paidThrough: 'gateway', amountVnd: 8_000 });
    const atReception = await reception.request('GET', `/api/v1/dossiers/${dossier.code}/payment`);
    expect(atReception.json()).toMatchObject({ status: 'paid', amountVnd: 8_000, paidThrough: 'gateway' });
    const before = await detail(reception, dossier.code);
    expect(before.status.state).toBe('submitted');
    expect(before.events.at(-1)).toMatchObject({ action: 'confirm_fee_paid_at_submission', actorName: 'Hệ thống MotCua', toState: 'submitted' });
    expect(before.availableActions).not.toContain('confirm_fee_paid_at_submission');
    // The payment platform confirmed it: the statistics count the fee as paid online.
    const { rows: paidOnline } = await t.db.query<{ online: boolean }>(
      'SELECT f.online FROM fee_payment_statistics_sources f JOIN procedure_catalogue p ON p.id = f.procedure_id WHERE p.code = $1',
      [EXTRACT_COPY.code],
    );
    expect(paidOnline).toEqual([{ online: true }]);
    // Paid once: neither the system nor an officer confirms it again.
    const again = await reception.request('POST', `/api/v1/dossiers/${dossier.code}/actions/confirm_fee_paid_at_submission`, { version: before.version });
    expect(again.json()).toMatchObject({ code: 'fee_already_paid' });
    const receiptPdf = await reception.request('GET', `/api/v1/dossiers/${dossier.code}/papers/fee-receipt.pdf`);
    expect(receiptPdf.statusCode).toBe(200);
    expect(await pdfText(receiptPdf.rawPayload)).toMatch(/Phí cấp bản sao trích lục hộ tịch[\s\S]*8\.000 đồng/);
    await act(reception, dossier.code, 'receive', before.version);
    expect((await an.request('GET', `/api/citizen/dossiers/${dossier.code}/payment`)).json()).toMatchObject({ status: 'paid' });
  });

  it('asks nothing at submission of a procedure without a fee', async () => {
    const dossier = await submit();
    expect((await an.request('GET', `/api/citizen/dossiers/${dossier.code}/payment`)).json()).toMatchObject({ status: 'none' });
    expect((await detail(reception, dossier.code)).availableActions).not.toContain('confirm_fee_paid_at_submission');
    const officer = await reception.request('POST', `/api/v1/dossiers/${dossier.code}/actions/confirm_fee_paid_at_submission`, { version: dossier.version });
    expect(officer.json()).toMatchObject({ code: 'no_fee_due' });
  });
});

describe.each(ENGINES)('the IPN allow-list on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { at: NOW });
  });
  afterAll(() => t.close());

  it('answers the configured gateway addresses only', async () => {
    const allowed = await startTestApp(engine, { at: NOW, config: { payments: { ...t.config.payments, ipnAllowedRanges: ['203.0.113.0/24', '2001:db8::/32'] } } });
    try {
      const { secret, merchantCode } = allowed.config.payments.gateway!;
      const ipn = sign({ vnp_TmnCode: merchantCode, vnp_Amount: '800000', vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: '1', vnp_TxnRef: 'MCZZZZZZZZZZ01' }, secret, (key, data) =>
        createHmac('sha512', key).update(data).digest('hex'),
      );
      const url = `/api/public/payments/vnpay/ipn?${signedData(ipn)}&vnp_SecureHash=${ipn.vnp_SecureHash}`;
      const outsider = await allowed.app.inject({ method: 'POST', url, remoteAddress: '198.51.100.7' });
      expect(outsider.statusCode).toBe(403);
      expect(outsider.json()).toMatchObject({ code: 'not_from_gateway' });
      // From the gateway's range the IPN is heard (here: an order it does not know, 01).
      for (const remoteAddress of ['203.0.113.9', '::ffff:203.0.113.10', '2001:db8::7']) {
        const heard = await allowed.app.inject({ method: 'POST', url, remoteAddress });
        expect(heard.statusCode, remoteAddress).toBe(200);
        expect(heard.json()).toMatchObject({ RspCode: '01' });
      }
      // Without ranges any address is heard, the signature checked as ever.
      expect((await t.app.inject({ method: 'POST', url, remoteAddress: '198.51.100.7' })).json()).toMatchObject({ RspCode: '01' });
    } finally {
      await allowed.close();
    }
  });
});
