import type { Queryable } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';

/** The ticket a dossier is received from, as the reception needs it. */
export interface TicketAtReception {
  id: string;
  label: string;
}

interface TicketRow {
  id: string;
  label: string;
  agency_id: string;
  centre_name: string;
  status: string;
  officer_id: string | null;
}

const STATUS_WORDS: Record<string, { vi: string; en: string }> = {
  waiting: { vi: 'đang chờ', en: 'waiting' },
  called: { vi: 'đã gọi, chưa bắt đầu phục vụ', en: 'called, not being served yet' },
  serving: { vi: 'đang được phục vụ ở quầy khác', en: 'being served at another counter' },
  finished: { vi: 'đã kết thúc phục vụ', en: 'finished' },
  no_show: { vi: 'vắng mặt', en: 'a no-show' },
  cancelled: { vi: 'đã hủy', en: 'cancelled' },
};

/**
 * The ticket an officer receives a dossier from, locked until the caller's transaction ends (so
 * that it cannot be finished or transferred meanwhile). It must be the one the officer is serving
 * now, issued at the centre that receives the dossier; anything else is refused saying why.
 */
export async function ticketBeingServed(tx: Queryable, ticketId: string, officerId: string, receivingAgencyId: string): Promise<TicketAtReception> {
  const { rows } = await tx.query<TicketRow>(
    `SELECT t.id, t.label, t.agency_id, a.name AS centre_name, t.status, t.officer_id
       FROM queue_tickets t JOIN agency_directory a ON a.id = t.agency_id
      WHERE t.id = $1 FOR UPDATE OF t`,
    [ticketId],
  );
  const ticket = rows[0];
  if (!ticket) {
    throw new AppError(404, 'ticket_not_found', 'Không tìm thấy phiếu số thứ tự này.', 'No such queue ticket.', 'ticketId');
  }
  if (ticket.agency_id !== receivingAgencyId) {
    throw new AppError(
      409,
      'ticket_of_another_centre',
      `Phiếu số ${ticket.label} được cấp tại ${ticket.centre_name}, không phải nơi tiếp nhận hồ sơ này.`,
      `Ticket ${ticket.label} was issued at ${ticket.centre_name}, not where this dossier is received.`,
      'ticketId',
    );
  }
  if (ticket.status !== 'serving' || ticket.officer_id !== officerId) {
    const status = ticket.status === 'serving' || !STATUS_WORDS[ticket.status] ? STATUS_WORDS.serving! : STATUS_WORDS[ticket.status]!;
    throw new AppError(
      409,
      'ticket_not_being_served',
      `Phiếu số ${ticket.label} không phải phiếu bạn đang phục vụ (phiếu ${status.vi}). Chỉ tiếp nhận hồ sơ từ phiếu đang phục vụ tại quầy của bạn.`,
      `Ticket ${ticket.label} is not the one you are serving (it is ${status.en}). Receive dossiers only from the ticket you are serving.`,
      'ticketId',
    );
  }
  return { id: ticket.id, label: ticket.label };
}
