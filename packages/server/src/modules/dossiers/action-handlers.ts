import { type DossierAction, type ProcedureDefinition, type TransitionRule, fixedFeeVnd } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { type StepPost, officersForStep } from '../officers/index.js';
import type * as repo from './repo.js';
import type { ActionInput, TransitionContext } from './transition.js';

/**
 * Signs an approved dossier's result, in the approval's transaction (`db`), and names the file it
 * issued. The results module provides it (wired in app.ts), so that the dossier lifecycle needs
 * to know nothing of certificates and templates.
 */
export type SignResult = (approval: Approval & { db: Queryable; resultFileId: string | undefined }) => Promise<{ fileId: string }>;

/** Who approves which dossier, where and when. */
interface Approval {
  now: Date;
  actor: Actor & { kind: 'officer' };
  dossier: repo.DossierRow;
  approvingAgencyId: string;
  definition: ProcedureDefinition;
}

/** An approval waiting for the approver's remote signature: the dossier stays as it is until then. */
export interface AwaitingSignature {
  id: string;
  requestedAt: string;
  /** When the signer's time to confirm on their phone runs out. */
  expiresAt: string;
}

/**
 * Starts the approval of a leader who signs through a remote signing service: the result is
 * prepared and sent for signing, and the approval completes when the signature arrives (the
 * results module, wired in app.ts). Undefined when the approver's signature is at hand: the
 * approval goes on at once.
 */
export type DeferApproval = (approval: Approval & { db: Database; input: ActionInput }) => Promise<AwaitingSignature | undefined>;

/** What an action's handler sees and adds to: the change is written in one statement after it. */
export interface ActionWork {
  ctx: TransitionContext;
  rule: TransitionRule;
  dossier: repo.DossierRow;
  /** The step the dossier is at, if any. */
  open: repo.StepRow | undefined;
  input: ActionInput;
  changes: repo.DossierChanges;
  /** What the process-control record keeps of the action besides its comment. */
  data: Record<string, unknown>;
  /** The files recorded with the action. */
  attachmentIds: string[];
  /** The action records a payment: its event takes a number of the receiving agency's receipt book. */
  paysFee: boolean;
  changeOpenStep(change: Omit<repo.StepUpdate, 'id'>): void;
}

/**
 * The side effects of one action beyond what its row of the lifecycle says (state, step, clock).
 * `writesRows`: the handler writes rows of its own, so the action runs in a transaction with them.
 */
export interface ActionHandler {
  writesRows?: boolean;
  apply(work: ActionWork): Promise<void> | void;
}

/** A field the action's body schema requires, for the type's sake and for callers that bypass the route. */
function given<K extends keyof ActionInput>(work: ActionWork, name: K): NonNullable<ActionInput[K]> {
  const value = work.input[name];
  if (value === undefined || value === null) {
    const label = work.rule.input.find((field) => field.name === name)?.label ?? { vi: name, en: name };
    throw new AppError(400, 'missing_input', `Vui lòng nhập: ${label.vi}.`, `${label.en} is required.`, name);
  }
  return value as NonNullable<ActionInput[K]>;
}

/** The assignee must hold the step's role where the step runs. */
export async function assertCanHandle(db: Queryable, officerId: string, post: StepPost) {
  if ((await officersForStep(db, post, officerId)).length === 0) {
    throw new AppError(400, 'assignee_not_eligible', 'Cán bộ được phân công không có vai trò phù hợp với bước xử lý này.', 'The assignee does not hold the role this step needs.', 'assigneeId');
  }
}

/** A supplement request is counted, and lists what is missing for the paper the applicant gets (form 02). */
const requestSupplement: ActionHandler = {
  apply({ dossier, input, changes, data }) {
    changes.supplement_count = dossier.supplement_count + 1;
    if (input.missingComponents?.length) data.missingComponents = input.missingComponents;
  },
};

/** Documents handed in later are added to the components they belong to. */
const addSuppliedDocuments: ActionHandler = {
  apply({ dossier, input, changes }) {
    const added = input.components;
    if (!added?.length) return;
    changes.components = dossier.components.map((component) => {
      const extra = added.find((item) => item.code === component.code);
      return extra ? { ...component, fileIds: [...new Set([...component.fileIds, ...(extra.fileIds ?? [])])] } : component;
    });
  },
};

const requestFee: ActionHandler = {
  apply(work) {
    work.data.feeAmountVnd = given(work, 'feeAmountVnd');
  },
};

/**
 * The payment's receipt number is given as it is recorded, not counted when the receipt is printed.
 * A payment the system confirms came through the payment platform (the gateway's IPN or the fee
 * account's statement): the statistics count it as paid online.
 */
function recordPayment(work: ActionWork) {
  work.paysFee = true;
  if (work.ctx.actor.kind === 'system') work.data.method = 'online';
}

const confirmFeePaid: ActionHandler = { apply: recordPayment };

/** The procedure's fixed fee, due with an online submission, is paid before any officer received the dossier. */
const confirmFeePaidAtSubmission: ActionHandler = {
  async apply(work) {
    const amount = fixedFeeVnd(work.ctx.definition.fees);
    const { rows } = await work.ctx.db.query("SELECT 1 FROM dossier_events WHERE dossier_id = $1 AND action = 'confirm_fee_paid_at_submission'", [work.dossier.id]);
    if (rows.length > 0) throw new AppError(409, 'fee_already_paid', 'Phí, lệ phí của hồ sơ này đã được xác nhận.', 'The fee of this dossier is already confirmed paid.');
    if (amount === 0) throw new AppError(409, 'no_fee_due', 'Thủ tục này không có phí, lệ phí phải nộp khi nộp hồ sơ.', 'This procedure has no fee due at submission.');
    if (work.dossier.channel !== 'online') throw new AppError(409, 'no_fee_due', 'Chỉ hồ sơ nộp trực tuyến nộp phí, lệ phí trước khi tiếp nhận.', 'Only an online dossier pays its fee before reception.');
    work.data.feeAmountVnd = amount;
    recordPayment(work);
  },
};

/** The appointment and the open step's deadline move by working days; the apology is the comment. */
const extend: ActionHandler = {
  apply(work) {
    const { ctx, dossier, open, changes, data } = work;
    const days = given(work, 'extendWorkingDays');
    // A dossier being processed has been received, so it has an appointment.
    const previousDueAt = dossier.due_at!;
    const newDueAt = ctx.calendar.addWorkingDays(previousDueAt, days);
    Object.assign(changes, { due_at: newDueAt, extension_count: dossier.extension_count + 1 });
    if (open) work.changeOpenStep({ due_at: ctx.calendar.addWorkingDays(open.due_at, days) });
    Object.assign(data, { previousDueAt: previousDueAt.toISOString(), newDueAt: newDueAt.toISOString(), extendWorkingDays: days });
  },
};

/**
 * The result is signed in the approval's own transaction: a dossier is approved with its signed
 * result, or (no certificate, an expired one, a wrong password) not approved at all.
 */
const approve: ActionHandler = {
  writesRows: true,
  async apply({ ctx, dossier, open, input, changes, attachmentIds }) {
    const { actor } = ctx;
    if (actor.kind !== 'officer' || !open) throw new Error('Only an officer approves, at the last step');
    const issued = await ctx.signResult({
      db: ctx.db,
      now: ctx.now,
      actor,
      dossier,
      approvingAgencyId: open.agency_id,
      definition: ctx.definition,
      resultFileId: input.resultFileId,
    });
    attachmentIds.push(issued.fileId);
    changes.outcome = 'approved';
  },
};

const refuseResult: ActionHandler = {
  apply({ changes }) {
    changes.outcome = 'rejected';
  },
};

const returnResult: ActionHandler = {
  apply(work) {
    Object.assign(work.changes, { returned_at: work.ctx.now, return_method: given(work, 'returnMethod') });
  },
};

/** Handed to the post: the return is the posting, and the carrier and tracking number stay in the process-control record. */
const sendByPost: ActionHandler = {
  apply(work) {
    const trackingNumber = given(work, 'trackingNumber').trim().toUpperCase();
    Object.assign(work.data, { postalCarrier: given(work, 'postalCarrier'), trackingNumber });
    work.input.trackingNumber = trackingNumber;
    Object.assign(work.changes, { returned_at: work.ctx.now, return_method: 'post' });
  },
};

/** The signed result is in the applicant's account, and the notice of this action e-mails them. */
const deliverElectronically: ActionHandler = {
  apply(work) {
    Object.assign(work.changes, { returned_at: work.ctx.now, return_method: 'electronic' });
  },
};

const assign: ActionHandler = {
  async apply(work) {
    const { ctx, open, data } = work;
    const assigneeId = given(work, 'assigneeId');
    // Only a dossier being processed, hence at a step, can be assigned.
    await assertCanHandle(ctx.db, assigneeId, { role: open!.role, agencyId: open!.agency_id, unitId: open!.unit_id });
    work.changeOpenStep({ assignee_id: assigneeId });
    data.assigneeId = assigneeId;
  },
};

/**
 * The named handlers, by action. An action with none changes only what its row of the lifecycle
 * says; a new action with side effects gets its handler here.
 */
export const ACTION_HANDLERS: Partial<Record<DossierAction, ActionHandler>> = {
  request_supplement: requestSupplement,
  request_supplement_at_reception: requestSupplement,
  resubmit: addSuppliedDocuments,
  submit_supplement: addSuppliedDocuments,
  request_fee: requestFee,
  confirm_fee_paid: confirmFeePaid,
  confirm_fee_paid_at_submission: confirmFeePaidAtSubmission,
  extend,
  approve,
  refuse_result: refuseResult,
  return_result: returnResult,
  send_by_post: sendByPost,
  deliver_electronically: deliverElectronically,
  assign,
};
