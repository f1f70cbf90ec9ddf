import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { NOTIFICATION_CHANNELS, PHONE_PATTERN } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { requireCitizen } from '../../platform/citizen-authentication.js';
import { component } from '../../platform/components.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { CalendarDate, Name, Nullable } from '../../platform/schemas.js';
import { CentreCode, CentreParams, IssuedTicketSchema, PublicCentre, PublicQueueService } from '../centres/index.js';
import { checkIn } from './check-in.js';
import { book, bookingForHolder, cancelBooking, citizenBookings, rescheduleBooking, slotsOn } from './service.js';

const TAGS = ['bookings'];

const BookingCodeParam = Type.String({ maxLength: 20, description: 'The booking code, 8 characters (small letters, spaces and dashes are read too)' });
/** A booking named by its code in the address. */
const ByCode = Type.Object({ code: BookingCodeParam });
const Contact = Type.String({ minLength: 1, maxLength: 200, description: 'The phone number or e-mail address the booking was made with' });
const SlotStart = Type.String({ format: 'date-time', description: 'The slot’s start as the slots list gives it, e.g. 2026-11-24T09:00:00+07:00' });

const Slot = component(
  'BookingSlot',
  Type.Object({ start: Type.String(), end: Type.String(), free: Type.Integer({ description: 'Places left in the slot' }) }),
);

const Booking = component(
  'Booking',
  Type.Object({
    code: Type.String(),
    status: Type.Enum(['booked', 'checked_in', 'cancelled', 'no_show'] as const),
    rescheduledTo: Nullable(Type.String({ description: 'The code of the booking it was moved to' })),
    centre: PublicCentre,
    service: PublicQueueService,
    start: Type.String(),
    end: Type.String(),
    checkInFrom: Type.String({ description: 'From when the kiosk checks it in' }),
    checkInUntil: Type.String({ description: 'Until when; later it is a no-show' }),
    name: Type.String({ description: 'Masked (Nguyễn V. A.) except in the citizen’s own list' }),
    notifiedBy: Type.Array(Type.Enum(NOTIFICATION_CHANNELS)),
    priorityGroup: Nullable(Type.String()),
    ticket: Nullable(Type.Object({ number: Type.String(), followUrl: Type.String() })),
    createdAt: Type.String(),
  }),
);

const NewBookingFields = {
  service: Type.String({ maxLength: 40, description: 'The service code, as GET /api/public/centres/{agencyCode}/services lists it' }),
  start: SlotStart,
  name: Name(200, { minLength: 2 }),
  phone: Type.Optional(Type.String({ pattern: PHONE_PATTERN.source })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
  priority: Type.Optional(Type.String({ maxLength: 40, description: 'A priority group code (GET /api/public/priority-groups)' })),
};
const NewBookingBody = component('NewBooking', Type.Object(NewBookingFields, { additionalProperties: false }));
const NewOwnBookingBody = component(
  'NewOwnBooking',
  Type.Object({ centre: CentreCode, ...NewBookingFields }, { additionalProperties: false }),
);

const BOOKING_ERRORS = { 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema };

/** Booking a time slot at a centre, seeing, cancelling and moving it, and checking it in at the kiosk. */
export function bookingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  // Bookings are anonymous writes, held to the same hourly budget per address as anonymous submissions.
  const bookingsPerHour = { max: ctx.config.anonymousSubmissionsPerHour, timeWindow: '1 hour' } as const;
  // A code with a contact opens a booking: few tries per address, so that neither can be guessed.
  const holderLookups = { max: 20, timeWindow: '5 minutes' } as const;
  return async (app) => {
    app.get(
      '/api/public/centres/:agencyCode/slots',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Các khung giờ còn trống của một dịch vụ trong một ngày (chỉ những khung chưa qua, trong 30 ngày tới)',
          params: CentreParams,
          querystring: Type.Object({ service: Type.String({ maxLength: 40 }), date: CalendarDate('The local (Vietnam) date') }),
          response: { 200: Type.Array(Slot), 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => slotsOn(ctx, request.params.agencyCode, request.query.service, request.query.date),
    );

    app.post(
      '/api/public/centres/:agencyCode/bookings',
      {
        config: { rule: 'public', rateLimit: bookingsPerHour },
        schema: {
          tags: TAGS,
          summary: 'Đặt lịch hẹn một khung giờ; mã đặt lịch được gửi qua email/SMS',
          description: 'At least one of phone and email. Signed-in citizens book with POST /api/citizen/bookings, which keeps the booking in their account.',
          params: CentreParams,
          body: NewBookingBody,
          response: { 201: Booking, ...BOOKING_ERRORS },
        },
      },
      async (request, reply) => reply.status(201).send(await book(ctx, request.params.agencyCode, request.body, null)),
    );

    app.post(
      '/api/citizen/bookings',
      {
        config: { rule: 'citizen-themself', rateLimit: bookingsPerHour },
        schema: {
          tags: TAGS,
          summary: 'Công dân đã đăng nhập đặt lịch hẹn (số điện thoại, email mặc định lấy từ tài khoản)',
          body: NewOwnBookingBody,
          response: { 201: Booking, 401: errorResponseSchema, 403: errorResponseSchema, ...BOOKING_ERRORS },
        },
      },
      async (request, reply) => {
        const { centre, ...booking } = request.body;
        return reply.status(201).send(await book(ctx, centre, booking, requireCitizen(request)));
      },
    );

    app.get(
      '/api/citizen/bookings',
      {
        config: { rule: 'citizen-themself' },
        schema: { tags: TAGS, summary: 'Lịch hẹn của tôi', response: { 200: Type.Array(Booking), 401: errorResponseSchema } },
      },
      async (request) => citizenBookings(ctx, requireCitizen(request).id),
    );

    app.get(
      '/api/public/bookings/:code',
      {
        config: { rule: 'public', rateLimit: holderLookups },
        schema: {
          tags: TAGS,
          summary: 'Xem lịch hẹn bằng mã đặt lịch và số điện thoại hoặc email đã đặt',
          params: ByCode,
          querystring: Type.Object({ contact: Contact }),
          response: { 200: Booking, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => bookingForHolder(ctx, request.params.code, request.query.contact),
    );

    app.post(
      '/api/public/bookings/:code/cancel',
      {
        config: { rule: 'public', rateLimit: holderLookups },
        schema: {
          tags: TAGS,
          summary: 'Hủy lịch hẹn chưa đến giờ',
          params: ByCode,
          body: Type.Object({ contact: Contact }, { additionalProperties: false }),
          response: { 200: Booking, ...BOOKING_ERRORS },
        },
      },
      async (request) => cancelBooking(ctx, request.params.code, request.body.contact),
    );

    app.post(
      '/api/public/bookings/:code/reschedule',
      {
        config: { rule: 'public', rateLimit: holderLookups },
        schema: {
          tags: TAGS,
          summary: 'Đổi giờ hẹn: lịch mới có mã mới (gửi lại qua email/SMS), lịch cũ bị hủy',
          params: ByCode,
          body: Type.Object({ contact: Contact, start: SlotStart }, { additionalProperties: false }),
          response: { 200: Booking, ...BOOKING_ERRORS },
        },
      },
      async (request) => rescheduleBooking(ctx, request.params.code, request.body.contact, request.body.start),
    );

    app.post(
      '/api/public/centres/:agencyCode/bookings/:code/check-in',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Ki-ốt xác nhận lịch hẹn và cấp số thứ tự (ưu tiên theo nhóm đã khai, xếp hàng từ giờ hẹn)',
          description: 'From a kiosk paired with the centre (`Authorization: Device <token>`), within the booking’s check-in window.',
          params: Type.Object({ agencyCode: CentreCode, code: BookingCodeParam }),
          response: { 201: IssuedTicketSchema, 401: errorResponseSchema, 403: errorResponseSchema, ...BOOKING_ERRORS },
        },
      },
      async (request, reply) => reply.status(201).send(await checkIn(ctx, request, request.params.agencyCode, request.params.code)),
    );
  };
}
