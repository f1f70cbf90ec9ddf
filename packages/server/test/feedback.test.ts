import type { AddressObject, ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeUnconfirmedFeedback } from '../src/modules/feedback/index.js';
import { registerCitizen } from './support/citizens.js';
import { APPLICANT, act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { type MessagingApp, startMessagingApp } from './support/messaging-app.js';
import { AGENCIES, BIRTH_REGISTRATION } from './support/province.js';

/** Monday 7 December 2026, 09:00 in Vietnam. */
const START = new Date('2026-12-07T09:00:00+07:00');
const HOUR = 3_600_000;
const DECEMBER = '/api/public/scorecard?from=2026-12-01&to=2026-12-31';

const recipientOf = (mail: ParsedMail) => (mail.to as AddressObject).value[0]!.address;
const linkToken = (page: 'xac-nhan' | 'bo-sung', text: string) => new RegExp(`https?://[^/\\s]+/phan-anh-kien-nghi/${page}/([A-Za-z0-9_-]+)`).exec(text)![1]!;

describe.each(ENGINES)('feedback and petitions on $name', (engine) => {
  let m: MessagingApp;
  const s = {} as Record<'reception' | 'head' | 'specialist' | 'specialist2' | 'leader' | 'otherLeader' | 'provinceLeader', Session>;
  let specialistId: string;
  /** Two birth registrations of the applicant, both approved on time: the commune's satisfaction is full before any feedback. */
  const dossiers: string[] = [];
  let seenMails = 0;
  let seenSms = 0;
  const newMails = async () => {
    await m.drain();
    const mails = m.mailbox.received.slice(seenMails);
    seenMails = m.mailbox.received.length;
    return mails;
  };
  const newSms = async () => {
    await m.drain();
    const sent = m.carrier.requests.slice(seenSms);
    seenSms = m.carrier.requests.length;
    return sent;
  };
  const send = (body: Record<string, unknown>, remoteAddress = '203.0.113.9') => m.t.app.inject({ method: 'POST', url: '/api/public/feedback', payload: body, remoteAddress });
  const confirm = (token: string) => m.t.app.inject({ method: 'POST', url: '/api/public/feedback/confirm', payload: { token } });
  const at = (iso: string) => {
    m.t.clock.at = new Date(iso);
  };
  const communeSatisfaction = async () => {
    const response = await m.t.app.inject({ method: 'GET', url: DECEMBER });
    expect(response.statusCode, response.body).toBe(200);
    const commune = response.json().agencies.find((agency: { code: string }) => agency.code === AGENCIES.commune.code);
    return commune.groups.find((group: { key: string }) => group.key === 'satisfaction').points as number;
  };
  /** Sends by e-mail, confirms by the mailed link, and gives the feedback's id as the commune's head lists it. */
  const sentAndConfirmed = async (body: Record<string, unknown>) => {
    const sent = await send(body);
    expect(sent.statusCode, sent.body).toBe(202);
    const [confirmation] = await newMails();
    const confirmed = await confirm(linkToken('xac-nhan', confirmation!.text!));
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const { code } = confirmed.json() as { code: string };
    const { rows } = await m.t.db.query<{ id: string }>('SELECT id FROM feedbacks WHERE code = $1', [code]);
    return { id: rows[0]!.id, code, url: `/api/v1/feedback/${rows[0]!.id}` };
  };

  beforeAll(async () => {
    m = await startMessagingApp(engine, START);
    // The province's leader, above every agency of the test province.
    const dept = await m.t.db.query<{ id: string }>(`SELECT id FROM officers WHERE username = 'dept.leader'`);
    await m.t.db.query(`INSERT INTO officer_roles (officer_id, role, agency_id) VALUES ($1, 'agency_leader', $2)`, [dept.rows[0]!.id, m.t.province.agencyIds.province]);
    const names = { reception: 'reception', head: 'head', specialist: 'specialist', specialist2: 'specialist2', leader: 'leader', otherLeader: 'other.leader', provinceLeader: 'dept.leader' } as const;
    for (const [key, username] of Object.entries(names)) s[key as keyof typeof names] = await signIn(m.t.app, username);
    specialistId = (await m.t.db.query<{ id: string }>(`SELECT id FROM officers WHERE username = 'specialist'`)).rows[0]!.id;
    for (let index = 0; index < 2; index++) {
      const dossier = await receiveWalkIn(s.reception);
      const handed = await act(s.head, dossier.code, 'hand_over', await act(s.specialist, dossier.code, 'hand_over', dossier.version));
      await act(s.leader, dossier.code, 'approve', handed);
      dossiers.push(dossier.code);
    }
    await newMails();
    await newSms();
  });
  afterAll(() => m.close());

  it('refuses feedback on a dossier from a contact not its applicant’s, saying nothing of the dossier', async () => {
    const about = { name: 'Người Lạ', kind: 'feedback', title: 'Hồ sơ chậm', body: 'Hồ sơ của tôi bị chậm.' };
    const stranger = await send({ ...about, email: 'nguoi.la@example.vn', dossierCode: dossiers[0] });
    const unknown = await send({ ...about, email: APPLICANT.email, dossierCode: '001.01.01.H99-261207-9999' });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json()).toMatchObject({ code: 'dossier_not_matched', field: 'dossierCode' });
    expect(unknown.json()).toEqual(stranger.json());
    expect((await m.t.db.query('SELECT 1 FROM feedbacks')).rows).toEqual([]);
  });

  it('takes feedback on a dossier from its sender’s confirmation to its anonymised publication, the clock stopped while the sender is asked for more', async () => {
    expect(await communeSatisfaction()).toBe(18);
    const sent = await send({
      name: APPLICANT.name,
      email: APPLICANT.email,
      kind: 'feedback',
      dossierCode: dossiers[0],
      title: 'Cán bộ hướng dẫn chưa rõ ràng',
      body: `Tôi là ${APPLICANT.name}, điện thoại 0912 345 678. Khi nộp hồ sơ tôi phải đi lại hai lần vì hướng dẫn về giấy tờ chưa rõ.`,
    });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json()).toEqual({ state: 'unconfirmed', channel: 'email', confirmBy: new Date(START.getTime() + 48 * HOUR).toISOString() });
    // Nothing reaches the agency, nor its figures, before the contact is confirmed.
    expect((await s.head.request('GET', '/api/v1/feedback')).json()).toEqual({ items: [], total: 0 });
    expect(await communeSatisfaction()).toBe(18);

    const [confirmation] = await newMails();
    expect(recipientOf(confirmation!)).toBe(APPLICANT.email);
    expect(confirmation!.subject).toBe('Xác nhận phản ánh gửi Cổng Dịch vụ công / Confirm your feedback');
    const token = linkToken('xac-nhan', confirmation!.text!);
    expect(JSON.stringify((await m.t.db.query('SELECT * FROM feedbacks')).rows)).not.toContain(token);

    at('2026-12-07T10:00:00+07:00');
    const confirmed = await confirm(token);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    // To be sorted within 2 working days.
    expect(confirmed.json()).toMatchObject({ kind: 'feedback', state: 'received', agency: { code: AGENCIES.commune.code }, dueAt: '2026-12-09T03:00:00.000Z' });
    expect((await confirm(token)).json()).toMatchObject({ code: 'confirmation_unknown' });

    const toSort = (await s.head.request('GET', '/api/v1/feedback?view=to_sort')).json();
    expect(toSort.total).toBe(1);
    const feedback = toSort.items[0];
    expect(feedback).toMatchObject({
      kind: 'feedback',
      kindLabel: 'Phản ánh',
      subject: 'dossier',
      dossier: { code: dossiers[0] },
      stateLabel: 'Đã tiếp nhận, chờ phân loại',
      sender: { name: APPLICANT.name, channel: 'email', contact: APPLICANT.email, citizenAccount: false },
      overdue: false,
      actions: ['accept', 'refuse', 'request_information'],
    });
    const url = `/api/v1/feedback/${feedback.id}`;

    const accepted = await s.head.request('POST', `${url}/accept`, { assigneeId: specialistId });
    expect(accepted.statusCode, accepted.body).toBe(200);
    // Handled within 15 working days of its reception.
    expect(accepted.json()).toMatchObject({ state: 'in_handling', assignee: { name: 'Trần Văn Chuyên' }, dueAt: '2026-12-28T03:00:00.000Z' });

    const asked = await s.specialist.request('POST', `${url}/request-information`, { request: 'Ông/bà cho biết ngày đến nộp hồ sơ và tên cán bộ đã hướng dẫn.' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ state: 'awaiting_information', dueAt: null, awaitingSince: '2026-12-07T03:00:00.000Z' });
    const [request] = await newMails();
    expect(recipientOf(request!)).toBe(APPLICANT.email);
    expect(request!.text).toContain('Ông/bà cho biết ngày đến nộp hồ sơ');
    const replyToken = linkToken('bo-sung', request!.text!);

    // A working day later the sender answers: the handling deadline moves on by that day.
    at('2026-12-08T10:00:00+07:00');
    const supply = (information: string) => m.t.app.inject({ method: 'POST', url: '/api/public/feedback/information', payload: { token: replyToken, information } });
    const supplied = await supply('Tôi nộp ngày 7/12/2026, cán bộ tiếp nhận là chị Nguyễn Thị Tiếp Nhận.');
    expect(supplied.statusCode, supplied.body).toBe(200);
    expect(supplied.json()).toMatchObject({ state: 'in_handling', dueAt: '2026-12-29T03:00:00.000Z' });
    expect((await supply('lần nữa')).json()).toMatchObject({ code: 'reply_link_unknown' });
    expect((await s.specialist.request('GET', url)).json()).toMatchObject({ waitedWorkingMinutes: 480, suppliedInformation: expect.stringContaining('ngày 7/12/2026') });

    // Only the assigned specialist submits the answer; a specialist does not approve it.
    expect((await s.specialist2.request('POST', `${url}/answer`, { answer: 'Không phải của tôi.' })).statusCode).toBe(403);
    const answer = 'UBND xã đã rà soát, bổ sung hướng dẫn bằng văn bản về thành phần hồ sơ đăng ký khai sinh tại Bộ phận Một cửa.';
    expect((await s.specialist.request('POST', `${url}/answer`, { answer })).json()).toMatchObject({ state: 'answered', answer });
    expect((await s.specialist.request('POST', `${url}/approve`)).statusCode).toBe(403);
    expect((await s.leader.request('POST', `${url}/return`, { comment: 'Nêu rõ thời điểm áp dụng.' })).json()).toMatchObject({ state: 'in_handling' });
    const finalAnswer = `${answer} Áp dụng từ ngày 08/12/2026.`;
    expect((await s.specialist.request('POST', `${url}/answer`, { answer: finalAnswer })).json()).toMatchObject({ state: 'answered' });

    at('2026-12-09T10:00:00+07:00');
    const approved = await s.leader.request('POST', `${url}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    // To be published within 2 working days of its handling.
    expect(approved.json()).toMatchObject({ state: 'handled', handledAt: '2026-12-09T03:00:00.000Z', dueAt: '2026-12-11T03:00:00.000Z', actions: ['publish'] });
    const [outcome] = await newMails();
    expect(recipientOf(outcome!)).toBe(APPLICANT.email);
    expect(outcome!.text).toContain(finalAnswer);

    const published = await s.leader.request('POST', `${url}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publication.body).toBe('Tôi là [người gửi], điện thoại [số điện thoại]. Khi nộp hồ sơ tôi phải đi lại hai lần vì hướng dẫn về giấy tờ chưa rõ.');
    expect(published.json().history.map((event: { action: string }) => event.action)).toEqual([
      'confirm',
      'accept',
      'request_information',
      'supply_information',
      'answer',
      'return',
      'answer',
      'approve',
      'publish',
    ]);

    // The public finds it without diacritics; it names neither the sender nor the dossier.
    const found = await m.t.app.inject({ method: 'GET', url: '/api/public/feedback?q=huong%20dan%20giay%20to' });
    expect(found.json()).toMatchObject({ total: 1, items: [{ code: feedback.code, answer: finalAnswer, agency: { code: AGENCIES.commune.code } }] });
    expect(found.body).not.toContain(APPLICANT.name);
    expect(found.body).not.toContain(dossiers[0]);
    expect((await m.t.app.inject({ method: 'GET', url: '/api/public/feedback?q=khong%20co%20tu%20nay' })).json()).toEqual({ items: [], total: 0 });
    expect((await m.t.app.inject({ method: 'GET', url: `/api/public/feedback/${feedback.code}` })).json()).toMatchObject({ code: feedback.code, subject: 'dossier', kind: 'feedback' });
  });

  it('routes a complaint to the competent body, never answers it, and counts its dossier against the commune’s satisfaction', async () => {
    at('2026-12-10T09:00:00+07:00');
    // Before: 2 of 2 finished on time; the dossier of the feedback above is already one complained about: 18 × 0.5/0.9 = 10.
    expect(await communeSatisfaction()).toBe(10);
    const sent = await send({
      name: APPLICANT.name,
      phone: APPLICANT.phone,
      kind: 'complaint',
      dossierCode: dossiers[1],
      title: 'Khiếu nại việc thu thêm phí',
      body: 'Tôi bị yêu cầu nộp thêm khoản phí không có trong quy định.',
    });
    expect(sent.statusCode, sent.body).toBe(202);
    const [sms] = await newSms();
    expect(sms!.to).toBe(APPLICANT.phone.replace(/^0/, '84'));
    const confirmed = await confirm(linkToken('xac-nhan', sms!.text));
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const { rows } = await m.t.db.query<{ id: string }>('SELECT id FROM feedbacks WHERE code = $1', [confirmed.json().code]);
    const url = `/api/v1/feedback/${rows[0]!.id}`;

    // Both dossiers complained about: 100 % − 2/2 = 0.
    expect(await communeSatisfaction()).toBe(0);

    expect((await s.head.request('GET', url)).json()).toMatchObject({ kind: 'complaint', kindLabel: 'Khiếu nại', actions: ['refuse', 'request_information', 'route'] });
    const accepted = await s.head.request('POST', `${url}/accept`, { assigneeId: specialistId });
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json()).toMatchObject({ code: 'decided_under_its_own_law' });
    const routed = await s.head.request('POST', `${url}/route`, { body: 'Thanh tra tỉnh Thử Nghiệm', reason: 'Khiếu nại về thu phí thuộc thẩm quyền giải quyết của Thanh tra tỉnh.' });
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json()).toMatchObject({ state: 'routed', routedTo: 'Thanh tra tỉnh Thử Nghiệm', dueAt: null, actions: [] });
    const [told] = await newSms();
    expect(told!.text).toContain('Thanh tra tỉnh Thử Nghiệm');
    const answered = await s.specialist.request('POST', `${url}/answer`, { answer: 'Không được trả lời ở đây.' });
    expect(answered.statusCode).toBe(409);
    expect(answered.json()).toMatchObject({ code: 'invalid_transition' });
    // Routed, it still counts: the dossier was complained about.
    expect(await communeSatisfaction()).toBe(0);
  });

  it('refuses feedback on a rule out of the agency’s scope, telling the sender why; feedback is not routed', async () => {
    const { url } = await sentAndConfirmed({
      name: 'Phạm Thị Kiến Nghị',
      email: 'kien.nghi@example.vn',
      kind: 'petition',
      rule: 'Quy định về giờ làm việc của Bộ phận Một cửa',
      agencyCode: AGENCIES.commune.code,
      title: 'Đề nghị mở cửa sáng thứ Bảy',
      body: 'Đề nghị Bộ phận Một cửa làm việc sáng thứ Bảy để người đi làm nộp hồ sơ.',
    });
    const detail = (await s.head.request('GET', url)).json();
    expect(detail).toMatchObject({ kind: 'petition', subject: 'rule', rule: 'Quy định về giờ làm việc của Bộ phận Một cửa', dossier: null, agency: { code: AGENCIES.commune.code } });
    const routed = await s.head.request('POST', `${url}/route`, { body: 'UBND tỉnh', reason: 'Thử chuyển.' });
    expect(routed.json()).toMatchObject({ code: 'handled_here' });
    const refused = await s.head.request('POST', `${url}/refuse`, { reason: 'Giờ làm việc do UBND tỉnh quy định, không thuộc thẩm quyền của xã.' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ state: 'refused', dueAt: null, actions: [] });
    const [told] = await newMails();
    expect(recipientOf(told!)).toBe('kien.nghi@example.vn');
    expect(told!.text).toContain('Giờ làm việc do UBND tỉnh quy định');
    // A rule feedback must name its agency when it names no procedure.
    const nowhere = await send({ name: 'Ai Đó', email: 'ai.do@example.vn', kind: 'feedback', rule: 'Một quy định', title: 'Tiêu đề', body: 'Nội dung.' });
    expect(nowhere.json()).toMatchObject({ code: 'agency_required', field: 'agencyCode' });
  });

  it('keeps each agency’s feedback to its own officers, and shows the overdue to the leaders above', async () => {
    at('2026-12-10T09:00:00+07:00');
    const { url, code } = await sentAndConfirmed({
      name: 'Đặng Văn Chờ',
      email: 'dang.cho@example.vn',
      kind: 'feedback',
      rule: 'Quy định về niêm yết thủ tục',
      agencyCode: AGENCIES.commune.code,
      title: 'Bảng niêm yết bị che khuất',
      body: 'Bảng niêm yết thủ tục ở trụ sở xã bị tủ hồ sơ che khuất.',
    });
    expect((await s.otherLeader.request('GET', url)).statusCode).toBe(404);
    expect((await s.otherLeader.request('POST', `${url}/refuse`, { reason: 'Không phải của xã tôi.' })).statusCode).toBe(404);
    expect((await s.otherLeader.request('GET', `/api/v1/feedback?agency=${AGENCIES.commune.code}`)).statusCode).toBe(403);
    expect((await s.reception.request('GET', url)).statusCode).toBe(404);

    // Not sorted within 2 working days (Thursday 10 to Monday 14, 09:00): overdue.
    at('2026-12-14T09:30:00+07:00');
    const overdueCodes = async (session: Session, agency: string) => {
      const response = await session.request('GET', `/api/v1/feedback?view=overdue&agency=${agency}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items.map((item: { code: string; overdue: boolean }) => [item.code, item.overdue]);
    };
    expect(await overdueCodes(s.leader, AGENCIES.commune.code)).toEqual([[code, true]]);
    expect(await overdueCodes(s.provinceLeader, AGENCIES.province.code)).toEqual([[code, true]]);
    expect(await overdueCodes(s.otherLeader, AGENCIES.otherCommune.code)).toEqual([]);
    // The leader above sees it, but does not handle it.
    expect((await s.provinceLeader.request('GET', url)).json()).toMatchObject({ code, actions: [] });
    expect((await s.provinceLeader.request('POST', `${url}/refuse`, { reason: 'Thử.' })).statusCode).toBe(403);
  });

  it('limits each contact’s feedback per day, and drops the unconfirmed unseen', async () => {
    at('2026-12-15T09:00:00+07:00');
    const body = { name: 'Người Gửi Nhiều', email: 'gui.nhieu@example.vn', kind: 'feedback', rule: 'Quy định X', agencyCode: AGENCIES.commune.code, title: 'Tiêu đề', body: 'Nội dung.' };
    for (let sent = 0; sent < 3; sent++) expect((await send(body)).statusCode).toBe(202);
    const fourth = await send(body);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json()).toMatchObject({ code: 'too_many_feedbacks' });
    expect(await purgeUnconfirmedFeedback(m.t.db, new Date(m.t.clock.at.getTime() + 49 * HOUR))).toBe(3);
    expect((await m.t.db.query(`SELECT 1 FROM feedbacks WHERE contact = 'gui.nhieu@example.vn'`)).rows).toEqual([]);
  });

  it('takes a signed-in citizen’s feedback at once, about the dossiers of their own contact only', async () => {
    at('2026-12-15T10:00:00+07:00');
    const stranger = await registerCitizen(m.t.app, { fullName: 'Vũ Thị Công Dân', email: 'cong.dan@example.vn' });
    const aboutDossier = { kind: 'feedback', dossierCode: dossiers[0], title: 'Hồ sơ của người khác', body: 'Tôi muốn phản ánh về hồ sơ này.' };
    expect((await stranger.request('POST', '/api/citizen/feedback', aboutDossier)).json()).toMatchObject({ code: 'dossier_not_matched' });
    const aboutRule = await stranger.request('POST', '/api/citizen/feedback', {
      kind: 'petition',
      rule: 'Thành phần hồ sơ đăng ký khai sinh',
      procedureCode: BIRTH_REGISTRATION.code,
      title: 'Bỏ yêu cầu bản sao giấy tờ',
      body: 'Đề nghị không yêu cầu bản sao giấy tờ đã có trong cơ sở dữ liệu.',
    });
    expect(aboutRule.statusCode, aboutRule.body).toBe(201);
    // The procedure's agency, to be sorted within 2 working days.
    expect(aboutRule.json()).toMatchObject({ kind: 'petition', state: 'received', agency: { code: AGENCIES.commune.code }, dueAt: '2026-12-17T03:00:00.000Z' });

    const applicant = await registerCitizen(m.t.app, { fullName: APPLICANT.name, email: APPLICANT.email });
    const own = await applicant.request('POST', '/api/citizen/feedback', { ...aboutDossier, title: 'Thời gian chờ', body: 'Thời gian chờ tại Bộ phận Một cửa quá lâu.' });
    expect(own.statusCode, own.body).toBe(201);
    const { rows } = await m.t.db.query<{ id: string }>('SELECT id FROM feedbacks WHERE code = $1', [own.json().code]);
    const detail = (await s.head.request('GET', `/api/v1/feedback/${rows[0]!.id}`)).json();
    expect(detail).toMatchObject({ sender: { name: APPLICANT.name, contact: APPLICANT.email, citizenAccount: true }, dossier: { code: dossiers[0] } });
    expect(detail.history).toMatchObject([{ action: 'send', fromState: null, toState: 'received', actor: APPLICANT.name }]);
  });
});
