import type { OfficerRole } from '../access/roles.js';
import { type DeadlineStatus, classifyDeadline } from '../calendar/deadline-status.js';
import type { WorkCalendar } from '../calendar/working-time.js';

/**
 * The course of an incoming document (văn bản đến) through an agency: the clerk registers it and
 * presents it to the leader, who assigns it (phân phối) to a lead unit or officer, with
 * cooperating ones and people for information; a unit passes it down to its officers; assignees
 * record progress and finish. The leader may send it back to the clerk (not for this agency, or
 * wrongly registered), and the clerk may then present it again or withdraw it from handling.
 */
export const INCOMING_STATES = ['registered', 'presented', 'returned', 'withdrawn', 'assigned', 'in_progress', 'finished'] as const;
export type IncomingState = (typeof INCOMING_STATES)[number];

export const INCOMING_STATE_LABELS: Record<IncomingState, { vi: string; en: string }> = {
  registered: { vi: 'Đã vào sổ', en: 'Registered' },
  presented: { vi: 'Đã trình lãnh đạo', en: 'Presented to the leader' },
  returned: { vi: 'Lãnh đạo trả lại văn thư', en: 'Returned to the clerk' },
  withdrawn: { vi: 'Đã thu hồi khỏi xử lý', en: 'Withdrawn from handling' },
  assigned: { vi: 'Đã phân phối', en: 'Assigned' },
  in_progress: { vi: 'Đang xử lý', en: 'In progress' },
  finished: { vi: 'Đã xử lý xong', en: 'Finished' },
};

export const INCOMING_ACTIONS = ['present', 'return', 'withdraw', 'assign', 'pass_down', 'record_progress', 'finish', 'finish_part'] as const;
export type IncomingAction = (typeof INCOMING_ACTIONS)[number];

export interface IncomingTransition {
  action: IncomingAction;
  from: readonly IncomingState[];
  /** The document's state after the action; null: it stays as it is (one assignee's part of the work). */
  to: IncomingState | null;
  /** The roles, at the document's agency, that may take the action. */
  roles: readonly OfficerRole[];
  /** The action is taken on one assignment, by whoever holds it (holdsAssignment), not on the document as a whole. */
  onAssignment: boolean;
  label: { vi: string; en: string };
}

const HANDLERS: readonly OfficerRole[] = ['specialist', 'unit_head'];
const UNDER_WAY: readonly IncomingState[] = ['assigned', 'in_progress'];

/** The one table of the incoming course: what each action does, from which states, and who takes it. */
export const INCOMING_TRANSITIONS: readonly IncomingTransition[] = [
  { action: 'present', from: ['registered', 'returned'], to: 'presented', roles: ['document_clerk'], onAssignment: false, label: { vi: 'Trình lãnh đạo', en: 'Present to the leader' } },
  { action: 'return', from: ['presented'], to: 'returned', roles: ['agency_leader'], onAssignment: false, label: { vi: 'Trả lại văn thư', en: 'Return to the clerk' } },
  { action: 'withdraw', from: ['registered', 'returned'], to: 'withdrawn', roles: ['document_clerk'], onAssignment: false, label: { vi: 'Thu hồi văn bản vào sổ nhầm', en: 'Withdraw a wrongly registered document' } },
  { action: 'assign', from: ['presented'], to: 'assigned', roles: ['agency_leader'], onAssignment: false, label: { vi: 'Phân phối, giao xử lý', en: 'Assign for handling' } },
  { action: 'pass_down', from: UNDER_WAY, to: 'in_progress', roles: ['unit_head'], onAssignment: true, label: { vi: 'Giao chuyên viên trong phòng', en: 'Pass down to officers of the unit' } },
  { action: 'record_progress', from: UNDER_WAY, to: 'in_progress', roles: HANDLERS, onAssignment: true, label: { vi: 'Cập nhật tiến độ xử lý', en: 'Record progress' } },
  { action: 'finish', from: UNDER_WAY, to: 'finished', roles: HANDLERS, onAssignment: true, label: { vi: 'Hoàn thành xử lý (chủ trì)', en: 'Finish (lead)' } },
  { action: 'finish_part', from: UNDER_WAY, to: null, roles: HANDLERS, onAssignment: true, label: { vi: 'Hoàn thành phần phối hợp', en: 'Finish a cooperating part' } },
];

export const incomingTransitionOf = (action: IncomingAction): IncomingTransition => INCOMING_TRANSITIONS.find((row) => row.action === action)!;

/** The document's state after the action, or why the action does not apply to a document in that state. */
export function nextIncomingState(state: IncomingState, action: IncomingAction): { state: IncomingState } | { refusal: { code: 'invalid_transition'; vi: string; en: string } } {
  const transition = incomingTransitionOf(action);
  if (!transition.from.includes(state)) {
    const label = INCOMING_STATE_LABELS[state];
    return {
      refusal: {
        code: 'invalid_transition',
        vi: `Không thể "${transition.label.vi}" khi văn bản đang ở trạng thái "${label.vi}".`,
        en: `"${transition.label.en}" cannot be done while the document is "${label.en}".`,
      },
    };
  }
  return { state: transition.to ?? state };
}

/** Whether an officer with these roles at the document's agency may take the action (the assignment aside). */
export const rolesMayTake = (roles: readonly OfficerRole[], action: IncomingAction): boolean =>
  incomingTransitionOf(action).roles.some((role) => roles.includes(role));

/** What an assignee is to the document: doing it (lead), helping (cooperating), or only told of it. */
export const ASSIGNMENT_ROLES = ['lead', 'cooperating', 'information'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, { vi: string; en: string }> = {
  lead: { vi: 'Chủ trì', en: 'Lead' },
  cooperating: { vi: 'Phối hợp', en: 'Cooperating' },
  information: { vi: 'Để biết', en: 'For information' },
};

/** One assignment as far as acting on it goes: to a unit (held by its head) or to one officer. */
export interface AssignmentHold {
  agencyId: string;
  unitId: string | null;
  officerId: string | null;
  role: AssignmentRole;
  finished: boolean;
}

/** Whether the officer holds the assignment: it is theirs, or it is their unit's and they head the unit. */
export function holdsAssignment(officer: { id: string; grants: ReadonlyArray<{ role: OfficerRole; agencyId: string; unitId: string | null }> }, assignment: AssignmentHold): boolean {
  if (assignment.officerId !== null) return assignment.officerId === officer.id;
  return officer.grants.some((grant) => grant.role === 'unit_head' && grant.agencyId === assignment.agencyId && grant.unitId === assignment.unitId);
}

/** Why an action on an assignment does not fit it, or null: passing down is a unit's, finishing the whole is the lead's, and information copies are read, not handled. */
export function assignmentRefusal(action: IncomingAction, assignment: AssignmentHold): { code: string; vi: string; en: string } | null {
  if (assignment.finished) return { code: 'assignment_finished', vi: 'Phần việc này đã hoàn thành.', en: 'This assignment is finished already.' };
  if (assignment.role === 'information') {
    return { code: 'for_information_only', vi: 'Văn bản được gửi để biết, không giao xử lý.', en: 'The document was sent for information only, not for handling.' };
  }
  if (action === 'pass_down' && assignment.unitId === null) {
    return { code: 'not_a_unit_assignment', vi: 'Chỉ phần việc giao cho một phòng mới được giao tiếp cho chuyên viên.', en: 'Only an assignment to a unit is passed down to its officers.' };
  }
  if (action === 'finish' && assignment.role !== 'lead') {
    return { code: 'not_the_lead', vi: 'Chỉ đơn vị, cá nhân chủ trì mới hoàn thành xử lý văn bản; phần phối hợp dùng "Hoàn thành phần phối hợp".', en: 'Only the lead finishes the document; a cooperating part is finished with "finish_part".' };
  }
  if (action === 'finish_part' && assignment.role !== 'cooperating') {
    return { code: 'not_cooperating', vi: 'Đơn vị, cá nhân chủ trì hoàn thành bằng thao tác "Hoàn thành xử lý".', en: 'The lead finishes with "finish".' };
  }
  return null;
}

/**
 * The deadline of an assignment given in working days: the Nth working day after the day it was
 * assigned, at the same time of day (the convention of dossier appointments).
 */
export const assignmentDeadline = (calendar: WorkCalendar, assignedAt: Date, workingDays: number): Date => calendar.appointmentFor(assignedAt, workingDays);

/** How an assignment (or the document, by its lead) stands against its deadline; null without one. */
export function incomingDeadlineStatus(calendar: WorkCalendar, dueAt: Date | null, finishedAt: Date | null, now: Date): DeadlineStatus | null {
  return dueAt === null ? null : classifyDeadline({ dueAt, finishedAt, now, calendar });
}
