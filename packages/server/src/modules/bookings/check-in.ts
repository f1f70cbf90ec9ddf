import { checkInRefusal, isBookingCode, normaliseBookingCode } from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { AppError } from '../../platform/errors.js';
import { type IssuedTicket, issueTicket, requireCentre, requireDevice } from '../centres/index.js';
import { serviceOfBooking } from './service-rules.js';

const noBookingHere = (code: string) =>
  new AppError(404, 'booking_not_found', `Không có lịch hẹn mã ${code} tại trung tâm này.`, `There is no booking ${code} at this centre.`, 'code');

/**
 * Checks a booking in at the centre's kiosk, within its window: a ticket is issued for its
 * service with its priority group, waiting from the slot's start, and the booking records it.
 */
export async function checkIn(ctx: AppContext, request: FastifyRequest, agencyCode: string, rawCode: string): Promise<IssuedTicket> {
  const centre = await requireCentre(ctx.db, agencyCode);
  const code = normaliseBookingCode(rawCode);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await requireDevice(tx, request, ['kiosk'], centre.agencyId);
    if (!isBookingCode(code)) throw noBookingHere(code);
    const { rows } = await tx.query<{ id: string; service_id: string; slot_start: Date; priority_group: string | null; status: string }>(
      'SELECT id, service_id, slot_start, priority_group, status FROM bookings WHERE code = $1 AND agency_id = $2 FOR UPDATE',
      [code, centre.agencyId],
    );
    const booking = rows[0];
    if (!booking) throw noBookingHere(code);
    if (booking.status === 'checked_in') {
      throw new AppError(409, 'already_checked_in', `Lịch hẹn ${code} đã được xác nhận và đã có số thứ tự.`, `Booking ${code} was checked in already and has its ticket.`, 'code');
    }
    if (booking.status !== 'booked') {
      throw new AppError(409, 'booking_not_active', `Lịch hẹn ${code} đã hủy hoặc đã quá giờ; vui lòng lấy số thứ tự mới.`, `Booking ${code} is cancelled or expired; please take a new ticket.`, 'code');
    }
    const slotStart = new Date(booking.slot_start);
    const refusal = checkInRefusal((await serviceOfBooking(tx, booking.service_id)).rules, slotStart, now);
    if (refusal) throw new AppError(409, refusal.code, refusal.vi, refusal.en, 'code');
    const ticket = await issueTicket(
      tx,
      { agencyId: centre.agencyId, serviceId: booking.service_id, priorityGroup: booking.priority_group, channel: 'booking', bookingId: booking.id, queuedAt: slotStart },
      now,
    );
    await tx.query("UPDATE bookings SET status = 'checked_in', ticket_id = $2, ended_at = $3 WHERE id = $1", [booking.id, ticket.id, now]);
    return ticket;
  });
}
