import { ruleFor } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import type { AuthenticatedOfficer, RoleGrant } from './actor.js';
import { canAdminister, canSeeDossier, dossierAgencyIds, officerKindsFor } from './policies.js';

const COMMUNE = 'commune';
const DEPARTMENT = 'department';
const PROVINCE = 'province';
const officer = (...grants: RoleGrant[]): AuthenticatedOfficer => ({ id: 'me', username: 'me', fullName: 'Cán Bộ', grants });
const grant = (role: RoleGrant['role'], agencyId: string, unitId: string | null = null): RoleGrant => ({ role, agencyId, unitId });

const dossier = { receivingAgencyId: COMMUNE, competentAgencyId: COMMUNE, stepAgencyIds: [COMMUNE] };
const atSpecialistStep = {
  receivingAgencyId: COMMUNE,
  currentStep: { role: 'specialist' as const, agencyId: COMMUNE, unitId: 'vhxh', assigneeId: null },
};

describe('who sees a dossier', () => {
  it.each(['receiving_officer', 'specialist', 'unit_head', 'agency_leader'] as const)('a %s of an involved agency does', (role) => {
    expect(canSeeDossier(officer(grant(role, COMMUNE)), dossier)).toBe(true);
  });

  it.each(['document_clerk', 'admin'] as const)('a %s does not, even of the same agency', (role) => {
    expect(canSeeDossier(officer(grant(role, COMMUNE)), dossier)).toBe(false);
  });

  it('an officer of another agency does not, until a step runs there', () => {
    const departmentSpecialist = officer(grant('specialist', DEPARTMENT));
    expect(canSeeDossier(departmentSpecialist, dossier)).toBe(false);
    expect(canSeeDossier(departmentSpecialist, { ...dossier, stepAgencyIds: [COMMUNE, DEPARTMENT] })).toBe(true);
  });

  it('lists the agencies whose dossiers an officer works on', () => {
    expect(dossierAgencyIds(officer(grant('specialist', COMMUNE), grant('admin', PROVINCE), grant('unit_head', COMMUNE)))).toEqual([COMMUNE]);
  });
});

describe('what an officer counts as for a transition', () => {
  it('a receiving officer counts as one at the receiving agency only', () => {
    const kinds = officerKindsFor(officer(grant('receiving_officer', COMMUNE)), ruleFor('return_result'), atSpecialistStep);
    expect([...kinds]).toEqual(['receiving_officer']);
    expect([...officerKindsFor(officer(grant('receiving_officer', DEPARTMENT)), ruleFor('return_result'), atSpecialistStep)]).toEqual([]);
  });

  it('a specialist of the step’s unit handles the step; one of another unit does not', () => {
    expect(officerKindsFor(officer(grant('specialist', COMMUNE, 'vhxh')), ruleFor('hand_over'), atSpecialistStep).has('step_handler')).toBe(true);
    expect(officerKindsFor(officer(grant('specialist', COMMUNE, 'kinh-te')), ruleFor('hand_over'), atSpecialistStep).has('step_handler')).toBe(false);
    expect(officerKindsFor(officer(grant('specialist', COMMUNE)), ruleFor('hand_over'), atSpecialistStep).has('step_handler')).toBe(true);
  });

  it('once assigned, only the assignee handles the step', () => {
    const assigned = { ...atSpecialistStep, currentStep: { ...atSpecialistStep.currentStep, assigneeId: 'someone-else' } };
    expect(officerKindsFor(officer(grant('specialist', COMMUNE, 'vhxh')), ruleFor('hand_over'), assigned).has('step_handler')).toBe(false);
    const mine = { ...atSpecialistStep, currentStep: { ...atSpecialistStep.currentStep, assigneeId: 'me' } };
    expect(officerKindsFor(officer(grant('specialist', COMMUNE, 'vhxh')), ruleFor('hand_over'), mine).has('step_handler')).toBe(true);
  });

  it('a leader of the step’s agency counts as a leader there, not as the handler of a specialist’s step', () => {
    const kinds = officerKindsFor(officer(grant('agency_leader', COMMUNE)), ruleFor('extend'), atSpecialistStep);
    expect(kinds.has('agency_leader')).toBe(true);
    expect(kinds.has('step_handler')).toBe(false);
  });
});

describe('who administers', () => {
  it('an administrator manages their agency and everything below it', () => {
    const provinceAdmin = officer(grant('admin', PROVINCE));
    expect(canAdminister(provinceAdmin, [COMMUNE, PROVINCE])).toBe(true);
    expect(canAdminister(officer(grant('admin', COMMUNE)), [PROVINCE])).toBe(false);
    expect(canAdminister(officer(grant('agency_leader', PROVINCE)), [COMMUNE, PROVINCE])).toBe(false);
  });
});
