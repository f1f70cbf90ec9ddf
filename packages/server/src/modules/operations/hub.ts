import type { Database } from '../../db/database.js';
import { QUEUE_EVENTS_CHANNEL, type StreamHub } from '../centres/index.js';
import { DOSSIER_CHANGES_CHANNEL, isDossierChangeNotice } from '../dossiers/index.js';

/** What an operations screen is told: its figures, queues or events moved; it reads itself again. */
export interface OperationsChange {
  at: string;
}

interface Subscriber {
  onEvent(change: OperationsChange): void;
  onResync?(): void;
}

/** The operations screens' fan-out on this instance: a screen subscribes with the agency it shows, and hears of changes anywhere below it. */
export interface OperationsHub extends StreamHub<OperationsChange> {
  close(): Promise<void>;
}

/** A screen hears at most one change per this many milliseconds, however busy the province: it reads its figures at most that often. */
const CHANGE_GAP_MS = 2_000;

/** Delivers the first change at once and the last of a burst after the gap: a screen never misses the latest state, nor rereads it for each dossier. */
function throttled(subscriber: Subscriber, gapMs: number) {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let pending: OperationsChange | undefined;
  const flush = () => {
    timer = undefined;
    lastSentAt = Date.now();
    const change = pending!;
    pending = undefined;
    subscriber.onEvent(change);
  };
  return {
    deliver(change: OperationsChange) {
      pending = change;
      if (timer) return;
      const wait = lastSentAt + gapMs - Date.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    cancel: () => clearTimeout(timer),
  };
}

function parsed(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}

/** The agencies themselves and every agency above them: the screens that show any of them see the change. */
const WITH_ANCESTORS = `WITH RECURSIVE up(id, parent_id) AS (
    SELECT id, parent_id FROM agency_directory WHERE id = ANY($1::uuid[])
    UNION
    SELECT a.id, a.parent_id FROM agency_directory a JOIN up ON a.id = up.parent_id)
  SELECT id::text FROM up`;

/**
 * Listens once per instance to the dossiers' changes and the centres' queue events, as their
 * transactions commit on any instance, and tells each screen of those under its agency.
 */
export async function startOperationsHub(db: Database): Promise<OperationsHub> {
  const byAgency = new Map<string, Map<Subscriber, ReturnType<typeof throttled>>>();

  async function tell(agencyIds: string[], at: string) {
    if (byAgency.size === 0 || agencyIds.length === 0) return;
    const { rows } = await db.query<{ id: string }>(WITH_ANCESTORS, [agencyIds]);
    for (const { id } of rows) for (const delivery of byAgency.get(id)?.values() ?? []) delivery.deliver({ at });
  }
  const heard = (agencyIds: string[], at: string) => {
    // A failed look-up loses one nudge; the screen's next change, or its reconnection, reads it all again.
    tell(agencyIds, at).catch(() => undefined);
  };
  const resync = () => {
    for (const subscribers of byAgency.values()) for (const subscriber of subscribers.keys()) subscriber.onResync?.();
  };

  const stopDossiers = await db.listen(
    DOSSIER_CHANGES_CHANNEL,
    (payload) => {
      const notice = parsed(payload);
      if (isDossierChangeNotice(notice)) heard(notice.agencyIds, notice.at);
    },
    resync,
  );
  const stopQueues = await db.listen(
    QUEUE_EVENTS_CHANNEL,
    (payload) => {
      const notice = parsed(payload) as { agencyId?: unknown; at?: unknown } | undefined;
      if (typeof notice?.agencyId === 'string' && typeof notice.at === 'string') heard([notice.agencyId], notice.at);
    },
    resync,
  );

  return {
    subscribe(agencyId, subscriber) {
      const subscribers = byAgency.get(agencyId) ?? new Map<Subscriber, ReturnType<typeof throttled>>();
      byAgency.set(agencyId, subscribers);
      const delivery = throttled(subscriber, CHANGE_GAP_MS);
      subscribers.set(subscriber, delivery);
      return () => {
        delivery.cancel();
        subscribers.delete(subscriber);
        if (subscribers.size === 0) byAgency.delete(agencyId);
      };
    },
    async close() {
      await stopDossiers();
      await stopQueues();
    },
  };
}
