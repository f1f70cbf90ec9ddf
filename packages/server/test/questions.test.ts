import type { AddressObject, ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeUnconfirmedQuestions } from '../src/modules/questions/index.js';
import { registerCitizen } from './support/citizens.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { type MessagingApp, startMessagingApp } from './support/messaging-app.js';
import { AGENCIES, BIRTH_REGISTRATION } from './support/province.js';

/** Monday 7 December 2026, 09:00 in Vietnam. */
const START = new Date('2026-12-07T09:00:00+07:00');
const HOUR = 3_600_000;
const ASKER = { name: 'Trần Thị Hỏi Đáp', email: 'hoi.dap@example.com' };
const QUESTION = {
  title: 'Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn',
  body: 'Tôi là Trần Thị Hỏi Đáp, điện thoại 0912 345 678. Con tôi sinh tháng 11/2026, cha mẹ chưa đăng ký kết hôn. Khi đăng ký khai sinh cần giấy tờ gì?',
};
const ANSWER = 'Ông/bà nộp Tờ khai đăng ký khai sinh và Giấy chứng sinh; phần ghi về người cha để trống nếu chưa nhận cha con.';

const recipientOf = (mail: ParsedMail) => (mail.to as AddressObject).value[0]!.address;
const confirmationToken = (text: string) => /https?:\/\/[^/\s]+\/hoi-dap\/xac-nhan\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

describe.each(ENGINES)('citizens’ questions and answers on $name', (engine) => {
  let m: MessagingApp;
  let head: Session;
  let specialist: Session;
  let specialist2: Session;
  let leader: Session;
  let otherLeader: Session;
  let specialistId: string;
  let seen = 0;
  /** The mails received since the last look. */
  const newMails = async () => {
    await m.drain();
    const mails = m.mailbox.received.slice(seen);
    seen = m.mailbox.received.length;
    return mails;
  };
  const ask = (body: Record<string, unknown>, remoteAddress = '203.0.113.7') => m.t.app.inject({ method: 'POST', url: '/api/public/questions', payload: body, remoteAddress });
  const confirm = (token: string) => m.t.app.inject({ method: 'POST', url: '/api/public/questions/confirm', payload: { token } });
  const count = async (table: 'questions' | 'outbox' | 'question_events') => (await m.t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

  beforeAll(async () => {
    m = await startMessagingApp(engine, START);
    [head, specialist, specialist2, leader, otherLeader] = await Promise.all([
      signIn(m.t.app, 'head'),
      signIn(m.t.app, 'specialist'),
      signIn(m.t.app, 'specialist2'),
      signIn(m.t.app, 'leader'),
      signIn(m.t.app, 'other.leader'),
    ]);
    specialistId = (await m.t.db.query<{ id: string }>(`SELECT id FROM officers WHERE username = 'specialist'`)).rows[0]!.id;
  });
  afterAll(() => m.close());

  it('takes a question from the asker’s confirmation to its anonymised publication, found by search and on the procedure’s page', async () => {
    const asked = await ask({ ...ASKER, procedureCode: BIRTH_REGISTRATION.code, ...QUESTION });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json()).toEqual({ state: 'unconfirmed', channel: 'email', confirmBy: new Date(START.getTime() + 48 * HOUR).toISOString() });
    // Nothing reaches the agency before the contact is confirmed.
    expect((await head.request('GET', '/api/v1/questions')).json()).toEqual({ items: [], total: 0 });

    const [confirmation] = await newMails();
    expect(recipientOf(confirmation!)).toBe(ASKER.email);
    expect(confirmation!.subject).toBe('Xác nhận câu hỏi gửi Cổng Dịch vụ công / Confirm your question');
    const token = confirmationToken(confirmation!.text!);
    const tokens = await m.t.db.query<{ confirm_token_hash: string }>('SELECT confirm_token_hash FROM questions');
    expect(JSON.stringify(tokens.rows)).not.toContain(token);

    m.t.clock.at = new Date(START.getTime() + HOUR);
    const confirmed = await confirm(token);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    // Due on the seventh working day, at the hour it was received.
    expect(confirmed.json()).toMatchObject({ state: 'received', agency: { code: AGENCIES.commune.code }, dueAt: '2026-12-16T03:00:00.000Z' });
    const { code } = confirmed.json() as { code: string };
    expect(code).toMatch(/^HD-2026-\d{6}$/);
    expect((await confirm(token)).json()).toMatchObject({ code: 'confirmation_unknown' });

    const toAssign = (await head.request('GET', '/api/v1/questions?view=to_assign')).json();
    expect(toAssign.total).toBe(1);
    const question = toAssign.items[0];
    expect(question).toMatchObject({ code, state: 'received', stateLabel: 'Đã tiếp nhận', asker: { name: ASKER.name, channel: 'email', contact: ASKER.email }, actions: ['assign', 'transfer'] });
    const url = `/api/v1/questions/${question.id}`;

    // Another commune's officers do not know it exists; they may not list this commune's questions.
    expect((await otherLeader.request('GET', url)).statusCode).toBe(404);
    expect((await otherLeader.request('POST', `${url}/approve`)).statusCode).toBe(404);
    const elsewhere = await otherLeader.request('GET', `/api/v1/questions?agency=${AGENCIES.commune.code}`);
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json()).toMatchObject({ rule: 'see-questions' });

    expect((await head.request('POST', `${url}/assign`, { assigneeId: specialistId })).json()).toMatchObject({ state: 'assigned', assignee: { id: specialistId } });
    expect((await specialist.request('GET', '/api/v1/questions?view=mine')).json().items.map((item: { code: string }) => item.code)).toEqual([code]);
    const notTheirs = await specialist2.request('POST', `${url}/answer`, { answer: ANSWER });
    expect(notTheirs.statusCode).toBe(403);
    expect((await specialist.request('POST', `${url}/answer`, { answer: 'Nộp tờ khai.' })).json()).toMatchObject({ state: 'answered', answer: 'Nộp tờ khai.' });

    const bySpecialist = await specialist.request('POST', `${url}/approve`);
    expect(bySpecialist.statusCode).toBe(403);
    expect(bySpecialist.json()).toMatchObject({ code: 'forbidden', rule: 'take-question-step' });
    expect((await leader.request('GET', '/api/v1/questions?view=to_approve')).json().total).toBe(1);
    expect((await leader.request('POST', `${url}/return`, { comment: 'Nêu đủ giấy tờ và cách ghi phần người cha.' })).json()).toMatchObject({ state: 'assigned' });
    expect((await specialist.request('POST', `${url}/answer`, { answer: ANSWER })).json()).toMatchObject({ state: 'answered', answer: ANSWER });
    const early = await leader.request('POST', `${url}/publish`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'invalid_transition' });

    expect((await leader.request('POST', `${url}/approve`)).json()).toMatchObject({ state: 'approved', actions: ['publish'] });
    const [answerMail] = await newMails();
    expect(recipientOf(answerMail!)).toBe(ASKER.email);
    expect(answerMail!.subject).toBe(`Trả lời câu hỏi ${code} / The answer to your question`);
    expect(answerMail!.text).toContain(ANSWER);
    expect(answerMail!.text).toContain(AGENCIES.commune.name);

    const search = (query: string) => m.t.app.inject({ method: 'GET', url: `/api/public/questions?${query}` });
    expect((await search('q=khai+sinh')).json().total).toBe(0);
    const published = await leader.request('POST', `${url}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publication).toMatchObject({
      title: QUESTION.title,
      body: 'Tôi là [người hỏi], điện thoại [số điện thoại]. Con tôi sinh tháng 11/2026, cha mẹ chưa đăng ký kết hôn. Khi đăng ký khai sinh cần giấy tờ gì?',
      answer: ANSWER,
    });

    for (const query of ['q=dang+ky+khai+sinh+ket+hon', 'q=khai+snh+chua+ket+hon', `procedure=${BIRTH_REGISTRATION.code}`, 'field=ho-tich&q=Giấy+chứng+sinh']) {
      const found = await search(query);
      expect(found.json().items.map((item: { code: string }) => item.code), query).toEqual([code]);
    }
    expect((await search('q=thue+dat+nong+nghiep')).json().total).toBe(0);

    const shown = await m.t.app.inject({ method: 'GET', url: `/api/public/questions/${code}` });
    expect(shown.json()).toMatchObject({ code, title: QUESTION.title, answer: ANSWER, procedure: { code: BIRTH_REGISTRATION.code }, agency: { name: AGENCIES.commune.name } });
    const procedure = await m.t.app.inject({ method: 'GET', url: `/api/public/procedures/${BIRTH_REGISTRATION.code}` });
    expect(procedure.json().questions).toEqual([{ code, title: QUESTION.title, answer: ANSWER, publishedAt: m.t.clock.at.toISOString() }]);
    for (const answer of [shown.body, procedure.body, (await search('q=khai+sinh')).body]) {
      for (const personal of [ASKER.name, ASKER.email, '0912 345 678', '0912345678']) expect(answer).not.toContain(personal);
    }

    const history = (await leader.request('GET', url)).json().history;
    expect(history.map((event: { action: string; actor: string }) => [event.action, event.actor])).toEqual([
      ['confirm', 'Người hỏi'],
      ['assign', 'Phạm Văn Trưởng'],
      ['answer', 'Trần Văn Chuyên'],
      ['return', 'Hoàng Văn Chủ Tịch'],
      ['answer', 'Trần Văn Chuyên'],
      ['approve', 'Hoàng Văn Chủ Tịch'],
      ['publish', 'Hoàng Văn Chủ Tịch'],
    ]);
    expect(history[3].note).toBe('Nêu đủ giấy tờ và cách ghi phần người cha.');
    const audited = await m.t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_type = 'question' ORDER BY seq`);
    expect(audited.rows.map((row) => row.action)).toEqual(['question.ask', 'question.confirm', 'question.assign', 'question.answer', 'question.return', 'question.answer', 'question.approve', 'question.publish']);
    await expect(m.t.db.query(`UPDATE question_events SET note = 'sửa'`)).rejects.toThrow(/append-only/);

    // Taken off the portal, it is found no more.
    expect((await leader.request('POST', `${url}/unpublish`, { reason: 'Quy định đã thay đổi.' })).json()).toMatchObject({ state: 'approved' });
    expect((await search('q=khai+sinh')).json().total).toBe(0);
    expect((await m.t.app.inject({ method: 'GET', url: `/api/public/questions/${code}` })).statusCode).toBe(404);
  });

  it('takes a signed-in citizen’s question at once, and shows it overdue past its seventh working day', async () => {
    m.t.clock.at = START;
    const citizen = await registerCitizen(m.t.app, { fullName: 'Lê Văn Công Dân', email: 'cong.dan@example.com' });
    const asked = await citizen.request('POST', '/api/citizen/questions', { fieldCode: 'ho-tich', title: 'Trích lục khai sinh bản sao', body: 'Xin bản sao trích lục khai sinh ở đâu?' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ state: 'received', agency: { code: AGENCIES.commune.code }, dueAt: '2026-12-16T02:00:00.000Z' });
    const mine = (await head.request('GET', '/api/v1/questions?view=to_assign')).json().items.find((item: { code: string }) => item.code === asked.json().code);
    expect(mine).toMatchObject({ asker: { name: 'Lê Văn Công Dân', contact: 'cong.dan@example.com', citizenAccount: true }, overdue: false });

    m.t.clock.at = new Date('2026-12-16T10:00:00+07:00');
    const overdue = (await head.request('GET', '/api/v1/questions?view=overdue')).json();
    expect(overdue.items.map((item: { code: string; overdue: boolean }) => [item.code, item.overdue])).toEqual([[asked.json().code, true]]);
  });

  it('lets one contact ask three questions a day, sends the link by SMS, and refuses an expired link', async () => {
    m.t.clock.at = START;
    const phoneAsker = { name: 'Phạm Văn Nhắn', phone: '+84 987 654 321', procedureCode: BIRTH_REGISTRATION.code, title: 'Hỏi về lệ phí', body: 'Khai sinh có mất lệ phí không?' };
    const before = await count('questions');
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) expect((await ask(phoneAsker, address)).statusCode).toBe(202);
    // The same number written otherwise, from yet another address: the same contact.
    const fourth = await ask({ ...phoneAsker, phone: '0987.654.321' }, '198.51.100.4');
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json()).toMatchObject({ code: 'too_many_questions' });
    expect(await count('questions')).toBe(before + 3);

    await m.drain();
    const texts = m.carrier.requests.filter((request) => request.to === '84987654321');
    expect(texts).toHaveLength(3);
    const token = confirmationToken(texts[0]!.text);

    // Two days and an hour later the link is refused, and the question is dropped unseen.
    m.t.clock.at = new Date(START.getTime() + 49 * HOUR);
    const late = await confirm(token);
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ code: 'confirmation_expired', field: 'token' });
    expect(await purgeUnconfirmedQuestions(m.t.db, m.t.clock.at)).toBe(3);
    expect((await confirm(token)).statusCode).toBe(404);
    expect(await count('questions')).toBe(before);
    // A day later the contact may ask again.
    expect((await ask(phoneAsker, '198.51.100.5')).statusCode).toBe(202);
  });

  it('refuses bad questions with the field at fault, writing nothing', async () => {
    m.t.clock.at = START;
    const base = { name: 'Ngô Thị Sai', email: 'sai@example.com', procedureCode: BIRTH_REGISTRATION.code, title: 'Câu hỏi', body: 'Nội dung câu hỏi.' };
    const [questions, outbox] = [await count('questions'), await count('outbox')];
    const cases: Array<[Record<string, unknown>, number, string, string | undefined]> = [
      [{ ...base, email: undefined }, 400, 'contact_required', 'email'],
      [{ ...base, email: undefined, phone: '0212345678' }, 400, 'invalid_input', 'phone'],
      [{ ...base, procedureCode: '1.999999' }, 400, 'unknown_procedure', 'procedureCode'],
      [{ ...base, procedureCode: undefined }, 400, 'topic_required', 'procedureCode'],
      [{ ...base, procedureCode: undefined, fieldCode: 'khong-co' }, 400, 'unknown_field', 'fieldCode'],
      [{ ...base, agencyCode: AGENCIES.otherCommune.code }, 400, 'agency_not_competent', 'agencyCode'],
      [{ ...base, title: '   ' }, 400, 'validation_failed', undefined],
      [{ ...base, answer: 'tự trả lời' }, 400, 'validation_failed', undefined],
    ];
    for (const [body, status, code, field] of cases) {
      const response = await ask(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json(), JSON.stringify(body)).toMatchObject({ code, ...(field && { field }) });
    }
    expect([await count('questions'), await count('outbox')]).toEqual([questions, outbox]);

    const [question] = (await m.t.db.query<{ id: string }>(`SELECT id FROM questions WHERE state = 'received' LIMIT 1`)).rows;
    const events = await count('question_events');
    const wrongAssignee = await head.request('POST', `/api/v1/questions/${question!.id}/assign`, { assigneeId: (await m.t.db.query<{ id: string }>(`SELECT id FROM officers WHERE username = 'other.specialist'`)).rows[0]!.id });
    expect(wrongAssignee.json()).toMatchObject({ code: 'invalid_input', field: 'assigneeId' });
    expect((await head.request('POST', `/api/v1/questions/${question!.id}/transfer`, { agencyCode: AGENCIES.commune.code, reason: 'Nhầm.' })).json()).toMatchObject({ field: 'agencyCode' });
    expect(await count('question_events')).toBe(events);

    // Transferred, it is the department's: the commune's head sees where it went, and no longer has it.
    const transferred = await head.request('POST', `/api/v1/questions/${question!.id}/transfer`, { agencyCode: AGENCIES.department.code, reason: 'Thuộc thẩm quyền của Sở Tư pháp.' });
    expect(transferred.json()).toMatchObject({ state: 'received', agency: { code: AGENCIES.department.code }, assignee: null, actions: [] });
    expect((await head.request('GET', `/api/v1/questions/${question!.id}`)).statusCode).toBe(404);
    const departmentLeader = await signIn(m.t.app, 'dept.leader');
    expect((await departmentLeader.request('GET', `/api/v1/questions/${question!.id}`)).json().history.at(-1)).toMatchObject({ action: 'transfer', note: 'Thuộc thẩm quyền của Sở Tư pháp.' });
  });
});
