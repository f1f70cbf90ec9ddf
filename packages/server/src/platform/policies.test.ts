import { ruleFor } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import type { AuthenticatedOfficer, RoleGrant } from './actor.js';
import {
  canAdminister,
  canAdministerEvery,
  canChangeCalendar,
  canLookUpDigitisedDocuments,
  canRevokeResult,
  canSeeAgencyRegister,
  canSeeDossier,
  canSeeSigningCredential,
  dossierAgencyIds,
  mayNameFile,
  officerKindsFor,
} from './policies.js';

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

  it('shows an agency\'s register of dossiers to the officers who work on its dossiers only', () => {
    expect(canSeeAgencyRegister(officer(grant('receiving_officer', COMMUNE)), COMMUNE)).toBe(true);
    expect(canSeeAgencyRegister(officer(grant('agency_leader', COMMUNE)), COMMUNE)).toBe(true);
    expect(canSeeAgencyRegister(officer(grant('receiving_officer', DEPARTMENT)), COMMUNE)).toBe(false);
    expect(canSeeAgencyRegister(officer(grant('document_clerk', COMMUNE), grant('admin', COMMUNE)), COMMUNE)).toBe(false);
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

describe('signing credentials, signed results and digitised documents', () => {
  // The commune's chain of agencies, itself first.
  const communeChain = [COMMUNE, PROVINCE];

  it('shows an agency’s certificate to its leaders and its administrators, and lets the same revoke its results', () => {
    for (const allowed of [officer(grant('agency_leader', COMMUNE)), officer(grant('admin', PROVINCE))]) {
      expect(canSeeSigningCredential(allowed, communeChain)).toBe(true);
      expect(canRevokeResult(allowed, communeChain)).toBe(true);
    }
    for (const refused of [officer(grant('unit_head', COMMUNE)), officer(grant('specialist', COMMUNE)), officer(grant('agency_leader', DEPARTMENT))]) {
      expect(canSeeSigningCredential(refused, communeChain)).toBe(false);
      expect(canRevokeResult(refused, communeChain)).toBe(false);
    }
  });

  it('lets a receiving officer of any agency look up an applicant’s digitised documents at the counter, before any dossier exists', () => {
    expect(canLookUpDigitisedDocuments(officer(grant('receiving_officer', DEPARTMENT)), [])).toBe(true);
  });

  it.each(['specialist', 'unit_head', 'agency_leader'] as const)('lets a %s look them up only with a dossier of the applicant they may see', (role) => {
    expect(canLookUpDigitisedDocuments(officer(grant(role, COMMUNE)), [[COMMUNE, COMMUNE]])).toBe(true);
    expect(canLookUpDigitisedDocuments(officer(grant(role, COMMUNE)), [[DEPARTMENT], [COMMUNE]])).toBe(true);
    expect(canLookUpDigitisedDocuments(officer(grant(role, COMMUNE)), [[DEPARTMENT, DEPARTMENT]])).toBe(false);
    expect(canLookUpDigitisedDocuments(officer(grant(role, COMMUNE)), [])).toBe(false);
  });

  it.each(['document_clerk', 'admin'] as const)('does not let a %s look them up, even with a dossier of its agency', (role) => {
    expect(canLookUpDigitisedDocuments(officer(grant(role, COMMUNE)), [[COMMUNE]])).toBe(false);
  });
});

describe('who administers what touches several agencies', () => {
  const communeChain = [COMMUNE, PROVINCE];
  const departmentChain = [DEPARTMENT, PROVINCE];

  it('needs an administrator of every agency touched, each from itself or above', () => {
    expect(canAdministerEvery(officer(grant('admin', PROVINCE)), [communeChain, departmentChain])).toBe(true);
    expect(canAdministerEvery(officer(grant('admin', COMMUNE), grant('admin', DEPARTMENT)), [communeChain, departmentChain])).toBe(true);
    expect(canAdministerEvery(officer(grant('admin', COMMUNE)), [communeChain, departmentChain])).toBe(false);
    expect(canAdministerEvery(officer(grant('admin', COMMUNE)), [communeChain, [PROVINCE]])).toBe(false);
  });

  it('grants nothing for touching nothing', () => {
    expect(canAdministerEvery(officer(grant('admin', PROVINCE)), [])).toBe(false);
  });

  it('lets only administrators of the root agency change the installation’s calendar', () => {
    expect(canChangeCalendar(officer(grant('admin', PROVINCE)), [PROVINCE])).toBe(true);
    expect(canChangeCalendar(officer(grant('admin', COMMUNE)), [PROVINCE])).toBe(false);
    expect(canChangeCalendar(officer(grant('agency_leader', PROVINCE)), [PROVINCE])).toBe(false);
  });
});

describe('who names an uploaded file', () => {
  const upload = { held: false, digitised: false, citizenId: null, uploadTokenSha256: null, uploaderAgencyIds: [] };
  const communeDossier = { handlingAgencyIds: [COMMUNE] };

  it("lets a citizen name their own uploads and digitised documents, not another's or an anonymous one", () => {
    const citizen = { kind: 'citizen', citizenId: 'an' } as const;
    expect(mayNameFile(citizen, { ...upload, citizenId: 'an' })).toBe(true);
    expect(mayNameFile(citizen, { ...upload, digitised: true })).toBe(true);
    expect(mayNameFile(citizen, { ...upload, citizenId: 'binh' })).toBe(false);
    expect(mayNameFile(citizen, { ...upload, uploadTokenSha256: 'hash' })).toBe(false);
    expect(mayNameFile(citizen, { ...upload, uploaderAgencyIds: [COMMUNE] })).toBe(false);
  });

  it('lets an anonymous applicant name what their tokens prove theirs, and nothing digitised', () => {
    const anonymous = { kind: 'anonymous', uploadTokenSha256s: ['mine'] } as const;
    expect(mayNameFile(anonymous, { ...upload, uploadTokenSha256: 'mine' })).toBe(true);
    expect(mayNameFile(anonymous, { ...upload, uploadTokenSha256: 'theirs' })).toBe(false);
    expect(mayNameFile(anonymous, upload)).toBe(false);
    expect(mayNameFile(anonymous, { ...upload, digitised: true })).toBe(false);
  });

  it("lets an officer name an upload of their agency's officers, for a dossier the agency handles", () => {
    const specialist = { kind: 'officer', officer: officer(grant('specialist', COMMUNE)), ...communeDossier } as const;
    expect(mayNameFile(specialist, { ...upload, uploaderAgencyIds: [COMMUNE] })).toBe(true);
    expect(mayNameFile(specialist, { ...upload, uploaderAgencyIds: [DEPARTMENT] })).toBe(false);
    expect(mayNameFile(specialist, { ...upload, citizenId: 'an' })).toBe(false);
    // An upload of the same agency, for a dossier that agency has nothing to do with.
    expect(mayNameFile({ ...specialist, handlingAgencyIds: [DEPARTMENT] }, { ...upload, uploaderAgencyIds: [COMMUNE] })).toBe(false);
    // A department officer on a step of the commune's dossier names the department's uploads, not the commune's.
    const departmentSpecialist = { kind: 'officer', officer: officer(grant('specialist', DEPARTMENT)), handlingAgencyIds: [COMMUNE, DEPARTMENT] } as const;
    expect(mayNameFile(departmentSpecialist, { ...upload, uploaderAgencyIds: [DEPARTMENT] })).toBe(true);
    expect(mayNameFile(departmentSpecialist, { ...upload, uploaderAgencyIds: [COMMUNE] })).toBe(false);
  });

  it('lets an officer reuse the applicant’s digitised documents as they may look them up: at reception, or on a dossier they see', () => {
    expect(mayNameFile({ kind: 'officer', officer: officer(grant('receiving_officer', COMMUNE)), ...communeDossier }, { ...upload, digitised: true })).toBe(true);
    expect(mayNameFile({ kind: 'officer', officer: officer(grant('specialist', COMMUNE)), ...communeDossier }, { ...upload, digitised: true })).toBe(true);
    expect(mayNameFile({ kind: 'officer', officer: officer(grant('specialist', DEPARTMENT)), ...communeDossier }, { ...upload, digitised: true })).toBe(false);
    expect(mayNameFile({ kind: 'officer', officer: officer(grant('admin', COMMUNE)), ...communeDossier }, { ...upload, digitised: true })).toBe(false);
  });

  it('lets everyone name again what the dossier holds, and the system nothing else', () => {
    expect(mayNameFile({ kind: 'anonymous', uploadTokenSha256s: [] }, { ...upload, held: true })).toBe(true);
    expect(mayNameFile({ kind: 'system' }, { ...upload, held: true })).toBe(true);
    expect(mayNameFile({ kind: 'system' }, { ...upload, uploaderAgencyIds: [COMMUNE], citizenId: 'an' })).toBe(false);
  });
});
