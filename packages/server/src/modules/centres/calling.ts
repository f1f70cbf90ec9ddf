import { type TicketAction, type TicketActionRefusal, type TicketStatus, applyTicketAction, centreDay } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { callOrderSql } from './call-order-sql.js';
import { type DeskCounter, assertEmptyHanded, lockMyCounter } from './counter-desk.js';
import { type QueueEvent, announceQueueEvent } from './events.js';
import { readQueueRules } from './queue-rules.js';
import { type IssuedTicket, type TicketEventKind, activeServiceId, issueTicket, recordTicketEvent } from './tickets.js';

interface HeldTicket {
  id: string;
  agencyId: string;
  label: string;
  serviceId: string;
  status: TicketStatus;
  callCount: number;
}

const HELD_COLUMNS = `t.id, t.agency_id AS "agencyId", t.label, t.service_id AS "serviceId", t.status, t.call_count AS "callCount"`;

type OfficerActor = Actor & { kind: 'officer' };

async function audit(tx: Queryable, actor: OfficerActor, action: string, ticket: { id: string; label: string }, counter: DeskCounter, details: Record<string, unknown> = {}) {
  await appendAudit(tx, actor, { action: `queue_ticket.${action}`, entityType: 'queue_ticket', entityId: ticket.id, details: { number: ticket.label, counter: counter.number, ...details } });
}

/**
 * Calls the next ticket to the officer's counter: the first, by the centre's rule, of the tickets
 * of the day waiting for a service the counter serves (and not transferred to another counter).
 * Two counters calling at the same instant never get the same ticket: each takes the first row no
 * other transaction holds (FOR UPDATE SKIP LOCKED).
 */
export async function callNext(db: Database, actor: OfficerActor, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const counter = await lockMyCounter(tx, actor.officer);
    if (counter.status !== 'open') {
      throw new AppError(409, 'counter_paused', `Quầy số ${counter.number} đang tạm dừng: hãy tiếp tục trước khi gọi số.`, `Counter ${counter.number} is paused: resume it before calling.`);
    }
    await assertEmptyHanded(tx, counter, 'gọi số tiếp theo', 'call the next one');
    const rules = await readQueueRules(tx, counter.agencyId);
    const { rows } = await tx.query<HeldTicket>(
      `SELECT ${HELD_COLUMNS} FROM queue_tickets t, (SELECT $4::timestamptz AS now, $5::boolean AS priority) AS clock
        WHERE t.agency_id = $1 AND t.day = $2 AND t.status = 'waiting'
          AND t.service_id IN (SELECT cs.service_id FROM counter_services cs WHERE cs.counter_id = $3)
          AND (t.target_counter_id IS NULL OR t.target_counter_id = $3)
        ORDER BY ${callOrderSql(rules.callOrder)}
        LIMIT 1 FOR UPDATE OF t SKIP LOCKED`,
      [counter.agencyId, centreDay(now, rules.timeZone), counter.id, now, counter.priority],
    );
    const ticket = rows[0];
    if (!ticket) {
      throw new AppError(409, 'queue_empty', `Không còn ai chờ ở các dịch vụ của quầy số ${counter.number}.`, `Nobody is waiting for the services of counter ${counter.number}.`);
    }
    await tx.query(
      `UPDATE queue_tickets SET status = 'called', counter_id = $2, officer_id = $3, call_count = 1, called_at = $4, target_counter_id = NULL WHERE id = $1`,
      [ticket.id, counter.id, actor.officer.id, now],
    );
    await recordTicketEvent(tx, { ticketId: ticket.id, kind: 'called', counterId: counter.id, officerId: actor.officer.id, data: { callCount: 1 } }, now);
    await announceQueueEvent(tx, counter.agencyId, { kind: 'called', ticketId: ticket.id, label: ticket.label, serviceId: ticket.serviceId, counterNumber: counter.number, callCount: 1 }, now);
    await audit(tx, actor, 'call', ticket, counter);
  });
}

function refusalError(refusal: TicketActionRefusal, ticket: HeldTicket, callsBeforeNoShow: number): AppError {
  switch (refusal) {
    case 'too_few_calls':
      return new AppError(
        409,
        'too_few_calls',
        `Phiếu ${ticket.label} mới được gọi ${ticket.callCount} lần: chỉ đánh dấu vắng mặt sau ${callsBeforeNoShow} lần gọi.`,
        `Ticket ${ticket.label} was called ${ticket.callCount} time(s): it may be marked a no-show after ${callsBeforeNoShow} calls.`,
      );
    case 'not_serving':
      return new AppError(409, 'not_serving', `Phiếu ${ticket.label} chưa bắt đầu phục vụ: hãy bấm "Bắt đầu phục vụ" trước.`, `Ticket ${ticket.label} is not being served yet: start serving it first.`);
    case 'not_called':
      return new AppError(409, 'already_serving', `Phiếu ${ticket.label} đang được phục vụ, không gọi lại hay đánh dấu vắng mặt được nữa.`, `Ticket ${ticket.label} is being served: it cannot be recalled or marked a no-show.`);
    case 'not_waiting':
    case 'not_at_counter':
      return new AppError(409, 'ticket_not_at_counter', `Phiếu ${ticket.label} không ở quầy này.`, `Ticket ${ticket.label} is not at this counter.`);
  }
}

/** The ticket in hand at the officer's counter, locked with it; 409 when the counter holds none. */
async function lockTicketInHand(tx: Queryable, actor: OfficerActor): Promise<{ counter: DeskCounter; ticket: HeldTicket }> {
  const counter = await lockMyCounter(tx, actor.officer);
  const { rows } = await tx.query<HeldTicket>(`SELECT ${HELD_COLUMNS} FROM queue_tickets t WHERE t.counter_id = $1 AND t.status IN ('called', 'serving') FOR UPDATE`, [counter.id]);
  const ticket = rows[0];
  if (!ticket) {
    throw new AppError(409, 'no_ticket_in_hand', `Quầy số ${counter.number} chưa gọi phiếu nào: hãy bấm "Gọi số tiếp theo".`, `Counter ${counter.number} holds no ticket: call the next one.`);
  }
  return { counter, ticket };
}

const EVENT_OF: Record<'recall' | 'start' | 'finish' | 'no_show', TicketEventKind> = { recall: 'recalled', start: 'serving', finish: 'finished', no_show: 'no_show' };

/** Recalls, starts serving, finishes or marks a no-show the ticket in hand, by core's rules of a ticket's life. */
export async function actOnTicketInHand(db: Database, actor: OfficerActor, action: 'recall' | 'start' | 'finish' | 'no_show', now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const { counter, ticket } = await lockTicketInHand(tx, actor);
    const rules = await readQueueRules(tx, counter.agencyId);
    const outcome = applyTicketAction(ticket, action satisfies TicketAction, rules.callsBeforeNoShow);
    if (outcome.refusal) throw refusalError(outcome.refusal, ticket, rules.callsBeforeNoShow);
    const next = outcome.ticket;
    await tx.query(
      `UPDATE queue_tickets SET status = $2, call_count = $3,
              serving_started_at = CASE WHEN $2 = 'serving' THEN $4 ELSE serving_started_at END,
              ended_at = CASE WHEN $2 IN ('finished', 'no_show') THEN $4 ELSE ended_at END
        WHERE id = $1`,
      [ticket.id, next.status, next.callCount, now],
    );
    const kind = EVENT_OF[action];
    await recordTicketEvent(tx, { ticketId: ticket.id, kind, counterId: counter.id, officerId: actor.officer.id, data: { callCount: next.callCount } }, now);
    const event: QueueEvent =
      action === 'recall'
        ? { kind: 'called', ticketId: ticket.id, label: ticket.label, serviceId: ticket.serviceId, counterNumber: counter.number, callCount: next.callCount }
        : { kind: action === 'start' ? 'serving' : action === 'finish' ? 'finished' : 'no_show', ticketId: ticket.id, label: ticket.label, serviceId: ticket.serviceId, counterNumber: counter.number };
    await announceQueueEvent(tx, counter.agencyId, event, now);
    await audit(tx, actor, action, ticket, counter);
  });
}

/**
 * Sends the ticket in hand to another service and/or counter. It waits there at the place it had
 * (queued_at unchanged), with no calls yet; a target counter alone keeps its service, which that
 * counter must serve.
 */
export async function transferTicketInHand(db: Database, actor: OfficerActor, target: { service?: string | undefined; counter?: number | undefined }, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const { counter, ticket } = await lockTicketInHand(tx, actor);
    if (target.service === undefined && target.counter === undefined) {
      throw new AppError(400, 'transfer_target_missing', 'Hãy chọn dịch vụ hoặc quầy nhận phiếu chuyển.', 'Choose the service or the counter the ticket goes to.', 'service');
    }
    const serviceId = target.service === undefined ? ticket.serviceId : await activeServiceId(tx, counter.agencyId, target.service);
    const targetCounterId = target.counter === undefined ? null : await transferCounterId(tx, counter, target.counter, serviceId);
    if (serviceId === ticket.serviceId && targetCounterId === null) {
      throw new AppError(400, 'transfer_to_same_service', 'Phiếu đã thuộc dịch vụ này: hãy chọn dịch vụ khác hoặc một quầy khác.', 'The ticket is already for this service: choose another service or a counter.', 'service');
    }
    const refusal = applyTicketAction(ticket, 'transfer').refusal;
    if (refusal) throw refusalError(refusal, ticket, 0);
    await tx.query(
      `UPDATE queue_tickets SET status = 'waiting', service_id = $2, target_counter_id = $3, counter_id = NULL, officer_id = NULL,
              call_count = 0, called_at = NULL, serving_started_at = NULL, transfer_count = transfer_count + 1
        WHERE id = $1`,
      [ticket.id, serviceId, targetCounterId],
    );
    const data = { fromServiceId: ticket.serviceId, toServiceId: serviceId, toCounter: target.counter ?? null };
    await recordTicketEvent(tx, { ticketId: ticket.id, kind: 'transferred', counterId: counter.id, officerId: actor.officer.id, data }, now);
    await announceQueueEvent(tx, counter.agencyId, { kind: 'transferred', ticketId: ticket.id, label: ticket.label, serviceId, fromServiceId: ticket.serviceId }, now);
    await audit(tx, actor, 'transfer', ticket, counter, { service: target.service ?? null, toCounter: target.counter ?? null });
  });
}

async function transferCounterId(tx: Queryable, from: DeskCounter, number: number, serviceId: string): Promise<string> {
  if (number === from.number) {
    throw new AppError(400, 'transfer_to_same_counter', 'Phiếu đang ở chính quầy này: hãy chọn quầy khác.', 'The ticket is at this very counter: choose another one.', 'counter');
  }
  const { rows } = await tx.query<{ id: string; serves: boolean }>(
    `SELECT c.id, EXISTS (SELECT 1 FROM counter_services cs WHERE cs.counter_id = c.id AND cs.service_id = $3) AS serves
       FROM counters c WHERE c.agency_id = $1 AND c.number = $2 AND c.active`,
    [from.agencyId, number, serviceId],
  );
  const counter = rows[0];
  if (!counter) {
    throw new AppError(404, 'counter_not_found', `Trung tâm không có quầy số ${number} đang hoạt động.`, `The centre has no active counter number ${number}.`, 'counter');
  }
  if (!counter.serves) {
    throw new AppError(409, 'counter_does_not_serve', `Quầy số ${number} không phục vụ dịch vụ này.`, `Counter ${number} does not serve this service.`, 'counter');
  }
  return counter.id;
}

/** An officer issues a ticket at their counter (a person who came straight to it), for any service of the centre. */
export async function issueAtCounter(db: Database, actor: OfficerActor, request: { service: string; priority: string | null }, now: Date): Promise<IssuedTicket> {
  return db.transaction(async (tx) => {
    const counter = await lockMyCounter(tx, actor.officer);
    const serviceId = await activeServiceId(tx, counter.agencyId, request.service);
    const ticket = await issueTicket(tx, { agencyId: counter.agencyId, serviceId, priorityGroup: request.priority, channel: 'counter', bookingId: null }, now);
    await appendAudit(tx, actor, { action: 'queue_ticket.issue', entityType: 'queue_ticket', entityId: ticket.id, details: { number: ticket.number, counter: counter.number } });
    return ticket;
  });
}
