import { type DossierState, type OfficerRole, ROLE_LABELS, STATE_LABELS, type TransitionRule, availableActions } from '@motcua/core';
import { dossierNotifications } from '../notifications/index.js';
import type { AppContext } from '../../app-context.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { containsText } from '../../db/like.js';
import { SqlParams } from '../../db/sql-params.js';
import { notFound } from '../../platform/errors.js';
import { officerKindsFor } from '../../platform/policies.js';
import { QUEUES, type Queue, type RuleClock, SEE_DOSSIER, queueRule } from '../../platform/dossier-rules.js';
import { MICROSECONDS, pageOf } from '../../platform/keyset.js';
import { afterCursor, decodeCursor } from './cursor.js';
import { describeFiles } from '../files/index.js';
import { definitionOf } from './definitions.js';
import * as repo from './repo.js';
import { DOSSIER, assertOfficerSees, currentStepOf } from './service.js';
import { applicantOf, dossierDeadline, stateView, stepHistory, stepTiming } from './views.js';
import { iso } from '../../platform/instants.js';

/** Everything an officer sees on the dossier page, with exactly the actions they may take now. */
export async function dossierDetail(ctx: AppContext, actor: Actor & { kind: 'officer' }, code: string) {
  const { db } = ctx;
  const { officer } = actor;
  const found = await repo.findDossierAtStep(db, code);
  if (!found) throw notFound(DOSSIER);
  assertOfficerSees(officer, found);
  const { dossier, open: current } = found;
  // Personal data law: every officer's look at a dossier is recorded.
  await appendAudit(db, actor, { action: 'dossier.view', entityType: 'dossier', entityId: dossier.code });
  const [definition, steps, calendar, events, notifications, names] = await Promise.all([
    definitionOf(db, dossier.procedure_version_id),
    stepHistory(db, dossier.id),
    ctx.calendar.current(),
    repo.listEvents(db, dossier.id),
    dossierNotifications(db, dossier.id),
    db.query<{ receiving: string; competent: string; receiving_code: string; version: number }>(
      `SELECT r.name AS receiving, r.code AS receiving_code, c.name AS competent, v.version
         FROM agency_directory r, agency_directory c, procedure_version_catalogue v WHERE r.id = $1 AND c.id = $2 AND v.id = $3`,
      [dossier.receiving_agency_id, dossier.competent_agency_id, dossier.procedure_version_id],
    ),
  ]);
  // The name, type and size of every file the dossier holds, in one query.
  const files = await describeFiles(db, [...dossier.components.flatMap((component) => component.fileIds), ...events.flatMap((event) => event.attachment_ids)]);
  const filesOf = (ids: readonly string[]) => ids.flatMap((id) => files.get(id.toLowerCase()) ?? []);
  const now = ctx.now();
  const kindsFor = (rule: TransitionRule) =>
    officerKindsFor(officer, rule, { receivingAgencyId: dossier.receiving_agency_id, currentStep: currentStepOf(current) });
  const name = names.rows[0]!;
  return {
    code: dossier.code,
    lookupCode: dossier.lookup_code,
    version: dossier.version,
    channel: dossier.channel,
    status: stateView(dossier.state),
    procedure: { code: definition.code, name: definition.name, version: name.version, processingDays: definition.processingDays, process: definition.process },
    receivingAgency: { id: dossier.receiving_agency_id, code: name.receiving_code, name: name.receiving },
    competentAgency: { id: dossier.competent_agency_id, name: name.competent },
    applicant: applicantOf(dossier),
    summary: dossier.summary,
    components: dossier.components.map((component) => ({ ...component, files: filesOf(component.fileIds) })),
    submittedAt: iso(dossier.submitted_at),
    receivedAt: iso(dossier.received_at),
    originalDueAt: iso(dossier.original_due_at),
    dueAt: iso(dossier.due_at),
    finishedAt: iso(dossier.finished_at),
    returnedAt: iso(dossier.returned_at),
    returnMethod: dossier.return_method,
    outcome: dossier.outcome,
    supplementCount: dossier.supplement_count,
    extensionCount: dossier.extension_count,
    deadlineStatus: dossierDeadline(calendar, now, dossier),
    currentStepIndex: dossier.current_step_index,
    steps: steps.map((step) => ({
      index: step.step_index,
      code: step.step_code,
      name: step.name,
      role: step.role,
      roleLabel: ROLE_LABELS[step.role as OfficerRole].vi,
      agency: { id: step.agency_id, name: step.agency_name },
      unitName: step.unit_name,
      assigneeName: step.assignee_name,
      finishedByName: step.finished_by_name,
      ...stepTiming(calendar, now, step, dossier.clock_paused_at),
    })),
    events: events.map((event) => ({
      id: event.id,
      action: event.action,
      fromState: event.from_state,
      toState: event.to_state,
      toStateLabel: STATE_LABELS[event.to_state].vi,
      fromStepIndex: event.from_step_index,
      toStepIndex: event.to_step_index,
      fromAgency: event.from_agency_name,
      toAgency: event.to_agency_name,
      actorKind: event.actor_kind,
      actorName: event.actor_name,
      comment: event.comment,
      attachmentIds: event.attachment_ids,
      attachments: filesOf(event.attachment_ids),
      data: event.data,
      occurredAt: iso(event.occurred_at)!,
    })),
    notifications,
    availableActions: availableActions(
      { state: dossier.state, stepIndex: dossier.current_step_index, stepCount: definition.process.length },
      kindsFor,
    ),
  };
}

export { QUEUES, type Queue } from '../../platform/dossier-rules.js';

export interface ListFilters {
  queue: Queue;
  q?: string | undefined;
  state?: DossierState | undefined;
  procedureCode?: string | undefined;
  limit: number;
  /** Where the previous page ended (its `nextCursor`); the first page without. */
  cursor?: string | undefined;
}

interface ListRow {
  id: string;
  code: string;
  state: DossierState;
  channel: string;
  procedure_code: string;
  procedure_name: string;
  applicant_name: string;
  receiving_agency_name: string;
  step_name: string | null;
  step_agency_name: string | null;
  step_assignee_name: string | null;
  submitted_at: Date;
  received_at: Date | null;
  due_at: Date | null;
  original_due_at: Date | null;
  finished_at: Date | null;
  clock_paused_at: Date | null;
  version: number;
  /** The sort key in microseconds since 1970, exact where a JavaScript Date is not. */
  due_key: string | null;
  submitted_key: string;
}

/** What the queue rules compare deadlines with: now, and the end of the next working day. */
export async function ruleClock(ctx: QueryDeps): Promise<RuleClock> {
  const calendar = await ctx.calendar.current();
  const now = ctx.now();
  return { now, dueSoonUntil: calendar.addWorkingMinutes(now, calendar.minutesPerWorkingDay) };
}

/** What the lists and counts need of the application. */
export type QueryDeps = Pick<AppContext, 'db' | 'calendar' | 'now'>;

/** How many dossiers wait in each of the officer's queues, for the navigation: one pass over what they see. */
export async function queueCounts(ctx: QueryDeps, officer: AuthenticatedOfficer): Promise<Record<Queue, number>> {
  const p = new SqlParams();
  const clock = await ruleClock(ctx);
  const { rows } = await ctx.db.query<Record<Queue, number>>(
    `SELECT ${QUEUES.map((queue) => `count(*) FILTER (WHERE ${queueRule(queue).holds.scope(officer, p, clock)})::int AS ${queue}`).join(',\n            ')}
       FROM dossiers d LEFT JOIN dossier_steps s ON s.dossier_id = d.id AND s.finished_at IS NULL
      WHERE ${SEE_DOSSIER.scope(officer, p, clock)}`,
    p.values,
  );
  return rows[0]!;
}

/**
 * A page of a queue, most urgent first (due soonest, those with no deadline last; then the latest
 * submitted; then by id), after the cursor: each page starts where the last one ended, at any depth.
 */
export async function listDossiers(ctx: QueryDeps, officer: AuthenticatedOfficer, filters: ListFilters) {
  const calendar = await ctx.calendar.current();
  const clock = await ruleClock(ctx);
  const p = new SqlParams();
  const conditions = [queueRule(filters.queue).scope(officer, p, clock)];
  if (filters.state) conditions.push(`d.state = ${p.add(filters.state)}`);
  if (filters.procedureCode) conditions.push(`p.code = ${p.add(filters.procedureCode)}`);
  const q = filters.q?.trim();
  if (q) {
    const text = p.add(q);
    conditions.push(`(${containsText('d.code', text, 'ILIKE')} OR ${containsText('search_key(d.applicant_name)', `search_key(${text})`)}
                      OR ${containsText('p.search_name', `search_key(${text})`)})`);
  }
  if (filters.cursor) conditions.push(afterCursor(decodeCursor(filters.cursor), p));
  const { rows } = await ctx.db.query<ListRow>(
    `SELECT d.id, d.code, d.state, d.channel, p.code AS procedure_code, p.name AS procedure_name, d.applicant_name,
            ra.name AS receiving_agency_name, s.name AS step_name, sa.name AS step_agency_name, so.full_name AS step_assignee_name,
            d.submitted_at, d.received_at, d.due_at, d.original_due_at, d.finished_at, d.clock_paused_at, d.version,
            ${MICROSECONDS('d.due_at')} AS due_key, ${MICROSECONDS('d.submitted_at')} AS submitted_key
       FROM dossiers d
       JOIN procedure_catalogue p ON p.id = d.procedure_id
       JOIN agency_directory ra ON ra.id = d.receiving_agency_id
       LEFT JOIN dossier_steps s ON s.dossier_id = d.id AND s.finished_at IS NULL
       LEFT JOIN agency_directory sa ON sa.id = s.agency_id
       LEFT JOIN officer_directory so ON so.id = s.assignee_id
      WHERE ${conditions.join('\n        AND ')}
      ORDER BY d.due_at ASC NULLS LAST, d.submitted_at DESC, d.id ASC
      LIMIT ${p.add(filters.limit + 1)}`,
    p.values,
  );
  const page = pageOf(rows, filters.limit, (row) => [row.due_key, row.submitted_key, row.id]);
  return {
    nextCursor: page.nextCursor,
    items: page.rows.map((row) => ({
      code: row.code,
      status: stateView(row.state),
      channel: row.channel,
      procedure: { code: row.procedure_code, name: row.procedure_name },
      applicantName: row.applicant_name,
      receivingAgency: row.receiving_agency_name,
      currentStep: row.step_name ? { name: row.step_name, agency: row.step_agency_name, assignee: row.step_assignee_name } : null,
      submittedAt: iso(row.submitted_at)!,
      receivedAt: iso(row.received_at),
      dueAt: iso(row.due_at),
      finishedAt: iso(row.finished_at),
      deadlineStatus: dossierDeadline(calendar, clock.now, row),
      version: row.version,
    })),
  };
}
