import { type ReactNode, createContext, useCallback, useContext } from 'react';
import { useOfficerSession } from '../shared/officer-session.js';
import { useI18n } from '../shared/i18n.js';
import { useApi } from '../shared/use-api.js';
import { type Queue, type QueueCounts, apiRead } from '@motcua/contract';

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

export const queueFromSlug = (slug: string | undefined): Queue | undefined => (Object.keys(QUEUE_SLUGS) as Queue[]).find((queue) => QUEUE_SLUGS[queue] === slug);
export const queuePath = (queue: Queue) => `/can-bo/hang-doi/${QUEUE_SLUGS[queue]}`;

/** The officer's queues as the server lists them for them, named in the reader's language. */
export function useOfficerQueues(): Array<{ queue: Queue; label: string }> {
  const { officer } = useOfficerSession();
  const { language } = useI18n();
  return (officer?.queues ?? []).map(({ queue, label, labelEn }) => ({ queue, label: language === 'en' ? labelEn : label }));
}

/** Where the counter lists the notices to applicants. */
export const NOTIFICATIONS_PATH = '/can-bo/thong-bao';

interface CountsContextValue {
  counts: QueueCounts | undefined;
  /** Notices to applicants that could not be delivered, for the officers who follow them up. */
  failedNotices: number | undefined;
  reloadCounts(): void;
}

const CountsContext = createContext<CountsContextValue>({ counts: undefined, failedNotices: undefined, reloadCounts: () => undefined });

/** The counts of the whole back office, read once; pages that change a dossier or a notice ask for fresh ones. */
export function QueueCountsProvider({ children }: { children: ReactNode }) {
  const { officer } = useOfficerSession();
  const queues = useApi(apiRead('/api/v1/dossiers/counts'));
  const notices = useApi(officer?.followsUpNotices ? apiRead('/api/v1/notifications/counts') : null);
  const { reload: reloadQueues } = queues;
  const { reload: reloadNotices } = notices;
  const reloadCounts = useCallback(() => {
    reloadQueues();
    reloadNotices();
  }, [reloadQueues, reloadNotices]);
  return <CountsContext.Provider value={{ counts: queues.data, failedNotices: notices.data?.failed, reloadCounts }}>{children}</CountsContext.Provider>;
}

export const useQueueCounts = () => useContext(CountsContext);
