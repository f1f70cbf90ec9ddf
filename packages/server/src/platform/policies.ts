import { ARCHIVE_ROLES, type ActorKind, type OfficerRole, RECORD_LIST_ROLES, type TransitionRule } from '@motcua/core';
import type { AuthenticatedOfficer, RoleGrant } from './actor.js';
import { type CurrentStep, dossierAgencyIds, handlesStep, queuesOf, receptionDeskIds } from './dossier-rules.js';

export { type CurrentStep, type DossierScope, canSeeDossier, dossierAgencyIds, involvedAgencyIds } from './dossier-rules.js';

/**
 * The predicates of MotCua's authorisation rules (with the dossier rules of dossier-rules.ts,
 * each both a predicate and the SQL that lists what it allows). The rule book (rule-book.ts)
 * names them for the routes, which check them through its authorize(); nothing else decides who
 * may see or do what.
 */

const grantsIn = (officer: AuthenticatedOfficer, agencyId: string): RoleGrant[] =>
  officer.grants.filter((grant) => grant.agencyId === agencyId);

/** The officer works on dossiers (receives, handles, decides them) at one of these agencies. */
function worksOnDossiersAt(officer: AuthenticatedOfficer, agencyIds: readonly string[]): boolean {
  return dossierAgencyIds(officer).some((agencyId) => agencyIds.includes(agencyId));
}

/** The register of the dossiers an agency received (form 07) is for the officers who work on them. */
export function canSeeAgencyRegister(officer: AuthenticatedOfficer, agencyId: string): boolean {
  return dossierAgencyIds(officer).includes(agencyId);
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

/**
 * A change that touches several agencies (a procedure and the agencies its steps name, both before
 * and after an edit; an officer's roles taken away and given) needs an administrator of every one
 * of them, each given as the agency followed by its ancestors. Touching nothing proves nothing.
 */
export function canAdministerEvery(officer: AuthenticatedOfficer, lineages: ReadonlyArray<readonly string[]>): boolean {
  return lineages.length > 0 && lineages.every((lineage) => canAdminister(officer, lineage));
}

/**
 * The working-day calendar (extra days off, make-up working days) counts every deadline of the
 * installation, so only administrators of its root agency (the one with no parent: the province)
 * change it.
 */
export function canChangeCalendar(officer: AuthenticatedOfficer, rootAgencyIds: readonly string[]): boolean {
  return officer.grants.some((grant) => grant.role === 'admin' && rootAgencyIds.includes(grant.agencyId));
}

/** An agency's signing certificate is shown to its administrators and to its leaders, who sign with it. */
export function canSeeSigningCredential(officer: AuthenticatedOfficer, agencyAndAncestors: readonly string[]): boolean {
  return canAdminister(officer, agencyAndAncestors) || grantsIn(officer, agencyAndAncestors[0]!).some((grant) => grant.role === 'agency_leader');
}

/** A signed result is revoked by a leader of the agency that issued it, or by an administrator above it. */
export function canRevokeResult(officer: AuthenticatedOfficer, issuingAgencyAndAncestors: readonly string[]): boolean {
  return canSeeSigningCredential(officer, issuingAgencyAndAncestors);
}

const isReceivingOfficer = (officer: AuthenticatedOfficer) => officer.grants.some((grant) => grant.role === 'receiving_officer');

/**
 * An applicant's digitised documents are looked up by receiving officers at the counter, before
 * any dossier exists, and by the officers who may see a dossier of that applicant. Given as the
 * agencies each of the applicant's dossiers has to do with (all of them, or the one it serves).
 */
export function canLookUpDigitisedDocuments(officer: AuthenticatedOfficer, applicantDossiers: ReadonlyArray<readonly string[]>): boolean {
  return isReceivingOfficer(officer) || applicantDossiers.some((agencyIds) => worksOnDossiersAt(officer, agencyIds));
}

/** Who names an uploaded file in a dossier, a submission or a draft, and what they can show for it. */
export type FileUser =
  | { kind: 'officer'; officer: AuthenticatedOfficer; /** The agencies the dossier has to do with. */ handlingAgencyIds: readonly string[] }
  | { kind: 'citizen'; citizenId: string }
  | { kind: 'anonymous'; /** Hashes of the tokens the anonymous uploads returned. */ uploadTokenSha256s: readonly string[] }
  | { kind: 'system' };

/** A file as far as naming it goes: whose upload it is, and what it already is to the dossier. */
export interface NamedFile {
  /** The dossier holds it already (a component or an attachment). */
  held: boolean;
  /** A digitised document the user could look up: of the dossier's applicant for officers, of their own dossiers for citizens. */
  digitised: boolean;
  citizenId: string | null;
  uploadTokenSha256: string | null;
  /** Where the officer who uploaded it worked on dossiers at the time (uploadOwnerAgencyIds). */
  uploaderAgencyIds: readonly string[];
}

/**
 * The agencies an officer's upload belongs to, decided when it is uploaded: where the uploader
 * works on dossiers then. Moving to another agency later takes none of it along.
 */
export const uploadOwnerAgencyIds = (uploader: AuthenticatedOfficer): string[] => dossierAgencyIds(uploader);

/**
 * Uploads belong to their uploader: a signed-in citizen's to that citizen, an anonymous one to
 * whoever holds the token its upload returned, an officer's to the officers of the uploader's
 * agencies, for dossiers those agencies handle. A file id alone proves nothing: everyone who reads
 * a dossier sees the ids of its files. What a dossier holds, and a digitised document the user may
 * reuse, may be named again.
 */
export function mayNameFile(user: FileUser, file: NamedFile): boolean {
  if (file.held) return true;
  switch (user.kind) {
    case 'officer': {
      if (file.digitised && canLookUpDigitisedDocuments(user.officer, [user.handlingAgencyIds])) return true;
      return dossierAgencyIds(user.officer).some((agencyId) => user.handlingAgencyIds.includes(agencyId) && file.uploaderAgencyIds.includes(agencyId));
    }
    case 'citizen':
      return file.digitised || file.citizenId === user.citizenId;
    case 'anonymous':
      return file.uploadTokenSha256 !== null && user.uploadTokenSha256s.includes(file.uploadTokenSha256);
    case 'system':
      return false;
  }
}

const NOTICE_FOLLOW_UP_ROLES: ReadonlySet<OfficerRole> = new Set(['receiving_officer', 'admin']);

/** The agencies whose notices to applicants an officer follows up: the counter that received the dossiers, and its administrators. */
export function noticeFollowUpAgencyIds(officer: AuthenticatedOfficer): string[] {
  return [...new Set(officer.grants.filter((grant) => NOTICE_FOLLOW_UP_ROLES.has(grant.role)).map((grant) => grant.agencyId))];
}

/**
 * What the signed-in officer may do, as the back office needs to know it to offer it: their work
 * queues, the reception desks where they receive at the counter, the agencies they administer
 * (each with everything below it), and whether they follow up notices to applicants. The web asks
 * for this (GET /api/v1/auth/me) instead of keeping its own copy of the rules.
 */
export function officerCapabilities(officer: AuthenticatedOfficer) {
  return {
    queues: queuesOf(officer),
    receptionDeskIds: receptionDeskIds(officer),
    administeredAgencyIds: [...new Set(officer.grants.filter((grant) => grant.role === 'admin').map((grant) => grant.agencyId))],
    followsUpNotices: noticeFollowUpAgencyIds(officer).length > 0,
    statisticsAgencyIds: statisticsAgencyIds(officer),
    assistancePointIds: assistancePointIds(officer),
    documentAgencyIds: documentAgencyIds(officer),
  };
}

/** Who submits for a citizen who is present: helpers of assisted-digital points and receiving officers. */
const ASSISTING_ROLES: ReadonlySet<OfficerRole> = new Set(['assisting_helper', 'receiving_officer']);

/** The points (a helper's agency, a receiving officer's desk) where the officer submits dossiers for citizens present. */
export function assistancePointIds(officer: AuthenticatedOfficer): string[] {
  return [...new Set(officer.grants.filter((grant) => ASSISTING_ROLES.has(grant.role)).map((grant) => grant.agencyId))];
}

/** The leaders' statistics are for those who answer for an agency: its leaders, unit heads and administrators. */
const STATISTICS_ROLES: ReadonlySet<string> = new Set(['agency_leader', 'unit_head', 'admin']);

/** The agencies whose statistics (each with everything below it) the officer reads. */
export function statisticsAgencyIds(officer: AuthenticatedOfficer): string[] {
  return [...new Set(officer.grants.filter((grant) => STATISTICS_ROLES.has(grant.role)).map((grant) => grant.agencyId))];
}

export function canSeeStatistics(officer: AuthenticatedOfficer, agencyAndAncestors: readonly string[]): boolean {
  const own = statisticsAgencyIds(officer);
  return agencyAndAncestors.some((agencyId) => own.includes(agencyId));
}

/** Receiving officers of a centre serve at its counters: open one, call, serve and transfer tickets. */
export function canServeAtCounter(officer: AuthenticatedOfficer, centreAgencyId: string): boolean {
  return grantsIn(officer, centreAgencyId).some((grant) => grant.role === 'receiving_officer');
}

/**
 * A centre's live queue, its figures and its ratings are for those who run it: its leaders and the
 * heads of its units, and administrators of the centre or above it.
 */
export function canManageCentre(officer: AuthenticatedOfficer, centreAndAncestors: readonly string[]): boolean {
  return (
    canAdminister(officer, centreAndAncestors) ||
    grantsIn(officer, centreAndAncestors[0]!).some((grant) => grant.role === 'agency_leader' || grant.role === 'unit_head')
  );
}

/** The agencies whose document registers an officer reads: every agency they hold a role at, but as an assisted-digital point's helper. */
export function documentAgencyIds(officer: AuthenticatedOfficer): string[] {
  return [...new Set(officer.grants.filter((grant) => grant.role !== 'assisting_helper').map((grant) => grant.agencyId))];
}

/** Who keeps a work record, as the rule book weighs it. */
export interface WorkRecordKeeping {
  agencyId: string;
  keeperId: string;
  unitId: string | null;
}

/** The keeper files into and closes their record; the head of its unit and the agency's leaders may do it in their stead. */
export function mayKeepWorkRecord(officer: AuthenticatedOfficer, record: WorkRecordKeeping): boolean {
  return (
    officer.id === record.keeperId ||
    grantsIn(officer, record.agencyId).some((grant) => grant.role === 'agency_leader' || (grant.role === 'unit_head' && record.unitId !== null && grant.unitId === record.unitId))
  );
}

export const mayKeepWorkRecordList = (officer: AuthenticatedOfficer, agencyId: string): boolean => grantsIn(officer, agencyId).some((grant) => RECORD_LIST_ROLES.includes(grant.role));
export const mayArchiveWorkRecords = (officer: AuthenticatedOfficer, agencyId: string): boolean => grantsIn(officer, agencyId).some((grant) => ARCHIVE_ROLES.includes(grant.role));
