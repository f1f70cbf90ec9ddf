import { AGENCIES, type ResponseOf, apiRead } from '@motcua/contract';
import { useApi } from '../../shared/use-api.js';

export type IncomingDocumentSummary = ResponseOf<'/api/v1/documents/incoming'>['items'][number];
export type IncomingDocument = ResponseOf<'/api/v1/documents/incoming/{id}'>;
export type DocumentAssignment = IncomingDocument['assignments'][number];
export type DocumentStaff = ResponseOf<'/api/v1/documents/staff'>;
export type StaffOfficer = DocumentStaff['officers'][number];

/** The units and officers of an agency (by its code; the officer's only one when left out), for the forms that choose among them. */
export const useDocumentStaff = (agencyCode?: string) => useApi(apiRead('/api/v1/documents/staff', { query: agencyCode ? { agency: agencyCode } : {} }));

/** "Name — title", as the choices list an officer. */
export const officerLabel = (officer: StaffOfficer) => [officer.fullName, officer.title].filter(Boolean).join(' — ');

/** The officers who hold one of `roles`, each once, in the staff's order (by name within a role). */
export function officersWith(staff: DocumentStaff | undefined, roles: readonly StaffOfficer['role'][], unitId?: string): StaffOfficer[] {
  const seen = new Set<string>();
  return (staff?.officers ?? []).filter((officer) => {
    if (!roles.includes(officer.role) || (unitId !== undefined && officer.unit?.id !== unitId) || seen.has(officer.id)) return false;
    seen.add(officer.id);
    return true;
  });
}

/** Who holds an assignment, as a person reads it: the unit, or the officer. */
export const holderName = (assignment: Pick<DocumentAssignment, 'unit' | 'officer'>) => assignment.officer?.fullName ?? assignment.unit?.name ?? '—';

/** The installation's agencies other than `agencyId`, by code, as the choices of those a document goes or an invitation is sent to. */
export function useOtherAgencies(agencyId: string): Array<{ value: string; label: string }> {
  const agencies = useApi(AGENCIES);
  return (agencies.data ?? []).filter((agency) => agency.id !== agencyId).map((agency) => ({ value: agency.code, label: agency.name }));
}
