import { describe, expect, it } from 'vitest';
import { vietnamInstant } from '../calendar/vietnam-time.js';
import { type BookingNoticeFacts, renderBookingNotice } from './booking-notice.js';

const facts: BookingNoticeFacts = {
  about: 'booked',
  code: 'K7PQ2MXA',
  name: 'Nguyễn Văn An',
  centreName: 'UBND xã Hòa Bình',
  centreAddress: 'Thôn Đông',
  serviceName: 'Hộ tịch',
  slotStart: vietnamInstant('2026-11-24', '09:00'),
  bookingUrl: 'https://dichvucong.example.vn/dat-lich/K7PQ2MXA',
};

describe('booking notices', () => {
  it('give the code, the time and place and where to change it, Vietnamese first, by e-mail', () => {
    const { subject, text } = renderBookingNotice(facts, 'email');
    expect(subject).toBe('Mã đặt lịch K7PQ2MXA — 09:00 24/11/2026 / Booking code K7PQ2MXA — 09:00 24/11/2026');
    expect(text).toContain('Lịch hẹn của ông/bà: 09:00 24/11/2026 tại UBND xã Hòa Bình, Thôn Đông, dịch vụ Hộ tịch.');
    expect(text).toContain('Mã đặt lịch: K7PQ2MXA.');
    expect(text.indexOf('https://dichvucong.example.vn/dat-lich/K7PQ2MXA')).toBeLessThan(text.indexOf('— English —'));
    expect(text).toContain('Booking code: K7PQ2MXA.');
  });

  it('fit the code in a short SMS', () => {
    const { subject, text } = renderBookingNotice(facts, 'sms');
    expect(subject).toBe('');
    expect(text).toBe('Mã đặt lịch K7PQ2MXA: 09:00 24/11/2026 tại UBND xã Hòa Bình. Nhập mã tại ki-ốt khi đến. https://dichvucong.example.vn/dat-lich/K7PQ2MXA');
  });

  it('say a cancellation', () => {
    expect(renderBookingNotice({ ...facts, about: 'cancelled' }, 'sms').text).toBe('Lịch hẹn K7PQ2MXA lúc 09:00 24/11/2026 tại UBND xã Hòa Bình đã được hủy.');
    expect(renderBookingNotice({ ...facts, about: 'cancelled' }, 'email').subject).toBe('Lịch hẹn K7PQ2MXA đã hủy / Booking K7PQ2MXA cancelled');
  });
});
