import { AGENCIES, type PublicAgency as Agency } from '@motcua/contract';
import { useApi } from '../shared/use-api.js';
import type { Officer } from '../shared/officer-session.js';

export { AGENCY_KINDS, UNIT_KINDS, type AgencyKind, type UnitKind } from '@motcua/core';
export type { Agency };

export interface AgencyNode {
  agency: Agency;
  depth: number;
  children: AgencyNode[];
}

/** The agencies as a forest: roots first, each level ordered by code (the server's order). */
export function agencyForest(agencies: readonly Agency[]): AgencyNode[] {
  const known = new Set(agencies.map((agency) => agency.id));
  const childrenOf = new Map<string | null, Agency[]>();
  for (const agency of agencies) {
    // A parent outside the list would hide the agency; show it as a root instead.
    const parent = agency.parentId && known.has(agency.parentId) ? agency.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), agency]);
  }
  const build = (parent: string | null, depth: number): AgencyNode[] =>
    (childrenOf.get(parent) ?? []).map((agency) => ({ agency, depth, children: build(agency.id, depth + 1) }));
  return build(null, 0);
}

/** Depth-first order of the forest: the order of every agency picker. */
export function flattenForest(nodes: readonly AgencyNode[]): AgencyNode[] {
  return nodes.flatMap((node) => [node, ...flattenForest(node.children)]);
}

/**
 * The agencies the officer may administer: those where they hold the admin role and everything
 * below them (the server checks the same lineage on every write).
 */
export function administeredAgencyIds(agencies: readonly Agency[], officer: Officer | null | undefined): Set<string> {
  const granted = new Set(officer?.administeredAgencyIds);
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const result = new Set<string>();
  for (const agency of agencies) {
    // The depth bound guards against a malformed parent chain.
    let current: Agency | undefined = agency;
    for (let depth = 0; current && depth < 20; depth += 1, current = current.parentId ? byId.get(current.parentId) : undefined) {
      if (granted.has(current.id)) {
        result.add(agency.id);
        break;
      }
    }
  }
  return result;
}

/** Every agency with its units; pages reload it after a change. */
export const useAgencies = () => useApi(AGENCIES);
