import { type DossierState, OFFICER_ROLES, type OfficerRole } from '@motcua/core';
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
 * One rule, read two ways. `scope` is a condition on `e`, a queue entry of the dossier
 * (migrations/018_queues_and_tallies_at_scale.sql): every entry of a dossier carries the facts the
 * rules weigh, so a condition holds on one entry exactly when it holds on the dossier. The counts
 * also read it on rows of the state tallies (migrations/019), which have no position and no step.
 * Its values are added to `params`.
 */
export interface DossierRule {
  allows(officer: AuthenticatedOfficer, dossier: DossierFacts, clock: RuleClock): boolean;
  scope(officer: AuthenticatedOfficer, params: SqlParams, clock: RuleClock): string;
}

/** Where an entry stands in the queues' order: its clock runs, it waits, it is finished. */
export const BANDS = { running: 0, waiting: 1, finished: 2 } as const;

/** An instant as the entries' positions hold it: microseconds since 1970. */
export const positionOf = (at: Date): string => (BigInt(at.getTime()) * 1000n).toString();

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

/**
 * Seeing a dossier: every other dossier rule of an officer applies within it. An entry of an
 * agency the officer works at is one of the dossiers they see; the lists read only those, but an
 * entry found by its step (the officer's own, perhaps at an agency they no longer work at) is
 * checked against the dossier's other entries.
 */
export const SEE_DOSSIER: DossierRule = {
  allows: canSeeDossier,
  scope: (officer, params) =>
    `EXISTS (SELECT 1 FROM dossier_queue_entries seen WHERE seen.dossier_id = e.dossier_id AND seen.agency_id = ANY(${params.add(dossierAgencyIds(officer))}::uuid[]))`,
};

/** The columns of the entries' indexes that a queue's scans are keyed by (migrations/018). */
export type EntryKey = 'agency_id' | 'state' | 'step_agency_id' | 'step_role' | 'step_assignee_id';

/**
 * Where a queue's entries are found: index scans in the queues' order, one for each position of
 * the zipped `keys` (an agency; an agency and a state; a step's agency and role; an assignee).
 * `atStep` scans the row of the step's agency, which has one per dossier at a step.
 */
export interface QueueScan {
  keys: Partial<Record<EntryKey, readonly string[]>>;
  atStep?: true;
}

const byAgency = (agencyIds: readonly string[]): QueueScan[] => [{ keys: { agency_id: agencyIds } }];
const byAgencyAndState = (agencyIds: readonly string[], states: readonly DossierState[]): QueueScan[] => {
  const pairs = agencyIds.flatMap((agencyId) => states.map((state) => [agencyId, state] as const));
  return [{ keys: { agency_id: pairs.map(([agencyId]) => agencyId), state: pairs.map(([, state]) => state) } }];
};
const byStep = (posts: ReadonlyArray<{ agencyId: string; role: OfficerRole }>): QueueScan => {
  const unique = [...new Map(posts.map((post) => [`${post.agencyId} ${post.role}`, post])).values()];
  return { keys: { step_agency_id: unique.map((post) => post.agencyId), step_role: unique.map((post) => post.role) }, atStep: true };
};

/** What a queue holds of the dossiers the officer sees, which roles it is offered to, and where its entries are found. */
interface QueueDefinition extends DossierRule {
  label: { vi: string; en: string };
  roles: readonly OfficerRole[];
  scans(officer: AuthenticatedOfficer): QueueScan[];
}

const HANDLING_ROLES = [...DOSSIER_ROLES];

const atReceptionDeskIn = (states: readonly DossierState[]): Pick<QueueDefinition, 'allows' | 'scope' | 'scans'> => ({
  allows: (officer, dossier) => states.includes(dossier.state) && receptionDeskIds(officer).includes(dossier.receivingAgencyId),
  scope: (officer, params) =>
    `e.state = ANY(${params.add(states)}::text[]) AND e.receiving_agency_id = ANY(${params.add(receptionDeskIds(officer))}::uuid[])`,
  scans: (officer) => byAgencyAndState(receptionDeskIds(officer), states),
});

/** Open with a running clock, due before `until` (and from `from`, if given). */
const runningDue = (params: SqlParams, from: Date | null, until: Date, inclusive: boolean) =>
  `e.band = ${BANDS.running}${from ? ` AND e.position >= ${params.add(positionOf(from))}::bigint` : ''} AND e.position ${inclusive ? '<=' : '<'} ${params.add(positionOf(until))}::bigint`;

/**
 * The officer takes the step a dossier being processed is at (handlesStep): what makes them its
 * `step_handler`, who hands it over, returns it, asks for a supplement or the fee, approves it.
 */
const TAKES_STEP: Pick<QueueDefinition, 'allows' | 'scope' | 'scans'> = {
  allows: (officer, dossier) => dossier.state === 'processing' && dossier.currentStep !== null && handlesStep(officer, dossier.currentStep),
  scope: (officer, params) => {
    const me = params.add(officer.id);
    const grants = params.add(JSON.stringify(officer.grants));
    return `e.state = 'processing' AND (e.step_assignee_id = ${me}::uuid OR (e.step_assignee_id IS NULL AND EXISTS (
              SELECT 1 FROM jsonb_to_recordset(${grants}::jsonb) AS g("agencyId" uuid, role text, "unitId" uuid)
               WHERE g."agencyId" = e.step_agency_id AND g.role = e.step_role AND (e.step_unit_id IS NULL OR g."unitId" IS NULL OR g."unitId" = e.step_unit_id))))`;
  },
  scans: (officer) => [{ keys: { step_assignee_id: [officer.id] }, atStep: true }, byStep(officer.grants)],
};

/** The agencies where the officer leads: where they assign and extend any step (core's `leaders`, in the step's agency). */
const leadingAgencyIds = (officer: AuthenticatedOfficer) => agenciesWhere(officer, APPROVING_ROLES);

/** The officer leads at the agency of the step a dossier is at: they may assign it, extend it, and more. */
const LEADS_STEP: Pick<QueueDefinition, 'allows' | 'scope' | 'scans'> = {
  allows: (officer, dossier) => dossier.currentStep !== null && leadingAgencyIds(officer).includes(dossier.currentStep.agencyId),
  scope: (officer, params) => `e.step_agency_id = ANY(${params.add(leadingAgencyIds(officer))}::uuid[])`,
  scans: (officer) => [byStep(leadingAgencyIds(officer).flatMap((agencyId) => OFFICER_ROLES.map((role) => ({ agencyId, role }))))],
};

/**
 * A dossier whose clock runs (being processed at a step, so in hand) that the officer can act on:
 * they take its step, or lead where it is. A receiving officer's only action there, withdrawing it
 * at the applicant's request, is no work to queue.
 */
const runningAndMine = (clockHolds: Pick<QueueDefinition, 'allows' | 'scope'>): Pick<QueueDefinition, 'allows' | 'scope' | 'scans'> => ({
  allows: (officer, dossier, clock) =>
    clockHolds.allows(officer, dossier, clock) && (TAKES_STEP.allows(officer, dossier, clock) || LEADS_STEP.allows(officer, dossier, clock)),
  scope: (officer, params, clock) =>
    `${clockHolds.scope(officer, params, clock)} AND ((${TAKES_STEP.scope(officer, params, clock)}) OR ${LEADS_STEP.scope(officer, params, clock)})`,
  scans: (officer) => [...TAKES_STEP.scans(officer), ...LEADS_STEP.scans(officer)],
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
    ...TAKES_STEP,
  },
  // A leader's own steps: approving, or reviewing before handing over. Not every step at an agency
  // where they lead: a unit head of another unit, or a chairman at a step of the unit head, cannot act on it.
  to_approve: {
    label: { vi: 'Chờ phê duyệt', en: 'To approve' },
    roles: APPROVING_ROLES,
    allows: (officer, dossier, clock) => TAKES_STEP.allows(officer, dossier, clock) && APPROVING_ROLES.includes(dossier.currentStep!.role),
    scope: (officer, params, clock) => `${TAKES_STEP.scope(officer, params, clock)} AND e.step_role = ANY(${params.add(APPROVING_ROLES)}::text[])`,
    scans: (officer) => [
      { keys: { step_assignee_id: [officer.id] }, atStep: true },
      byStep(officer.grants.filter((grant) => APPROVING_ROLES.includes(grant.role))),
    ],
  },
  to_return: {
    label: { vi: 'Chờ trả kết quả', en: 'To return' },
    roles: ['receiving_officer'],
    ...atReceptionDeskIn(['result_ready']),
  },
  // The applicant answers the reception desk: it receives the supplement and confirms the fee.
  waiting_applicant: {
    label: { vi: 'Chờ công dân', en: 'Waiting for the applicant' },
    roles: ['receiving_officer'],
    ...atReceptionDeskIn(WAITING_FOR_APPLICANT),
  },
  due_soon: {
    label: { vi: 'Sắp đến hạn', en: 'Due soon' },
    roles: HANDLING_ROLES,
    ...runningAndMine({
      allows: (_, dossier, { now, dueSoonUntil }) => isOpen(dossier) && dossier.dueAt! >= now && dossier.dueAt! <= dueSoonUntil,
      scope: (_, params, { now, dueSoonUntil }) => runningDue(params, now, dueSoonUntil, true),
    }),
  },
  overdue: {
    label: { vi: 'Quá hạn', en: 'Overdue' },
    roles: HANDLING_ROLES,
    ...runningAndMine({
      allows: (_, dossier, { now }) => isOpen(dossier) && dossier.dueAt! < now,
      scope: (_, params, { now }) => runningDue(params, null, now, false),
    }),
  },
  finished: {
    label: { vi: 'Đã hoàn thành', en: 'Finished' },
    roles: HANDLING_ROLES,
    allows: (_, dossier) => dossier.finishedAt !== null,
    scope: () => `e.band = ${BANDS.finished}`,
    scans: (officer) => byAgency(dossierAgencyIds(officer)),
  },
  all: {
    label: { vi: 'Tất cả hồ sơ', en: 'All dossiers' },
    roles: HANDLING_ROLES,
    allows: () => true,
    scope: () => 'true',
    scans: (officer) => byAgency(dossierAgencyIds(officer)),
  },
} satisfies Record<string, QueueDefinition>;

export type Queue = keyof typeof QUEUE_DEFINITIONS;
/** The work queues, in the order the back office lists them. */
export const QUEUES = Object.keys(QUEUE_DEFINITIONS) as Queue[];

/**
 * What an officer finds in one of their queues: what the queue holds, of the dossiers they see; and
 * where its entries are found. The counts of the navigation read the parts apart (the entries of
 * the officer's agencies once, each queue's own condition in a FILTER), so that one pass counts
 * every queue.
 */
export function queueRule(queue: Queue): DossierRule & { within: DossierRule; holds: DossierRule } & Pick<QueueDefinition, 'scans'> {
  const holds = QUEUE_DEFINITIONS[queue];
  return {
    within: SEE_DOSSIER,
    holds,
    scans: holds.scans,
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
