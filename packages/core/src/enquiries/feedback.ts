import type { WorkCalendar } from '../calendar/working-time.js';
import type { Label } from '../forms/definition.js';
import { course, courseStep } from './course.js';

/**
 * Feedback and petitions (phản ánh, kiến nghị) on an administrative rule or on how a dossier was
 * handled, and the complaints and denunciations (khiếu nại, tố cáo) that arrive the same way.
 * DOMAIN's deadlines, in working days from reception: refused within 2 when out of scope, more
 * information asked within 5, handled within 15 (the time waiting for the sender does not count),
 * the answer published within 2 of handling. Complaints and denunciations follow their own laws:
 * here they are recorded and routed to the competent body, never decided.
 */
export const FEEDBACK_KINDS = ['feedback', 'petition', 'complaint', 'denunciation'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, Label> = {
  feedback: { vi: 'Phản ánh', en: 'Feedback' },
  petition: { vi: 'Kiến nghị', en: 'Petition' },
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
};

/** What it is about: an administrative rule (quy định hành chính), or a dossier, by its code. */
export const FEEDBACK_SUBJECTS = ['rule', 'dossier'] as const;
export type FeedbackSubject = (typeof FEEDBACK_SUBJECTS)[number];

export const FEEDBACK_STATES = [
  'unconfirmed',
  'received',
  'awaiting_information',
  'in_handling',
  'answered',
  'handled',
  'published',
  'refused',
  'routed',
  'withdrawn',
] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

export const FEEDBACK_STATE_LABELS: Record<FeedbackState, Label> = {
  unconfirmed: { vi: 'Chờ xác nhận liên hệ', en: 'Waiting for the contact to be confirmed' },
  received: { vi: 'Đã tiếp nhận, chờ phân loại', en: 'Received, to be sorted' },
  awaiting_information: { vi: 'Chờ người gửi bổ sung thông tin', en: 'Waiting for more information from the sender' },
  in_handling: { vi: 'Đang xử lý', en: 'Being handled' },
  answered: { vi: 'Chờ lãnh đạo duyệt kết quả', en: 'Answer waiting for approval' },
  handled: { vi: 'Đã có kết quả xử lý', en: 'Handled' },
  published: { vi: 'Đã công khai kết quả', en: 'Answer published' },
  refused: { vi: 'Từ chối tiếp nhận', en: 'Refused' },
  routed: { vi: 'Đã chuyển cơ quan có thẩm quyền', en: 'Routed to the competent body' },
  withdrawn: { vi: 'Người gửi đã rút', en: 'Withdrawn by the sender' },
};

export const FEEDBACK_ACTIONS = ['confirm', 'accept', 'refuse', 'request_information', 'supply_information', 'route', 'answer', 'return', 'approve', 'publish', 'withdraw'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

const HEADS = ['unit_head', 'agency_leader'] as const;
const WITHDRAW = ['Rút phản ánh, kiến nghị', 'Withdraw'] as const;

/** The one table of the feedback's course. */
export const FEEDBACK_COURSE = course<FeedbackState, FeedbackAction>([
  courseStep('confirm', 'unconfirmed', 'received', ['asker'], 'Xác nhận liên hệ', 'Confirm the contact'),
  courseStep('accept', 'received', 'in_handling', HEADS, 'Tiếp nhận, giao xử lý', 'Accept and give to a specialist'),
  courseStep('refuse', 'received', 'refused', HEADS, 'Từ chối (không thuộc phạm vi)', 'Refuse (out of scope)'),
  courseStep('request_information', 'received', 'awaiting_information', HEADS, 'Đề nghị bổ sung thông tin', 'Ask the sender for more information'),
  courseStep('request_information', 'in_handling', 'awaiting_information', [...HEADS, 'specialist'], 'Đề nghị bổ sung thông tin', 'Ask the sender for more information'),
  courseStep('supply_information', 'awaiting_information', 'in_handling', ['asker'], 'Bổ sung thông tin', 'Supply the information'),
  courseStep('route', 'received', 'routed', HEADS, 'Chuyển cơ quan có thẩm quyền giải quyết', 'Route to the competent body'),
  courseStep('answer', 'in_handling', 'answered', ['specialist'], 'Trình kết quả xử lý', 'Submit the answer'),
  courseStep('return', 'answered', 'in_handling', ['agency_leader'], 'Trả lại kèm ý kiến', 'Return with comments'),
  courseStep('approve', 'answered', 'handled', ['agency_leader'], 'Duyệt và gửi kết quả', 'Approve and send the answer'),
  courseStep('publish', 'handled', 'published', ['agency_leader'], 'Công khai kết quả trên Cổng', 'Publish the answer on the portal'),
  courseStep('withdraw', 'received', 'withdrawn', ['asker'], ...WITHDRAW),
  courseStep('withdraw', 'awaiting_information', 'withdrawn', ['asker'], ...WITHDRAW),
  courseStep('withdraw', 'in_handling', 'withdrawn', ['asker'], ...WITHDRAW),
]);

/** Complaints and denunciations are routed, never handled here; only they are routed. */
export function feedbackKindRefusal(kind: FeedbackKind, action: FeedbackAction): Label & { code: string } | null {
  const decidedElsewhere = kind === 'complaint' || kind === 'denunciation';
  if (decidedElsewhere && (action === 'accept' || action === 'answer' || action === 'approve' || action === 'publish')) {
    return {
      code: 'decided_under_its_own_law',
      vi: 'Khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại, Luật Tố cáo: ghi nhận và chuyển cơ quan có thẩm quyền, không xử lý tại đây.',
      en: 'Complaints and denunciations are decided under their own laws: record them and route them to the competent body.',
    };
  }
  if (!decidedElsewhere && action === 'route') {
    return {
      code: 'handled_here',
      vi: 'Phản ánh, kiến nghị được xử lý tại cơ quan; chỉ khiếu nại, tố cáo mới chuyển cơ quan có thẩm quyền.',
      en: 'Feedback and petitions are handled here; only complaints and denunciations are routed.',
    };
  }
  return null;
}

/** DOMAIN's deadlines, in working days. */
export const FEEDBACK_WORKING_DAYS = { refuse: 2, requestInformation: 5, handle: 15, publish: 2 } as const;

export interface FeedbackClock {
  receivedAt: Date;
  /** Working minutes spent waiting for the sender's information, in the periods that ended. */
  waitedWorkingMinutes: number;
  handledAt: Date | null;
}

/** Every deadline of a feedback: the handling one moved on by the working time spent waiting for the sender. */
export function feedbackDeadlines(calendar: WorkCalendar, clock: FeedbackClock) {
  const handleBy = calendar.appointmentFor(clock.receivedAt, FEEDBACK_WORKING_DAYS.handle);
  return {
    refuseBy: calendar.appointmentFor(clock.receivedAt, FEEDBACK_WORKING_DAYS.refuse),
    requestInformationBy: calendar.appointmentFor(clock.receivedAt, FEEDBACK_WORKING_DAYS.requestInformation),
    handleBy: clock.waitedWorkingMinutes > 0 ? calendar.addWorkingMinutes(handleBy, clock.waitedWorkingMinutes) : handleBy,
    publishBy: clock.handledAt ? calendar.appointmentFor(clock.handledAt, FEEDBACK_WORKING_DAYS.publish) : null,
  };
}

/**
 * The deadline a feedback answers to in its state, or null: sorting it (accepting, refusing,
 * routing) within the refusal's 2 days, handling it within 15, publishing the answer within 2.
 * Waiting for the sender, its clock is stopped.
 */
export function currentFeedbackDeadline(state: FeedbackState, deadlines: ReturnType<typeof feedbackDeadlines>): Date | null {
  switch (state) {
    case 'received':
      return deadlines.refuseBy;
    case 'in_handling':
    case 'answered':
      return deadlines.handleBy;
    case 'handled':
      return deadlines.publishBy;
    default:
      return null;
  }
}
