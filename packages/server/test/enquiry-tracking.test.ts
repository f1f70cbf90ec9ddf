import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { type MessagingApp, startMessagingApp } from './support/messaging-app.js';
import { AGENCIES, BIRTH_REGISTRATION } from './support/province.js';

/** Monday 7 December 2026, 09:00 in Vietnam. */
const START = new Date('2026-12-07T09:00:00+07:00');
const ANSWER = 'Ông/bà nộp Tờ khai đăng ký khai sinh và Giấy chứng sinh.';

/**
 * Asker and sender follow what they sent by its number and the contact they gave, typed as they
 * like; numbers follow one another, so neither a number alone nor someone else's contact finds it.
 */
describe.each(ENGINES)('following one’s question or feedback on $name', (engine) => {
  let m: MessagingApp;
  let head: Session;
  let specialist: Session;
  let leader: Session;
  const post = (url: string, payload: Record<string, unknown>) => m.t.app.inject({ method: 'POST', url, payload });
  /** Sends, and confirms by the link the last message carried (mail or SMS); gives the number. */
  const sentAndConfirmed = async (url: string, body: Record<string, unknown>, page: string) => {
    expect((await post(url, body)).statusCode).toBe(202);
    await m.drain();
    const text = body.email ? m.mailbox.received.at(-1)!.text! : m.carrier.requests.at(-1)!.text;
    const token = new RegExp(`${page}/([A-Za-z0-9_-]+)`).exec(text)![1]!;
    const confirmed = await post(`${url}/confirm`, { token });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    return confirmed.json().code as string;
  };

  beforeAll(async () => {
    m = await startMessagingApp(engine, START);
    [head, specialist, leader] = await Promise.all([signIn(m.t.app, 'head'), signIn(m.t.app, 'specialist'), signIn(m.t.app, 'leader')]);
  });
  afterAll(() => m.close());

  it('shows the asker their question’s state and deadline, then the answer once approved; nobody else', async () => {
    const asked = { name: 'Trần Thị Hỏi', email: 'Hoi.Tran@Example.vn', procedureCode: BIRTH_REGISTRATION.code, title: 'Khai sinh cho con', body: 'Cần giấy tờ gì?' };
    const track = (code: string, contact: string) => post('/api/public/questions/track', { code, contact });
    // Not confirmed yet, it is nobody's to follow.
    expect((await post('/api/public/questions', { ...asked, email: 'chua.xac.nhan@example.vn' })).statusCode).toBe(202);
    const code = await sentAndConfirmed('/api/public/questions', asked, '/hoi-dap/xac-nhan');
    const unconfirmed = (await m.t.db.query<{ code: string }>(`SELECT code FROM questions WHERE state = 'unconfirmed'`)).rows[0]!.code;
    expect((await track(unconfirmed, 'chua.xac.nhan@example.vn')).statusCode).toBe(404);

    const received = await track(code, ' hoi.tran@example.VN ');
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json()).toEqual({
      code,
      state: 'received',
      agency: { code: AGENCIES.commune.code, name: AGENCIES.commune.name },
      receivedAt: START.toISOString(),
      dueAt: '2026-12-16T02:00:00.000Z',
      overdue: false,
      answer: null,
    });
    for (const [other, contact] of [
      [code, 'nguoi.khac@example.vn'],
      [code, '0912345678'],
      [code.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10)), asked.email],
    ] as const) {
      const refused = await track(other, contact);
      expect(refused.statusCode).toBe(404);
      expect(refused.json()).toMatchObject({ code: 'not_found' });
    }
    expect((await track('HD-2026-1', asked.email)).statusCode).toBe(400);

    const { rows } = await m.t.db.query<{ id: string; specialist_id: string }>(`SELECT q.id, o.id AS specialist_id FROM questions q, officers o WHERE q.code = $1 AND o.username = 'specialist'`, [code]);
    const url = `/api/v1/questions/${rows[0]!.id}`;
    expect((await head.request('POST', `${url}/assign`, { assigneeId: rows[0]!.specialist_id })).statusCode).toBe(200);
    expect((await specialist.request('POST', `${url}/answer`, { answer: ANSWER })).statusCode).toBe(200);
    // Drafted, not approved: the asker does not see it yet.
    expect((await track(code, asked.email)).json()).toMatchObject({ state: 'answered', answer: null });
    expect((await leader.request('POST', `${url}/approve`)).statusCode).toBe(200);
    expect((await track(code, asked.email)).json()).toMatchObject({ state: 'approved', answer: ANSWER, overdue: false });

    m.t.clock.at = new Date('2026-12-17T09:00:00+07:00');
    expect((await track(code, asked.email)).json()).toMatchObject({ overdue: false });
    m.t.clock.at = START;
  });

  it('shows the sender their feedback’s state and deadline, and what the agency asks of them', async () => {
    const sent = { name: 'Lê Văn Gửi', phone: '0987 654 321', kind: 'petition', rule: 'Giờ làm việc của Bộ phận Một cửa', agencyCode: AGENCIES.commune.code, title: 'Mở cửa sáng thứ Bảy', body: 'Đề nghị làm việc sáng thứ Bảy.' };
    const track = (code: string, contact: string) => post('/api/public/feedback/track', { code, contact });
    const code = await sentAndConfirmed('/api/public/feedback', sent, '/phan-anh-kien-nghi/xac-nhan');
    expect((await track(code, '+84 987 654 321')).json()).toMatchObject({ code, kind: 'petition', state: 'received', dueAt: '2026-12-09T02:00:00.000Z', informationRequest: null, answer: null });
    expect((await track(code, '0912345678')).statusCode).toBe(404);

    const { rows } = await m.t.db.query<{ id: string }>('SELECT id FROM feedbacks WHERE code = $1', [code]);
    const url = `/api/v1/feedback/${rows[0]!.id}`;
    expect((await head.request('POST', `${url}/request-information`, { request: 'Cho biết những ngày thứ Bảy cần làm việc.' })).statusCode).toBe(200);
    expect((await track(code, sent.phone)).json()).toMatchObject({ state: 'awaiting_information', dueAt: null, informationRequest: 'Cho biết những ngày thứ Bảy cần làm việc.' });
  });
});
