import { type BookingNoticeFacts, type NotificationChannel, bookingPath, renderBookingNotice } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { type OutboxTopic, PermanentDeliveryError, enqueue } from '../../platform/outbox.js';
import type { Senders } from '../notifications/index.js';

/** A booking's code (on booking or moving it) or its cancellation, sent to the contacts it was made with. */
export const BOOKING_NOTICE_TOPIC = 'booking.notice';

interface NoticePayload {
  bookingId: string;
  channel: NotificationChannel;
  about: BookingNoticeFacts['about'];
}

/**
 * Queues, inside the booking's transaction, a notice on each channel this installation has for
 * which the booking holds a contact.
 */
export async function queueBookingNotices(
  tx: Queryable,
  channels: ReadonlySet<NotificationChannel>,
  booking: { id: string; email: string; phone: string },
  about: NoticePayload['about'],
): Promise<void> {
  const contacts: Record<NotificationChannel, string> = { email: booking.email, sms: booking.phone };
  for (const channel of channels) {
    if (!contacts[channel]) continue;
    const payload: NoticePayload = { bookingId: booking.id, channel, about };
    await enqueue(tx, BOOKING_NOTICE_TOPIC, { ...payload }, `booking/${booking.id}/${channel}`);
  }
}

interface NoticeRow {
  code: string;
  name: string;
  email: string;
  phone: string;
  slot_start: Date;
  centre_name: string;
  centre_address: string | null;
  service_name: string;
}

/** Sends a booking's notice: the outbox worker's handler for `booking.notice`. */
export function bookingNoticeTopic(db: Queryable, senders: Senders, publicUrl: string): OutboxTopic {
  return {
    async deliver(message) {
      const { bookingId, channel, about } = message.payload as unknown as NoticePayload;
      const { rows } = await db.query<NoticeRow>(
        `SELECT b.code, b.name, b.email, b.phone, b.slot_start, a.name AS centre_name, a.address AS centre_address, s.name AS service_name
           FROM bookings b JOIN agency_directory a ON a.id = b.agency_id JOIN queue_service_directory s ON s.id = b.service_id
          WHERE b.id = $1`,
        [bookingId],
      );
      const booking = rows[0];
      if (!booking) throw new PermanentDeliveryError(`No booking ${bookingId}`);
      const sender = senders[channel];
      if (!sender) throw new PermanentDeliveryError(`The ${channel} channel is not configured on this installation`);
      const notice = renderBookingNotice(
        {
          about,
          code: booking.code,
          name: booking.name,
          centreName: booking.centre_name,
          centreAddress: booking.centre_address ?? '',
          serviceName: booking.service_name,
          slotStart: new Date(booking.slot_start),
          bookingUrl: `${publicUrl}${bookingPath(booking.code)}`,
        },
        channel,
      );
      await sender.send(channel === 'email' ? booking.email : booking.phone, notice, `motcua-booking-${message.id}`);
    },
  };
}
