import type { OfficerRole } from '../access/roles.js';

/**
 * The roles whose accounts must sign in with a second factor: an administrator's account gives
 * every other account away, and a leader's signs decisions in the agency's name.
 */
export const TWO_FACTOR_ROLES: readonly OfficerRole[] = ['admin', 'agency_leader'];

export const needsTwoFactor = (grants: ReadonlyArray<{ role: OfficerRole }>) => grants.some((grant) => TWO_FACTOR_ROLES.includes(grant.role));
