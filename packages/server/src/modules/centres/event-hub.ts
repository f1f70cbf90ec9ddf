import type { Database } from '../../db/database.js';
import { QUEUE_EVENTS_CHANNEL, type QueueNotice } from './events.js';

export interface QueueSubscriber {
  /** Each event of the centre, as its transaction commits, on whichever instance it happened. */
  onEvent(notice: QueueNotice): void;
  /** Events may have been missed (the listening connection dropped and came back): read the state afresh. */
  onResync?(): void;
}

/** The instance's fan-out of the centres' queue events to its open streams (boards, phones, tablets, managers). */
export interface QueueEventHub {
  /** Until the returned function is called. */
  subscribe(agencyId: string, subscriber: QueueSubscriber): () => void;
  /** How many streams this instance holds open. */
  readonly size: number;
  close(): Promise<void>;
}

function isNotice(value: unknown): value is QueueNotice {
  return typeof value === 'object' && value !== null && typeof (value as QueueNotice).agencyId === 'string' && typeof (value as QueueNotice).event === 'object';
}

/** One LISTEN per instance, however many streams are open: the database delivers each event once here. */
export async function startQueueEventHub(db: Database): Promise<QueueEventHub> {
  const byAgency = new Map<string, Set<QueueSubscriber>>();
  let size = 0;
  const stop = await db.listen(
    QUEUE_EVENTS_CHANNEL,
    (payload) => {
      let notice: unknown;
      try {
        notice = JSON.parse(payload);
      } catch {
        return;
      }
      if (!isNotice(notice)) return;
      for (const subscriber of byAgency.get(notice.agencyId) ?? []) subscriber.onEvent(notice);
    },
    () => {
      for (const subscribers of byAgency.values()) for (const subscriber of subscribers) subscriber.onResync?.();
    },
  );
  return {
    subscribe(agencyId, subscriber) {
      const subscribers = byAgency.get(agencyId) ?? new Set();
      byAgency.set(agencyId, subscribers);
      subscribers.add(subscriber);
      size++;
      return () => {
        if (subscribers.delete(subscriber)) size--;
        if (subscribers.size === 0) byAgency.delete(agencyId);
      };
    },
    get size() {
      return size;
    },
    close: stop,
  };
}
