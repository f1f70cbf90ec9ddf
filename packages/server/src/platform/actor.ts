import type { OfficerRole } from '@motcua/core';

export interface RoleGrant {
  role: OfficerRole;
  agencyId: string;
  unitId: string | null;
}

export interface AuthenticatedOfficer {
  id: string;
  username: string;
  fullName: string;
  grants: RoleGrant[];
}

/** Who is acting, as written in the process-control record and the audit log. */
export type Actor =
  | { kind: 'officer'; officer: AuthenticatedOfficer; ip: string }
  | { kind: 'applicant'; name: string; ip: string }
  | { kind: 'system'; ip: string };

export function actorName(actor: Actor): string {
  switch (actor.kind) {
    case 'officer':
      return actor.officer.fullName;
    case 'applicant':
      return actor.name;
    case 'system':
      return 'Hệ thống MotCua';
  }
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'officer' ? actor.officer.id : null;
}
