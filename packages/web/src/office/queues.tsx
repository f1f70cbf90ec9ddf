import { type ReactNode, createContext, useCallback, useContext } from 'react';
import type { OfficerRole } from '@motcua/core';
import { type Officer, useOfficerSession } from '../shared/officer-session.js';
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

/** Who follows up the notices to applicants (server: policies.ts): the counter that received the dossiers, and the administrators. */
export const NOTICE_FOLLOW_UP_ROLES: OfficerRole[] = ['receiving_officer', 'admin'];

/** Where the counter lists them. */
export const NOTIFICATIONS_PATH = '/can-bo/thong-bao';

export function queuesFor(officer: Officer): Queue[] {
  const roles = new Set(officer.grants.map((grant) => grant.role));
  return QUEUES.filter((queue) => QUEUE_ROLES[queue].some((role) => roles.has(role)));
}

interface CountsContextValue {
  counts: QueueCounts | undefined;
  /** Notices to applicants that could not be delivered, for the officers who follow them up. */
  failedNotices: number | undefined;
  reloadCounts(): void;
}

const CountsContext = createContext<CountsContextValue>({ counts: undefined, failedNotices: undefined, reloadCounts: () => undefined });

/** The counts of the whole back office, read once; pages that change a dossier or a notice ask for fresh ones. */
export function QueueCountsProvider({ children }: { children: ReactNode }) {
  const { hasRole } = useOfficerSession();
  const queues = useApi<QueueCounts>('/api/v1/dossiers/counts');
  const notices = useApi<{ failed: number }>(hasRole(...NOTICE_FOLLOW_UP_ROLES) ? '/api/v1/notifications/counts' : null);
  const { reload: reloadQueues } = queues;
  const { reload: reloadNotices } = notices;
  const reloadCounts = useCallback(() => {
    reloadQueues();
    reloadNotices();
  }, [reloadQueues, reloadNotices]);
  return <CountsContext.Provider value={{ counts: queues.data, failedNotices: notices.data?.failed, reloadCounts }}>{children}</CountsContext.Provider>;
}

export const useQueueCounts = () => useContext(CountsContext);
