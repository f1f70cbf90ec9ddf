import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { calendarOf, recipientOf } from './support/meeting-mail.js';
import { type MessagingApp, startMessagingApp } from './support/messaging-app.js';
import { communeSigns, throughToSignature } from './support/outgoing.js';
import { AGENCIES } from './support/province.js';

/** Monday 7 December 2026, 09:00 in Vietnam; the meeting is on Thursday. */
const START = new Date('2026-12-07T09:00:00+07:00');
const GUEST = { name: 'Bà Trần Thị Khách', email: 'khach@example.com' };

/**
 * A giấy mời through the outgoing course over HTTP: drafted, its meeting set, reviewed, signed and
 * released by the clerk; the release invites the meeting's invitees (an e-mail with the .ics, the
 * department's copy in its incoming register); one without a meeting is not released.
 */
describe.each(ENGINES)('a giấy mời released through the outgoing course on $name', (engine) => {
  let m: MessagingApp;
  let specialist: Session;
  let head: Session;
  let clerk: Session;
  let leader: Session;

  const draftInvitation = async () => {
    const response = await specialist.request('POST', '/api/v1/documents/outgoing', {
      type: 'invitation',
      subject: 'Giấy mời họp sơ kết công tác cải cách hành chính năm 2026',
      signerId: m.t.province.officerIds['leader'],
      recipients: { agencies: [AGENCIES.department.code] },
      body: { text: 'Ủy ban nhân dân xã trân trọng kính mời dự họp sơ kết công tác cải cách hành chính năm 2026.' },
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const step = (who: Session, id: string, action: string) => who.request('POST', `/api/v1/documents/outgoing/${id}/${action}`, {});

  beforeAll(async () => {
    m = await startMessagingApp(engine, START);
    m.t.config.publicUrl = 'https://dichvucong.example.vn';
    [specialist, head, clerk, leader] = await Promise.all([signIn(m.t.app, 'specialist'), signIn(m.t.app, 'head'), signIn(m.t.app, 'clerk'), signIn(m.t.app, 'leader')]);
    await communeSigns(m.t.db, m.t.province, await signIn(m.t.app, 'admin'));
  });
  afterAll(() => m.close());

  it('invites at release: the invitation e-mail with the meeting, under the number the release drew', async () => {
    const id = await draftInvitation();
    const set = await specialist.request('POST', `/api/v1/documents/${id}/meeting`, {
      startsAt: '2026-12-10T08:30:00+07:00',
      endsAt: '2026-12-10T11:00:00+07:00',
      place: 'Hội trường UBND xã Hòa Bình',
      chair: 'Ông Hoàng Văn Chủ Tịch, Chủ tịch UBND xã',
      agenda: 'Sơ kết công tác cải cách hành chính năm 2026',
      invitees: [{ agencyCode: AGENCIES.department.code }, GUEST],
    });
    expect(set.statusCode, set.body).toBe(201);
    await throughToSignature({ specialist, head, clerk }, id);
    // Once it left its author, its meeting is fixed until release.
    expect((await specialist.request('PUT', `/api/v1/documents/${id}/meeting`, { startsAt: '2026-12-10T09:00:00+07:00', endsAt: '2026-12-10T11:00:00+07:00', place: 'Phòng 2', chair: 'Chủ tịch' })).json()).toMatchObject({ code: 'meeting_not_editable' });
    expect((await step(leader, id, 'sign')).statusCode).toBe(200);
    const released = await step(clerk, id, 'release');
    expect(released.statusCode, released.body).toBe(200);
    const { numberSymbol } = released.json() as { numberSymbol: string };
    expect(numberSymbol).toMatch(/^\d+\/GM-UBND$/);

    const meeting = (await clerk.request('GET', `/api/v1/documents/${id}/meeting`)).json() as { invitedAt: string | null; invitees: Array<{ invitedAt: string | null }> };
    expect(meeting.invitedAt).not.toBeNull();
    expect(meeting.invitees.every((invitee) => invitee.invitedAt !== null)).toBe(true);
    await m.drain();
    const invitation = m.mailbox.received.find((mail) => recipientOf(mail) === GUEST.email)!;
    expect(invitation.text).toContain(`Giấy mời số ${numberSymbol}`);
    const { method, event } = calendarOf(invitation);
    expect([method, event.sequence, event.location]).toEqual(['REQUEST', 0, 'Hội trường UBND xã Hòa Bình']);
    expect(event.startDate.toJSDate()).toEqual(new Date('2026-12-10T08:30:00+07:00'));
  });

  it('does not release a giấy mời without its meeting', async () => {
    const id = await draftInvitation();
    await throughToSignature({ specialist, head, clerk }, id);
    expect((await step(leader, id, 'sign')).statusCode).toBe(200);
    const refused = await step(clerk, id, 'release');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'meeting_required' });
  });
});
