import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Queryable } from '../src/db/database.js';
import { outboxTopicsFor } from '../src/app.js';
import { createCalendarService } from '../src/modules/calendar/service.js';
import { remindApplicants } from '../src/modules/notifications/reminders.js';
import { createSenders } from '../src/modules/notifications/senders.js';
import { type OutboxPolicy, DEFAULT_OUTBOX_POLICY, drainOutbox } from '../src/platform/outbox.js';
import { type TestApp, startTestApp } from './support/app.js';
import { registerCitizen } from './support/citizens.js';
import { APPLICANT, BIRTH_COMPONENTS, act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES, POSTGRES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { type Mailbox, startMailbox } from './support/mailbox.js';
import { type SmsGatewayDouble, startSmsGateway } from './support/sms-gateway.js';

const at = (iso: string) => new Date(iso);

interface NotificationView {
  id: number;
  action: string;
  channel: 'email' | 'sms';
  recipient: string;
  status: 'pending' | 'sent' | 'failed';
  subject: string;
  text: string;
  attempts: number;
  lastError: string | null;
}

describe.each(ENGINES)('notices to applicants on $name', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let carrier: SmsGatewayDouble;
  let reception: Session;
  let specialist: Session;
  let otherReception: Session;
  let head: Session;
  let leader: Session;
  /** The outbox worker, as the background job runs it each second. */
  let drain: (db?: Queryable, policy?: OutboxPolicy) => Promise<number>;

  beforeAll(async () => {
    [mailbox, carrier] = await Promise.all([startMailbox(), startSmsGateway()]);
    t = await startTestApp(engine, {
      at: at('2026-11-23T09:00:00+07:00'),
      config: {
        mail: { smtpUrl: mailbox.url, from: 'Một cửa xã Hòa Bình <motcua@hoabinh.example.vn>' },
        sms: { url: carrier.url, token: 'carrier-secret', sender: 'UBNDHOABINH', inboundToken: 'inbound-secret' },
        publicUrl: 'https://dichvucong.example.vn',
      },
    });
    const senders = createSenders(t.config);
    drain = (db = t.db, policy = DEFAULT_OUTBOX_POLICY) => drainOutbox(db, outboxTopicsFor(db, senders, t.config), policy);
    [reception, specialist, otherReception, head, leader] = await Promise.all([
      signIn(t.app, 'reception'),
      signIn(t.app, 'specialist'),
      signIn(t.app, 'other.reception'),
      signIn(t.app, 'head'),
      signIn(t.app, 'leader'),
    ]);
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([mailbox.close(), carrier.close()]);
  });
  beforeEach(() => {
    mailbox.received.length = 0;
    carrier.requests.length = 0;
    carrier.answers.length = 0;
  });

  const notificationsOf = async (code: string, session = reception) => {
    const response = await session.request('GET', `/api/v1/dossiers/${code}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().notifications as NotificationView[];
  };

  it('tells the applicant of a reception by e-mail and SMS, once the outbox is drained', async () => {
    t.clock.at = at('2026-11-23T09:00:00+07:00');
    const dossier = await receiveWalkIn(reception);

    // Queued by the statement that saved the dossier; nothing leaves before the worker runs.
    expect((await notificationsOf(dossier.code)).map((n) => [n.channel, n.status, n.recipient])).toEqual([
      ['email', 'pending', 'an.nguyen@example.vn'],
      ['sms', 'pending', '0912345678'],
    ]);
    expect(mailbox.received).toHaveLength(0);
    const health = async () => (await t.app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(await health()).toMatchObject({ notificationChannels: ['email', 'sms'], outbox: { waiting: 2, givenUp: 0 } });

    expect(await drain()).toBe(2);
    expect(await drain()).toBe(0);
    expect((await health()).outbox).toEqual({ waiting: 0, oldestWaitingSeconds: 0, givenUp: 0 });

    expect(mailbox.received).toHaveLength(1);
    const mail = mailbox.received[0]!;
    expect(mail.subject).toBe(`Hồ sơ ${dossier.code} đã được tiếp nhận / Dossier ${dossier.code} received`);
    expect(mail.from?.value).toEqual([{ name: 'Một cửa xã Hòa Bình', address: 'motcua@hoabinh.example.vn' }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('an.nguyen@example.vn');
    expect(mail.text).toContain('Kính gửi Ông/Bà Nguyễn Văn An,');
    expect(mail.text).toContain('UBND xã Hòa Bình đã tiếp nhận hồ sơ của Ông/Bà.');
    expect(mail.text).toContain('Thủ tục: Đăng ký khai sinh');
    expect(mail.text).toContain('Cán bộ xử lý: Nguyễn Thị Tiếp Nhận');
    expect(mail.text).toContain('Thời gian: 09:00 23/11/2026');
    expect(mail.text).toContain('Hẹn trả kết quả: 09:00 30/11/2026');
    expect(mail.text).toContain(`Mã tra cứu: ${dossier.lookupCode}`);
    expect(mail.text).toContain(`Tra cứu tình trạng hồ sơ: https://dichvucong.example.vn/tra-cuu/${dossier.code}`);

    expect(carrier.requests).toHaveLength(1);
    const sms = carrier.requests[0]!;
    expect(sms).toMatchObject({ authorization: 'Bearer carrier-secret', to: '84912345678', sender: 'UBNDHOABINH', reference: expect.stringMatching(/^motcua-notification-\d+$/) });
    expect(sms.text).toBe(
      `Hồ sơ ${dossier.code} đã được UBND xã Hòa Bình tiếp nhận lúc 09:00 23/11/2026; hẹn trả kết quả 09:00 30/11/2026. Mã tra cứu: ${dossier.lookupCode}.`,
    );

    const sent = await notificationsOf(dossier.code);
    expect(sent.map((n) => [n.channel, n.status, n.attempts, n.action])).toEqual([
      ['email', 'sent', 1, 'receive_at_counter'],
      ['sms', 'sent', 1, 'receive_at_counter'],
    ]);
    expect(sent[0]!.text).toBe(mail.text?.trimEnd());
    expect(sent[1]!.text).toBe(sms.text);
  });

  it('says nothing of steps inside the agency, and lists what is missing in a supplement request', async () => {
    t.clock.at = at('2026-11-23T10:00:00+07:00');
    const dossier = await receiveWalkIn(reception);
    await drain();
    mailbox.received.length = 0;
    carrier.requests.length = 0;

    t.clock.at = at('2026-11-24T10:00:00+07:00');
    let version = await act(specialist, dossier.code, 'request_supplement', dossier.version, {
      comment: 'Giấy chứng sinh nộp kèm bị mờ, không đọc được.',
      missingComponents: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp không đọc được; nộp bản chính.' }],
    });
    // A working day waiting for the applicant moves the appointment by a day.
    t.clock.at = at('2026-11-25T10:00:00+07:00');
    version = await act(reception, dossier.code, 'submit_supplement', version);
    await act(specialist, dossier.code, 'hand_over', version);
    expect(await drain()).toBe(4);

    expect(mailbox.received.map((mail) => mail.subject)).toEqual([
      `Hồ sơ ${dossier.code} cần bổ sung, hoàn thiện / Dossier ${dossier.code} needs to be completed`,
      `Hồ sơ ${dossier.code}: đã nhận hồ sơ bổ sung / Dossier ${dossier.code}: supplement received`,
    ]);
    const request = mailbox.received[0]!.text!;
    expect(request).toContain('Cán bộ xử lý: Trần Văn Chuyên');
    expect(request).toContain('Lý do: Giấy chứng sinh nộp kèm bị mờ, không đọc được.');
    expect(request).toContain('Thành phần cần bổ sung, hoàn thiện:\n  - Giấy chứng sinh: Bản chụp không đọc được; nộp bản chính.');
    expect(carrier.requests.map((sms) => sms.text)).toEqual([
      `Hồ sơ ${dossier.code} cần bổ sung, hoàn thiện; thời hạn giải quyết tạm dừng đến khi nhận được hồ sơ bổ sung. Lý do: Giấy chứng sinh nộp kèm bị mờ, không đọc được.`,
      `Hồ sơ ${dossier.code} đã nhận hồ sơ bổ sung và tiếp tục được giải quyết; hẹn trả kết quả 10:00 01/12/2026.`,
    ]);
    expect((await notificationsOf(dossier.code)).map((n) => n.action)).toEqual([
      'receive_at_counter', 'receive_at_counter', 'request_supplement', 'request_supplement', 'submit_supplement', 'submit_supplement',
    ]);
  });

  it('tries an SMS again after the carrier fails, and sends it once it answers', async () => {
    t.clock.at = at('2026-11-25T09:00:00+07:00');
    carrier.answers.push(503);
    const dossier = await receiveWalkIn(reception);
    expect(await drain()).toBe(2);

    const [, waiting] = await notificationsOf(dossier.code);
    expect(waiting).toMatchObject({ channel: 'sms', status: 'pending', attempts: 1, lastError: expect.stringContaining('SMS gateway 503') });
    // The next attempt waits its turn: 30 s after the failure.
    expect(await drain()).toBe(0);
    const { rows } = await t.db.query<{ wait: number }>(
      `SELECT extract(epoch FROM available_at - now())::int AS wait FROM outbox WHERE payload->>'notificationId' = $1`,
      [String(waiting!.id)],
    );
    expect(rows[0]!.wait).toBeGreaterThan(20);
    expect(rows[0]!.wait).toBeLessThanOrEqual(30);

    await t.db.query(`UPDATE outbox SET available_at = now() WHERE payload->>'notificationId' = $1`, [String(waiting!.id)]);
    expect(await drain()).toBe(1);
    expect(carrier.requests.map((sms) => sms.reference)).toEqual([`motcua-notification-${waiting!.id}`, `motcua-notification-${waiting!.id}`]);
    expect((await notificationsOf(dossier.code))[1]).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('gives up on what the carrier or the mail server refuses, and lets the counter send it again', async () => {
    t.clock.at = at('2026-11-25T10:00:00+07:00');
    carrier.answers.push(400);
    const response = await reception.request('POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      applicant: { ...APPLICANT, email: 'refused.mailbox@example.vn' },
      components: BIRTH_COMPONENTS,
    });
    const { code } = response.json() as { code: string };
    expect(await drain()).toBe(2);

    const failed = await notificationsOf(code);
    expect(failed.map((n) => [n.channel, n.status, n.attempts])).toEqual([
      ['email', 'failed', 1],
      ['sms', 'failed', 1],
    ]);
    expect(failed[0]!.lastError).toContain('SMTP 550');
    expect(failed[1]!.lastError).toContain('SMS gateway 400');

    // The counter's follow-up list: its agency's failed notices, newest first.
    const list = await reception.request('GET', '/api/v1/notifications?status=failed');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((n: NotificationView & { dossierCode: string }) => [n.dossierCode, n.channel])).toEqual([
      [code, 'sms'],
      [code, 'email'],
    ]);
    const first = (await reception.request('GET', '/api/v1/notifications?status=failed&limit=1')).json();
    expect(first.items.map((n: NotificationView) => n.channel)).toEqual(['sms']);
    const second = (await reception.request('GET', `/api/v1/notifications?status=failed&limit=1&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ channel: 'email' }], nextCursor: null });
    expect((await specialist.request('GET', '/api/v1/notifications')).statusCode).toBe(403);
    expect((await specialist.request('GET', '/api/v1/notifications/counts')).statusCode).toBe(403);
    expect((await reception.request('GET', '/api/v1/notifications/counts')).json()).toEqual({ failed: 2 });
    expect((await otherReception.request('GET', '/api/v1/notifications/counts')).json()).toEqual({ failed: 0 });
    expect((await otherReception.request('GET', '/api/v1/notifications?status=failed')).json()).toEqual({ items: [], nextCursor: null });

    const sms = failed[1]!;
    expect((await otherReception.request('POST', `/api/v1/notifications/${sms.id}/resend`)).statusCode).toBe(403);
    expect((await reception.request('POST', '/api/v1/notifications/999999/resend')).statusCode).toBe(404);
    const resent = await reception.request('POST', `/api/v1/notifications/${sms.id}/resend`);
    expect(resent.statusCode, resent.body).toBe(202);
    const again = await reception.request('POST', `/api/v1/notifications/${sms.id}/resend`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'notification_not_failed' });

    expect((await reception.request('GET', '/api/v1/notifications/counts')).json()).toEqual({ failed: 1 });
    expect(await drain()).toBe(1);
    expect((await notificationsOf(code))[1]).toMatchObject({ status: 'sent', attempts: 2 });
    const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'notification.resend' AND entity_id = $1`, [String(sms.id)]);
    expect(audit.rowCount).toBe(1);
  });

  it('writes nothing to a contact no channel can reach, and shows citizens what they were sent', async () => {
    t.clock.at = at('2026-11-26T09:00:00+07:00');
    const landline = await reception.request('POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      applicant: { ...APPLICANT, phone: '02373 852 222', email: undefined },
      components: BIRTH_COMPONENTS,
    });
    expect(await notificationsOf(landline.json().code)).toEqual([]);

    const citizen = await registerCitizen(t.app, { fullName: 'Lê Văn Cường', phone: '0987654321', idNumber: '038095009999' });
    // The code that verifies the new account's phone goes first.
    expect(await drain()).toBe(1);
    expect(carrier.requests.at(-1)!.text).toMatch(/^Mã xác nhận số điện thoại/);
    carrier.requests.length = 0;
    const upload = await citizen.request('POST', '/api/citizen/files', { name: 'to-khai.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') });
    const fileId = upload.json().id as string;
    const draft = await citizen.request('POST', '/api/citizen/drafts', {
      procedureCode: '1.001193',
      content: {
        applicant: { type: 'citizen', name: 'Lê Văn Cường', idNumber: '038095009999', phone: '0987654321', email: '', address: 'Thôn Tây' },
        components: [
          { code: 'TK', fileIds: [fileId] },
          { code: 'GCS', fileIds: [fileId] },
        ],
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const submitted = await citizen.request('POST', `/api/citizen/drafts/${draft.json().id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(await drain()).toBe(1);
    expect(carrier.requests.map((sms) => [sms.to, sms.text])).toEqual([
      ['84987654321', `Hồ sơ ${submitted.json().code} đã được gửi đến UBND xã Hòa Bình, đang chờ tiếp nhận. Mã tra cứu: ${submitted.json().lookupCode}.`],
    ]);

    const mine = await citizen.request('GET', `/api/citizen/dossiers/${submitted.json().code}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().notifications).toEqual([
      {
        action: 'submit_online',
        channel: 'sms',
        recipient: '0987654321',
        status: 'sent',
        subject: '',
        text: carrier.requests[0]!.text,
        createdAt: '2026-11-26T09:00:00+07:00',
        sentAt: expect.any(String),
      },
    ]);
  });

  it('reminds the applicant once of a supplement still missing after three working days, and of a result not collected after two', async () => {
    t.clock.at = at('2026-11-30T09:00:00+07:00');
    const waiting = await receiveWalkIn(reception);
    const ready = await receiveWalkIn(reception);
    t.clock.at = at('2026-11-30T10:00:00+07:00');
    await act(specialist, waiting.code, 'request_supplement', waiting.version, {
      comment: 'Thiếu giấy chứng sinh.',
      missingComponents: [{ name: 'Giấy chứng sinh', reason: 'Chưa nộp' }],
    });
    let version = await act(specialist, ready.code, 'hand_over', ready.version);
    version = await act(head, ready.code, 'hand_over', version);
    t.clock.at = at('2026-11-30T11:00:00+07:00');
    await act(leader, ready.code, 'approve', version);
    await drain();
    mailbox.received.length = 0;
    carrier.requests.length = 0;

    const calendar = await createCalendarService(t.db).current();
    const remind = (when: string, db: Queryable = t.db) => remindApplicants(db, calendar, new Set(['email', 'sms']), at(when));
    const reminders = async (code: string) => (await notificationsOf(code)).filter((n) => n.action.startsWith('remind'));
    // Two working days after the request, one and a bit after the result: not yet.
    await remind('2026-12-02T10:00:00+07:00');
    expect(await reminders(waiting.code)).toEqual([]);
    expect(await reminders(ready.code)).toEqual([]);

    // Due for both; several instances looking at once still queue each reminder once.
    const another = t.openAnotherDatabase?.() ?? t.db;
    await Promise.all([remind('2026-12-03T10:00:00+07:00'), remind('2026-12-03T10:00:00+07:00', another)]);
    await remind('2026-12-04T10:00:00+07:00');
    expect((await reminders(waiting.code)).map((n) => [n.action, n.channel])).toEqual([
      ['remind_supplement', 'email'],
      ['remind_supplement', 'sms'],
    ]);
    expect((await reminders(ready.code)).map((n) => [n.action, n.channel])).toEqual([
      ['remind_result', 'email'],
      ['remind_result', 'sms'],
    ]);

    expect(await drain()).toBe(4);
    expect(carrier.requests.map((sms) => sms.text).sort()).toEqual([
      `Nhắc: hồ sơ ${waiting.code} đang chờ Ông/Bà bổ sung, hoàn thiện theo yêu cầu ngày 30/11/2026.`,
      `Nhắc: kết quả hồ sơ ${ready.code} đã có từ ngày 30/11/2026. Mời Ông/Bà nhận kết quả.`,
    ].sort());
    const supplementMail = mailbox.received.find((mail) => mail.subject?.includes(waiting.code))!;
    expect(supplementMail.subject).toBe(`Nhắc: hồ sơ ${waiting.code} đang chờ bổ sung / Reminder: dossier ${waiting.code} awaits your supplement`);
    expect(supplementMail.text).toContain('Lý do: Thiếu giấy chứng sinh.');
    expect(supplementMail.text).toContain('  - Giấy chứng sinh: Chưa nộp');
  });

  it.skipIf(engine !== POSTGRES)('delivers each notice once, and each applicant’s in order, when several instances drain the outbox together', async () => {
    t.clock.at = at('2026-11-27T09:00:00+07:00');
    const codes: string[] = [];
    for (let i = 0; i < 15; i++) codes.push((await receiveWalkIn(reception)).code);
    const first = await receiveWalkIn(reception);
    t.clock.at = at('2026-11-27T10:00:00+07:00');
    const version = await act(specialist, first.code, 'request_supplement', first.version, { comment: 'Thiếu giấy chứng sinh.' });
    await act(reception, first.code, 'submit_supplement', version);
    carrier.delayMs = 20;
    try {
      const small = { ...DEFAULT_OUTBOX_POLICY, batchSize: 3 };
      const otherDb = t.openAnotherDatabase!();
      const handled = await Promise.all([drain(t.db, small), drain(otherDb, small), drain(t.db, small)]);
      expect(handled.reduce((sum, n) => sum + n, 0)).toBe(36);
      expect(handled.filter((n) => n > 0).length).toBeGreaterThan(1);
    } finally {
      carrier.delayMs = 0;
    }
    const references = carrier.requests.map((sms) => sms.reference);
    expect(references).toHaveLength(18);
    expect(new Set(references).size).toBe(18);
    expect(mailbox.received).toHaveLength(18);
    expect(new Set(mailbox.received.map((mail) => mail.messageId)).size).toBe(18);
    expect(carrier.requests.filter((sms) => sms.text.includes(first.code)).map((sms) => sms.text.split(';')[0])).toEqual([
      `Hồ sơ ${first.code} đã được UBND xã Hòa Bình tiếp nhận lúc 09:00 27/11/2026`,
      `Hồ sơ ${first.code} cần bổ sung, hoàn thiện`,
      `Hồ sơ ${first.code} đã nhận hồ sơ bổ sung và tiếp tục được giải quyết`,
    ]);
  });

  it('tells an anonymous online applicant nothing, not even reminders, until an officer receives the dossier', async () => {
    t.clock.at = at('2026-12-07T09:00:00+07:00');
    const upload = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'to-khai.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') } });
    const file = upload.json() as { id: string; uploadToken: string };
    const submit = async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/public/dossiers',
        payload: { procedureCode: '1.001193', applicant: APPLICANT, components: BIRTH_COMPONENTS.map((c) => ({ ...c, fileIds: [file.id] })), uploadTokens: [file.uploadToken] },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { code: string; version: number };
    };
    const taken = await submit();
    const incomplete = await submit();
    await act(reception, incomplete.code, 'request_supplement_at_reception', incomplete.version, { comment: 'Giấy chứng sinh chụp mờ.' });
    // A week later the supplement is still missing: an applicant who gave their own contact would be reminded.
    await remindApplicants(t.db, await createCalendarService(t.db).current(), new Set(['email', 'sms']), at('2026-12-14T09:00:00+07:00'));
    await drain();
    expect(carrier.requests).toEqual([]);
    expect(mailbox.received).toEqual([]);
    expect(await notificationsOf(incomplete.code)).toEqual([]);
    expect(await notificationsOf(taken.code)).toEqual([]);

    await act(reception, taken.code, 'receive', taken.version);
    expect(await drain()).toBe(2);
    expect(carrier.requests.map((sms) => [sms.to, sms.text.split(';')[0]])).toEqual([
      ['84912345678', `Hồ sơ ${taken.code} đã được UBND xã Hòa Bình tiếp nhận lúc 09:00 07/12/2026`],
    ]);
    expect(mailbox.received).toHaveLength(1);
  });
});
