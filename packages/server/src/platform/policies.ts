import type { ActorKind, OfficerRole, TransitionRule } from '@motcua/core';
import type { AuthenticatedOfficer, RoleGrant } from './actor.js';

/**
 * Every authorisation rule of MotCua in one place. Routes ask here; nothing else decides who may
 * see or do what.
 */

const DOSSIER_ROLES: ReadonlySet<OfficerRole> = new Set(['receiving_officer', 'specialist', 'unit_head', 'agency_leader']);

/** The agencies a dossier has to do with: where it was received, who decides it, where its steps ran. */
export interface DossierScope {
  receivingAgencyId: string;
  competentAgencyId: string;
  stepAgencyIds: readonly string[];
}

export interface CurrentStep {
  role: OfficerRole;
  agencyId: string;
  unitId: string | null;
  assigneeId: string | null;
}

const grantsIn = (officer: AuthenticatedOfficer, agencyId: string): RoleGrant[] =>
  officer.grants.filter((grant) => grant.agencyId === agencyId);

export function canSeeDossier(officer: AuthenticatedOfficer, scope: DossierScope): boolean {
  const involved = new Set([scope.receivingAgencyId, scope.competentAgencyId, ...scope.stepAgencyIds]);
  return officer.grants.some((grant) => DOSSIER_ROLES.has(grant.role) && involved.has(grant.agencyId));
}

/** The agencies whose dossiers an officer works on (for work queues and lists). */
export function dossierAgencyIds(officer: AuthenticatedOfficer): string[] {
  return [...new Set(officer.grants.filter((grant) => DOSSIER_ROLES.has(grant.role)).map((grant) => grant.agencyId))];
}

function handlesStep(officer: AuthenticatedOfficer, step: CurrentStep): boolean {
  if (step.assigneeId !== null) return step.assigneeId === officer.id;
  return grantsIn(officer, step.agencyId).some(
    (grant) => grant.role === step.role && (step.unitId === null || grant.unitId === null || grant.unitId === step.unitId),
  );
}

/** What an officer counts as for one transition rule of one dossier. */
export function officerKindsFor(
  officer: AuthenticatedOfficer,
  rule: TransitionRule,
  dossier: { receivingAgencyId: string; currentStep: CurrentStep | null },
): ReadonlySet<ActorKind> {
  const agencyId = rule.scope === 'receiving_agency' ? dossier.receivingAgencyId : dossier.currentStep?.agencyId;
  const kinds = new Set<ActorKind>(agencyId ? grantsIn(officer, agencyId).map((grant) => grant.role) : []);
  if (rule.scope === 'current_step_agency' && dossier.currentStep && handlesStep(officer, dossier.currentStep)) {
    kinds.add('step_handler');
  }
  return kinds;
}

export const APPLICANT_KINDS: ReadonlySet<ActorKind> = new Set(['applicant']);

/** Administrators manage their own agency and everything below it. */
export function canAdminister(officer: AuthenticatedOfficer, agencyAndAncestors: readonly string[]): boolean {
  return officer.grants.some((grant) => grant.role === 'admin' && agencyAndAncestors.includes(grant.agencyId));
}

export function isAdministrator(officer: AuthenticatedOfficer): boolean {
  return officer.grants.some((grant) => grant.role === 'admin');
}
