import type { Queryable } from '../db/database.js';

/**
 * The transactional outbox: work that must follow a change (sending a notice, later syncing to the
 * national portal) is written as a row by the change's own statement or transaction, and delivered
 * here afterwards, at least once.
 *
 * A pass claims a batch with one `UPDATE … FOR UPDATE SKIP LOCKED` that moves the rows' time past
 * a lease, and delivers them with no transaction open: a slow mail server must not hold row locks
 * (nor, on PGlite, the only connection). Instances never claim the same row; if an instance dies
 * mid-delivery, the row comes back when its lease runs out. Of the rows sharing an ordering key,
 * only the oldest unfinished one can be claimed, so they go out in order even across instances
 * (a row waiting for its retry holds back the ones behind it).
 */
export interface OutboxMessage {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  /** 1 on the first delivery. */
  attempt: number;
}

export interface OutboxTopic {
  deliver(message: OutboxMessage): Promise<void>;
  /** Called once when the outbox gives the message up, to record the failure where people look. */
  giveUp?(message: OutboxMessage, error: string): Promise<void>;
}

/** An error that retrying cannot cure (a refused address, a malformed request): the message is given up at once. */
export class PermanentDeliveryError extends Error {}

export interface OutboxPolicy {
  batchSize: number;
  leaseSeconds: number;
  /** Waits before the 2nd, 3rd… attempt; one more attempt than there are waits. */
  retryDelaysSeconds: number[];
}

export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = {
  batchSize: 20,
  leaseSeconds: 300,
  retryDelaysSeconds: [30, 120, 600, 3600, 6 * 3600],
};

/**
 * Queues a message inside the caller's transaction; messages with the same `orderingKey` are
 * delivered in the order queued. False when a unique index of the outbox says it is queued
 * already (one reply per inbound SMS).
 */
export async function enqueue(db: Queryable, topic: string, payload: Record<string, unknown>, orderingKey: string | null = null): Promise<boolean> {
  const { rowCount } = await db.query('INSERT INTO outbox (topic, payload, ordering_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
    topic,
    JSON.stringify(payload),
    orderingKey,
  ]);
  return rowCount === 1;
}

async function claim(db: Queryable, policy: OutboxPolicy): Promise<OutboxMessage[]> {
  const { rows } = await db.query<{ id: string; topic: string; payload: Record<string, unknown>; attempts: number }>(
    `UPDATE outbox o SET attempts = o.attempts + 1, available_at = now() + make_interval(secs => $2)
      WHERE o.id IN (SELECT w.id FROM outbox w
                      WHERE w.done_at IS NULL AND w.dead_at IS NULL AND w.available_at <= now()
                        AND (w.ordering_key IS NULL OR NOT EXISTS (
                              SELECT 1 FROM outbox e
                               WHERE e.ordering_key = w.ordering_key AND e.id < w.id AND e.done_at IS NULL AND e.dead_at IS NULL))
                      ORDER BY w.available_at, w.id LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING o.id, o.topic, o.payload, o.attempts`,
    [policy.batchSize, policy.leaseSeconds],
  );
  return rows.map((row) => ({ id: Number(row.id), topic: row.topic, payload: row.payload, attempt: row.attempts }));
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

async function settle(db: Queryable, topics: Record<string, OutboxTopic>, policy: OutboxPolicy, message: OutboxMessage): Promise<void> {
  const topic = topics[message.topic];
  try {
    if (!topic) throw new PermanentDeliveryError(`No handler for outbox topic "${message.topic}"`);
    await topic.deliver(message);
    await db.query('UPDATE outbox SET done_at = now(), last_error = NULL WHERE id = $1', [message.id]);
  } catch (error) {
    const reason = describeError(error);
    const delay = policy.retryDelaysSeconds[message.attempt - 1];
    if (error instanceof PermanentDeliveryError || delay === undefined) {
      await db.query('UPDATE outbox SET dead_at = now(), last_error = $2 WHERE id = $1', [message.id, reason]);
      await topic?.giveUp?.(message, reason);
    } else {
      await db.query('UPDATE outbox SET available_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = $1', [message.id, delay, reason]);
    }
  }
}

/**
 * Delivers what is due, batch after batch, until nothing is (a message held back behind an older
 * one of its ordering key becomes due as soon as that one is done). Returns how many it handled.
 */
export async function drainOutbox(db: Queryable, topics: Record<string, OutboxTopic>, policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY): Promise<number> {
  let handled = 0;
  for (;;) {
    const messages = await claim(db, policy);
    if (messages.length === 0) return handled;
    await Promise.all(messages.map((message) => settle(db, topics, policy, message)));
    handled += messages.length;
  }
}

/** Delivered messages are kept a while for inspection, then removed. */
export async function purgeDeliveredOutbox(db: Queryable, keepDays = 7): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM outbox WHERE done_at < now() - make_interval(days => $1)', [keepDays]);
  return rowCount ?? 0;
}

/** What is still to deliver and what was given up on, for the health check. */
export async function outboxBacklog(db: Queryable): Promise<{ waiting: number; oldestWaitingSeconds: number; givenUp: number }> {
  const { rows } = await db.query<{ waiting: number; oldest: number; given_up: number }>(
    `SELECT count(*) FILTER (WHERE done_at IS NULL AND dead_at IS NULL)::int AS waiting,
            coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE done_at IS NULL AND dead_at IS NULL)), 0)::int AS oldest,
            count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS given_up
       FROM outbox WHERE done_at IS NULL`,
  );
  return { waiting: rows[0]!.waiting, oldestWaitingSeconds: rows[0]!.oldest, givenUp: rows[0]!.given_up };
}
