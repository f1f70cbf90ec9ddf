import type { Queryable } from '../../db/database.js';
import type { Centre } from './centre.js';
import type { EventStreamSource, StreamMessage } from './event-streams.js';
import type { QueueNotice } from './events.js';

/** A service as the board names it. */
export interface BoardService {
  code: string;
  name: string;
  nameEn: string;
  prefix: string;
}

/** A ticket called to a counter: "A017 → Quầy 3". */
export interface BoardCall {
  number: string;
  counter: number;
  counterName: string;
  service: BoardService;
  calledAt: string;
}

export interface WaitingCount extends BoardService {
  count: number;
}

export interface Board {
  centre: { agencyCode: string; name: string };
  /** Each counter's ticket called and not yet finished, the latest call first. */
  calling: BoardCall[];
  /** The centre day's last calls and recalls, the latest first. */
  lastCalls: BoardCall[];
  /** People waiting per active service, in the kiosk's order. */
  waiting: WaitingCount[];
}

/** What the `call` event of the board's stream carries. */
export interface CallMessage extends Omit<BoardCall, 'calledAt'> {
  callCount: number;
  at: string;
}

const LAST_CALLS = 8;

/** The centre's day (in its time zone) that `$2`, an instant, falls on; the centre is `$1`. */
const CENTRE_DAY = `(($2::timestamptz) AT TIME ZONE coalesce((SELECT time_zone FROM centre_settings WHERE agency_id = $1), 'Asia/Ho_Chi_Minh'))::date`;

const SERVICE_OBJECT = `json_build_object('code', s.code, 'name', s.name, 'nameEn', s.name_en, 'prefix', s.prefix)`;

const CALL_COLUMNS = `t.label AS number, c.number AS counter, c.name AS "counterName", ${SERVICE_OBJECT} AS service`;

async function callingNow(db: Queryable, agencyId: string, now: Date): Promise<BoardCall[]> {
  const { rows } = await db.query<BoardCall>(
    `SELECT ${CALL_COLUMNS}, t.called_at AS "calledAt"
       FROM queue_tickets t JOIN counters c ON c.id = t.counter_id JOIN queue_services s ON s.id = t.service_id
      WHERE t.agency_id = $1 AND t.day = ${CENTRE_DAY} AND t.status IN ('called', 'serving')
      ORDER BY t.called_at DESC, c.number`,
    [agencyId, now],
  );
  return rows.map(withIsoCalledAt);
}

async function lastCalls(db: Queryable, agencyId: string, now: Date): Promise<BoardCall[]> {
  const { rows } = await db.query<BoardCall>(
    `SELECT ${CALL_COLUMNS}, e.at AS "calledAt"
       FROM queue_ticket_events e JOIN queue_tickets t ON t.id = e.ticket_id
       JOIN counters c ON c.id = e.counter_id JOIN queue_services s ON s.id = t.service_id
      WHERE t.agency_id = $1 AND t.day = ${CENTRE_DAY} AND e.kind IN ('called', 'recalled')
      ORDER BY e.at DESC, e.id DESC LIMIT ${LAST_CALLS}`,
    [agencyId, now],
  );
  return rows.map(withIsoCalledAt);
}

/** People waiting today per active service of the centre. */
export async function waitingCounts(db: Queryable, agencyId: string, now: Date): Promise<WaitingCount[]> {
  const { rows } = await db.query<WaitingCount>(
    `SELECT s.code, s.name, s.name_en AS "nameEn", s.prefix,
            (SELECT count(*)::int FROM queue_tickets t WHERE t.service_id = s.id AND t.status = 'waiting' AND t.day = ${CENTRE_DAY}) AS count
       FROM queue_services s WHERE s.agency_id = $1 AND s.active ORDER BY s.position, s.code`,
    [agencyId, now],
  );
  return rows;
}

const withIsoCalledAt = (call: BoardCall): BoardCall => ({ ...call, calledAt: new Date(call.calledAt).toISOString() });

/** What the centre's display board shows now. */
export async function readBoard(db: Queryable, centre: Centre, now: Date): Promise<Board> {
  const [calling, last, waiting] = await Promise.all([callingNow(db, centre.agencyId, now), lastCalls(db, centre.agencyId, now), waitingCounts(db, centre.agencyId, now)]);
  return { centre: { agencyCode: centre.agencyCode, name: centre.name }, calling, lastCalls: last, waiting };
}

async function callMessage(db: Queryable, notice: QueueNotice & { event: { kind: 'called' } }): Promise<CallMessage> {
  const { event } = notice;
  const { rows } = await db.query<Pick<CallMessage, 'counterName' | 'service'>>(
    `SELECT c.name AS "counterName", ${SERVICE_OBJECT} AS service
       FROM queue_services s JOIN counters c ON c.agency_id = s.agency_id AND c.number = $2 WHERE s.id = $1`,
    [event.serviceId, event.counterNumber],
  );
  const found = rows[0];
  if (!found) throw new Error(`The call of ${event.label} names a service or counter the centre does not have`);
  return { number: event.label, counter: event.counterNumber, ...found, callCount: event.callCount, at: notice.at };
}

/**
 * The board's messages for an event, made once however many boards of the centre listen: the hub
 * hands every subscriber of the instance the same notice.
 */
const madeForNotice = new WeakMap<QueueNotice, Promise<readonly StreamMessage[]>>();

/** The display board's stream: `snapshot` (the whole board), `call` per call or recall, `waiting` when counts change. */
export function boardStream(db: Queryable, centre: Centre, now: () => Date): EventStreamSource {
  const snapshot = async (): Promise<StreamMessage> => ({ event: 'snapshot', data: await readBoard(db, centre, now()) });
  const waiting = async (): Promise<StreamMessage> => ({ event: 'waiting', data: { waiting: await waitingCounts(db, centre.agencyId, now()) } });
  const messagesFor = async (notice: QueueNotice): Promise<readonly StreamMessage[]> => {
    switch (notice.event.kind) {
      case 'called':
        return [{ event: 'call', data: await callMessage(db, notice as QueueNotice & { event: { kind: 'called' } }) }, await waiting()];
      case 'issued':
      case 'transferred':
        return [await waiting()];
      // The ticket leaves the counter's line of the board (and a cancelled one the waiting count).
      case 'finished':
      case 'no_show':
      case 'cancelled':
        return [await snapshot()];
      case 'serving':
      case 'counter':
        return [];
    }
  };
  return {
    snapshot,
    onEvent(notice) {
      const made = madeForNotice.get(notice) ?? messagesFor(notice);
      madeForNotice.set(notice, made);
      return made;
    },
  };
}
