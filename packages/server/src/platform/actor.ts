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
  | { kind: 'applicant'; name: string; ip: string; /** Signed in to a citizen account. */ citizenId?: string | undefined }
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

/** The officer acting, as the tables that name officers (steps, events, files) record them. */
export function actorId(actor: Actor): string | null {
  return actor.kind === 'officer' ? actor.officer.id : null;
}

/** Who acted, in the audit log: the officer, or the citizen account of an applicant. */
export function auditActorId(actor: Actor): string | null {
  return actor.kind === 'applicant' ? (actor.citizenId ?? null) : actorId(actor);
}
