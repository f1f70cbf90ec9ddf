import { type AssignmentHold, INCOMING_TRANSITIONS, type IncomingAction, type OfficerRole, assignmentRefusal, holdsAssignment, rolesMayTake } from '@motcua/core';
import type { DocumentAssignment, IncomingDocument } from './api.js';

interface Officer {
  id: string;
  grants: ReadonlyArray<{ role: OfficerRole; agencyId: string; unitId: string | null }>;
}

/** An action the officer may take now: on the document as a whole, or on one assignment they hold. */
export interface AvailableAction {
  action: IncomingAction;
  assignment: DocumentAssignment | null;
}

const holdOf = (document: IncomingDocument, assignment: DocumentAssignment): AssignmentHold => ({
  agencyId: document.agency.id,
  unitId: assignment.unit?.id ?? null,
  officerId: assignment.officer?.id ?? null,
  role: assignment.role,
  finished: assignment.finishedAt !== null,
});

/**
 * What the officer may do to the document right now, read off the incoming routing table of the
 * domain (the same the server enforces): the state allows it, they hold a role that takes it at
 * the document's agency, and, for an assignment's action, the assignment is theirs and fits it.
 */
export function availableActions(officer: Officer, document: IncomingDocument): AvailableAction[] {
  const roles = officer.grants.filter((grant) => grant.agencyId === document.agency.id).map((grant) => grant.role);
  const available: AvailableAction[] = [];
  for (const transition of INCOMING_TRANSITIONS) {
    if (!transition.from.includes(document.state) || !rolesMayTake(roles, transition.action)) continue;
    if (!transition.onAssignment) {
      available.push({ action: transition.action, assignment: null });
      continue;
    }
    for (const assignment of document.assignments) {
      const hold = holdOf(document, assignment);
      if (holdsAssignment(officer, hold) && !assignmentRefusal(transition.action, hold)) available.push({ action: transition.action, assignment });
    }
  }
  return available;
}
