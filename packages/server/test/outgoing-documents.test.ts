import { webcrypto } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxTopicsFor } from '../src/app.js';
import { Paper } from '../src/modules/papers/index.js';
import { drawDemoSignature } from '../src/modules/signing/images.js';
import { createSigningSimulator } from '../src/modules/signing/simulator.js';
import { createSenders } from '../src/modules/notifications/senders.js';
import { DEFAULT_OUTBOX_POLICY, drainOutbox } from '../src/platform/outbox.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { type Mailbox, startMailbox } from './support/mailbox.js';
import { pdfText } from './support/pdf.js';
import { pdfsig } from './support/pdfsig.js';
import { AGENCIES } from './support/province.js';
import { LEADER, b64, communeSigns, planDraft, throughToSignature } from './support/outgoing.js';
import { testCaPem } from './support/signing.js';

/**
 * Outgoing documents end to end over HTTP: a specialist drafts, the unit head returns it and then
 * forwards the corrected version, the clerk checks the format, the chairman signs with his personal
 * signature, the clerk numbers and releases it; it arrives in the department's incoming register
 * and by e-mail (a real SMTP server), signed twice as pdfsig verifies. A remote signer's document
 * waits until the phone answers; a refusal leaves it to sign.
 */

const BASE = '/api/v1/documents/outgoing';
/** Monday 7 December 2026, 09:00 in Vietnam. */
const START = new Date('2026-12-07T09:00:00+07:00');
const ACCOUNT = 'CCCD-001090099999';
const SUBJECT = 'Về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026';

interface Outgoing {
  id: string;
  number: number | null;
  symbol: string;
  numberSymbol: string;
  type: string;
  subject: string;
  date: string | null;
  state: string;
  version: number;
  signaturePending: boolean;
  actions: string[];
  versions: Array<{ version: number; bodyKind: string; note: string; file: { id: string } | null }>;
  releasedFile: { id: string } | null;
  attachments: Array<{ id: string; name: string }>;
  deliveries: Array<{ channel: string; recipient: string; status: string; incomingDocumentId: string | null; recalledAt: string | null }>;
  history: Array<{ action: string; toState: string; note: string }>;
}

async function bodyPdf(): Promise<string> {
  const paper = new Paper({ title: 'Kế hoạch', author: 'UBND xã Hòa Bình', subject: 'Kế hoạch', issuedAt: START });
  paper.text('Nội dung kế hoạch tổ chức ngày hội tại các thôn, xóm trên địa bàn xã.');
  return b64(await paper.finish());
}

describe.each(ENGINES)('outgoing documents on $name', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let simulator: FastifyInstance;
  let serviceUrl: string;
  let specialist: Session;
  let specialist2: Session;
  let head: Session;
  let clerk: Session;
  let leader: Session;
  let admin: Session;
  let deptLeader: Session;
  let otherLeader: Session;
  let leaderId: string;

  const drain = () => drainOutbox(t.db, outboxTopicsFor(t.db, createSenders(t.config), t.config), DEFAULT_OUTBOX_POLICY);
  const draft = async (body: object = {}, status = 201) => {
    const response = await specialist.request('POST', BASE, { ...planDraft(leaderId, { agencies: [AGENCIES.department.code], emails: ['vanthu@mattran.example.vn'] }, SUBJECT), ...body });
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as Outgoing & { code: string; field?: string };
  };
  const step = async (who: Session, id: string, action: string, note?: string, status = 200) => {
    const response = await who.request('POST', `${BASE}/${id}/${action}`, note === undefined ? {} : { note });
    expect(response.statusCode, `${who.username} ${action}: ${response.body}`).toBe(status);
    return response.json() as Outgoing & { code: string; rule?: string };
  };
  const show = async (who: Session, id: string) => (await who.request('GET', `${BASE}/${id}`)).json() as Outgoing;
  /** Drafted, submitted, forwarded and format-checked: waiting for the leader's signature. */
  const toSign = async () => {
    const drafted = await draft();
    await throughToSignature({ specialist, head, clerk }, drafted.id);
    return drafted;
  };
  const download = async (who: Session, id: string, fileId: string) => (await who.request('GET', `${BASE}/${id}/files/${fileId}`)).rawPayload;

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await startTestApp(engine, { at: START, config: { mail: { smtpUrl: mailbox.url, from: 'UBND xã Hòa Bình <vanthu@hoabinh.example.vn>' } } });
    leaderId = t.province.officerIds.leader!;
    const as = (username: string) => signIn(t.app, username);
    [specialist, specialist2, head, clerk, leader, admin, deptLeader, otherLeader] = await Promise.all([
      as('specialist'),
      as('specialist2'),
      as('head'),
      as('clerk'),
      as('leader'),
      as('admin'),
      as('dept.leader'),
      as('other.leader'),
    ]);
    const issued = await communeSigns(t.db, t.province, admin);
    simulator = createSigningSimulator({
      accounts: [{ accountId: ACCOUNT, holderName: LEADER, privateKeyPkcs8: new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', issued.privateKey)), certificate: issued.certificate, chain: issued.chain }],
      timeoutMs: 5 * 60_000,
      now: () => t.clock.at,
    });
    await simulator.listen({ port: 0, host: '127.0.0.1' });
    serviceUrl = `http://127.0.0.1:${(simulator.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([mailbox.close(), simulator.close()]);
  });

  it('drafts, returns, revises, forwards, checks, signs and releases: numbered, sealed, in the department’s register and in the mailbox', async () => {
    const drafted = await draft({ body: { file: { name: 'ke-hoach.pdf', contentBase64: await bodyPdf() } }, attachments: [{ name: 'phu-luc.pdf', contentBase64: await bodyPdf() }] });
    expect(drafted).toMatchObject({ state: 'draft', version: 1, number: null, numberSymbol: '', actions: ['revise', 'submit'] });
    expect((await show(specialist2, drafted.id)).actions).toEqual([]);

    await step(specialist, drafted.id, 'submit');
    expect((await step(head, drafted.id, 'return', '', 400)).code).toBe('invalid_input');
    const returned = await step(head, drafted.id, 'return', 'Bổ sung phân công nhiệm vụ cho các thôn.');
    expect(returned.state).toBe('returned');
    // Only its author edits it, and only while it is theirs.
    expect((await specialist2.request('POST', `${BASE}/${drafted.id}/versions`, { subject: SUBJECT })).statusCode).toBe(403);
    const revised = (await specialist.request('POST', `${BASE}/${drafted.id}/versions`, { body: { text: 'Các thôn, xóm chủ động tổ chức ngày hội.\nPhân công: thôn Đồng Tâm, thôn Hòa Bình.' }, note: 'Bổ sung phân công' })).json() as Outgoing;
    expect(revised.versions.map((version) => [version.version, version.bodyKind])).toEqual([
      [1, 'upload'],
      [2, 'template'],
    ]);
    await step(specialist, drafted.id, 'submit');
    expect((await specialist.request('POST', `${BASE}/${drafted.id}/versions`, { subject: 'Đổi' })).json()).toMatchObject({ code: 'draft_not_editable' });
    await step(head, drafted.id, 'forward');
    expect((await step(leader, drafted.id, 'sign', undefined, 409)).code).toBe('invalid_transition');
    await step(clerk, drafted.id, 'approve-format');
    const mine = (await leader.request('GET', '/api/v1/documents/mine?view=to_sign')).json() as { outgoing: Outgoing[] };
    expect(mine.outgoing.map((document) => document.id)).toContain(drafted.id);

    const signed = await step(leader, drafted.id, 'sign');
    expect(signed.state).toBe('signed');
    const released = await step(clerk, drafted.id, 'release');
    expect(released).toMatchObject({ state: 'released', number: 1, symbol: 'KH-UBND', numberSymbol: '01/KH-UBND', date: '2026-12-07' });
    expect(released.versions).toHaveLength(2);

    const pdf = await download(clerk, drafted.id, released.releasedFile!.id);
    const report = await pdfsig(pdf, await testCaPem());
    expect(report.match(/Signature is Valid/g)).toHaveLength(2);
    expect(report.match(/Certificate is Trusted/g)).toHaveLength(2);
    expect(report).toContain(`Signer Certificate Common Name: ${LEADER}`);
    expect(report).toContain('Signer Certificate Common Name: Ủy ban nhân dân xã Hòa Bình');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Số: 01/KH-UBND');
    expect(text).toContain('ngày 07 tháng 12 năm 2026');
    expect(text).toContain(SUBJECT);
    expect(text).toContain('Phân công: thôn Đồng Tâm');

    // In the department's incoming register at once, electronically, with the number and the PDF.
    const delivered = released.deliveries.find((delivery) => delivery.channel === 'internal')!;
    expect(delivered).toMatchObject({ recipient: AGENCIES.department.code, status: 'delivered' });
    const arrived = (await deptLeader.request('GET', `/api/v1/documents/incoming/${delivered.incomingDocumentId}`)).json() as {
      numberSymbol: string;
      sender: string;
      channel: string;
      state: string;
      attachments: unknown[];
    };
    expect(arrived).toMatchObject({ numberSymbol: '01/KH-UBND', sender: 'UBND xã Hòa Bình', channel: 'electronic', state: 'registered' });
    expect(arrived.attachments).toHaveLength(2);
    // The attachment carries the agency's signature with the number and symbol.
    const attachment = await download(clerk, drafted.id, released.attachments[0]!.id);
    expect(await pdfsig(attachment, await testCaPem())).toContain('Signature is Valid');
    expect((await pdfText(attachment)).replace(/\s+/g, ' ')).toContain('Kèm theo văn bản số 01/KH-UBND');

    // By e-mail through the outbox, with the signed PDF.
    await drain();
    const mail = mailbox.received.find((received) => received.subject?.includes('01/KH-UBND'))!;
    expect(mail.text).toContain(SUBJECT);
    expect(mail.attachments.map((file) => file.contentType)).toEqual(['application/pdf', 'application/pdf']);
    expect(Buffer.compare(mail.attachments[0]!.content, pdf)).toBe(0);
    expect((await show(clerk, drafted.id)).deliveries.find((delivery) => delivery.channel === 'email')).toMatchObject({ status: 'sent' });

    // The register lists it, finds it without diacritics, prints and exports it.
    const list = (await clerk.request('GET', `${BASE}?q=dai doan ket&state=released`)).json() as { items: Outgoing[] };
    expect(list.items.map((item) => [item.number, item.symbol, item.type, item.subject, item.date, item.state])).toEqual([[1, 'KH-UBND', 'plan', SUBJECT, '2026-12-07', 'released']]);
    const register = (await clerk.request('GET', `${BASE}/register.pdf?year=2026`)).rawPayload;
    expect((await pdfText(register)).replace(/\s+/g, ' ')).toContain('01/KH-UBND');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await clerk.request('GET', `${BASE}/register.xlsx?year=2026`)).rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(4).getCell(1).value).toBe('01/KH-UBND');

    // Recalled: withdrawn from the department's register.
    expect((await step(specialist, drafted.id, 'recall', 'Ban hành nhầm', 403)).rule).toBe('route-outgoing-document');
    const recalled = await step(leader, drafted.id, 'recall', 'Điều chỉnh thời gian tổ chức');
    expect(recalled.state).toBe('recalled');
    expect(recalled.deliveries.find((delivery) => delivery.channel === 'internal')!.recalledAt).not.toBeNull();
    expect(((await deptLeader.request('GET', `/api/v1/documents/incoming/${delivered.incomingDocumentId}`)).json() as { state: string }).state).toBe('withdrawn');
  }, 120_000);

  it('numbers consecutively in the year, and a release that cannot deliver numbers nothing', async () => {
    const first = await toSign();
    await step(leader, first.id, 'sign');
    const failing = await toSign();
    await specialist.request('POST', `${BASE}/${failing.id}/versions`, {});
    await step(leader, failing.id, 'sign');
    // A peer recipient with no peer installation registered: the release fails whole.
    await t.db.query(`UPDATE outgoing_documents SET recipients = recipients || '[{"kind":"peer","code":"000.00.00.G01","name":"Bộ Nội vụ"}]'::jsonb WHERE document_id = $1`, [failing.id]);
    expect((await step(clerk, failing.id, 'release', undefined, 422)).code).toBe('exchange_no_peer');
    expect(await show(clerk, failing.id)).toMatchObject({ state: 'signed', number: null, deliveries: [] });
    const released = await step(clerk, first.id, 'release');
    const { rows } = await t.db.query<{ last_number: number }>(`SELECT last_number FROM document_register_counters WHERE register = 'outgoing' AND agency_id = $1 AND year = 2026`, [t.province.agencyIds.commune]);
    expect(released.number).toBe(rows[0]!.last_number);
    expect(released.numberSymbol).toBe(`0${released.number}/KH-UBND`);
  }, 120_000);

  it('a remote signer’s document waits for the phone, then is signed; a refusal leaves it to sign', async () => {
    expect((await admin.request('PUT', `/api/v1/officers/${leaderId}/signing-method`, { method: 'remote', serviceUrl, accountId: ACCOUNT })).statusCode).toBe(200);
    const phone = async () => (await (await fetch(`${serviceUrl}/v1/accounts/${ACCOUNT}/pending`)).json()) as Array<{ transactionId: string }>;
    const tap = async (transactionId: string, answer: 'confirm' | 'refuse') =>
      fetch(`${serviceUrl}/phone/${ACCOUNT}/requests/${transactionId}/${answer}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });

    const confirmed = await toSign();
    const waiting = await step(leader, confirmed.id, 'sign');
    expect(waiting).toMatchObject({ state: 'to_sign', signaturePending: true, actions: [] });
    expect((await step(leader, confirmed.id, 'sign', undefined, 409)).code).toBe('signature_pending');
    await tap((await phone())[0]!.transactionId, 'confirm');
    const signed = await show(clerk, confirmed.id);
    expect(signed).toMatchObject({ state: 'signed', signaturePending: false });
    const released = await step(clerk, confirmed.id, 'release');
    const report = await pdfsig(await download(clerk, confirmed.id, released.releasedFile!.id), await testCaPem());
    expect(report.match(/Signature is Valid/g)).toHaveLength(2);

    const refused = await toSign();
    await step(leader, refused.id, 'sign');
    await tap((await phone())[0]!.transactionId, 'refuse');
    const after = await show(leader, refused.id);
    expect(after).toMatchObject({ state: 'to_sign', signaturePending: false, actions: ['return', 'sign'] });
    expect(after.history.at(-1)).toMatchObject({ action: 'sign_failed', toState: 'to_sign' });
  }, 120_000);

  it('enters a classified document released on paper in the same register, between the electronic ones, keeping nothing but its particulars', async () => {
    const counter = async () =>
      (await t.db.query<{ last_number: number }>(`SELECT last_number FROM document_register_counters WHERE register = 'outgoing' AND agency_id = $1 AND year = 2026`, [t.province.agencyIds.commune])).rows[0]!.last_number;
    const releasedBefore = await counter();
    const paperOnly = { type: 'report', subject: 'Báo cáo tình hình an ninh, trật tự quý IV năm 2026', confidentiality: 'secret', signerId: leaderId, recipients: ['Công an tỉnh Thanh Hóa', 'Lưu: VT'], pageCount: 4 };
    const registered = await clerk.request('POST', `${BASE}/paper-only`, paperOnly);
    expect(registered.statusCode, registered.body).toBe(201);
    const entry = registered.json() as { id: string; registerNumber: number; numberSymbol: string; date: string };
    expect(entry.numberSymbol).toBe(`${String(entry.registerNumber).padStart(2, '0')}/BC-UBND`);
    const shown = (await clerk.request('GET', `${BASE}/${entry.id}`)).json() as Outgoing & { confidentiality: string; recipients: unknown[]; versions: unknown[] };
    expect(shown).toMatchObject({ state: 'released', confidentiality: 'secret', releasedFile: null, signedFile: null, deliveries: [], versions: [], attachments: [] });
    expect(shown.recipients).toEqual([{ kind: 'paper', name: 'Công an tỉnh Thanh Hóa' }, { kind: 'paper', name: 'Lưu: VT' }]);
    expect(shown.history).toEqual([expect.objectContaining({ action: 'register_paper_only', toState: 'released' })]);
    // The number after the electronic documents released before it, from the same counter.
    expect(entry.registerNumber).toBe(releasedBefore + 1);
    expect(await counter()).toBe(entry.registerNumber);
    const register = (await clerk.request('GET', `${BASE}?q=an ninh trat tu`)).json() as { items: Array<{ id: string; confidentiality: string }> };
    expect(register.items.map((item) => [item.id, item.confidentiality])).toEqual([[entry.id, 'secret']]);

    expect((await specialist.request('POST', `${BASE}/paper-only`, paperOnly)).json()).toMatchObject({ rule: 'register-paper-outgoing-documents' });
    expect((await otherLeader.request('POST', `${BASE}/paper-only`, { ...paperOnly, agency: AGENCIES.commune.code })).statusCode).toBe(403);
    const blank = await clerk.request('POST', `${BASE}/paper-only`, { ...paperOnly, recipients: ['  '] });
    expect([blank.statusCode, blank.json().field]).toEqual([400, 'body.recipients.0']);
    expect((await clerk.request('POST', `${BASE}/paper-only`, { ...paperOnly, signerId: t.province.officerIds.head })).json()).toMatchObject({ field: 'signerId' });
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM documents WHERE direction = 'outgoing' AND channel = 'paper'`);
    expect(rows[0]!.n).toBe(1);
  }, 120_000);

  it('keeps other agencies out and says what is wrong with a draft', async () => {
    const drafted = await draft();
    expect((await otherLeader.request('GET', `${BASE}/${drafted.id}`)).statusCode).toBe(404);
    expect((await otherLeader.request('POST', `${BASE}/${drafted.id}/submit`, {})).statusCode).toBe(404);
    expect((await otherLeader.request('GET', `${BASE}?agency=${AGENCIES.commune.code}`)).statusCode).toBe(403);
    expect((await leader.request('POST', BASE, { type: 'plan', subject: 'x', signerId: leaderId, recipients: { emails: ['a@b.vn'] }, body: { text: 'x' } })).statusCode).toBe(403);
    expect((await draft({ signerId: t.province.officerIds.head }, 400)).field).toBe('signerId');
    expect((await draft({ recipients: { emails: ['khong-phai-thu'] } }, 400)).field).toBe('recipients/emails/0');
    expect((await draft({ recipients: { agencies: [AGENCIES.commune.code] } }, 400)).field).toBe('recipients/agencies/0');
    expect((await draft({ recipients: {} }, 400)).field).toBe('recipients');
    expect((await draft({ confidentiality: 'secret' }, 422)).code).toBe('classified_content');
    expect((await draft({ body: { file: { name: 'anh.png', contentBase64: b64(drawDemoSignature('x')) } } }, 415)).code).toBe('unsupported_file_type');
    expect((await step(specialist2, drafted.id, 'submit', undefined, 403)).rule).toBe('route-outgoing-document');
  }, 60_000);
});
