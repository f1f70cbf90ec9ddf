import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelMeetingOfRecalled, inviteToMeeting, remindInvitees } from '../src/modules/meetings/index.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { calendarOf, recipientOf } from './support/meeting-mail.js';
import { type MessagingApp, startMessagingApp } from './support/messaging-app.js';
import { AGENCIES } from './support/province.js';

/** Monday 7 December 2026, 09:00 in Vietnam. */
const START = new Date('2026-12-07T09:00:00+07:00');
/** The meeting: Thursday 10 December 2026, 08:30–11:00. */
const MEETING = {
  startsAt: '2026-12-10T08:30:00+07:00',
  endsAt: '2026-12-10T11:00:00+07:00',
  place: 'Phòng họp số 2, trụ sở UBND xã Hòa Bình',
  chair: 'Ông Hoàng Văn Chủ Tịch, Chủ tịch UBND xã',
  agenda: 'Sơ kết công tác cải cách hành chính năm 2026; phương hướng, nhiệm vụ năm 2027',
};
const SUBJECT = 'Họp sơ kết công tác cải cách hành chính năm 2026';
const OUTSIDER = { name: 'Ông Nguyễn Văn Ngoài', email: 'ngoai@example.com' };
const GUEST = { name: 'Bà Trần Thị Khách', email: 'khach@example.com' };
const COLLEAGUE_EMAIL = 'hai@hoabinh.example.vn';

interface Meeting {
  sequence: number;
  place: string;
  invitedAt: string | null;
  cancelledAt: string | null;
  reminderAt: string;
  invitees: Array<{ kind: string; name: string; email: string; answer: string; delegateName: string; lastMail: { kind: string; status: string } | null }>;
  answers: { pending: number; accepted: number; declined: number };
}

const linkIn = (mail: ParsedMail) => /https:\/\/dichvucong\.example\.vn\/giay-moi\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;

describe.each(ENGINES)('meeting invitations (giấy mời) on $name', (engine) => {
  let m: MessagingApp;
  let author: Session;
  let head: Session;
  let clerk: Session;
  let otherSpecialist: Session;
  let departmentLeader: Session;
  let documentId: string;
  let tokens: Record<string, string>;
  const url = () => `/api/v1/documents/${documentId}/meeting`;
  /** The mails received since the last look, by recipient. */
  let seen = 0;
  const newMails = async () => {
    await m.drain();
    const mails = m.mailbox.received.slice(seen);
    seen = m.mailbox.received.length;
    return new Map(mails.map((mail) => [recipientOf(mail), mail]));
  };

  beforeAll(async () => {
    m = await startMessagingApp(engine, START);
    m.t.config.publicUrl = 'https://dichvucong.example.vn';
    [author, head, clerk, otherSpecialist, departmentLeader] = await Promise.all([
      signIn(m.t.app, 'specialist'),
      signIn(m.t.app, 'head'),
      signIn(m.t.app, 'clerk'),
      signIn(m.t.app, 'other.specialist'),
      signIn(m.t.app, 'dept.leader'),
    ]);
    const { officerIds, agencyIds } = m.t.province;
    await m.t.db.query('UPDATE officers SET email = $2 WHERE id = $1', [officerIds['specialist2'], COLLEAGUE_EMAIL]);
    // The draft giấy mời as the outgoing course leaves it: an outgoing document of type GM its author holds.
    const { rows } = await m.t.db.query<{ id: string }>(
      `INSERT INTO documents (agency_id, direction, type, subject, state, registered_by, created_at, updated_at)
       VALUES ($1, 'outgoing', 'invitation', $2, 'draft', $3, $4, $4) RETURNING id`,
      [agencyIds.commune, SUBJECT, officerIds['specialist'], START],
    );
    documentId = rows[0]!.id;
  });
  afterAll(() => m.close());

  const invitees = () => [
    { officerId: m.t.province.officerIds['specialist2'] },
    { agencyCode: AGENCIES.department.code },
    OUTSIDER,
    GUEST,
  ];

  it('sets the meeting on the draft, for its author only, and checks it', async () => {
    const tooEarly = await author.request('POST', url(), { ...MEETING, endsAt: '2026-12-10T08:00:00+07:00', invitees: invitees() });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json()).toMatchObject({ code: 'invalid_meeting', field: 'endsAt', message: 'Thời gian kết thúc phải sau thời gian bắt đầu.' });
    const nowhere = await author.request('POST', url(), { ...MEETING, place: '', invitees: invitees() });
    expect(nowhere.json()).toMatchObject({ code: 'invalid_meeting', field: 'place' });
    const twice = await author.request('POST', url(), { ...MEETING, invitees: [OUTSIDER, { ...OUTSIDER, email: 'NGOAI@example.com' }] });
    expect(twice.json()).toMatchObject({ code: 'invitee_repeated', field: 'invitees/1' });

    const created = await author.request('POST', url(), { ...MEETING, invitees: invitees() });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      startsAt: '2026-12-10T08:30:00+07:00',
      place: MEETING.place,
      sequence: 0,
      invitedAt: null,
      reminderAt: '2026-12-09T08:00:00+07:00',
      invitees: [
        { kind: 'officer', name: 'Lê Thị Hai', email: COLLEAGUE_EMAIL, answer: 'pending' },
        { kind: 'agency', name: AGENCIES.department.name, email: '' },
        { kind: 'outside', ...OUTSIDER },
        { kind: 'outside', ...GUEST },
      ],
    });
    expect((await author.request('POST', url(), { ...MEETING, invitees: invitees() })).json()).toMatchObject({ code: 'meeting_exists' });

    const edited = await author.request('PUT', url(), { ...MEETING, place: 'Hội trường UBND xã Hòa Bình' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ place: 'Hội trường UBND xã Hòa Bình', sequence: 0, invitees: { length: 4 } });
    expect(await newMails()).toEqual(new Map());
  });

  it('keeps other officers out: another agency sees nothing, a colleague who is not its author cannot set it', async () => {
    for (const outsider of [otherSpecialist, departmentLeader]) {
      expect((await outsider.request('GET', url())).statusCode).toBe(404);
      expect((await outsider.request('PUT', url(), MEETING)).statusCode).toBe(404);
    }
    const refused = await head.request('PUT', url(), MEETING);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ rule: 'arrange-meeting' });
    expect((await head.request('GET', url())).statusCode).toBe(200);
  });

  it('invites everyone at release: an e-mail with the calendar and a personal link to each who has an address', async () => {
    await m.t.db.transaction(async (tx) => {
      await tx.query(`UPDATE documents SET state = 'released', number = 15, symbol = 'GM-UBND', number_symbol = '15/GM-UBND', document_date = '2026-12-07' WHERE id = $1`, [documentId]);
      expect(await inviteToMeeting(tx, m.t.context, { kind: 'system', ip: '127.0.0.1' }, documentId)).toBe(4);
    });
    await m.t.db.transaction(async (tx) => expect(await inviteToMeeting(tx, m.t.context, { kind: 'system', ip: '127.0.0.1' }, documentId)).toBe(0));

    const mails = await newMails();
    expect([...mails.keys()].sort()).toEqual([COLLEAGUE_EMAIL, GUEST.email, OUTSIDER.email].sort());
    const mail = mails.get(OUTSIDER.email)!;
    expect(mail.subject).toBe(`Giấy mời họp: ${SUBJECT} / Meeting invitation`);
    expect(mail.text).toContain('Kính gửi Ông Nguyễn Văn Ngoài,');
    expect(mail.text).toContain('Giấy mời số 15/GM-UBND');
    expect(mail.text).toContain('Thời gian: 08:30 – 11:00 ngày 10/12/2026');
    const { method, event } = calendarOf(mail);
    expect(method).toBe('REQUEST');
    expect(event.uid).toBe(`${documentId}@dichvucong.example.vn`);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate()).toEqual(new Date(MEETING.startsAt));
    expect(event.endDate.toJSDate()).toEqual(new Date(MEETING.endsAt));
    expect(event.summary).toBe(SUBJECT);
    expect(event.location).toBe('Hội trường UBND xã Hòa Bình');
    expect(event.description).toContain(`Nội dung: ${MEETING.agenda}`);
    expect(event.organizer).toBe('mailto:motcua@hoabinh.example.vn');
    const attendees = event.attendees.map((attendee) => ({
      name: attendee.getParameter('cn'),
      address: attendee.getFirstValue(),
      status: attendee.getParameter('partstat'),
    }));
    expect(attendees).toEqual([
      { name: 'Lê Thị Hai', address: `mailto:${COLLEAGUE_EMAIL}`, status: 'NEEDS-ACTION' },
      { name: AGENCIES.department.name, address: expect.stringMatching(/^urn:uuid:/), status: 'NEEDS-ACTION' },
      { name: OUTSIDER.name, address: `mailto:${OUTSIDER.email}`, status: 'NEEDS-ACTION' },
      { name: GUEST.name, address: `mailto:${GUEST.email}`, status: 'NEEDS-ACTION' },
    ]);
    tokens = Object.fromEntries([...mails].map(([address, received]) => [address, linkIn(received)]));
    expect(new Set(Object.values(tokens)).size).toBe(3);
    // Kept hashed: no row holds a link's token as it was sent.
    const { rows } = await m.t.db.query('SELECT 1 FROM meeting_invitees WHERE token_hash = ANY($1) OR encode(sealed_token, $2) = ANY($1)', [Object.values(tokens), 'escape']);
    expect(rows).toEqual([]);
  });

  it('takes the answers by link: a confirmation, a decline naming a delegate on the page, a decline outright', async () => {
    const invitation = await m.t.app.inject({ method: 'GET', url: `/api/v1/meeting-invitations/${tokens[OUTSIDER.email]}` });
    expect(invitation.json()).toMatchObject({ inviteeName: OUTSIDER.name, numberSymbol: '15/GM-UBND', answer: 'pending', answerable: true });
    const accepted = await m.t.app.inject({ method: 'POST', url: `/api/v1/meeting-invitations/${tokens[OUTSIDER.email]}/answer`, payload: { answer: 'accepted' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ answer: 'accepted' });
    const mixed = await m.t.app.inject({ method: 'POST', url: `/api/v1/meeting-invitations/${tokens[OUTSIDER.email]}/answer`, payload: { answer: 'accepted', delegateName: 'Ai đó' } });
    expect(mixed.json()).toMatchObject({ code: 'delegate_with_decline', field: 'delegateName' });

    const page = await m.t.app.inject({ method: 'GET', url: `/giay-moi/${tokens[GUEST.email]}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="vi">');
    expect(page.body).toContain('Kính gửi Bà Trần Thị Khách,');
    expect(page.body).toContain('Hội trường UBND xã Hòa Bình');
    const posted = await m.t.app.inject({
      method: 'POST',
      url: `/giay-moi/${tokens[GUEST.email]}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ answer: 'declined', delegateName: 'Ông Lê Văn Phó, Phó phòng', note: 'Bận công tác' }).toString(),
    });
    expect(posted.statusCode, posted.body).toBe(303);
    const after = await m.t.app.inject({ method: 'GET', url: posted.headers.location as string });
    expect(after.body).toContain('Đã ghi nhận trả lời của ông/bà.');
    expect(after.body).toContain('Ông Lê Văn Phó, Phó phòng');

    const declined = await m.t.app.inject({ method: 'POST', url: `/api/v1/meeting-invitations/${tokens[COLLEAGUE_EMAIL]}/answer`, payload: { answer: 'declined' } });
    expect(declined.json()).toMatchObject({ answer: 'declined', delegateName: '' });
  });

  it('refuses a bad link plainly, as JSON and as a page', async () => {
    const unknown = 'A'.repeat(32);
    const json = await m.t.app.inject({ method: 'POST', url: `/api/v1/meeting-invitations/${unknown}/answer`, payload: { answer: 'accepted' } });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toMatchObject({ code: 'invitation_link_unknown', message: expect.stringContaining('Đường dẫn trả lời giấy mời không đúng') });
    const page = await m.t.app.inject({ method: 'GET', url: `/giay-moi/${unknown}` });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Đường dẫn trả lời giấy mời không đúng');
    expect((await m.t.app.inject({ method: 'GET', url: '/api/v1/meeting-invitations/short' })).statusCode).toBe(400);
  });

  it('lets invitees inside the installation answer in the back office: an officer their own, an agency’s leader for it', async () => {
    const colleague = await signIn(m.t.app, 'specialist2');
    const own = (await colleague.request('GET', '/api/v1/meeting-invitations/mine')).json() as { items: Array<{ id: string; numberSymbol: string; answer: string }> };
    expect(own.items).toEqual([expect.objectContaining({ numberSymbol: '15/GM-UBND', answer: 'declined', inviteeName: 'Lê Thị Hai' })]);
    const forDepartment = (await departmentLeader.request('GET', '/api/v1/meeting-invitations/mine')).json() as { items: Array<{ id: string; inviteeName: string }> };
    expect(forDepartment.items.map((item) => item.inviteeName)).toEqual([AGENCIES.department.name]);
    expect((await otherSpecialist.request('GET', '/api/v1/meeting-invitations/mine')).json()).toEqual({ items: [] });
    const answerUrl = `/api/v1/meeting-invitations/mine/${forDepartment.items[0]!.id}/answer`;
    for (const stranger of [otherSpecialist, colleague]) expect((await stranger.request('POST', answerUrl, { answer: 'accepted' })).statusCode).toBe(404);
    const answered = await departmentLeader.request('POST', answerUrl, { answer: 'accepted', note: 'Giám đốc Sở dự' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ answer: 'accepted', note: 'Giám đốc Sở dự' });
  });

  it('shows the organiser every answer', async () => {
    const meeting = (await clerk.request('GET', url())).json() as Meeting;
    expect(meeting.answers).toEqual({ pending: 0, accepted: 2, declined: 2 });
    expect(meeting.invitees.map(({ name, answer, delegateName }) => ({ name, answer, delegateName }))).toEqual([
      { name: 'Lê Thị Hai', answer: 'declined', delegateName: '' },
      { name: AGENCIES.department.name, answer: 'accepted', delegateName: '' },
      { name: OUTSIDER.name, answer: 'accepted', delegateName: '' },
      { name: GUEST.name, answer: 'declined', delegateName: 'Ông Lê Văn Phó, Phó phòng' },
    ]);
    expect(meeting.invitees[2]!.lastMail).toMatchObject({ kind: 'invitation', status: 'sent' });
  });

  it('reminds once, the day before, all but who declined outright', async () => {
    expect(await remindInvitees(m.t.db, new Date('2026-12-09T07:59:00+07:00'))).toBe(0);
    m.t.clock.at = new Date('2026-12-09T08:05:00+07:00');
    expect(await remindInvitees(m.t.db, m.t.clock.at)).toBe(3);
    expect(await remindInvitees(m.t.db, m.t.clock.at)).toBe(0);
    const mails = await newMails();
    expect([...mails.keys()].sort()).toEqual([GUEST.email, OUTSIDER.email].sort());
    expect(mails.get(OUTSIDER.email)!.subject).toBe(`Nhắc lịch họp ngày mai: ${SUBJECT} / Reminder: meeting tomorrow`);
  });

  it('sends a change as SEQUENCE 1 to those still coming, and the cancellation as METHOD:CANCEL', async () => {
    const fixed = await author.request('PUT', url(), { ...MEETING, invitees: [OUTSIDER] });
    expect(fixed.json()).toMatchObject({ code: 'meeting_invitees_fixed' });
    const moved = await author.request('PUT', url(), { ...MEETING, startsAt: '2026-12-10T14:00:00+07:00', endsAt: '2026-12-10T16:30:00+07:00', place: 'Phòng họp số 1' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ sequence: 1, place: 'Phòng họp số 1' });
    // Moved within its day: the reminder already sent stands.
    expect(await remindInvitees(m.t.db, m.t.clock.at)).toBe(0);
    let mails = await newMails();
    expect([...mails.keys()].sort()).toEqual([GUEST.email, OUTSIDER.email].sort());
    const update = calendarOf(mails.get(OUTSIDER.email)!);
    expect(update.method).toBe('REQUEST');
    expect(update.event.sequence).toBe(1);
    expect(update.event.location).toBe('Phòng họp số 1');
    expect(update.event.startDate.toJSDate()).toEqual(new Date('2026-12-10T14:00:00+07:00'));
    expect(update.event.attendees.map((attendee) => [attendee.getParameter('cn'), attendee.getParameter('partstat')])).toEqual([
      [AGENCIES.department.name, 'ACCEPTED'],
      [OUTSIDER.name, 'ACCEPTED'],
      [GUEST.name, 'DELEGATED'],
    ]);

    const cancelled = await clerk.request('POST', `${url()}/cancel`, { reason: 'Lãnh đạo đi công tác đột xuất' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ sequence: 2, cancelReason: 'Lãnh đạo đi công tác đột xuất' });
    mails = await newMails();
    expect([...mails.keys()].sort()).toEqual([GUEST.email, OUTSIDER.email].sort());
    const cancellation = calendarOf(mails.get(GUEST.email)!);
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.event.sequence).toBe(2);
    expect(cancellation.event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(mails.get(GUEST.email)!.subject).toMatch(/^Hủy cuộc họp: /);

    const late = await m.t.app.inject({ method: 'POST', url: `/api/v1/meeting-invitations/${tokens[OUTSIDER.email]}/answer`, payload: { answer: 'declined' } });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'meeting_cancelled' });
    expect((await clerk.request('POST', `${url()}/cancel`, { reason: 'Lần nữa' })).json()).toMatchObject({ code: 'meeting_cancelled' });
    const { rows } = await m.t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'meeting.%' ORDER BY seq`, [documentId]);
    expect(rows.map((row) => row.action)).toEqual(['meeting.set', 'meeting.edit', 'meeting.invite', 'meeting.answer', 'meeting.answer', 'meeting.answer', 'meeting.answer', 'meeting.change', 'meeting.cancel']);
  });

  it('calls the meeting off when its giấy mời is recalled, once', async () => {
    const { officerIds, agencyIds } = m.t.province;
    const system = { kind: 'system' as const, ip: '127.0.0.1' };
    const { rows } = await m.t.db.query<{ id: string }>(
      `INSERT INTO documents (agency_id, direction, type, subject, state, registered_by, created_at, updated_at)
       VALUES ($1, 'outgoing', 'invitation', 'Họp giao ban tháng 12', 'draft', $2, $3, $3) RETURNING id`,
      [agencyIds.commune, officerIds['specialist'], m.t.clock.at],
    );
    const recalled = rows[0]!.id;
    const set = await author.request('POST', `/api/v1/documents/${recalled}/meeting`, { ...MEETING, startsAt: '2026-12-11T08:00:00+07:00', endsAt: '2026-12-11T09:00:00+07:00', invitees: [OUTSIDER] });
    expect(set.statusCode, set.body).toBe(201);
    await m.t.db.transaction(async (tx) => {
      await tx.query(`UPDATE documents SET state = 'released', number_symbol = '16/GM-UBND' WHERE id = $1`, [recalled]);
      await inviteToMeeting(tx, m.t.context, system, recalled);
    });
    expect([...(await newMails()).keys()]).toEqual([OUTSIDER.email]);
    await m.t.db.transaction(async (tx) => {
      await tx.query(`UPDATE documents SET state = 'recalled' WHERE id = $1`, [recalled]);
      expect(await cancelMeetingOfRecalled(tx, m.t.context, system, recalled, 'Giấy mời ban hành nhầm')).toBe(true);
      expect(await cancelMeetingOfRecalled(tx, m.t.context, system, recalled, 'Lần nữa')).toBe(false);
    });
    const mails = await newMails();
    expect([...mails.keys()]).toEqual([OUTSIDER.email]);
    const { method, event } = calendarOf(mails.get(OUTSIDER.email)!);
    expect([method, event.sequence]).toEqual(['CANCEL', 1]);
    expect(mails.get(OUTSIDER.email)!.text).toContain('Lý do: Giấy mời ban hành nhầm');
    expect((await clerk.request('GET', `/api/v1/documents/${recalled}/meeting`)).json()).toMatchObject({ cancelReason: 'Giấy mời ban hành nhầm', sequence: 1 });
  });
});
