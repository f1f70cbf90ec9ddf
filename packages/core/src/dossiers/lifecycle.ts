import type { OfficerRole } from '../access/roles.js';
import {
  type ActionField,
  type CommentAudience,
  assignee,
  attachments,
  extensionDays,
  feeAmount,
  missingDocuments,
  note,
  noteForApplicant,
  postalCarrier,
  reason,
  resultDocument,
  returnMethod,
  suppliedDocuments,
  trackingNumber,
} from './action-input.js';
import type { DossierState } from './states.js';

export const DOSSIER_ACTIONS = [
  'submit_online',
  'receive_at_counter',
  'receive',
  'request_supplement_at_reception',
  'refuse',
  'resubmit',
  'assign',
  'hand_over',
  'return_to_previous_step',
  'request_supplement',
  'submit_supplement',
  'request_fee',
  'confirm_fee_paid',
  'confirm_fee_paid_at_submission',
  'extend',
  'suspend',
  'resume',
  'stop',
  'withdraw',
  'approve',
  'refuse_result',
  'return_result',
  'send_by_post',
  'deliver_electronically',
] as const;

export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/**
 * Who may take an action:
 * - `applicant`: the citizen or organisation the dossier belongs to;
 * - `step_handler`: whoever holds the current step's role in the step's agency (and unit), or its
 *   assignee when the step has been assigned to one officer;
 * - an officer role, held in the agency named by the rule's `scope`;
 * - `system`: MotCua itself, on a fact it was told by a trusted party (a payment the gateway confirmed).
 */
export type ActorKind = 'applicant' | 'step_handler' | 'system' | OfficerRole;

/** The agency in which an officer's role is checked. */
export type RoleScope = 'receiving_agency' | 'current_step_agency';

/** What the action does to the pointer into the procedure's process. */
export type StepEffect = 'start' | 'advance' | 'back' | 'finish' | 'none';

/** What the action does to the statutory clock (time waiting for the applicant does not count). */
export type ClockEffect = 'start' | 'pause' | 'resume' | 'stop' | 'none';

export interface TransitionRule {
  action: DossierAction;
  /** `new` = the action creates the dossier. */
  from: ReadonlyArray<DossierState | 'new'>;
  to: DossierState;
  by: readonly ActorKind[];
  scope: RoleScope;
  step: StepEffect;
  clock: ClockEffect;
  /**
   * What the action takes besides the dossier version it acts on. A required `comment` is a
   * written reason (it is printed on the paper handed to the applicant).
   */
  input: readonly ActionField[];
  /** Where in the process the dossier must be. */
  position?: 'not_last' | 'last' | 'not_first';
  label: { vi: string; en: string };
}

const leaders: OfficerRole[] = ['unit_head', 'agency_leader'];
/** An officer's note, and their mark if it is for the applicant too. */
const officerNote = [note, noteForApplicant] as const;
const waitingForApplicant: DossierState[] = ['supplement_requested', 'awaiting_fee'];
const RETURN_REASON = { vi: 'Lý do trả lại', en: 'Why it goes back' };
const RETURN_HELP = { vi: 'Gửi cán bộ của bước trước; người nộp không xem được, trừ khi đánh dấu "Gửi cho người nộp".', en: 'For the officers of the previous step; the applicant does not see it unless marked "For the applicant".' };
const apology = reason(
  { vi: 'Lý do chậm và lời xin lỗi', en: 'Reason for the delay and apology' },
  { vi: 'Nội dung văn bản xin lỗi và đề nghị gia hạn (mẫu 04) gửi công dân.', en: 'The text of the apology and extension letter (form 04) sent to the applicant.' },
  {
    vi: 'Cơ quan chúng tôi chân thành xin lỗi ông/bà vì hồ sơ chưa được giải quyết đúng hạn. Lý do: ',
    en: 'We sincerely apologise that your dossier could not be processed on time. Reason: ',
  },
);

/** The dossier lifecycle of Decree 61/2018 (as amended) and Decree 118/2025, as data. */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'submit_online', from: ['new'], to: 'submitted', by: ['applicant'], scope: 'receiving_agency', step: 'none', clock: 'none', input: [note, attachments], label: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit online' } },
  { action: 'receive_at_counter', from: ['new'], to: 'processing', by: ['receiving_officer'], scope: 'receiving_agency', step: 'start', clock: 'start', input: [...officerNote, attachments], label: { vi: 'Tiếp nhận hồ sơ tại quầy', en: 'Receive at the counter' } },
  { action: 'receive', from: ['submitted'], to: 'processing', by: ['receiving_officer'], scope: 'receiving_agency', step: 'start', clock: 'start', input: [...officerNote, attachments], label: { vi: 'Tiếp nhận hồ sơ', en: 'Receive' } },
  { action: 'request_supplement_at_reception', from: ['submitted'], to: 'supplement_before_reception', by: ['receiving_officer'], scope: 'receiving_agency', step: 'none', clock: 'none', input: [missingDocuments, reason(), attachments], label: { vi: 'Yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Request a supplement before reception' } },
  { action: 'refuse', from: ['submitted'], to: 'refused', by: ['receiving_officer'], scope: 'receiving_agency', step: 'none', clock: 'none', input: [reason(), attachments], label: { vi: 'Từ chối tiếp nhận', en: 'Refuse' } },
  { action: 'resubmit', from: ['supplement_before_reception'], to: 'submitted', by: ['applicant'], scope: 'receiving_agency', step: 'none', clock: 'none', input: [note, suppliedDocuments], label: { vi: 'Nộp lại hồ sơ đã bổ sung', en: 'Resubmit' } },
  { action: 'assign', from: ['processing'], to: 'processing', by: leaders, scope: 'current_step_agency', step: 'none', clock: 'none', input: [assignee(true), ...officerNote, attachments], label: { vi: 'Phân công xử lý', en: 'Assign' } },
  { action: 'hand_over', from: ['processing'], to: 'processing', by: ['step_handler'], scope: 'current_step_agency', step: 'advance', clock: 'none', position: 'not_last', input: [assignee(false), ...officerNote, attachments], label: { vi: 'Chuyển bước tiếp theo', en: 'Hand over to the next step' } },
  { action: 'return_to_previous_step', from: ['processing'], to: 'processing', by: ['step_handler'], scope: 'current_step_agency', step: 'back', clock: 'none', position: 'not_first', input: [reason(RETURN_REASON, RETURN_HELP, undefined, 'internal'), noteForApplicant, attachments], label: { vi: 'Trả lại bước trước', en: 'Return to the previous step' } },
  { action: 'request_supplement', from: ['processing'], to: 'supplement_requested', by: ['step_handler'], scope: 'current_step_agency', step: 'none', clock: 'pause', input: [missingDocuments, reason(), attachments], label: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Request a supplement' } },
  { action: 'submit_supplement', from: ['supplement_requested'], to: 'processing', by: ['applicant', 'receiving_officer'], scope: 'receiving_agency', step: 'none', clock: 'resume', input: [...officerNote, suppliedDocuments, attachments], label: { vi: 'Tiếp nhận hồ sơ bổ sung', en: 'Supplement received' } },
  { action: 'request_fee', from: ['processing'], to: 'awaiting_fee', by: ['step_handler'], scope: 'current_step_agency', step: 'none', clock: 'pause', input: [feeAmount, reason(), attachments], label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Request the fee' } },
  { action: 'confirm_fee_paid', from: ['awaiting_fee'], to: 'processing', by: ['receiving_officer', 'system'], scope: 'receiving_agency', step: 'none', clock: 'resume', input: [...officerNote, attachments], label: { vi: 'Xác nhận đã nộp phí, lệ phí', en: 'Confirm the fee paid' } },
  { action: 'confirm_fee_paid_at_submission', from: ['submitted'], to: 'submitted', by: ['receiving_officer', 'system'], scope: 'receiving_agency', step: 'none', clock: 'none', input: [...officerNote, attachments], label: { vi: 'Xác nhận đã nộp phí, lệ phí khi nộp hồ sơ', en: 'Confirm the fee paid at submission' } },
  { action: 'extend', from: ['processing'], to: 'processing', by: leaders, scope: 'current_step_agency', step: 'none', clock: 'none', input: [extensionDays, apology, attachments], label: { vi: 'Xin lỗi và gia hạn thời gian giải quyết', en: 'Apologise and extend' } },
  { action: 'suspend', from: ['processing'], to: 'suspended', by: ['agency_leader'], scope: 'current_step_agency', step: 'none', clock: 'pause', input: [reason(), attachments], label: { vi: 'Tạm dừng xử lý', en: 'Suspend' } },
  { action: 'resume', from: ['suspended'], to: 'processing', by: ['agency_leader'], scope: 'current_step_agency', step: 'none', clock: 'resume', input: [...officerNote, attachments], label: { vi: 'Tiếp tục xử lý', en: 'Resume' } },
  { action: 'stop', from: ['processing', 'suspended', ...waitingForApplicant], to: 'stopped', by: ['agency_leader'], scope: 'current_step_agency', step: 'finish', clock: 'stop', input: [reason(), attachments], label: { vi: 'Dừng giải quyết hồ sơ', en: 'Stop processing' } },
  { action: 'withdraw', from: ['submitted', 'supplement_before_reception', 'processing', 'suspended', ...waitingForApplicant], to: 'withdrawn', by: ['applicant', 'receiving_officer'], scope: 'receiving_agency', step: 'finish', clock: 'stop', input: [reason(), attachments], label: { vi: 'Rút hồ sơ theo đề nghị của công dân', en: 'Withdraw at the applicant’s request' } },
  { action: 'approve', from: ['processing'], to: 'result_ready', by: ['step_handler'], scope: 'current_step_agency', step: 'finish', clock: 'stop', position: 'last', input: [resultDocument, ...officerNote, attachments], label: { vi: 'Phê duyệt kết quả', en: 'Approve the result' } },
  { action: 'refuse_result', from: ['processing'], to: 'result_ready', by: ['step_handler'], scope: 'current_step_agency', step: 'finish', clock: 'stop', position: 'last', input: [reason(), attachments], label: { vi: 'Từ chối giải quyết (có văn bản nêu lý do)', en: 'Refuse the request, with reasons' } },
  { action: 'return_result', from: ['result_ready'], to: 'returned', by: ['receiving_officer'], scope: 'receiving_agency', step: 'none', clock: 'none', input: [returnMethod, ...officerNote, attachments], label: { vi: 'Trả kết quả', en: 'Return the result' } },
  { action: 'send_by_post', from: ['result_ready'], to: 'returned', by: ['receiving_officer'], scope: 'receiving_agency', step: 'none', clock: 'none', input: [postalCarrier, trackingNumber, ...officerNote, attachments], label: { vi: 'Gửi kết quả qua bưu chính', en: 'Send the result by post' } },
  { action: 'deliver_electronically', from: ['result_ready'], to: 'returned', by: ['system'], scope: 'receiving_agency', step: 'none', clock: 'none', input: [note], label: { vi: 'Trả kết quả điện tử', en: 'Deliver the result electronically' } },
];

const RULES_BY_ACTION = new Map(TRANSITIONS.map((rule) => [rule.action, rule]));

export function ruleFor(action: DossierAction): TransitionRule {
  const rule = RULES_BY_ACTION.get(action);
  if (!rule) throw new Error(`No transition rule for ${action}`);
  return rule;
}

/** The action must carry a written reason. */
export const needsReason = (rule: TransitionRule): boolean => rule.input.some((field) => field.name === 'comment' && field.required);

/** The action creates the dossier (its input comes with the dossier's own, not on an action route). */
export const createsDossier = (rule: TransitionRule): boolean => rule.from.includes('new');

/** An officer may take the action on an existing dossier (the others are the applicant's alone, or create one). */
export const officersTake = (rule: TransitionRule): boolean => !createsDossier(rule) && rule.by.some((kind) => kind !== 'applicant' && kind !== 'system');

/** Whom the action's comment is written for (every rule takes one comment: lifecycle.test.ts). */
export function commentAudience(rule: TransitionRule): CommentAudience {
  const field = rule.input.find((item) => item.kind === 'comment');
  return field?.kind === 'comment' ? field.audience : 'internal';
}

/**
 * Whether the applicant may read the comment recorded with an action: what they wrote themselves,
 * a reason addressed to them (printed on their paper), or an officer's note the officer marked
 * for them. Every other comment stays between the officers: citizen pages, public tracking,
 * notices and papers show only these.
 */
export function commentReachesApplicant(event: { action: DossierAction; actorKind: 'officer' | 'applicant' | 'system'; markedForApplicant: boolean }): boolean {
  if (event.actorKind === 'applicant') return true;
  return commentAudience(ruleFor(event.action)) === 'applicant' || event.markedForApplicant;
}

/** The actions the applicant takes on a dossier they handed in. */
export const APPLICANT_ACTIONS = ['resubmit', 'submit_supplement', 'withdraw'] as const satisfies readonly DossierAction[];
export type ApplicantAction = (typeof APPLICANT_ACTIONS)[number];

export interface TransitionRequest {
  action: DossierAction;
  state: DossierState | 'new';
  /** Index of the current process step, or null before reception. */
  stepIndex: number | null;
  stepCount: number;
  /** The kinds the acting person qualifies as for this dossier (resolved by the caller's policy). */
  actorKinds: ReadonlySet<ActorKind>;
  reason?: string | undefined;
}

export type TransitionRefusal = {
  code: 'invalid_state' | 'forbidden' | 'invalid_position' | 'reason_required';
  vi: string;
  en: string;
};

export type TransitionDecision =
  | { ok: true; rule: TransitionRule; to: DossierState; nextStepIndex: number | null }
  | { ok: false; refusal: TransitionRefusal };

function nextStepIndex(effect: StepEffect, current: number | null): number | null {
  switch (effect) {
    case 'start':
      return 0;
    case 'advance':
      return (current ?? -1) + 1;
    case 'back':
      return (current ?? 1) - 1;
    case 'finish':
      return null;
    case 'none':
      return current;
  }
}

function positionHolds(position: TransitionRule['position'], stepIndex: number | null, stepCount: number): boolean {
  if (position === undefined) return true;
  if (stepIndex === null) return false;
  if (position === 'last') return stepIndex === stepCount - 1;
  if (position === 'not_last') return stepIndex < stepCount - 1;
  return stepIndex > 0;
}

/** Decides whether an action may happen now. The caller persists the outcome in one transaction. */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const rule = ruleFor(request.action);
  if (!rule.from.includes(request.state)) {
    return {
      ok: false,
      refusal: {
        code: 'invalid_state',
        vi: `Không thể "${rule.label.vi.toLowerCase()}" khi hồ sơ ở trạng thái hiện tại.`,
        en: `"${rule.label.en}" is not allowed in the dossier's current state (${request.state}).`,
      },
    };
  }
  if (!rule.by.some((kind) => request.actorKinds.has(kind))) {
    return {
      ok: false,
      refusal: {
        code: 'forbidden',
        vi: `Bạn không có quyền "${rule.label.vi.toLowerCase()}" đối với hồ sơ này.`,
        en: `You may not "${rule.label.en.toLowerCase()}" on this dossier.`,
      },
    };
  }
  if (!positionHolds(rule.position, request.stepIndex, request.stepCount)) {
    const messages = {
      last: { vi: 'Chỉ phê duyệt ở bước cuối của quy trình.', en: 'Only allowed at the last step of the process.' },
      not_last: { vi: 'Đây là bước cuối: hãy phê duyệt hoặc từ chối kết quả.', en: 'This is the last step: approve or refuse the result.' },
      not_first: { vi: 'Đây là bước đầu tiên, không có bước trước để trả lại.', en: 'This is the first step: there is no previous step.' },
    } as const;
    return { ok: false, refusal: { code: 'invalid_position', ...messages[rule.position ?? 'last'] } };
  }
  if (needsReason(rule) && !request.reason?.trim()) {
    return {
      ok: false,
      refusal: { code: 'reason_required', vi: 'Vui lòng nêu rõ lý do.', en: 'A reason is required.' },
    };
  }
  return { ok: true, rule, to: rule.to, nextStepIndex: nextStepIndex(rule.step, request.stepIndex) };
}

/** The actions a person could take now, for showing exactly the allowed buttons. */
export function availableActions(
  context: Omit<TransitionRequest, 'action' | 'reason' | 'actorKinds'>,
  actorKindsFor: (rule: TransitionRule) => ReadonlySet<ActorKind>,
): DossierAction[] {
  return TRANSITIONS.filter(
    (rule) => decideTransition({ ...context, action: rule.action, actorKinds: actorKindsFor(rule), reason: 'given' }).ok,
  ).map((rule) => rule.action);
}
