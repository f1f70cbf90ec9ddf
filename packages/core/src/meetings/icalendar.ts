/**
 * The iCalendar object (RFC 5545) a meeting invitation carries, in the iTIP methods of RFC 5546:
 * REQUEST to invite and to send a change, CANCEL to call the meeting off. Times are written in UTC
 * (`20261210T013000Z`), which every calendar reads without a VTIMEZONE block and shows in its own
 * zone; the text is UTF-8, escaped and folded as the RFC says.
 */

/** How an invitee answered, as iCalendar's PARTSTAT says it. */
export type ParticipationStatus = 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'DELEGATED';

export interface CalendarAttendee {
  name: string;
  /** Their invitation's id: an invitee without an e-mail address is named by `urn:uuid:` and it. */
  id: string;
  email: string | null;
  status: ParticipationStatus;
}

export interface CalendarMeeting {
  /** Stays the same through every change of the meeting, so calendars update the event they hold. */
  uid: string;
  /** 0 when first sent, one more at each change or cancellation. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  /** When this version of the invitation was written. */
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  /** The video meeting's address, if it is held (also) online. */
  videoUrl: string | null;
  description: string;
  organiser: { name: string; email: string };
  attendees: readonly CalendarAttendee[];
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const utf8 = new TextEncoder();

/** TEXT values escape backslash, semicolon and comma, and carry newlines as `\n` (RFC 5545 §3.3.11). */
export function escapeCalendarText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=…) is quoted when it holds `:`, `;` or `,`; a double quote cannot appear in one at all. */
function parameterValue(value: string): string {
  const plain = value.normalize('NFC').replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
  return /[:;,]/.test(plain) ? `"${plain}"` : plain;
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1): each following piece starts with a
 * space. A character is never cut between its bytes, so Vietnamese letters stay whole.
 */
export function foldCalendarLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8.encode(character).length;
    // The first piece has 75 octets; the others 74 after their leading space.
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}

/** A UTC DATE-TIME: `20261210T013000Z`. */
export function calendarUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The whole object, CRLF line ends included, ready to attach as `text/calendar; method=…`. */
export function meetingCalendar(meeting: CalendarMeeting): string {
  const organiser = `ORGANIZER;CN=${parameterValue(meeting.organiser.name)}:mailto:${meeting.organiser.email}`;
  const attendees = meeting.attendees.map(
    (attendee) =>
      `ATTENDEE;CN=${parameterValue(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${attendee.status};RSVP=${attendee.status === 'NEEDS-ACTION' ? 'TRUE' : 'FALSE'}:${attendee.email ? `mailto:${attendee.email}` : `urn:uuid:${attendee.id}`}`,
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MotCua//Giay moi hop//VI',
    'CALSCALE:GREGORIAN',
    `METHOD:${meeting.method}`,
    'BEGIN:VEVENT',
    `UID:${meeting.uid}`,
    `SEQUENCE:${meeting.sequence}`,
    `DTSTAMP:${calendarUtc(meeting.stamp)}`,
    `DTSTART:${calendarUtc(meeting.startsAt)}`,
    `DTEND:${calendarUtc(meeting.endsAt)}`,
    `SUMMARY;LANGUAGE=vi:${escapeCalendarText(meeting.summary)}`,
    `LOCATION;LANGUAGE=vi:${escapeCalendarText(meeting.location)}`,
    ...(meeting.videoUrl ? [`URL:${meeting.videoUrl}`] : []),
    `DESCRIPTION;LANGUAGE=vi:${escapeCalendarText(meeting.description)}`,
    `STATUS:${meeting.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    organiser,
    ...attendees,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldCalendarLine).join(CRLF) + CRLF;
}
