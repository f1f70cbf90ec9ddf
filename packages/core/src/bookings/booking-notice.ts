import { formatVietnamTimeAndDay } from '../calendar/vietnam-time.js';
import type { NotificationChannel, RenderedNotice } from '../notifications/applicant-notices.js';

/** What a booking's notice says: its code on booking (or moving), and that it is cancelled. */
export interface BookingNoticeFacts {
  about: 'booked' | 'cancelled';
  code: string;
  name: string;
  centreName: string;
  centreAddress: string;
  serviceName: string;
  slotStart: Date;
  /** Where the citizen sees, moves or cancels the booking. */
  bookingUrl: string;
}

function lines(facts: BookingNoticeFacts): { vi: string[]; en: string[] } {
  const when = formatVietnamTimeAndDay(facts.slotStart);
  const place = facts.centreAddress ? `${facts.centreName}, ${facts.centreAddress}` : facts.centreName;
  if (facts.about === 'cancelled') {
    return {
      vi: [`Kính gửi ${facts.name},`, '', `Lịch hẹn ${facts.code} lúc ${when} tại ${place} (${facts.serviceName}) đã được hủy.`],
      en: [`Dear ${facts.name},`, '', `Booking ${facts.code} for ${when} at ${place} (${facts.serviceName}) is cancelled.`],
    };
  }
  return {
    vi: [
      `Kính gửi ${facts.name},`,
      '',
      `Lịch hẹn của ông/bà: ${when} tại ${place}, dịch vụ ${facts.serviceName}.`,
      `Mã đặt lịch: ${facts.code}. Khi đến, nhập mã này tại ki-ốt để lấy số thứ tự.`,
      `Xem, đổi giờ hoặc hủy lịch: ${facts.bookingUrl}`,
    ],
    en: [
      `Dear ${facts.name},`,
      '',
      `Your booking: ${when} at ${place}, service ${facts.serviceName}.`,
      `Booking code: ${facts.code}. On arrival, enter it at the kiosk to get your queue ticket.`,
      `See, move or cancel the booking: ${facts.bookingUrl}`,
    ],
  };
}

/** The e-mail (Vietnamese, then English) or the SMS (Vietnamese, short) of a booking. */
export function renderBookingNotice(facts: BookingNoticeFacts, channel: NotificationChannel): RenderedNotice {
  const when = formatVietnamTimeAndDay(facts.slotStart);
  if (channel === 'sms') {
    const text =
      facts.about === 'cancelled'
        ? `Lịch hẹn ${facts.code} lúc ${when} tại ${facts.centreName} đã được hủy.`
        : `Mã đặt lịch ${facts.code}: ${when} tại ${facts.centreName}. Nhập mã tại ki-ốt khi đến. ${facts.bookingUrl}`;
    return { subject: '', text: text.normalize('NFC') };
  }
  const { vi, en } = lines(facts);
  const subject =
    facts.about === 'cancelled'
      ? { vi: `Lịch hẹn ${facts.code} đã hủy`, en: `Booking ${facts.code} cancelled` }
      : { vi: `Mã đặt lịch ${facts.code} — ${when}`, en: `Booking code ${facts.code} — ${when}` };
  return { subject: `${subject.vi} / ${subject.en}`.normalize('NFC'), text: [...vi, '', '— English —', '', ...en].join('\n').normalize('NFC') };
}
