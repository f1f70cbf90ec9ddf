import type { Officer } from '../../shared/officer-session.js';

/**
 * The roles the server lets read and answer an agency's questions and feedback (its rules
 * `see-questions` and `see-feedback`): the menu offers those lists to them alone.
 */
const ANSWERING_ROLES: ReadonlySet<string> = new Set(['agency_leader', 'unit_head', 'specialist']);

export const answersEnquiries = (officer: Officer): boolean => officer.grants.some((grant) => ANSWERING_ROLES.has(grant.role));
