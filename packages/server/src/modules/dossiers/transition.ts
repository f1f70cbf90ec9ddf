import {
  type DossierAction,
  type NotificationChannel,
  type PostalCarrier,
  type ProcedureDefinition,
  type ReturnMethod,
  type TransitionRule,
  type WorkCalendar,
  commentReachesApplicant,
  contactConfirmed,
  notifiesApplicant,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { type Actor, actorId, actorName } from '../../platform/actor.js';
import { auditEntry } from '../../platform/audit.js';
import { findAgencyByCode, findUnit } from '../agencies/index.js';
import { applicantNotifications } from '../notifications/index.js';
import { ACTION_HANDLERS, type ActionWork, type SignResult, assertCanHandle } from './action-handlers.js';
import * as repo from './repo.js';

/** What the person acting handed in with the action (its fields are declared by the action's row of the lifecycle). */
export interface ActionInput {
  comment?: string | undefined;
  /** The officer marks their note for the applicant (else it stays between officers). */
  commentForApplicant?: boolean | undefined;
  /** Sending the result by post: the carrier and the item's tracking number. */
  postalCarrier?: PostalCarrier | undefined;
  trackingNumber?: string | undefined;
  attachmentIds?: string[] | undefined;
  /** Officer who will handle the next step (hand-over) or the current one (assign). */
  assigneeId?: string | undefined;
  /** Extension: how many working days the appointment moves. */
  extendWorkingDays?: number | undefined;
  returnMethod?: ReturnMethod | undefined;
  feeAmountVnd?: number | undefined;
  /** Supplement requests: what is missing or wrong, printed on the request (form 02). */
  missingComponents?: Array<{ name: string; reason: string }> | undefined;
  /** Supplements and resubmissions: documents added to components. */
  components?: Array<{ code: string; fileIds?: string[] | undefined }> | undefined;
  /** Approval: the officer's PDF of the result, to be signed; without it the result is written from the procedure's template. */
  resultFileId?: string | undefined;
}

export interface TransitionContext {
  /** Reads only: everything the transition writes goes out in one statement at the end. */
  db: Queryable;
  calendar: WorkCalendar;
  /** Signs the result of an approval. */
  signResult: SignResult;
  now: Date;
  actor: Actor;
  definition: ProcedureDefinition;
  /** The channels the applicant is told on, if the action concerns them. */
  notify: ReadonlySet<NotificationChannel>;
  /** A new dossier's code is drawn from this counter as it is saved. */
  numbering?: repo.Numbering | undefined;
  /** The citizen's draft a new dossier is submitted from, deleted as the dossier is saved. */
  draft?: repo.DraftSubmission | undefined;
}

/** Where a step of the process runs for this dossier, and the role it needs there. */
export async function stepPlacement(db: Queryable, definition: ProcedureDefinition, stepIndex: number, competentAgencyId: string) {
  const step = definition.process[stepIndex]!;
  const agencyId = step.agency.kind === 'competent' ? competentAgencyId : (await findAgencyByCode(db, step.agency.agencyCode))?.id;
  if (!agencyId) throw new Error(`Step ${step.code} names an agency that no longer exists`);
  const unitId = step.unitCode ? ((await findUnit(db, agencyId, step.unitCode))?.id ?? null) : null;
  return { step, role: step.role, agencyId, unitId };
}

async function newStep(ctx: TransitionContext, dossier: repo.DossierRow, stepIndex: number, assigneeId: string | null, dossierDueAt: Date): Promise<repo.NewStep> {
  const placement = await stepPlacement(ctx.db, ctx.definition, stepIndex, dossier.competent_agency_id);
  if (assigneeId) await assertCanHandle(ctx.db, assigneeId, placement);
  const shareMinutes = placement.step.shareDays * ctx.calendar.minutesPerWorkingDay;
  return {
    dossier_id: dossier.id,
    step_index: stepIndex,
    step_code: placement.step.code,
    name: placement.step.name,
    role: placement.step.role,
    agency_id: placement.agencyId,
    unit_id: placement.unitId,
    assignee_id: assigneeId,
    started_at: ctx.now,
    due_at: shareMinutes > 0 ? ctx.calendar.addWorkingMinutes(ctx.now, shareMinutes) : dossierDueAt,
  };
}

/**
 * Carries out a transition the lifecycle allowed: moves the clock, the step pointer and the state,
 * runs the action's named handler for its other effects, and writes the dossier, its steps, the
 * process-control record and the audit entry in one statement. `open` is the step the dossier is
 * at (none for a new dossier).
 */
export async function carryOut(
  ctx: TransitionContext,
  dossier: repo.DossierRow,
  open: repo.StepRow | undefined,
  rule: TransitionRule,
  nextStepIndex: number | null,
  input: ActionInput,
): Promise<repo.DossierRow> {
  const { calendar, now } = ctx;
  const creating = rule.from.includes('new');
  const changes: repo.DossierChanges = { state: rule.to, current_step_index: nextStepIndex };
  const stepUpdates: repo.StepUpdate[] = [];
  const openStepChange = (change: Omit<repo.StepUpdate, 'id'>) => {
    if (open) stepUpdates.push({ id: open.id, ...change });
  };
  const data: Record<string, unknown> = {};

  switch (rule.clock) {
    case 'start': {
      const dueAt = calendar.appointmentFor(now, ctx.definition.processingDays, { cutoff: ctx.definition.cutoffTime });
      Object.assign(changes, { received_at: now, due_at: dueAt, original_due_at: dueAt });
      break;
    }
    case 'pause':
      changes.clock_paused_at = now;
      break;
    case 'resume': {
      // Time spent waiting for the applicant does not count: every deadline moves by it.
      const waited = dossier.clock_paused_at ? calendar.workingMinutesBetween(dossier.clock_paused_at, now) : 0;
      const shift = (at: Date | null) => (at && waited > 0 ? calendar.addWorkingMinutes(at, waited) : at);
      Object.assign(changes, { clock_paused_at: null, due_at: shift(dossier.due_at), original_due_at: shift(dossier.original_due_at) });
      if (open && waited > 0) openStepChange({ due_at: shift(open.due_at)! });
      data.waitedWorkingMinutes = waited;
      break;
    }
    case 'stop':
      Object.assign(changes, { finished_at: now, clock_paused_at: null });
      break;
    case 'none':
      break;
  }

  const action: DossierAction = rule.action;
  const work: ActionWork = { ctx, rule, dossier, open, input, changes, data, attachmentIds: [...(input.attachmentIds ?? [])], paysFee: false, changeOpenStep: openStepChange };
  await ACTION_HANDLERS[action]?.apply(work);
  const dueAt = changes.due_at !== undefined ? changes.due_at : dossier.due_at;

  let toAgencyId: string | null = open?.agency_id ?? null;
  let stepInsert: repo.NewStep | undefined;
  if (rule.step !== 'none' && open) openStepChange({ finished_at: now, finished_by: actorId(ctx.actor) });
  if (rule.step !== 'none' && nextStepIndex !== null) {
    const assignee = rule.step === 'back' ? ((await repo.lastVisitOf(ctx.db, dossier.id, nextStepIndex))?.assignee_id ?? null) : (input.assigneeId ?? null);
    stepInsert = await newStep(ctx, dossier, nextStepIndex, assignee, dueAt ?? now);
    toAgencyId = stepInsert.agency_id;
  } else if (rule.step === 'finish') {
    toAgencyId = dossier.receiving_agency_id;
  }

  const result = { ...dossier, ...changes, version: creating ? 1 : dossier.version + 1 } as repo.DossierRow;
  const comment = input.comment?.trim() ?? '';
  const markedForApplicant = ctx.actor.kind === 'officer' && input.commentForApplicant === true;
  const forApplicant = commentReachesApplicant({ action, actorKind: ctx.actor.kind, markedForApplicant });
  const confirmed = contactConfirmed({ channel: dossier.channel, fromAccount: dossier.citizen_id !== null, received: result.received_at !== null });
  const notifications =
    notifiesApplicant(action) && confirmed && ctx.notify.size > 0
      ? applicantNotifications(ctx.notify, { email: dossier.applicant_email, phone: dossier.applicant_phone }, {
          action,
          lookupCode: dossier.lookup_code,
          procedureName: ctx.definition.name,
          applicantType: dossier.applicant_type,
          applicantName: dossier.applicant_name,
          agencyId: open?.agency_id ?? dossier.receiving_agency_id,
          handlerName: ctx.actor.kind === 'officer' ? actorName(ctx.actor) : '',
          occurredAt: now,
          dueAt: result.due_at,
          // An internal note never reaches the applicant's notices.
          reason: forApplicant ? comment : '',
          missingComponents: input.missingComponents ?? [],
          feeAmountVnd: input.feeAmountVnd ?? null,
          returnMethod: changes.return_method ?? input.returnMethod ?? null,
          posting: input.postalCarrier && input.trackingNumber ? { carrier: input.postalCarrier, trackingNumber: input.trackingNumber } : null,
        })
      : [];
  const numberedAs = await repo.persistChange(ctx.db, {
    mode: creating ? 'insert' : 'update',
    numbering: ctx.numbering,
    feeReceipt: work.paysFee ? { agencyId: dossier.receiving_agency_id } : undefined,
    draft: ctx.draft,
    dossierId: dossier.id,
    expectedVersion: dossier.version,
    dossier: creating ? { ...result, updated_at: now } : changes,
    stepUpdates,
    stepInserts: stepInsert ? [stepInsert] : [],
    event: {
      dossier_id: dossier.id,
      action,
      from_state: creating ? null : dossier.state,
      to_state: rule.to,
      from_step_index: dossier.current_step_index,
      to_step_index: nextStepIndex,
      from_agency_id: open?.agency_id ?? (creating ? null : dossier.receiving_agency_id),
      to_agency_id: toAgencyId ?? dossier.receiving_agency_id,
      actor_kind: ctx.actor.kind,
      actor_officer_id: actorId(ctx.actor),
      actor_name: actorName(ctx.actor),
      comment,
      comment_for_applicant: markedForApplicant,
      attachment_ids: work.attachmentIds,
      data,
      occurred_at: now,
    },
    notifications,
    audit: auditEntry(ctx.actor, { action: `dossier.${action}`, entityType: 'dossier', entityId: dossier.code, details: { from: creating ? null : dossier.state, to: rule.to } }),
  });
  return numberedAs ? { ...result, code: numberedAs } : result;
}
