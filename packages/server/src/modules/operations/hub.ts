import type { Database } from '../../db/database.js';
import { QUEUE_EVENTS_CHANNEL, type StreamHub } from '../centres/index.js';

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

/** How often each instance looks for dossiers written since it last looked, by any instance. */
const DOSSIER_POLL_MS = 1_000;
/** Events read per look; a busier second is read on over the next looks. */
const EVENTS_PER_LOOK = 1_000;

/**
 * The process-control record written since the event `after`, a few before it again: an event
 * numbered earlier may commit later, so the last ones seen are read twice and told apart by id.
 */
const EVENTS_SINCE = `SELECT e.id::text AS id, e.occurred_at, d.receiving_agency_id, d.competent_agency_id, e.from_agency_id, e.to_agency_id
    FROM dossier_event_facts e JOIN dossier_facts d ON d.id = e.dossier_id
   WHERE e.id > $1::bigint - 64 ORDER BY e.id LIMIT ${EVENTS_PER_LOOK}`;

/**
 * Tells each screen of the changes under its agency: the dossiers written on any instance, found by
 * reading the process-control record every second (a NOTIFY in each dossier's write would make
 * every write's commit wait for the others', PostgreSQL serialising the commits of notifying
 * transactions), and the centres' queue events as their transactions commit.
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

  const seen = new Set<string>();
  let last = (await db.query<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM dossier_event_facts')).rows[0]!.id;
  async function look() {
    const { rows } = await db.query<{
      id: string;
      occurred_at: Date;
      receiving_agency_id: string;
      competent_agency_id: string;
      from_agency_id: string | null;
      to_agency_id: string | null;
    }>(EVENTS_SINCE, [last]);
    const fresh = rows.filter((row) => !seen.has(row.id));
    for (const row of rows) seen.add(row.id);
    if (rows.length > 0) last = rows.at(-1)!.id;
    // Only the window read twice needs remembering.
    for (const id of seen) if (BigInt(id) <= BigInt(last) - 64n) seen.delete(id);
    if (fresh.length === 0) return;
    const agencyIds = new Set(
      fresh.flatMap((row) => [row.receiving_agency_id, row.competent_agency_id, row.from_agency_id, row.to_agency_id]).filter((id): id is string => id !== null),
    );
    const at = new Date(Math.max(...fresh.map((row) => row.occurred_at.getTime()))).toISOString();
    heard([...agencyIds], at);
  }
  let looking = false;
  const poller = setInterval(() => {
    if (looking) return;
    looking = true;
    // A failed look tries again a second later from where it was.
    look()
      .catch(() => undefined)
      .finally(() => {
        looking = false;
      });
  }, DOSSIER_POLL_MS);
  poller.unref();
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
      clearInterval(poller);
      await stopQueues();
    },
  };
}
