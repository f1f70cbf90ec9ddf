import type { Queryable } from '../../db/database.js';

/** The channel every instance listens on for what happens in the centres' queues. */
export const QUEUE_EVENTS_CHANNEL = 'motcua_queue_events';

/** What boards, phones, tablets and managers' pages are told, as it happens. */
export type QueueEvent =
  | { kind: 'issued'; ticketId: string; label: string; serviceId: string }
  | { kind: 'called'; ticketId: string; label: string; serviceId: string; counterNumber: number; callCount: number }
  | { kind: 'serving' | 'finished' | 'no_show' | 'cancelled'; ticketId: string; label: string; serviceId: string; counterNumber: number | null }
  | { kind: 'transferred'; ticketId: string; label: string; serviceId: string; fromServiceId: string }
  | { kind: 'counter'; counterId: string; counterNumber: number; status: 'closed' | 'open' | 'paused' };

export interface QueueNotice {
  /** The centre (agency) the event is of. */
  agencyId: string;
  event: QueueEvent;
  at: string;
}

/**
 * Announces an event of a centre's queue inside the caller's transaction: NOTIFY is delivered when
 * the transaction commits, and not at all if it rolls back, to every instance listening (the
 * database is the bus, on PostgreSQL and on PGlite alike).
 */
export async function announceQueueEvent(tx: Queryable, agencyId: string, event: QueueEvent, at: Date): Promise<void> {
  const notice: QueueNotice = { agencyId, event, at: at.toISOString() };
  await tx.query('SELECT pg_notify($1, $2)', [QUEUE_EVENTS_CHANNEL, JSON.stringify(notice)]);
}
