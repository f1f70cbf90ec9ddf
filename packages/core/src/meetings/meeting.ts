import { addDays, formatVietnamDay, formatVietnamTimeAndDay, toVietnamIso, vietnamDate, vietnamInstant } from '../calendar/vietnam-time.js';
import type { RenderedNotice } from '../notifications/applicant-notices.js';
import type { ParticipationStatus } from './icalendar.js';

/**
 * A meeting invitation (giấy mời): an outgoing document of type GM that names a meeting. Its
 * invitees answer by a personal link until the meeting starts; a change or a cancellation after
 * release goes to everyone who has not declined.
 */
export const MEETING_ANSWERS = ['pending', 'accepted', 'declined'] as const;
export type MeetingAnswer = (typeof MEETING_ANSWERS)[number];

export const MEETING_ANSWER_LABELS: Record<MeetingAnswer, { vi: string; en: string }> = {
  pending: { vi: 'Chưa trả lời', en: 'No answer yet' },
  accepted: { vi: 'Tham dự', en: 'Attending' },
  declined: { vi: 'Không tham dự', en: 'Not attending' },
};

export interface MeetingDetails {
  startsAt: Date;
  endsAt: Date;
  /** Where it is held; empty when it is held online only. */
  place: string;
  /** The video meeting's address (https), or null when it is held in a room only. */
  videoUrl: string | null;
  /** Who chairs it (name and title). */
  chair: string;
  agenda: string;
}

export interface MeetingProblem {
  field: 'startsAt' | 'endsAt' | 'place' | 'videoUrl';
  vi: string;
  en: string;
}

/** A meeting lasts no longer than a working week: longer is a typing mistake, not a meeting. */
const LONGEST_MEETING_MS = 5 * 24 * 3_600_000;

/** What is wrong with a meeting's details, as set while drafting or changed later; empty when nothing. */
export function meetingProblems(details: MeetingDetails, now: Date): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  if (details.startsAt.getTime() <= now.getTime()) {
    problems.push({ field: 'startsAt', vi: 'Thời gian bắt đầu họp phải sau thời điểm hiện tại.', en: 'The meeting must start in the future.' });
  }
  const length = details.endsAt.getTime() - details.startsAt.getTime();
  if (length <= 0) problems.push({ field: 'endsAt', vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.', en: 'The meeting must end after it starts.' });
  else if (length > LONGEST_MEETING_MS) problems.push({ field: 'endsAt', vi: 'Cuộc họp không kéo dài quá 5 ngày.', en: 'A meeting lasts five days at most.' });
  if (details.place.trim() === '' && details.videoUrl === null) {
    problems.push({ field: 'place', vi: 'Cần ghi địa điểm họp hoặc đường dẫn họp trực tuyến.', en: 'Give a place or a video meeting link.' });
  }
  if (details.videoUrl !== null && !isVideoUrl(details.videoUrl)) {
    problems.push({ field: 'videoUrl', vi: 'Đường dẫn họp trực tuyến phải là địa chỉ https://.', en: 'The video meeting link must be an https:// address.' });
  }
  return problems;
}

function isVideoUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** An invitation is answered, and the answer changed, until the meeting starts, unless it is called off. */
export function answerRefusal(meeting: { startsAt: Date; cancelled: boolean }, now: Date): 'meeting_cancelled' | 'meeting_started' | null {
  if (meeting.cancelled) return 'meeting_cancelled';
  if (now.getTime() >= meeting.startsAt.getTime()) return 'meeting_started';
  return null;
}

/** PARTSTAT of an answer: a decline that names a delegate is a delegation (RFC 5545 §3.2.12). */
export function participationStatus(answer: MeetingAnswer, delegateName: string): ParticipationStatus {
  if (answer === 'accepted') return 'ACCEPTED';
  if (answer === 'declined') return delegateName.trim() === '' ? 'DECLINED' : 'DELEGATED';
  return 'NEEDS-ACTION';
}

/**
 * Changes and reminders go to everyone but those who declined outright: an invitee who sent a
 * delegate still gets them, to pass them on.
 */
export const keepsHearing = (answer: MeetingAnswer, delegateName: string): boolean => participationStatus(answer, delegateName) !== 'DECLINED';

/** The hour, Vietnam time, the reminder goes out on the day before the meeting: the start of the working day. */
export const REMINDER_TIME = '08:00';

/**
 * The reminder's time: 08:00 (Vietnam) on the calendar day before the meeting's day, whether or
 * not that day is a working day: the meeting is on the invitees' calendars, and Monday's meeting
 * is worth a word on Sunday morning rather than a late one on Friday.
 */
export const reminderDueAt = (startsAt: Date): Date => vietnamInstant(addDays(vietnamDate(startsAt), -1), REMINDER_TIME);

/**
 * Whether an invitee is reminded now: once, from the reminder's time until the meeting starts, if
 * the invitation went out before that time (one sent later is itself fresh), the meeting stands
 * and they have not declined outright.
 */
export function reminderDue(
  invitation: { startsAt: Date; cancelled: boolean; invitedAt: Date; remindedAt: Date | null; answer: MeetingAnswer; delegateName: string },
  now: Date,
): boolean {
  const due = reminderDueAt(invitation.startsAt).getTime();
  return (
    invitation.remindedAt === null &&
    !invitation.cancelled &&
    keepsHearing(invitation.answer, invitation.delegateName) &&
    invitation.invitedAt.getTime() < due &&
    now.getTime() >= due &&
    now.getTime() < invitation.startsAt.getTime()
  );
}

export const MEETING_MAIL_KINDS = ['invitation', 'update', 'cancellation', 'reminder'] as const;
export type MeetingMailKind = (typeof MEETING_MAIL_KINDS)[number];

/** What an invitee's e-mail says. */
export interface MeetingMailFacts {
  kind: MeetingMailKind;
  inviteeName: string;
  agencyName: string;
  /** The invitation's number and symbol (`15/GM-UBND`). */
  numberSymbol: string;
  subject: string;
  meeting: MeetingDetails;
  /** The invitee's own page to confirm or decline. */
  answerUrl: string;
  /** Why the meeting is called off (a cancellation only). */
  cancelReason?: string | undefined;
}

const SUBJECTS: Record<MeetingMailKind, { vi: string; en: string }> = {
  invitation: { vi: 'Giấy mời họp', en: 'Meeting invitation' },
  update: { vi: 'Thay đổi cuộc họp', en: 'Meeting changed' },
  cancellation: { vi: 'Hủy cuộc họp', en: 'Meeting cancelled' },
  reminder: { vi: 'Nhắc lịch họp ngày mai', en: 'Reminder: meeting tomorrow' },
};

const HEADLINES: Record<MeetingMailKind, (f: MeetingMailFacts) => { vi: string; en: string }> = {
  invitation: (f) => ({ vi: `${f.agencyName} trân trọng kính mời ông/bà dự họp.`, en: `${f.agencyName} invites you to a meeting.` }),
  update: (f) => ({ vi: `${f.agencyName} thông báo thay đổi cuộc họp; thông tin mới như sau.`, en: `${f.agencyName} has changed the meeting; here it is as it now stands.` }),
  cancellation: (f) => ({ vi: `${f.agencyName} thông báo hủy cuộc họp dưới đây. Trân trọng xin lỗi vì sự bất tiện.`, en: `${f.agencyName} has called off the meeting below.` }),
  reminder: () => ({ vi: 'Xin nhắc ông/bà lịch họp dưới đây.', en: 'A reminder of the meeting below.' }),
};

const timeOfDay = (instant: Date) => toVietnamIso(instant).slice(11, 16);

/** A meeting's time, Vietnam time: `08:30 – 11:00 ngày 10/12/2026`, or both days when it runs over several. */
export function meetingTime(meeting: Pick<MeetingDetails, 'startsAt' | 'endsAt'>): { vi: string; en: string } {
  if (vietnamDate(meeting.startsAt) === vietnamDate(meeting.endsAt)) {
    const hours = `${timeOfDay(meeting.startsAt)} – ${timeOfDay(meeting.endsAt)}`;
    return { vi: `${hours} ngày ${formatVietnamDay(meeting.startsAt)}`, en: `${hours}, ${formatVietnamDay(meeting.startsAt)}` };
  }
  const span = `${formatVietnamTimeAndDay(meeting.startsAt)} – ${formatVietnamTimeAndDay(meeting.endsAt)}`;
  return { vi: span, en: span };
}

/** The invitee's e-mail, Vietnamese first and then English; the calendar attachment is added beside it. */
export function renderMeetingMail(facts: MeetingMailFacts): RenderedNotice {
  const { meeting } = facts;
  const when = meetingTime(meeting);
  const headline = HEADLINES[facts.kind](facts);
  const answering = facts.kind !== 'cancellation';
  const vi = [
    `Kính gửi ${facts.inviteeName},`,
    '',
    headline.vi,
    `Giấy mời số ${facts.numberSymbol}: ${facts.subject}`,
    ...(facts.kind === 'cancellation' && facts.cancelReason ? [`Lý do: ${facts.cancelReason}`] : []),
    `Thời gian: ${when.vi}`,
    ...(meeting.place ? [`Địa điểm: ${meeting.place}`] : []),
    ...(meeting.videoUrl ? [`Họp trực tuyến: ${meeting.videoUrl}`] : []),
    ...(meeting.chair ? [`Chủ trì: ${meeting.chair}`] : []),
    ...(meeting.agenda ? ['Nội dung:', meeting.agenda] : []),
    ...(answering ? ['', `Xác nhận tham dự, báo vắng hoặc cử người dự thay: ${facts.answerUrl}`] : []),
  ];
  const en = [
    `Dear ${facts.inviteeName},`,
    '',
    headline.en,
    `Invitation ${facts.numberSymbol}: ${facts.subject}`,
    `When: ${when.en} (Vietnam time)`,
    ...(meeting.place ? [`Where: ${meeting.place}`] : []),
    ...(meeting.videoUrl ? [`Online: ${meeting.videoUrl}`] : []),
    ...(answering ? ['', `Confirm, decline or send a delegate: ${facts.answerUrl}`] : []),
  ];
  const subject = SUBJECTS[facts.kind];
  return {
    subject: `${subject.vi}: ${facts.subject} / ${subject.en}`.normalize('NFC'),
    text: [...vi, '', '— English —', '', ...en].join('\n').normalize('NFC'),
  };
}

/** The calendar event's description: chair and agenda, and the invitee's link to answer. */
export function meetingDescription(meeting: MeetingDetails, answerUrl: string | null): string {
  return [
    ...(meeting.chair ? [`Chủ trì: ${meeting.chair}`] : []),
    ...(meeting.agenda ? [`Nội dung: ${meeting.agenda}`] : []),
    ...(answerUrl ? [`Xác nhận tham dự: ${answerUrl}`] : []),
  ].join('\n');
}
