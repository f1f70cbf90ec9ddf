import type { WorkCalendar } from '../calendar/working-time.js';
import type { Label } from '../forms/definition.js';
import { course, courseStep } from './course.js';

/**
 * The course of a citizen's question (hỏi đáp) about a procedure or a field: it waits for its
 * contact to be confirmed, which is the spam defence (nothing reaches an officer before it); it
 * is then received by the competent agency, whose unit head (or leader) gives it to a specialist;
 * the specialist answers, a leader approves the answer (the asker is told) or returns it, and
 * publishes it, anonymised, when it is useful to others.
 */
export const QUESTION_STATES = ['unconfirmed', 'received', 'assigned', 'answered', 'approved', 'published', 'rejected'] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

export const QUESTION_STATE_LABELS: Record<QuestionState, Label> = {
  unconfirmed: { vi: 'Chờ xác nhận liên hệ', en: 'Waiting for the contact to be confirmed' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  assigned: { vi: 'Đang trả lời', en: 'Being answered' },
  answered: { vi: 'Chờ lãnh đạo duyệt', en: 'Waiting for approval' },
  approved: { vi: 'Đã trả lời', en: 'Answered' },
  published: { vi: 'Đã công khai', en: 'Published' },
  rejected: { vi: 'Không trả lời', en: 'Not answered' },
};

export const QUESTION_ACTIONS = ['confirm', 'assign', 'transfer', 'answer', 'return', 'approve', 'publish', 'unpublish', 'reject'] as const;
export type QuestionAction = (typeof QUESTION_ACTIONS)[number];

const HEADS = ['unit_head', 'agency_leader'] as const;

/** The one table of the questions' course. */
export const QUESTION_COURSE = course<QuestionState, QuestionAction>([
  courseStep('confirm', 'unconfirmed', 'received', ['asker'], 'Xác nhận liên hệ', 'Confirm the contact'),
  courseStep('assign', 'received', 'assigned', HEADS, 'Giao chuyên viên trả lời', 'Give to a specialist'),
  courseStep('assign', 'assigned', 'assigned', HEADS, 'Giao lại chuyên viên khác', 'Give to another specialist'),
  courseStep('transfer', 'received', 'received', HEADS, 'Chuyển cơ quan có thẩm quyền', 'Transfer to the competent agency'),
  courseStep('transfer', 'assigned', 'received', HEADS, 'Chuyển cơ quan có thẩm quyền', 'Transfer to the competent agency'),
  courseStep('answer', 'assigned', 'answered', ['specialist'], 'Trình dự thảo trả lời', 'Submit the answer'),
  courseStep('return', 'answered', 'assigned', ['agency_leader'], 'Trả lại kèm ý kiến', 'Return with comments'),
  courseStep('approve', 'answered', 'approved', ['agency_leader'], 'Duyệt và gửi trả lời', 'Approve and send the answer'),
  courseStep('publish', 'approved', 'published', ['agency_leader'], 'Công khai trên Cổng', 'Publish on the portal'),
  courseStep('unpublish', 'published', 'approved', ['agency_leader'], 'Thôi công khai', 'Withdraw from the portal'),
  courseStep('reject', 'received', 'rejected', ['agency_leader'], 'Không trả lời (trùng lặp, không thuộc phạm vi, vi phạm)', 'Decline (duplicate, out of scope, abusive)'),
  courseStep('reject', 'assigned', 'rejected', ['agency_leader'], 'Không trả lời (trùng lặp, không thuộc phạm vi, vi phạm)', 'Decline (duplicate, out of scope, abusive)'),
]);

/** The states a question is open in, waiting for the agency: what its deadline applies to. */
export const QUESTION_OPEN_STATES: readonly QuestionState[] = ['received', 'assigned', 'answered'];

/**
 * Working days an agency has to answer a confirmed question. No regulation sets it for portal
 * questions; provinces' portals commit to about a week and a half, so installations may set their
 * own (configuration) and this is the default.
 */
export const QUESTION_ANSWER_WORKING_DAYS = 7;

/** When the answer is due: the Nth working day after the question was received, at the same time of day. */
export const questionDeadline = (calendar: WorkCalendar, receivedAt: Date, workingDays = QUESTION_ANSWER_WORKING_DAYS): Date =>
  calendar.appointmentFor(receivedAt, workingDays);

/** A question whose contact is not confirmed within this many hours is dropped unseen. */
export const QUESTION_CONFIRMATION_HOURS = 48;

/**
 * Where a question goes: the agency that handles the procedure it is about; a procedure that every
 * commune handles needs the asker's commune among them; a question about a field only goes to the
 * agency in charge of the field.
 */
export function questionRecipient(input: {
  procedureAgencyIds?: readonly string[] | undefined;
  fieldAgencyId?: string | undefined;
  chosenAgencyId?: string | undefined;
}): { agencyId: string } | { refusal: 'agency_required' | 'agency_not_competent' | 'topic_required' } {
  const { procedureAgencyIds, fieldAgencyId, chosenAgencyId } = input;
  if (procedureAgencyIds && procedureAgencyIds.length > 0) {
    if (chosenAgencyId !== undefined) return procedureAgencyIds.includes(chosenAgencyId) ? { agencyId: chosenAgencyId } : { refusal: 'agency_not_competent' };
    return procedureAgencyIds.length === 1 ? { agencyId: procedureAgencyIds[0]! } : { refusal: 'agency_required' };
  }
  if (fieldAgencyId !== undefined) return { agencyId: fieldAgencyId };
  return { refusal: 'topic_required' };
}
