import { randomBytes } from 'node:crypto';
import { type TicketChannel, type TicketStatus, centreDay, ticketLabel } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { announceQueueEvent } from './events.js';
import { standing } from './position.js';
import { QUEUE_RULE_COLUMNS, type QueueRuleColumns, queueRulesOf, readQueueRules } from './queue-rules.js';

/** What happened to a ticket, as queue_ticket_events records it. */
export type TicketEventKind = 'issued' | 'called' | 'recalled' | 'serving' | 'finished' | 'no_show' | 'transferred' | 'cancelled' | 'dossier_received';

export interface IssuedTicket {
  id: string;
  /** "A001" */
  number: string;
  /** The day's number of the service's prefix: 1 for A001. */
  sequence: number;
  service: { id: string; code: string; name: string; nameEn: string; prefix: string };
  priorityGroup: string | null;
  ahead: number;
  estimatedWaitMinutes: number;
  /** The secret of the ticket's QR code. */
  followToken: string;
  /** "/hang-cho/<followToken>": the phone page that follows the ticket. */
  followUrl: string;
  issuedAt: string;
}

export interface NewTicket {
  agencyId: string;
  serviceId: string;
  priorityGroup: string | null;
  channel: TicketChannel;
  bookingId: string | null;
  /** Its place in the queue when not the issue time: a booking waits from its slot's start. */
  queuedAt?: Date;
}

/** The phone page behind a ticket's QR code. */
export const followUrl = (followToken: string) => `/hang-cho/${followToken}`;

/** Short enough for a QR code a phone reads from a slip, long enough that nobody guesses another's ticket. */
const newFollowToken = () => randomBytes(18).toString('base64url');

export async function recordTicketEvent(
  tx: Queryable,
  event: { ticketId: string; kind: TicketEventKind; counterId?: string | null; officerId?: string | null; data?: Record<string, unknown> },
  now: Date,
): Promise<void> {
  await tx.query('INSERT INTO queue_ticket_events (ticket_id, kind, counter_id, officer_id, data, at) VALUES ($1, $2, $3, $4, $5, $6)', [
    event.ticketId,
    event.kind,
    event.counterId ?? null,
    event.officerId ?? null,
    JSON.stringify(event.data ?? {}),
    now,
  ]);
}

/** The id of the centre's active service of that code; 404 otherwise. */
export async function activeServiceId(tx: Queryable, agencyId: string, code: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>('SELECT id FROM queue_services WHERE agency_id = $1 AND code = $2 AND active', [agencyId, code]);
  if (!rows[0]) {
    throw new AppError(404, 'service_not_found', `Trung tâm không có dịch vụ mã "${code}" đang hoạt động.`, `The centre has no active service with code "${code}".`, 'service');
  }
  return rows[0].id;
}

const unknownService = () =>
  new AppError(404, 'service_not_found', 'Dịch vụ này không có hoặc đã ngừng ở trung tâm.', 'This service does not exist at the centre or is no longer offered.', 'service');

const unknownPriorityGroup = () =>
  new AppError(400, 'unknown_priority_group', 'Nhóm ưu tiên không có trong danh sách của trung tâm.', 'This priority group is not in the list.', 'priority');

/**
 * Issues the next ticket of a service, inside the caller's transaction. The number is drawn by one
 * upsert of the (service, centre day) row: concurrent kiosks, on one instance or several, queue on
 * that row and each gets the next number, without gaps, restarting at the centre's midnight.
 */
export async function issueTicket(tx: Queryable, ticket: NewTicket, now: Date): Promise<IssuedTicket> {
  // The service, the centre's rules and the priority group, in one round trip: a kiosk's ticket is on the hot path.
  const { rows: services } = await tx.query<IssuedTicket['service'] & QueueRuleColumns & { group_known: boolean }>(
    `SELECT s.id, s.code, s.name, s.name_en AS "nameEn", s.prefix, ${QUEUE_RULE_COLUMNS},
            ($3::text IS NULL OR EXISTS (SELECT 1 FROM priority_groups g WHERE g.code = $3 AND g.active)) AS group_known
       FROM queue_services s LEFT JOIN centre_settings st ON st.agency_id = s.agency_id
      WHERE s.id = $1 AND s.agency_id = $2 AND s.active`,
    [ticket.serviceId, ticket.agencyId, ticket.priorityGroup],
  );
  const found = services[0];
  if (!found) throw unknownService();
  if (!found.group_known) throw unknownPriorityGroup();
  const service: IssuedTicket['service'] = { id: found.id, code: found.code, name: found.name, nameEn: found.nameEn, prefix: found.prefix };
  const rules = queueRulesOf(found);
  const day = centreDay(now, rules.timeZone);
  const { rows: drawn } = await tx.query<{ last_number: number }>(
    `INSERT INTO queue_ticket_numbers (service_id, day, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (service_id, day) DO UPDATE SET last_number = queue_ticket_numbers.last_number + 1
     RETURNING last_number`,
    [service.id, day],
  );
  const sequence = drawn[0]!.last_number;
  const label = ticketLabel(service.prefix, sequence);
  const followToken = newFollowToken();
  const { rows: inserted } = await tx.query<{ id: string }>(
    `INSERT INTO queue_tickets (agency_id, issued_service_id, service_id, day, number, label, priority_group, channel, booking_id, follow_token, issued_at, queued_at)
     VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [ticket.agencyId, service.id, day, sequence, label, ticket.priorityGroup, ticket.channel, ticket.bookingId, followToken, now, ticket.queuedAt ?? now],
  );
  const id = inserted[0]!.id;
  await recordTicketEvent(tx, { ticketId: id, kind: 'issued', data: { channel: ticket.channel } }, now);
  await announceQueueEvent(tx, ticket.agencyId, { kind: 'issued', ticketId: id, label, serviceId: service.id }, now);
  const place = await standing(tx, { id, serviceId: service.id, day, status: 'waiting' }, rules, now);
  return {
    id,
    number: label,
    sequence,
    service,
    priorityGroup: ticket.priorityGroup,
    ...place,
    followToken,
    followUrl: followUrl(followToken),
    issuedAt: now.toISOString(),
  };
}

/** What the ticket's holder sees on their phone. */
export interface TicketPosition {
  number: string;
  service: { code: string; name: string; nameEn: string; prefix: string };
  status: TicketStatus;
  ahead: number;
  estimatedWaitMinutes: number;
  /** Where to go once called (and where the ticket was served). */
  counter: { number: number; name: string } | null;
  centre: { agencyCode: string; name: string };
  calledAt: string | null;
  issuedAt: string;
}

/** The ticket behind a QR code, where it stands now; null for a code no ticket has. */
export async function ticketPosition(db: Queryable, followToken: string, now: Date = new Date()): Promise<TicketPosition | null> {
  const { rows } = await db.query<{
    id: string;
    agency_id: string;
    service_id: string;
    day: string;
    label: string;
    status: TicketStatus;
    code: string;
    name: string;
    name_en: string;
    prefix: string;
    counter_number: number | null;
    counter_name: string | null;
    agency_code: string;
    agency_name: string;
    called_at: Date | null;
    issued_at: Date;
  }>(
    `SELECT t.id, t.agency_id, t.service_id, t.day::text AS day, t.label, t.status, s.code, s.name, s.name_en, s.prefix,
            c.number AS counter_number, c.name AS counter_name, a.code AS agency_code, a.name AS agency_name, t.called_at, t.issued_at
       FROM queue_tickets t
       JOIN queue_services s ON s.id = t.service_id
       JOIN agency_directory a ON a.id = t.agency_id
       LEFT JOIN counters c ON c.id = t.counter_id
      WHERE t.follow_token = $1`,
    [followToken],
  );
  const row = rows[0];
  if (!row) return null;
  const rules = await readQueueRules(db, row.agency_id);
  const place = await standing(db, { id: row.id, serviceId: row.service_id, day: row.day, status: row.status }, rules, now);
  return {
    number: row.label,
    service: { code: row.code, name: row.name, nameEn: row.name_en, prefix: row.prefix },
    status: row.status,
    ...place,
    counter: row.counter_number === null ? null : { number: row.counter_number, name: row.counter_name ?? '' },
    centre: { agencyCode: row.agency_code, name: row.agency_name },
    calledAt: row.called_at?.toISOString() ?? null,
    issuedAt: row.issued_at.toISOString(),
  };
}

/**
 * Records that a dossier was received from a ticket (in the reception's transaction), so that the
 * waiting, the service, the dossier's processing and the rating form one journey.
 */
export async function linkDossierToTicket(tx: Queryable, ticketId: string, dossierId: string, now: Date): Promise<void> {
  const { rows } = await tx.query<{ status: TicketStatus; counter_id: string | null; officer_id: string | null }>(
    'SELECT status, counter_id, officer_id FROM queue_tickets WHERE id = $1 FOR UPDATE',
    [ticketId],
  );
  const ticket = rows[0];
  if (!ticket) {
    throw new AppError(404, 'ticket_not_found', 'Không tìm thấy phiếu số thứ tự này.', 'This queue ticket was not found.', 'ticketId');
  }
  if (ticket.status === 'no_show' || ticket.status === 'cancelled') {
    throw new AppError(
      409,
      'ticket_not_served',
      'Phiếu số thứ tự này đã kết thúc mà không được phục vụ, không thể tiếp nhận hồ sơ từ phiếu.',
      'This queue ticket ended without being served; no dossier can be received from it.',
      'ticketId',
    );
  }
  await tx.query('INSERT INTO queue_ticket_dossiers (ticket_id, dossier_id) VALUES ($1, $2)', [ticketId, dossierId]);
  await recordTicketEvent(tx, { ticketId, kind: 'dossier_received', counterId: ticket.counter_id, officerId: ticket.officer_id, data: { dossierId } }, now);
}
