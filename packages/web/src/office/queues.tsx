import { type ReactNode, createContext, useContext } from 'react';
import type { OfficerRole } from '@motcua/core';
import type { Officer } from '../shared/officer-session.js';
import { useApi } from '../shared/use-api.js';
import { QUEUES, type Queue, type QueueCounts } from './types.js';

/** The address of each queue under /can-bo/hang-doi/, in words an officer reads in the address bar. */
export const QUEUE_SLUGS: Record<Queue, string> = {
  awaiting_reception: 'cho-tiep-nhan',
  my_steps: 'can-xu-ly',
  to_approve: 'cho-phe-duyet',
  to_return: 'cho-tra-ket-qua',
  waiting_applicant: 'cho-cong-dan',
  due_soon: 'sap-den-han',
  overdue: 'qua-han',
  finished: 'da-hoan-thanh',
  all: 'tat-ca',
};

export const queueFromSlug = (slug: string | undefined): Queue | undefined => QUEUES.find((queue) => QUEUE_SLUGS[queue] === slug);
export const queuePath = (queue: Queue) => `/can-bo/hang-doi/${QUEUE_SLUGS[queue]}`;

const HANDLING_ROLES: OfficerRole[] = ['receiving_officer', 'specialist', 'unit_head', 'agency_leader'];

/** Who works a queue: a queue fed by a role nobody in this account holds would always be empty. */
const QUEUE_ROLES: Record<Queue, OfficerRole[]> = {
  awaiting_reception: ['receiving_officer'],
  my_steps: HANDLING_ROLES,
  to_approve: ['unit_head', 'agency_leader'],
  to_return: ['receiving_officer'],
  waiting_applicant: HANDLING_ROLES,
  due_soon: HANDLING_ROLES,
  overdue: HANDLING_ROLES,
  finished: HANDLING_ROLES,
  all: HANDLING_ROLES,
};

export function queuesFor(officer: Officer): Queue[] {
  const roles = new Set(officer.grants.map((grant) => grant.role));
  return QUEUES.filter((queue) => QUEUE_ROLES[queue].some((role) => roles.has(role)));
}

interface CountsContextValue {
  counts: QueueCounts | undefined;
  reloadCounts(): void;
}

const CountsContext = createContext<CountsContextValue>({ counts: undefined, reloadCounts: () => undefined });

/** One count request for the whole back office; pages that change a dossier ask for fresh counts. */
export function QueueCountsProvider({ children }: { children: ReactNode }) {
  const { data, reload } = useApi<QueueCounts>('/api/v1/dossiers/counts');
  return <CountsContext.Provider value={{ counts: data, reloadCounts: reload }}>{children}</CountsContext.Provider>;
}

export const useQueueCounts = () => useContext(CountsContext);
