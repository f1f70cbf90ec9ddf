import { describe, expect, it } from 'vitest';
import { calendarUtc, escapeCalendarText, foldCalendarLine, meetingCalendar } from './icalendar.js';
import { answerRefusal, keepsHearing, meetingProblems, participationStatus, reminderDue, meetingTime, reminderDueAt, renderMeetingMail } from './meeting.js';

/** Thursday 10 December 2026, 08:30–11:00 in Vietnam. */
const STARTS = new Date('2026-12-10T08:30:00+07:00');
const ENDS = new Date('2026-12-10T11:00:00+07:00');
const NOW = new Date('2026-12-07T09:00:00+07:00');
const MEETING = {
  startsAt: STARTS,
  endsAt: ENDS,
  place: 'Phòng họp số 2, trụ sở UBND xã Hòa Bình',
  videoUrl: null,
  chair: 'Ông Hoàng Văn Chủ Tịch, Chủ tịch UBND xã',
  agenda: 'Sơ kết công tác cải cách hành chính năm 2026; phương hướng, nhiệm vụ năm 2027',
};

/** Unfolds and splits an iCalendar text into its content lines. */
const contentLines = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines in text values', () => {
    expect(escapeCalendarText('Họp; bàn, quyết\\định\nmục 2\r\nmục 3')).toBe('Họp\\; bàn\\, quyết\\\\định\\nmục 2\\nmục 3');
  });

  it('writes instants in UTC without fractions', () => {
    expect(calendarUtc(STARTS)).toBe('20261210T013000Z');
  });

  it.each([
    ['short ASCII', 'SUMMARY:Hop'],
    ['long ASCII', `DESCRIPTION:${'a'.repeat(200)}`],
    ['long Vietnamese', `DESCRIPTION:${'Cải cách hành chính, chuyển đổi số và ứng dụng công nghệ thông tin; '.repeat(4)}`],
    ['emoji and combining letters', `SUMMARY:${'Tổng kết 🎉 Ủy ban '.repeat(8)}`],
  ])('folds %s lines at 75 octets without cutting a character', (_case, line) => {
    const folded = foldCalendarLine(line);
    const pieces = folded.split('\r\n');
    for (const piece of pieces) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    pieces.slice(1).forEach((piece) => expect(piece.startsWith(' ')).toBe(true));
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('builds a REQUEST with its UID, sequence, times, place, link, agenda, organiser and attendees', () => {
    const text = meetingCalendar({
      uid: 'doc-1@motcua.example.vn',
      sequence: 0,
      method: 'REQUEST',
      stamp: NOW,
      startsAt: STARTS,
      endsAt: ENDS,
      summary: 'Họp sơ kết cải cách hành chính',
      location: MEETING.place,
      videoUrl: 'https://hop.example.vn/phong-2',
      description: 'Chủ trì: Chủ tịch\nNội dung: sơ kết, phương hướng',
      organiser: { name: 'UBND xã Hòa Bình', email: 'motcua@hoabinh.example.vn' },
      attendees: [
        { id: 'a', name: 'Bà Lê Thị Hai', email: 'hai@example.vn', status: 'NEEDS-ACTION' },
        { id: 'b', name: 'Ông Trần, Văn: Chuyên', email: null, status: 'ACCEPTED' },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const lines = contentLines(text);
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        'UID:doc-1@motcua.example.vn',
        'SEQUENCE:0',
        'DTSTART:20261210T013000Z',
        'DTEND:20261210T040000Z',
        'LOCATION;LANGUAGE=vi:Phòng họp số 2\\, trụ sở UBND xã Hòa Bình',
        'URL:https://hop.example.vn/phong-2',
        'DESCRIPTION;LANGUAGE=vi:Chủ trì: Chủ tịch\\nNội dung: sơ kết\\, phương hướng',
        'STATUS:CONFIRMED',
        'ORGANIZER;CN=UBND xã Hòa Bình:mailto:motcua@hoabinh.example.vn',
        'ATTENDEE;CN=Bà Lê Thị Hai;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hai@example.vn',
        'ATTENDEE;CN="Ông Trần, Văn: Chuyên";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:urn:uuid:b',
      ]),
    );
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED at the next sequence', () => {
    const lines = contentLines(
      meetingCalendar({
        uid: 'doc-1@x',
        sequence: 2,
        method: 'CANCEL',
        stamp: NOW,
        startsAt: STARTS,
        endsAt: ENDS,
        summary: 'Họp',
        location: '',
        videoUrl: null,
        description: '',
        organiser: { name: 'UBND', email: 'a@b.vn' },
        attendees: [],
      }),
    );
    expect(lines).toEqual(expect.arrayContaining(['METHOD:CANCEL', 'SEQUENCE:2', 'STATUS:CANCELLED']));
    expect(lines.some((line) => line.startsWith('URL:'))).toBe(false);
  });
});

describe('meeting details', () => {
  it('accepts a meeting in the future with a place', () => {
    expect(meetingProblems(MEETING, NOW)).toEqual([]);
  });

  it.each([
    ['started already', { startsAt: new Date(NOW.getTime() - 60_000) }, 'startsAt'],
    ['ending before it starts', { endsAt: STARTS }, 'endsAt'],
    ['lasting a week', { endsAt: new Date(STARTS.getTime() + 7 * 86_400_000) }, 'endsAt'],
    ['with neither place nor link', { place: '  ' }, 'place'],
    ['with a link that is not https', { videoUrl: 'http://hop.example.vn' }, 'videoUrl'],
    ['with a link that is not an address', { videoUrl: 'phòng họp 2' }, 'videoUrl'],
  ])('refuses a meeting %s', (_case, change, field) => {
    expect(meetingProblems({ ...MEETING, ...change }, NOW).map((problem) => problem.field)).toEqual([field]);
  });

  it('takes a video link in place of a room', () => {
    expect(meetingProblems({ ...MEETING, place: '', videoUrl: 'https://hop.example.vn/p2' }, NOW)).toEqual([]);
  });
});

describe('answers', () => {
  it('are taken until the meeting starts, and never once it is cancelled', () => {
    expect(answerRefusal({ startsAt: STARTS, cancelled: false }, NOW)).toBeNull();
    expect(answerRefusal({ startsAt: STARTS, cancelled: false }, STARTS)).toBe('meeting_started');
    expect(answerRefusal({ startsAt: STARTS, cancelled: true }, NOW)).toBe('meeting_cancelled');
  });

  it.each([
    ['pending', '', 'NEEDS-ACTION', true],
    ['accepted', '', 'ACCEPTED', true],
    ['declined', '', 'DECLINED', false],
    ['declined', 'Ông Phó Chủ tịch', 'DELEGATED', true],
  ] as const)('%s with delegate "%s" is %s and keeps hearing: %s', (answer, delegate, status, hears) => {
    expect(participationStatus(answer, delegate)).toBe(status);
    expect(keepsHearing(answer, delegate)).toBe(hears);
  });
});

describe('the reminder', () => {
  const invitation = { startsAt: STARTS, cancelled: false, invitedAt: NOW, remindedAt: null, answer: 'pending' as const, delegateName: '' };
  const due = new Date('2026-12-09T08:00:00+07:00');

  it('is due at 08:00 Vietnam time the calendar day before, even a Sunday', () => {
    expect(reminderDueAt(STARTS)).toEqual(due);
    expect(reminderDueAt(new Date('2026-12-14T07:30:00+07:00'))).toEqual(new Date('2026-12-13T08:00:00+07:00'));
    // 06:30 in Vietnam is 23:30 UTC the day before: the Vietnamese day counts.
    expect(reminderDueAt(new Date('2026-12-10T06:30:00+07:00'))).toEqual(due);
  });

  it('goes once, from its time until the meeting starts', () => {
    expect(reminderDue(invitation, new Date(due.getTime() - 60_000))).toBe(false);
    expect(reminderDue(invitation, due)).toBe(true);
    expect(reminderDue({ ...invitation, remindedAt: due }, due)).toBe(false);
    expect(reminderDue(invitation, STARTS)).toBe(false);
  });

  it('skips an invitation sent after its time, a cancelled meeting and an outright decline', () => {
    expect(reminderDue({ ...invitation, invitedAt: new Date(due.getTime() + 60_000) }, new Date(due.getTime() + 120_000))).toBe(false);
    expect(reminderDue({ ...invitation, cancelled: true }, due)).toBe(false);
    expect(reminderDue({ ...invitation, answer: 'declined' }, due)).toBe(false);
    expect(reminderDue({ ...invitation, answer: 'declined', delegateName: 'Bà Phó' }, due)).toBe(true);
  });
});

describe('the invitee e-mail', () => {
  const facts = {
    kind: 'invitation' as const,
    inviteeName: 'Bà Lê Thị Hai',
    agencyName: 'UBND xã Hòa Bình',
    numberSymbol: '15/GM-UBND',
    subject: 'Họp sơ kết cải cách hành chính',
    meeting: MEETING,
    answerUrl: 'https://motcua.example.vn/giay-moi/abc',
  };

  it('says when, where, who chairs, what about, and links the answer page, Vietnamese first', () => {
    const mail = renderMeetingMail(facts);
    expect(mail.subject).toBe('Giấy mời họp: Họp sơ kết cải cách hành chính / Meeting invitation');
    expect(mail.text).toContain('Thời gian: 08:30 – 11:00 ngày 10/12/2026');
    expect(mail.text).toContain(`Địa điểm: ${MEETING.place}`);
    expect(mail.text).toContain(`Chủ trì: ${MEETING.chair}`);
    expect(mail.text).toContain(MEETING.agenda);
    expect(mail.text).toContain(facts.answerUrl);
    expect(mail.text.indexOf('Kính gửi')).toBeLessThan(mail.text.indexOf('Dear'));
    expect(mail.text).toBe(mail.text.normalize('NFC'));
  });

  it('names both days of a meeting that runs over midnight', () => {
    expect(meetingTime({ startsAt: STARTS, endsAt: new Date('2026-12-11T10:00:00+07:00') }).vi).toBe('08:30 10/12/2026 – 10:00 11/12/2026');
  });

  it('gives the reason and offers no answer on a cancellation', () => {
    const mail = renderMeetingMail({ ...facts, kind: 'cancellation', cancelReason: 'Lãnh đạo đi công tác' });
    expect(mail.subject.startsWith('Hủy cuộc họp')).toBe(true);
    expect(mail.text).toContain('Lý do: Lãnh đạo đi công tác');
    expect(mail.text).not.toContain(facts.answerUrl);
  });
});
