import { minutesBetween, normaliseIdNumber, waitingSince } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import type { TicketAtReception } from '../centres/index.js';

/**
 * The same dossier is not received twice from one ticket: a second reception of the procedure for
 * the same applicant from the ticket (the form sent again, the page gone back to) is refused with
 * the code of the dossier already made. The caller holds the ticket's lock, so two at once queue.
 */
export async function assertNotReceivedFromTicket(tx: Queryable, ticket: TicketAtReception, procedureCode: string, idNumber: string): Promise<void> {
  const { rows } = await tx.query<{ code: string }>(
    `SELECT d.code FROM queue_ticket_dossier_facts l
       JOIN dossiers d ON d.id = l.dossier_id
       JOIN procedure_catalogue p ON p.id = d.procedure_id
      WHERE l.ticket_id = $1 AND p.code = $2 AND d.applicant_id_number = $3`,
    [ticket.id, procedureCode, normaliseIdNumber(idNumber)],
  );
  const received = rows[0];
  if (received) {
    throw new AppError(
      409,
      'already_received_from_ticket',
      `Hồ sơ thủ tục này của người nộp đã được tiếp nhận từ phiếu số ${ticket.label} (mã hồ sơ ${received.code}); không tiếp nhận lần thứ hai.`,
      `This procedure’s dossier of this applicant was already received from ticket ${ticket.label} (dossier ${received.code}); it is not received twice.`,
      'ticketId',
    );
  }
}

interface JourneyRow {
  label: string;
  service_name: string;
  counter_number: number | null;
  issued_at: Date;
  queued_at: Date;
  first_called_at: Date | null;
  serving_started_at: Date | null;
  ended_at: Date | null;
}

/**
 * The queue ticket a dossier was received from, if any: its number, how long its holder waited
 * to be called, and how long they were served (so far, while the service goes on).
 */
export async function ticketOfDossier(db: Queryable, dossierId: string, now: Date) {
  const { rows } = await db.query<JourneyRow>(
    `SELECT label, service_name, counter_number, issued_at, queued_at, first_called_at, serving_started_at, ended_at
       FROM dossier_ticket_journeys WHERE dossier_id = $1`,
    [dossierId],
  );
  const ticket = rows[0];
  if (!ticket) return null;
  return {
    number: ticket.label,
    service: ticket.service_name,
    counterNumber: ticket.counter_number,
    issuedAt: iso(ticket.issued_at)!,
    waitedMinutes: ticket.first_called_at ? minutesBetween(waitingSince({ issuedAt: ticket.issued_at, queuedAt: ticket.queued_at }), ticket.first_called_at) : null,
    servedMinutes: ticket.serving_started_at ? minutesBetween(ticket.serving_started_at, ticket.ended_at ?? now) : null,
    serviceFinished: ticket.ended_at !== null,
  };
}
