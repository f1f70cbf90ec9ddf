import type { Queryable } from '../../src/db/database.js';
import { DEFAULT_OUTBOX_POLICY } from '../../src/platform/outbox.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const PENDING = 'done_at IS NULL AND dead_at IS NULL';

async function pending(db: Queryable): Promise<{ due: number; waiting: number }> {
  const { rows } = await db.query<{ due: number; waiting: number }>(
    `SELECT count(*) FILTER (WHERE available_at <= now())::int AS due, count(*) FILTER (WHERE available_at > now())::int AS waiting FROM outbox WHERE ${PENDING}`,
  );
  return rows[0]!;
}

type Pending = Awaited<ReturnType<typeof pending>>;

/**
 * Waits, up to `seconds`, until the outbox is `quiet` at three polls a second apart (the workers
 * run a pass a second); how long until the first of them, in seconds.
 */
async function settle(db: Queryable, seconds: number, quietWhen: (now: Pending) => boolean): Promise<number> {
  const started = performance.now();
  const deadline = Date.now() + seconds * 1000;
  let quiet = 0;
  let quietSince = 0;
  while (Date.now() < deadline && quiet < 3) {
    if (quietWhen(await pending(db))) {
      if (quiet++ === 0) quietSince = performance.now();
    } else quiet = 0;
    await sleep(1000);
  }
  return ((quiet > 0 ? quietSince : performance.now()) - started) / 1000;
}

/**
 * Lets the running instances deliver what the load queued. What is then still waiting was leased
 * by the killed instance (its lease, DEFAULT_OUTBOX_POLICY.leaseSeconds, began before the kill)
 * or waits for a retry: the clock is moved past their lease or retry time — the one thing this
 * bench cannot wait five minutes for — and the instances must deliver them as the outbox promises.
 */
export async function drainOutbox(db: Queryable, killedAt: Date): Promise<{ leasedByTheKilled: number; reclaimSeconds: number }> {
  // Every due message taken; what still waits is not due yet.
  await settle(db, 120, (now) => now.due === 0);
  const { rows } = await db.query<{ leased: number }>(
    `WITH waiting AS (SELECT id, available_at, last_error FROM outbox WHERE ${PENDING} AND available_at > now() FOR UPDATE),
          moved AS (UPDATE outbox o SET available_at = now() FROM waiting w WHERE o.id = w.id
                    RETURNING w.last_error IS NULL AND w.available_at - make_interval(secs => $2) <= $1 AS leased)
     SELECT count(*) FILTER (WHERE leased)::int AS leased FROM moved`,
    [killedAt, DEFAULT_OUTBOX_POLICY.leaseSeconds],
  );
  return { leasedByTheKilled: rows[0]!.leased, reclaimSeconds: await settle(db, 60, (now) => now.due + now.waiting === 0) };
}
