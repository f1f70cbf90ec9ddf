import type { Queryable } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import type { EventStreamSource, StreamMessage } from './event-streams.js';
import type { QueueNotice } from './events.js';
import { type TicketPosition, ticketPosition } from './tickets.js';

const unknownTicket = () =>
  new AppError(
    404,
    'ticket_not_found',
    'Không tìm thấy phiếu số thứ tự của mã này. Hãy quét lại mã QR trên phiếu.',
    'No queue ticket has this code. Scan the QR code on the ticket again.',
    'followToken',
  );

/** The ticket behind a QR code, where it stands now; 404 for a code no ticket has. */
export async function requireTicketPosition(db: Queryable, followToken: string, now: Date): Promise<TicketPosition> {
  const position = await ticketPosition(db, followToken, now);
  if (!position) throw unknownTicket();
  return position;
}

/** Which ticket a follow code is, and the queue it waits in now (a transfer moves it). */
interface FollowedTicket {
  id: string;
  agencyId: string;
  serviceId: string;
}

export async function requireFollowedTicket(db: Queryable, followToken: string): Promise<FollowedTicket> {
  const { rows } = await db.query<FollowedTicket>(
    `SELECT id, agency_id AS "agencyId", service_id AS "serviceId" FROM queue_tickets WHERE follow_token = $1`,
    [followToken],
  );
  if (!rows[0]) throw unknownTicket();
  return rows[0];
}

/**
 * Events of other tickets that move this one's place or its estimated wait: those of its queue,
 * except a called ticket's service starting (it had already left the queue).
 */
const concernsQueue = (notice: QueueNotice, serviceId: string) =>
  notice.event.kind !== 'counter' &&
  notice.event.kind !== 'serving' &&
  (notice.event.serviceId === serviceId || (notice.event.kind === 'transferred' && notice.event.fromServiceId === serviceId));

/**
 * The phone's stream of one ticket: `position` (where it stands) at connect, after a resync and
 * whenever its queue moves while it waits; `called` (with the counter to go to) when it is called
 * or recalled; `finished` when it is served, missed or cancelled.
 */
export function ticketFollowStream(db: Queryable, followToken: string, ticket: FollowedTicket, now: () => Date): EventStreamSource {
  let waiting = true;
  const position = async (event: string): Promise<StreamMessage> => {
    const data = await requireTicketPosition(db, followToken, now());
    waiting = data.status === 'waiting';
    return { event, data };
  };
  return {
    snapshot: () => position('position'),
    async onEvent(notice) {
      const { event } = notice;
      if (event.kind !== 'counter' && event.ticketId === ticket.id) {
        // A transfer puts the ticket in another service's queue: follow that one from now on.
        ticket.serviceId = event.serviceId;
        if (event.kind === 'called') return [await position('called')];
        if (event.kind === 'finished' || event.kind === 'no_show' || event.kind === 'cancelled') return [await position('finished')];
        return [await position('position')];
      }
      // Once called, others' comings and goings no longer concern it.
      return waiting && concernsQueue(notice, ticket.serviceId) ? [await position('position')] : [];
    },
  };
}
