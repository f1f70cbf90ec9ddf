import { createHmac } from 'node:crypto';
import { hasValidCrc, readEmvFields, sign, signedData } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { type CitizenBrowser, registerCitizen, submitOwnDossier } from './support/citizens.js';
import { APPLICANT, act, detail } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { pdfText } from './support/pdf.js';

const hmac = (secret: string, data: string) => createHmac('sha512', secret).update(data).digest('hex');

/**
 * Paying a fee: through the gateway simulator (only the signed IPN counts, once however often it
 * comes and whatever the redirect says), and by VietQR transfer confirmed from the fee account's
 * statement, with officers deciding what did not match; refunds after a refusal.
 */
describe.each(ENGINES)('paying fees on $name', (engine) => {
  let t: TestApp;
  let reception: Session;
  let specialist: Session;
  let head: Session;
  let leader: Session;
  let an: CitizenBrowser;
  let secret: string;
  let merchant: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-12-03T09:00:00+07:00') });
    reception = await signIn(t.app, 'reception');
    specialist = await signIn(t.app, 'specialist');
    head = await signIn(t.app, 'head');
    leader = await signIn(t.app, 'leader');
    an = await registerCitizen(t.app, { fullName: APPLICANT.name, email: 'an.payments@example.vn' });
    ({ secret, merchantCode: merchant } = t.config.payments.gateway!);
  });
  afterAll(() => t.close());

  /** A dossier of An's, received, whose fee the specialist asked for. */
  const awaitingFee = async (feeAmountVnd = 50_000) => {
    const dossier = await submitOwnDossier(an, APPLICANT);
    let version = await act(reception, dossier.code, 'receive', dossier.version);
    version = await act(specialist, dossier.code, 'request_fee', version, { feeAmountVnd, comment: 'Lệ phí đăng ký khai sinh' });
    return { code: dossier.code, version };
  };
  const payment = async (code: string) => {
    const response = await an.request('GET', `/api/citizen/dossiers/${code}/payment`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { status: string; amountVnd: number; reference: string; vietqr?: string; gateway?: string; paidThrough?: string; refund?: unknown };
  };
  /** Sends the citizen to the gateway; the order's parameters as the gateway receives them. */
  const orderAtGateway = async (code: string) => {
    const response = await an.request('POST', `/api/citizen/dossiers/${code}/payment/online`);
    expect(response.statusCode, response.body).toBe(200);
    const url = new URL((response.json() as { redirectUrl: string }).redirectUrl);
    return { url, params: Object.fromEntries(url.searchParams) };
  };
  /** The gateway's IPN for an order, signed with `withSecret`; the gateway numbers each of its transactions anew. */
  let transactions = 14_226_100;
  const ipnFor = (order: Record<string, string>, change: Record<string, string> = {}, withSecret = secret) =>
    sign(
      { vnp_TmnCode: merchant, vnp_Amount: order.vnp_Amount!, vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: String(++transactions), vnp_TxnRef: order.vnp_TxnRef!, ...change },
      withSecret,
      hmac,
    );
  const sendIpn = async (params: Record<string, string>) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/public/payments/vnpay/ipn?${signedData(params)}&vnp_SecureHash=${params.vnp_SecureHash ?? ''}` });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { RspCode: string }).RspCode;
  };
  const feePayments = async (code: string) => (await detail(reception, code)).events.filter((event) => event.action === 'confirm_fee_paid');

  it('shows what is due with its reference and VietQR string, the same on every visit', async () => {
    const dossier = await awaitingFee();
    const due = await payment(dossier.code);
    expect(due).toMatchObject({ status: 'due', amountVnd: 50_000, reference: expect.stringMatching(/^MC[A-HJ-NP-Z2-9]{10}$/), gateway: 'vnpay' });
    expect(hasValidCrc(due.vietqr!)).toBe(true);
    const fields = new Map(readEmvFields(due.vietqr!).map((field) => [field.tag, field.value]));
    expect([fields.get('01'), fields.get('53'), fields.get('54'), fields.get('58')]).toEqual(['12', '704', '50000', 'VN']);
    expect(fields.get('38')).toContain('A000000727');
    expect(readEmvFields(fields.get('62')!)).toEqual([{ tag: '08', value: due.reference }]);
    expect((await payment(dossier.code)).reference).toBe(due.reference);
    // Another citizen's dossier does not exist for them; nothing is due on a dossier being processed.
    const other = await registerCitizen(t.app, { fullName: 'Trần Thị Bình', email: 'binh.payments@example.vn' });
    expect((await other.request('GET', `/api/citizen/dossiers/${dossier.code}/payment`)).statusCode).toBe(404);
    const fresh = await submitOwnDossier(an, APPLICANT);
    expect(await payment(fresh.code)).toEqual({ dossierCode: fresh.code, status: 'none', gateway: 'vnpay' });
    expect((await an.request('POST', `/api/citizen/dossiers/${fresh.code}/payment/online`)).json()).toMatchObject({ code: 'no_fee_due' });
  });

  it('pays through the simulator: the IPN comes before the redirect and again, the fee is confirmed once with one receipt', async () => {
    const dossier = await awaitingFee();
    const { url } = await orderAtGateway(dossier.code);
    expect(url.origin + url.pathname).toBe(`${t.config.publicUrl}/demo/cong-thanh-toan/pay`);
    const page = await t.app.inject({ method: 'GET', url: url.pathname + url.search });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('50.000 đồng');
    const tampered = new URLSearchParams(url.search);
    tampered.set('vnp_Amount', '100');
    expect((await t.app.inject({ method: 'GET', url: `${url.pathname}?${tampered}` })).statusCode).toBe(400);

    // The payer confirms: the simulator calls the IPN, then sends the browser back.
    const form = new URLSearchParams(url.search);
    form.set('outcome', 'paid');
    const paid = await t.app.inject({ method: 'POST', url: url.pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(paid.statusCode).toBe(303);
    const back = new URL(paid.headers.location as string);
    expect(back.origin + back.pathname).toBe(`${t.config.publicUrl}/ho-so-cua-toi/${dossier.code}`);
    const returned = Object.fromEntries(back.searchParams);
    expect(await payment(dossier.code)).toMatchObject({ status: 'paid', paidThrough: 'gateway', refund: null });

    // The gateway sends its IPN again, twice at once: already confirmed.
    expect(await Promise.all([sendIpn(returned), sendIpn(returned)])).toEqual(['02', '02']);
    const shown = await t.app.inject({ method: 'GET', url: `/api/public/payments/vnpay/return${back.search}` });
    expect(shown.json()).toMatchObject({ dossierCode: dossier.code, status: 'paid', amountVnd: 50_000 });
    expect(shown.headers['cache-control']).toBe('no-store');

    const confirmations = await feePayments(dossier.code);
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]).toMatchObject({ actorName: 'Hệ thống MotCua', toState: 'processing', comment: expect.stringContaining(returned.vnp_TransactionNo!) });
    const receipt = await reception.request('GET', `/api/v1/dossiers/${dossier.code}/papers/fee-receipt.pdf`);
    expect(receipt.statusCode).toBe(200);
    expect(await pdfText(receipt.rawPayload)).toMatch(/Số: \d{7}\/2026[\s\S]*50\.000 đồng/);
    const { rows } = await t.db.query('SELECT count(*)::int AS receipts FROM fee_receipts r JOIN dossier_events e ON e.id = r.payment_event_id JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1', [dossier.code]);
    expect(rows).toEqual([{ receipts: 1 }]);
  });

  it('confirms once when the IPN comes twice at once and the redirect races it', async () => {
    const dossier = await awaitingFee();
    const { params } = await orderAtGateway(dossier.code);
    const ipn = ipnFor(params);
    const returnQuery = `${signedData(ipn)}&vnp_SecureHash=${ipn.vnp_SecureHash}`;
    const [first, second, redirect] = await Promise.all([
      sendIpn(ipn),
      sendIpn(ipn),
      t.app.inject({ method: 'GET', url: `/api/public/payments/vnpay/return?${returnQuery}` }),
    ]);
    expect([first, second].sort()).toEqual(['00', '02']);
    expect(['pending', 'paid']).toContain(redirect.json().status);
    expect(await feePayments(dossier.code)).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/payments/vnpay/return?${returnQuery}` })).json().status).toBe('paid');
  });

  it('refuses a wrong amount, a wrong signature and an unknown order, and pays nothing for them', async () => {
    const dossier = await awaitingFee();
    const { params } = await orderAtGateway(dossier.code);
    expect(await sendIpn(ipnFor(params, { vnp_Amount: '100000' }))).toBe('04');
    expect(await sendIpn(ipnFor(params, {}, 'not the secret'))).toBe('97');
    expect(await sendIpn({ ...ipnFor(params), vnp_Amount: '500000000' })).toBe('97');
    expect(await sendIpn(ipnFor(params, { vnp_TmnCode: 'OTHER' }))).toBe('97');
    expect(await sendIpn(ipnFor(params, { vnp_TxnRef: 'MCZZZZZZZZZZ01' }))).toBe('01');
    const unsignedReturn = await t.app.inject({ method: 'GET', url: `/api/public/payments/vnpay/return?vnp_TxnRef=${params.vnp_TxnRef}&vnp_ResponseCode=00` });
    expect(unsignedReturn.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/public/payments/momo/ipn' })).statusCode).toBe(404);
    expect(await payment(dossier.code)).toMatchObject({ status: 'due' });
    expect(await feePayments(dossier.code)).toHaveLength(0);
    expect((await detail(reception, dossier.code)).status.state).toBe('awaiting_fee');

    // A payment the payer cancelled is recorded failed (00), and stays so (02); a new trip pays, its IPN posted as a form.
    expect(await sendIpn(ipnFor(params, { vnp_ResponseCode: '24', vnp_TransactionStatus: '02' }))).toBe('00');
    expect(await sendIpn(ipnFor(params))).toBe('02');
    expect(await payment(dossier.code)).toMatchObject({ status: 'due' });
    const again = await orderAtGateway(dossier.code);
    expect(again.params.vnp_TxnRef).not.toBe(params.vnp_TxnRef);
    const form = new URLSearchParams(ipnFor(again.params)).toString();
    const posted = await t.app.inject({ method: 'POST', url: '/api/public/payments/vnpay/ipn', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form });
    expect(posted.json()).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    expect(await feePayments(dossier.code)).toHaveLength(1);
  });

  it('keeps a late IPN for a fee paid meanwhile by transfer as money to refund, and confirms nothing twice', async () => {
    const dossier = await awaitingFee();
    const { params } = await orderAtGateway(dossier.code);
    const { reference } = await payment(dossier.code);
    const statement = `Ngày giao dịch,Số tham chiếu,Số tiền ghi có,Nội dung giao dịch\n03/12/2026 15:00,FT26337000900,50.000,${reference}`;
    expect((await reception.request('POST', '/api/v1/payments/statements', { content: statement })).json()).toMatchObject({ paid: 1 });
    const ipn = ipnFor(params);
    expect(await sendIpn(ipn)).toBe('00');
    expect(await sendIpn(ipn)).toBe('02');
    const shown = await t.app.inject({ method: 'GET', url: `/api/public/payments/vnpay/return?${signedData(ipn)}&vnp_SecureHash=${ipn.vnp_SecureHash}` });
    expect(shown.json()).toMatchObject({ status: 'unapplied' });
    expect(await payment(dossier.code)).toMatchObject({ status: 'paid', paidThrough: 'transfer' });
    expect(await feePayments(dossier.code)).toHaveLength(1);

    // The officers see it to pay back, and record it once.
    const toRefund = (await reception.request('GET', '/api/v1/payments/statement-lines')).json().unapplied as Array<{ orderRef: string; dossierCode: string; amountVnd: number }>;
    expect(toRefund).toEqual([expect.objectContaining({ orderRef: params.vnp_TxnRef, dossierCode: dossier.code, amountVnd: 50_000, transactionNo: ipn.vnp_TransactionNo })]);
    const refund = (session: Session) => session.request('POST', `/api/v1/payments/gateway-payments/${params.vnp_TxnRef}/refund`, { note: 'Hoàn trả qua cổng thanh toán.' });
    expect((await refund(specialist)).statusCode).toBe(403);
    expect((await refund(reception)).statusCode).toBe(204);
    expect((await refund(reception)).json()).toMatchObject({ code: 'already_refunded' });
    expect((await reception.request('GET', '/api/v1/payments/statement-lines')).json().unapplied).toEqual([]);
  });

  it('confirms VietQR transfers from an imported statement, and leaves the rest to an officer', async () => {
    const [a, b, c] = [await awaitingFee(50_000), await awaitingFee(100_000), await awaitingFee(30_000)];
    const [refA, refB] = [(await payment(a.code)).reference, (await payment(b.code)).reference];
    await payment(c.code);
    // As the bank writes descriptions: its own codes around, a space in the middle of the reference.
    const statement = [
      'Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung giao dịch',
      `03/12/2026 10:15:22,FT26337000001,,50.000,12.050.000,"MBVCB.1234.${refA.slice(0, 6)} ${refA.slice(6)}.CT tu 0011001234567 NGUYEN VAN AN"`,
      `03/12/2026 10:20:00,FT26337000002,,90.000,12.140.000,${refB} nop le phi`,
      '03/12/2026 10:30:00,FT26337000003,,30.000,12.170.000,NOP LE PHI HO SO CHO CON',
      '03/12/2026 11:00:00,FT26337000004,15.000,,12.155.000,Phi SMS Banking',
      `03/12/2026 11:05:00,FT26337000005,,50.000,12.205.000,"IBFT ${refA} chuyen lai"`,
    ].join('\r\n');
    expect((await specialist.request('POST', '/api/v1/payments/statements', { content: statement })).statusCode).toBe(403);
    const imported = await reception.request('POST', '/api/v1/payments/statements', { content: statement });
    expect(imported.json()).toEqual({ lines: 4, paid: 1, needOfficer: 3, duplicates: 0 });
    expect(await payment(a.code)).toMatchObject({ status: 'paid', paidThrough: 'transfer' });
    expect(await payment(b.code)).toMatchObject({ status: 'due' });
    expect((await feePayments(a.code))[0]).toMatchObject({ actorName: 'Hệ thống MotCua', comment: expect.stringContaining('FT26337000001') });
    // The same statement again (or one overlapping it) counts nothing twice.
    expect((await reception.request('POST', '/api/v1/payments/statements', { content: statement })).json()).toEqual({ lines: 4, paid: 0, needOfficer: 0, duplicates: 4 });
    const unreadable = await reception.request('POST', '/api/v1/payments/statements', { content: 'Ngày giao dịch,Số tham chiếu,Số tiền ghi có,Nội dung giao dịch\n31/02/2026,FT1,50.000,x' });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json()).toMatchObject({ code: 'invalid_statement', problems: [{ messageEn: expect.stringContaining('Row 2') }] });

    const open = (await reception.request('GET', '/api/v1/payments/statement-lines')).json().lines as Array<{ id: string; bankReference: string; matched: string; dossierCode: string | null }>;
    expect(open.map((line) => [line.bankReference, line.matched, line.dossierCode])).toEqual([
      ['FT26337000002', 'short', b.code],
      ['FT26337000003', 'no_reference', null],
      ['FT26337000005', 'already_paid', a.code],
    ]);
    const [short, unmatched, twice] = open;
    // The officer recognises the transfer without a reference as C's fee, and sends back the second transfer for A.
    const resolve = (id: string, body: unknown) => reception.request('POST', `/api/v1/payments/statement-lines/${id}/resolution`, body);
    const applied = await resolve(unmatched!.id, { resolution: 'applied', dossierCode: c.code, note: 'Người nộp xác nhận qua điện thoại.' });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ resolution: 'applied', dossierCode: c.code });
    expect(await payment(c.code)).toMatchObject({ status: 'paid', paidThrough: 'transfer' });
    expect(await feePayments(c.code)).toHaveLength(1);
    expect((await resolve(unmatched!.id, { resolution: 'not_a_fee', note: 'Nhầm' })).json()).toMatchObject({ code: 'already_resolved' });
    expect((await resolve(twice!.id, { resolution: 'applied', dossierCode: a.code })).json()).toMatchObject({ code: 'no_fee_due' });
    expect((await resolve(twice!.id, { resolution: 'refunded', note: 'Chuyển trả lại người nộp.' })).json()).toMatchObject({ resolution: 'refunded' });
    expect((await resolve(short!.id, { resolution: 'refunded' })).statusCode).toBe(400);
    expect((await reception.request('GET', '/api/v1/payments/statement-lines')).json().lines.map((line: { id: string }) => line.id)).toEqual([short!.id]);
  });

  it('records a refund when the dossier is refused after payment, once', async () => {
    const dossier = await awaitingFee();
    const { params } = await orderAtGateway(dossier.code);
    expect(await sendIpn(ipnFor(params))).toBe('00');
    const refund = (body: Record<string, unknown>) => reception.request('POST', '/api/v1/payments/refunds', { dossierCode: dossier.code, reason: 'Hồ sơ bị từ chối giải quyết.', ...body });
    expect((await refund({})).json()).toMatchObject({ code: 'not_refundable' });

    let version = (await detail(reception, dossier.code)).version;
    version = await act(specialist, dossier.code, 'hand_over', version);
    version = await act(head, dossier.code, 'hand_over', version);
    await act(leader, dossier.code, 'refuse_result', version, { comment: 'Không đủ điều kiện đăng ký khai sinh.' });
    expect((await specialist.request('POST', '/api/v1/payments/refunds', { dossierCode: dossier.code, reason: 'x' })).statusCode).toBe(403);
    expect((await refund({ amountVnd: 60_000 })).statusCode).toBe(400);
    const recorded = await refund({});
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ dossierCode: dossier.code, refund: { amountVnd: 50_000, reason: 'Hồ sơ bị từ chối giải quyết.' } });
    expect((await refund({})).json()).toMatchObject({ code: 'already_refunded' });
    expect(await payment(dossier.code)).toMatchObject({ status: 'paid', refund: { amountVnd: 50_000 } });
  });
});
