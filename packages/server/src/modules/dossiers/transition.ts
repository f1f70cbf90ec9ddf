import type { DossierAction, ProcedureDefinition, ReturnMethod, TransitionRule, WorkCalendar } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { type Actor, actorId, actorName } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { findAgencyByCode, findUnit } from '../agencies/service.js';
import * as repo from './repo.js';

/** What the person acting handed in with the action. */
export interface ActionInput {
  comment?: string | undefined;
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
}

export interface TransitionContext {
  tx: Queryable;
  calendar: WorkCalendar;
  now: Date;
  actor: Actor;
  definition: ProcedureDefinition;
}

const missing = (field: string, vi: string, en: string) => new AppError(400, 'missing_input', vi, en, field);

async function stepPlacement(tx: Queryable, definition: ProcedureDefinition, stepIndex: number, competentAgencyId: string) {
  const step = definition.process[stepIndex]!;
  const agencyId = step.agency.kind === 'competent' ? competentAgencyId : (await findAgencyByCode(tx, step.agency.agencyCode))?.id;
  if (!agencyId) throw new Error(`Step ${step.code} names an agency that no longer exists`);
  const unitId = step.unitCode ? ((await findUnit(tx, agencyId, step.unitCode))?.id ?? null) : null;
  return { step, agencyId, unitId };
}

/** The assignee must hold the step's role where the step runs. */
async function assertCanHandle(tx: Queryable, officerId: string, placement: { step: { role: string }; agencyId: string; unitId: string | null }) {
  const { rowCount } = await tx.query(
    `SELECT 1 FROM officer_roles r JOIN officers o ON o.id = r.officer_id
      WHERE r.officer_id = $1 AND o.active AND r.role = $2 AND r.agency_id = $3 AND ($4::uuid IS NULL OR r.unit_id IS NULL OR r.unit_id = $4)`,
    [officerId, placement.step.role, placement.agencyId, placement.unitId],
  );
  if (rowCount === 0) {
    throw new AppError(400, 'assignee_not_eligible', 'Cán bộ được phân công không có vai trò phù hợp với bước xử lý này.', 'The assignee does not hold the role this step needs.', 'assigneeId');
  }
}

async function openStepAt(
  ctx: TransitionContext,
  dossier: repo.DossierRow,
  stepIndex: number,
  assigneeId: string | null,
  dossierDueAt: Date,
): Promise<string> {
  const placement = await stepPlacement(ctx.tx, ctx.definition, stepIndex, dossier.competent_agency_id);
  if (assigneeId) await assertCanHandle(ctx.tx, assigneeId, placement);
  const shareMinutes = placement.step.shareDays * ctx.calendar.minutesPerWorkingDay;
  await repo.openStep(ctx.tx, {
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
  });
  return placement.agencyId;
}

function mergeComponents(current: repo.ReceivedComponent[], added: ActionInput['components']): repo.ReceivedComponent[] | undefined {
  if (!added?.length) return undefined;
  return current.map((component) => {
    const extra = added.find((item) => item.code === component.code);
    return extra ? { ...component, fileIds: [...new Set([...component.fileIds, ...(extra.fileIds ?? [])])] } : component;
  });
}

/**
 * Carries out a transition the lifecycle allowed: moves the clock, the step pointer and the
 * state, and writes the process-control record and the audit entry. Runs inside the caller's
 * transaction with the dossier row locked.
 */
export async function carryOut(
  ctx: TransitionContext,
  dossier: repo.DossierRow,
  rule: TransitionRule,
  nextStepIndex: number | null,
  input: ActionInput,
): Promise<repo.DossierRow> {
  const { tx, calendar, now } = ctx;
  const creating = rule.from.includes('new');
  const changes: repo.DossierChanges = { state: rule.to, current_step_index: nextStepIndex };
  const open = creating ? undefined : await repo.currentStep(tx, dossier.id);
  const data: Record<string, unknown> = {};
  let dueAt = dossier.due_at;

  switch (rule.clock) {
    case 'start': {
      dueAt = calendar.appointmentFor(now, ctx.definition.processingDays, { cutoff: ctx.definition.cutoffTime });
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
      dueAt = shift(dossier.due_at);
      Object.assign(changes, { clock_paused_at: null, due_at: dueAt, original_due_at: shift(dossier.original_due_at) });
      if (open && waited > 0) await repo.updateOpenStep(tx, open.id, { due_at: shift(open.due_at)! });
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
  switch (action) {
    case 'request_supplement':
    case 'request_supplement_at_reception':
      changes.supplement_count = dossier.supplement_count + 1;
      if (input.missingComponents?.length) data.missingComponents = input.missingComponents;
      break;
    case 'resubmit':
    case 'submit_supplement':
      changes.components = mergeComponents(dossier.components, input.components);
      break;
    case 'request_fee':
      if (!input.feeAmountVnd) throw missing('feeAmountVnd', 'Vui lòng nhập số tiền phí, lệ phí phải nộp.', 'feeAmountVnd is required.');
      data.feeAmountVnd = input.feeAmountVnd;
      break;
    case 'extend': {
      if (!input.extendWorkingDays || !dossier.due_at) {
        throw missing('extendWorkingDays', 'Vui lòng nhập số ngày làm việc gia hạn.', 'extendWorkingDays is required.');
      }
      const newDueAt = calendar.addWorkingDays(dossier.due_at, input.extendWorkingDays);
      dueAt = newDueAt;
      Object.assign(changes, { due_at: newDueAt, extension_count: dossier.extension_count + 1 });
      if (open) await repo.updateOpenStep(tx, open.id, { due_at: calendar.addWorkingDays(open.due_at, input.extendWorkingDays) });
      Object.assign(data, { previousDueAt: dossier.due_at.toISOString(), newDueAt: newDueAt.toISOString(), extendWorkingDays: input.extendWorkingDays });
      break;
    }
    case 'approve':
      changes.outcome = 'approved';
      break;
    case 'refuse_result':
      changes.outcome = 'rejected';
      break;
    case 'return_result':
      if (!input.returnMethod) throw missing('returnMethod', 'Vui lòng chọn hình thức trả kết quả.', 'returnMethod is required.');
      Object.assign(changes, { returned_at: now, return_method: input.returnMethod });
      break;
    case 'assign': {
      if (!input.assigneeId || !open) throw missing('assigneeId', 'Vui lòng chọn cán bộ được phân công.', 'assigneeId is required.');
      await assertCanHandle(tx, input.assigneeId, { step: open, agencyId: open.agency_id, unitId: open.unit_id });
      await repo.updateOpenStep(tx, open.id, { assignee_id: input.assigneeId });
      data.assigneeId = input.assigneeId;
      break;
    }
    default:
      break;
  }

  const result = { ...dossier, ...changes, version: creating ? 1 : dossier.version + 1 } as repo.DossierRow;
  if (creating) {
    await repo.insertDossier(tx, result);
  } else if (!(await repo.updateDossier(tx, dossier.id, dossier.version, changes))) {
    throw new AppError(409, 'version_conflict', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.', 'The dossier was changed by someone else. Reload it.');
  }

  let toAgencyId: string | null = open?.agency_id ?? null;
  if (rule.step !== 'none' && open) await repo.closeStep(tx, open.id, now, actorId(ctx.actor));
  if (rule.step !== 'none' && nextStepIndex !== null) {
    const assignee =
      rule.step === 'back' ? ((await repo.lastVisitOf(tx, dossier.id, nextStepIndex))?.assignee_id ?? null) : (input.assigneeId ?? null);
    toAgencyId = await openStepAt(ctx, dossier, nextStepIndex, assignee, dueAt ?? now);
  } else if (rule.step === 'finish') {
    toAgencyId = dossier.receiving_agency_id;
  }

  await repo.insertEvent(tx, {
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
    comment: input.comment?.trim() ?? '',
    attachment_ids: input.attachmentIds ?? [],
    data,
    occurred_at: now,
  });
  await appendAudit(tx, ctx.actor, { action: `dossier.${action}`, entityType: 'dossier', entityId: dossier.code, details: { from: dossier.state, to: rule.to } });
  return result;
}
