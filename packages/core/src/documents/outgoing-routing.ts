import type { OfficerRole } from '../access/roles.js';

/**
 * The course of an outgoing document (văn bản đi): a specialist drafts it, the unit head checks its
 * content and returns it with comments or forwards it, the office checks its format, the competent
 * leader signs it, and the clerk numbers, dates and releases it; a released document may be recalled.
 * Every step that checks may send the draft back to its author with comments.
 */
export const OUTGOING_STATES = ['draft', 'in_review', 'returned', 'format_check', 'to_sign', 'signed', 'released', 'recalled'] as const;
export type OutgoingState = (typeof OUTGOING_STATES)[number];

export const OUTGOING_STATE_LABELS: Record<OutgoingState, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  in_review: { vi: 'Chờ lãnh đạo phòng duyệt', en: 'In review with the unit head' },
  returned: { vi: 'Trả lại kèm ý kiến', en: 'Returned with comments' },
  format_check: { vi: 'Văn phòng kiểm tra thể thức', en: 'Format check by the office' },
  to_sign: { vi: 'Chờ ký', en: 'To sign' },
  signed: { vi: 'Đã ký', en: 'Signed' },
  released: { vi: 'Đã cấp số, phát hành', en: 'Numbered and released' },
  recalled: { vi: 'Đã thu hồi', en: 'Recalled' },
};

export const OUTGOING_ACTIONS = ['submit', 'return', 'forward', 'approve_format', 'sign', 'release', 'recall'] as const;
export type OutgoingAction = (typeof OUTGOING_ACTIONS)[number];

export interface OutgoingTransition {
  action: OutgoingAction;
  from: OutgoingState;
  to: OutgoingState;
  roles: readonly OfficerRole[];
  label: { vi: string; en: string };
}

const row = (action: OutgoingAction, from: OutgoingState, to: OutgoingState, roles: readonly OfficerRole[], vi: string, en: string): OutgoingTransition => ({
  action,
  from,
  to,
  roles,
  label: { vi, en },
});

/** The one table of the outgoing course; returning is one action whose taker depends on where the draft stands. */
export const OUTGOING_TRANSITIONS: readonly OutgoingTransition[] = [
  row('submit', 'draft', 'in_review', ['specialist'], 'Trình lãnh đạo phòng', 'Submit for review'),
  row('submit', 'returned', 'in_review', ['specialist'], 'Trình lại sau khi sửa', 'Submit again after changes'),
  row('return', 'in_review', 'returned', ['unit_head'], 'Trả lại kèm ý kiến', 'Return with comments'),
  row('forward', 'in_review', 'format_check', ['unit_head'], 'Chuyển văn phòng kiểm tra thể thức', 'Forward for the format check'),
  row('return', 'format_check', 'returned', ['document_clerk'], 'Trả lại do sai thể thức', 'Return for its format'),
  row('approve_format', 'format_check', 'to_sign', ['document_clerk'], 'Thể thức đúng, trình ký', 'Format checked, to sign'),
  row('return', 'to_sign', 'returned', ['agency_leader'], 'Không ký, trả lại kèm ý kiến', 'Decline to sign, with comments'),
  row('sign', 'to_sign', 'signed', ['agency_leader'], 'Ký số', 'Sign'),
  row('release', 'signed', 'released', ['document_clerk'], 'Cấp số, ngày tháng và phát hành', 'Number, date and release'),
  row('recall', 'released', 'recalled', ['agency_leader', 'document_clerk'], 'Thu hồi văn bản đã phát hành', 'Recall the released document'),
];

/** The transition an action makes from a state, or undefined when it does not apply there. */
export const outgoingTransition = (state: OutgoingState, action: OutgoingAction): OutgoingTransition | undefined =>
  OUTGOING_TRANSITIONS.find((transition) => transition.from === state && transition.action === action);

/** The state after the action by an officer with these roles at the agency, or why not. */
export function nextOutgoingState(
  state: OutgoingState,
  action: OutgoingAction,
  roles: readonly OfficerRole[],
): { state: OutgoingState } | { refusal: 'invalid_transition' | 'role_not_allowed' } {
  const transition = outgoingTransition(state, action);
  if (!transition) return { refusal: 'invalid_transition' };
  if (!transition.roles.some((role) => roles.includes(role))) return { refusal: 'role_not_allowed' };
  return { state: transition.to };
}

/** Every version of the draft is kept: a draft is edited only while its author holds it. */
export const outgoingEditable = (state: OutgoingState): boolean => state === 'draft' || state === 'returned';

/** Who an outgoing document is held by at each step: its author, the unit head of its unit, its chosen signer. */
export interface OutgoingHold {
  agencyId: string;
  authorId: string;
  /** The drafting unit, whose head reviews it; null when the author drafts for no unit (any unit head of the agency reviews it). */
  unitId: string | null;
  signerId: string;
}

interface OfficerGrants {
  id: string;
  grants: ReadonlyArray<{ role: OfficerRole; agencyId: string; unitId: string | null }>;
}

/**
 * Whether the officer may take the action on an outgoing document where it stands: a role the table
 * names at the document's agency, and the step's holder where the step has one (the author
 * submits, the head of the drafting unit reviews, the chosen signer signs or declines).
 */
export function mayTakeOutgoing(officer: OfficerGrants, state: OutgoingState, action: OutgoingAction, hold: OutgoingHold): boolean {
  const transition = outgoingTransition(state, action);
  if (!transition) return false;
  const grants = officer.grants.filter((grant) => grant.agencyId === hold.agencyId && transition.roles.includes(grant.role));
  if (grants.length === 0) return false;
  if (action === 'submit') return officer.id === hold.authorId;
  if (state === 'in_review') return grants.some((grant) => grant.role === 'unit_head' && (hold.unitId === null || grant.unitId === hold.unitId));
  if (state === 'to_sign') return officer.id === hold.signerId;
  return true;
}

/** The officer's queues of outgoing documents (văn bản đi của tôi), each the state its documents wait in. */
export const OUTGOING_QUEUES = { to_review: 'in_review', to_format_check: 'format_check', to_sign: 'to_sign', to_release: 'signed' } as const satisfies Record<string, OutgoingState>;
export type OutgoingQueue = keyof typeof OUTGOING_QUEUES;
