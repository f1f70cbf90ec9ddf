import type { DossierState, OfficerRole } from '@motcua/core';
import type { SqlParams } from '../db/sql-params.js';
import type { AuthenticatedOfficer } from './actor.js';

/**
 * The rules about dossiers, each defined once and read two ways: as a predicate on one dossier
 * (may this officer see it, is it in this queue of theirs) and as the SQL condition that selects
 * exactly those dossiers for a list or a count. A property test (test/rule-book.test.ts) holds
 * the two readings to each other on generated officers and dossiers.
 */

const DOSSIER_ROLES: ReadonlySet<OfficerRole> = new Set(['receiving_officer', 'specialist', 'unit_head', 'agency_leader']);
const APPROVING_ROLES: readonly OfficerRole[] = ['unit_head', 'agency_leader'];
const WAITING_FOR_APPLICANT: readonly DossierState[] = ['supplement_before_reception', 'supplement_requested', 'awaiting_fee'];

/** The agencies a dossier has to do with: where it was received, who decides it, where its steps ran. */
export interface DossierScope {
  receivingAgencyId: string;
  competentAgencyId: string;
  stepAgencyIds: readonly string[];
}

/** The step a dossier is at: who may take it. */
export interface CurrentStep {
  role: OfficerRole;
  agencyId: string;
  unitId: string | null;
  assigneeId: string | null;
}

/** All a dossier rule weighs of a dossier. */
export interface DossierFacts extends DossierScope {
  state: DossierState;
  currentStep: CurrentStep | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  clockPausedAt: Date | null;
}

/** The instants deadline rules compare with: now, and the end of the next working day. */
export interface RuleClock {
  now: Date;
  dueSoonUntil: Date;
}

/**
 * One rule, read two ways. `scope` is a condition on `d` (the dossier) and `s` (its open step,
 * joined with LEFT JOIN so that it may be absent), with its values added to `params`.
 */
export interface DossierRule {
  allows(officer: AuthenticatedOfficer, dossier: DossierFacts, clock: RuleClock): boolean;
  scope(officer: AuthenticatedOfficer, params: SqlParams, clock: RuleClock): string;
}

/** The agencies whose dossiers an officer works on (receives, handles, decides them). */
export function dossierAgencyIds(officer: AuthenticatedOfficer): string[] {
  return [...new Set(officer.grants.filter((grant) => DOSSIER_ROLES.has(grant.role)).map((grant) => grant.agencyId))];
}

const agenciesWhere = (officer: AuthenticatedOfficer, roles: readonly OfficerRole[]) =>
  [...new Set(officer.grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.agencyId))];

/** Every agency a dossier has to do with. */
export const involvedAgencyIds = (scope: DossierScope): string[] => [scope.receivingAgencyId, scope.competentAgencyId, ...scope.stepAgencyIds];

/** The officer takes the step: it is assigned to them, or to nobody yet and they hold its role where it runs (in its unit, when both name one). */
export function handlesStep(officer: AuthenticatedOfficer, step: CurrentStep): boolean {
  if (step.assigneeId !== null) return step.assigneeId === officer.id;
  return officer.grants.some(
    (grant) => grant.agencyId === step.agencyId && grant.role === step.role && (step.unitId === null || grant.unitId === null || grant.unitId === step.unitId),
  );
}

const isOpen = (dossier: DossierFacts) => dossier.finishedAt === null && dossier.clockPausedAt === null && dossier.dueAt !== null;

/** The officer works on dossiers at an agency the dossier has to do with. */
export function canSeeDossier(officer: AuthenticatedOfficer, scope: DossierScope): boolean {
  const mine = dossierAgencyIds(officer);
  return involvedAgencyIds(scope).some((agencyId) => mine.includes(agencyId));
}

/** Seeing a dossier: every other dossier rule of an officer applies within it. */
export const SEE_DOSSIER: DossierRule = {
  allows: canSeeDossier,
  scope: (officer, params) => {
    const mine = params.add(dossierAgencyIds(officer));
    return `(d.receiving_agency_id = ANY(${mine}::uuid[]) OR d.competent_agency_id = ANY(${mine}::uuid[])
      OR EXISTS (SELECT 1 FROM dossier_steps x WHERE x.dossier_id = d.id AND x.agency_id = ANY(${mine}::uuid[])))`;
  },
};

/** What a queue holds of the dossiers the officer sees, and which roles it is offered to. */
interface QueueDefinition extends DossierRule {
  label: { vi: string; en: string };
  roles: readonly OfficerRole[];
}

const HANDLING_ROLES = [...DOSSIER_ROLES];

const atReceptionDeskIn = (states: readonly DossierState[]): Pick<DossierRule, 'allows' | 'scope'> => ({
  allows: (officer, dossier) => states.includes(dossier.state) && agenciesWhere(officer, ['receiving_officer']).includes(dossier.receivingAgencyId),
  scope: (officer, params) =>
    `d.state = ANY(${params.add(states)}::text[]) AND d.receiving_agency_id = ANY(${params.add(agenciesWhere(officer, ['receiving_officer']))}::uuid[])`,
});

const QUEUE_DEFINITIONS = {
  awaiting_reception: {
    label: { vi: 'Chờ tiếp nhận', en: 'Awaiting reception' },
    roles: ['receiving_officer'],
    ...atReceptionDeskIn(['submitted']),
  },
  my_steps: {
    label: { vi: 'Cần xử lý', en: 'To process' },
    roles: HANDLING_ROLES,
    allows: (officer, dossier) => dossier.state === 'processing' && dossier.currentStep !== null && handlesStep(officer, dossier.currentStep),
    scope: (officer, params) => {
      const me = params.add(officer.id);
      const grants = params.add(JSON.stringify(officer.grants));
      return `d.state = 'processing' AND (s.assignee_id = ${me}::uuid OR (s.assignee_id IS NULL AND EXISTS (
                SELECT 1 FROM jsonb_to_recordset(${grants}::jsonb) AS g("agencyId" uuid, role text, "unitId" uuid)
                 WHERE g."agencyId" = s.agency_id AND g.role = s.role AND (s.unit_id IS NULL OR g."unitId" IS NULL OR g."unitId" = s.unit_id))))`;
    },
  },
  to_approve: {
    label: { vi: 'Chờ phê duyệt', en: 'To approve' },
    roles: APPROVING_ROLES,
    allows: (officer, dossier) =>
      dossier.state === 'processing' &&
      dossier.currentStep !== null &&
      APPROVING_ROLES.includes(dossier.currentStep.role) &&
      agenciesWhere(officer, APPROVING_ROLES).includes(dossier.currentStep.agencyId),
    scope: (officer, params) =>
      `d.state = 'processing' AND s.role = ANY(${params.add(APPROVING_ROLES)}::text[]) AND s.agency_id = ANY(${params.add(agenciesWhere(officer, APPROVING_ROLES))}::uuid[])`,
  },
  to_return: {
    label: { vi: 'Chờ trả kết quả', en: 'To return' },
    roles: ['receiving_officer'],
    ...atReceptionDeskIn(['result_ready']),
  },
  waiting_applicant: {
    label: { vi: 'Chờ công dân', en: 'Waiting for the applicant' },
    roles: HANDLING_ROLES,
    allows: (_, dossier) => WAITING_FOR_APPLICANT.includes(dossier.state),
    scope: (_, params) => `d.state = ANY(${params.add(WAITING_FOR_APPLICANT)}::text[])`,
  },
  due_soon: {
    label: { vi: 'Sắp đến hạn', en: 'Due soon' },
    roles: HANDLING_ROLES,
    allows: (_, dossier, { now, dueSoonUntil }) => isOpen(dossier) && dossier.dueAt! >= now && dossier.dueAt! <= dueSoonUntil,
    scope: (_, params, { now, dueSoonUntil }) =>
      `d.finished_at IS NULL AND d.clock_paused_at IS NULL AND d.due_at BETWEEN ${params.add(now)} AND ${params.add(dueSoonUntil)}`,
  },
  overdue: {
    label: { vi: 'Quá hạn', en: 'Overdue' },
    roles: HANDLING_ROLES,
    allows: (_, dossier, { now }) => isOpen(dossier) && dossier.dueAt! < now,
    scope: (_, params, { now }) => `d.finished_at IS NULL AND d.clock_paused_at IS NULL AND d.due_at < ${params.add(now)}`,
  },
  finished: {
    label: { vi: 'Đã hoàn thành', en: 'Finished' },
    roles: HANDLING_ROLES,
    allows: (_, dossier) => dossier.finishedAt !== null,
    scope: () => 'd.finished_at IS NOT NULL',
  },
  all: {
    label: { vi: 'Tất cả hồ sơ', en: 'All dossiers' },
    roles: HANDLING_ROLES,
    allows: () => true,
    scope: () => 'true',
  },
} satisfies Record<string, QueueDefinition>;

export type Queue = keyof typeof QUEUE_DEFINITIONS;
/** The work queues, in the order the back office lists them. */
export const QUEUES = Object.keys(QUEUE_DEFINITIONS) as Queue[];

/**
 * What an officer finds in one of their queues: what the queue holds, of the dossiers they see.
 * The counts of the navigation read the two parts apart (`SEE_DOSSIER` once, each queue's own
 * condition in a FILTER), so that one pass counts every queue.
 */
export function queueRule(queue: Queue): DossierRule & { within: DossierRule; holds: DossierRule } {
  const holds = QUEUE_DEFINITIONS[queue];
  return {
    within: SEE_DOSSIER,
    holds,
    allows: (officer, dossier, clock) => SEE_DOSSIER.allows(officer, dossier, clock) && holds.allows(officer, dossier, clock),
    scope: (officer, params, clock) => `${SEE_DOSSIER.scope(officer, params, clock)} AND (${holds.scope(officer, params, clock)})`,
  };
}

/** The queues worth showing an officer: those fed by a role they hold (others would stay empty). */
export function queuesOf(officer: AuthenticatedOfficer): Array<{ queue: Queue; label: string; labelEn: string }> {
  const roles = new Set(officer.grants.map((grant) => grant.role));
  return QUEUES.filter((queue) => QUEUE_DEFINITIONS[queue].roles.some((role) => roles.has(role))).map((queue) => ({
    queue,
    label: QUEUE_DEFINITIONS[queue].label.vi,
    labelEn: QUEUE_DEFINITIONS[queue].label.en,
  }));
}

/** The reception desks of an officer: where they receive dossiers at the counter. */
export const receptionDeskIds = (officer: AuthenticatedOfficer): string[] => agenciesWhere(officer, ['receiving_officer']);
