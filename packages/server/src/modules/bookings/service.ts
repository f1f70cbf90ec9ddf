import { randomBytes } from 'node:crypto';
import {
  MAX_UPCOMING_BOOKINGS_PER_CONTACT,
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
  type WorkCalendar,
  addDays,
  bookSlot,
  bookingCodeFrom,
  checkInWindow,
  freeSlots,
  isBookingCode,
  maskPersonName,
  normaliseBookingCode,
  normaliseEmail,
  normalisePhone,
  toVietnamIso,
  vietnamInstant,
} from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Citizen } from '../../platform/citizen-authentication.js';
import { AppError, invalid } from '../../platform/errors.js';
import { requireCentre } from '../centres/index.js';
import { queueBookingNotices } from './notices.js';
import { type BookableService, assertPriorityGroup, placesTaken, requireBookableService } from './service-rules.js';

/** The free places of each slot still to come on a day, for a service of a centre. */
export async function slotsOn(ctx: AppContext, agencyCode: string, serviceCode: string, date: string) {
  const centre = await requireCentre(ctx.db, agencyCode);
  const service = await requireBookableService(ctx.db, centre.agencyId, serviceCode);
  const taken = await placesTaken(ctx.db, service.id, vietnamInstant(date), vietnamInstant(addDays(date, 1)));
  return freeSlots(service.rules, await ctx.calendar.current(), date, taken, ctx.now()).map((slot) => ({
    start: toVietnamIso(slot.start),
    end: toVietnamIso(slot.end),
    free: slot.free,
  }));
}

export interface NewBooking {
  service: string;
  start: string;
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  priority?: string | undefined;
}

/** The contacts of a booking, as the notices go to them; at least one is needed to send the code. */
function bookingContacts(input: Pick<NewBooking, 'phone' | 'email'>, citizen: Citizen | null): { phone: string; email: string } {
  const phoneGiven = input.phone?.trim() || citizen?.phone || '';
  const emailGiven = input.email?.trim() || citizen?.email || '';
  const phone = phoneGiven ? normalisePhone(phoneGiven) : '';
  const email = emailGiven ? normaliseEmail(emailGiven) : '';
  if (phone === null) throw invalid('phone', 'Số điện thoại không phải số di động Việt Nam (ví dụ 0912 345 678).', 'The phone is not a Vietnamese mobile number (e.g. 0912 345 678).');
  if (email === null) throw invalid('email', 'Địa chỉ email không hợp lệ.', 'The e-mail address is not valid.');
  if (!phone && !email) {
    throw new AppError(
      400,
      'contact_required',
      'Cần số điện thoại hoặc email để nhận mã đặt lịch.',
      'A phone number or an e-mail address is needed to receive the booking code.',
      'phone',
    );
  }
  return { phone, email };
}

function parseStart(start: string): Date {
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) {
    throw invalid('start', 'Thời điểm bắt đầu khung giờ không hợp lệ.', 'The slot start is not a valid date and time.');
  }
  return instant;
}

/** Holds the slot for the rest of the transaction, so that two bookings of its last place cannot both count it free. */
async function lockSlot(tx: Queryable, serviceId: string, start: Date): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`booking-slot|${serviceId}|${start.toISOString()}`]);
}

/**
 * The slot of `start` with a place left, after taking the lock on it; 409 with the reason otherwise.
 * The calendar is read before the transaction: reading it (when its cache is cold) takes a
 * connection of its own, which PGlite's single connection, held by the transaction, never frees.
 */
async function takePlace(ctx: AppContext, tx: Queryable, calendar: WorkCalendar, service: BookableService, start: Date) {
  await lockSlot(tx, service.id, start);
  const taken = await placesTaken(tx, service.id, start, new Date(start.getTime() + 1));
  const { slot, refusal } = bookSlot(service.rules, calendar, start, taken.get(start.getTime()) ?? 0, ctx.now());
  if (refusal) throw new AppError(refusal.code === 'slot_full' ? 409 : 400, refusal.code, refusal.vi, refusal.en, 'start');
  return slot;
}

async function assertFewUpcoming(tx: Queryable, contacts: { phone: string; email: string }, now: Date): Promise<void> {
  const { rows } = await tx.query<{ upcoming: number }>(
    `SELECT count(*)::int AS upcoming FROM bookings
      WHERE status = 'booked' AND slot_start > $3 AND ((phone = $1 AND $1 <> '') OR (email = $2 AND $2 <> ''))`,
    [contacts.phone, contacts.email, now],
  );
  if (rows[0]!.upcoming >= MAX_UPCOMING_BOOKINGS_PER_CONTACT) {
    throw new AppError(
      409,
      'too_many_bookings',
      `Mỗi số điện thoại hoặc email giữ được tối đa ${MAX_UPCOMING_BOOKINGS_PER_CONTACT} lịch hẹn chưa đến; hãy hủy bớt lịch không cần trước khi đặt thêm.`,
      `A phone number or e-mail address can hold at most ${MAX_UPCOMING_BOOKINGS_PER_CONTACT} upcoming bookings; cancel one you do not need first.`,
      'phone',
    );
  }
}

interface InsertedBooking {
  id: string;
  code: string;
  phone: string;
  email: string;
}

/** Writes a booking under a fresh code (drawn again on the rare clash with an existing one). */
async function insertBooking(
  tx: Queryable,
  booking: { agencyId: string; serviceId: string; start: Date; end: Date; citizenId: string | null; name: string; phone: string; email: string; priority: string | null; rescheduledFrom: string | null },
  now: Date,
): Promise<InsertedBooking> {
  for (;;) {
    const { rows } = await tx.query<InsertedBooking>(
      `INSERT INTO bookings (code, agency_id, service_id, slot_start, slot_end, citizen_id, name, phone, email, priority_group, rescheduled_from, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (code) DO NOTHING RETURNING id, code, phone, email`,
      [
        bookingCodeFrom(randomBytes(8)),
        booking.agencyId,
        booking.serviceId,
        booking.start,
        booking.end,
        booking.citizenId,
        booking.name,
        booking.phone,
        booking.email,
        booking.priority,
        booking.rescheduledFrom,
        now,
      ],
    );
    if (rows[0]) return rows[0];
  }
}

/** Books a slot; the code goes to the booking's contacts through the outbox. */
export async function book(ctx: AppContext, agencyCode: string, input: NewBooking, citizen: Citizen | null) {
  const centre = await requireCentre(ctx.db, agencyCode);
  const start = parseStart(input.start);
  const contacts = bookingContacts(input, citizen);
  const calendar = await ctx.calendar.current();
  const code = await ctx.db.transaction(async (tx) => {
    const service = await requireBookableService(tx, centre.agencyId, input.service);
    if (input.priority) await assertPriorityGroup(tx, input.priority);
    const slot = await takePlace(ctx, tx, calendar, service, start);
    await assertFewUpcoming(tx, contacts, ctx.now());
    const booking = await insertBooking(
      tx,
      {
        agencyId: centre.agencyId,
        serviceId: service.id,
        start: slot.start,
        end: slot.end,
        citizenId: citizen?.id ?? null,
        name: input.name.normalize('NFC').trim(),
        ...contacts,
        priority: input.priority ?? null,
        rescheduledFrom: null,
      },
      ctx.now(),
    );
    await queueBookingNotices(tx, ctx.notify, booking, 'booked');
    return booking.code;
  });
  return (await readBookings(ctx, 'b.code = $1', [code]))[0]!;
}

interface BookingRow {
  id: string;
  agency_id: string;
  service_id: string;
  citizen_id: string | null;
  code: string;
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
  slot_start: Date;
  slot_end: Date;
  name: string;
  phone: string;
  email: string;
  priority_group: string | null;
  created_at: Date;
  agency_code: string;
  centre_name: string;
  centre_address: string | null;
  service_code: string;
  service_name: string;
  service_name_en: string;
  service_prefix: string;
  booking_early_minutes: number;
  booking_late_minutes: number;
  ticket_label: string | null;
  follow_token: string | null;
  rescheduled_to: string | null;
}

const SELECT_BOOKINGS = `
  SELECT b.id, b.agency_id, b.service_id, b.citizen_id, b.code, b.status, b.slot_start, b.slot_end, b.name, b.phone, b.email, b.priority_group, b.created_at,
         a.code AS agency_code, a.name AS centre_name, a.address AS centre_address,
         r.code AS service_code, r.name AS service_name, r.name_en AS service_name_en, r.prefix AS service_prefix, r.booking_early_minutes, r.booking_late_minutes,
         t.label AS ticket_label, t.follow_token, (SELECT n.code FROM bookings n WHERE n.rescheduled_from = b.id) AS rescheduled_to
    FROM bookings b JOIN agency_directory a ON a.id = b.agency_id JOIN queue_service_booking_rules r ON r.service_id = b.service_id
    LEFT JOIN queue_ticket_service_facts t ON t.id = b.ticket_id`;

/**
 * A booking as shown: to the holder of its code and contact the name is masked, as public pages
 * mask it. `channels` are those of the installation: the code went out on them to the contacts held.
 */
function bookingView(row: BookingRow, channels: ReadonlySet<NotificationChannel>, audience: 'holder' | 'account') {
  const start = new Date(row.slot_start);
  const window = checkInWindow({ earlyMinutes: row.booking_early_minutes, lateMinutes: row.booking_late_minutes }, start);
  return {
    code: row.code,
    status: row.status,
    rescheduledTo: row.rescheduled_to,
    centre: { agencyCode: row.agency_code, name: row.centre_name, address: row.centre_address ?? '' },
    service: { code: row.service_code, name: row.service_name, nameEn: row.service_name_en, prefix: row.service_prefix },
    start: toVietnamIso(start),
    end: toVietnamIso(new Date(row.slot_end)),
    checkInFrom: toVietnamIso(window.opensAt),
    checkInUntil: toVietnamIso(window.closesAt),
    name: audience === 'holder' ? maskPersonName(row.name) : row.name,
    notifiedBy: NOTIFICATION_CHANNELS.filter((channel) => channels.has(channel) && (channel === 'email' ? row.email : row.phone)),
    priorityGroup: row.priority_group,
    ticket: row.ticket_label && row.follow_token ? { number: row.ticket_label, followUrl: `/hang-cho/${row.follow_token}` } : null,
    createdAt: toVietnamIso(new Date(row.created_at)),
  };
}
export type BookingView = ReturnType<typeof bookingView>;

async function readBookings(ctx: AppContext, condition: string, values: unknown[], audience: 'holder' | 'account' = 'holder'): Promise<BookingView[]> {
  const { rows } = await ctx.db.query<BookingRow>(`${SELECT_BOOKINGS} WHERE ${condition} ORDER BY b.slot_start DESC, b.created_at DESC`, values);
  return rows.map((row) => bookingView(row, ctx.notify, audience));
}

/** The citizen's bookings, latest slot first. */
export const citizenBookings = (ctx: AppContext, citizenId: string) => readBookings(ctx, 'b.citizen_id = $1', [citizenId], 'account');

const notFoundByContact = () =>
  new AppError(
    404,
    'booking_not_found',
    'Không tìm thấy lịch hẹn với mã và số điện thoại (hoặc email) này.',
    'No booking with this code and phone number (or e-mail address).',
    'code',
  );

/**
 * The booking of that code, if `contact` is the phone number or e-mail address it was made with;
 * a wrong code and a wrong contact get the same answer, so that neither can be probed alone.
 */
async function bookingOfHolder(db: Queryable, rawCode: string, contact: string, options: { forUpdate?: boolean } = {}): Promise<BookingRow> {
  const code = normaliseBookingCode(rawCode);
  const phone = normalisePhone(contact);
  const email = normaliseEmail(contact);
  if (!isBookingCode(code) || (!phone && !email)) throw notFoundByContact();
  if (options.forUpdate) await db.query('SELECT 1 FROM bookings WHERE code = $1 FOR UPDATE', [code]);
  const { rows } = await db.query<BookingRow>(
    `${SELECT_BOOKINGS} WHERE b.code = $1 AND ((b.phone <> '' AND b.phone = $2) OR (b.email <> '' AND b.email = $3))`,
    [code, phone ?? '', email ?? ''],
  );
  if (!rows[0]) throw notFoundByContact();
  return rows[0];
}

export async function bookingForHolder(ctx: AppContext, code: string, contact: string): Promise<BookingView> {
  return bookingView(await bookingOfHolder(ctx.db, code, contact), ctx.notify, 'holder');
}

const NOT_ACTIVE: Record<Exclude<BookingRow['status'], 'booked'>, { vi: string; en: string }> = {
  checked_in: { vi: 'Lịch hẹn đã được xác nhận tại ki-ốt và đã có số thứ tự.', en: 'The booking was checked in at the kiosk and has its queue ticket.' },
  cancelled: { vi: 'Lịch hẹn đã được hủy.', en: 'The booking is cancelled.' },
  no_show: { vi: 'Lịch hẹn đã quá giờ xác nhận mà công dân không đến.', en: 'The booking was not checked in in time.' },
};

/** 409 unless the booking is still to come. */
function assertChangeable(booking: BookingRow, now: Date): void {
  if (booking.status !== 'booked') {
    const reason = NOT_ACTIVE[booking.status];
    throw new AppError(409, 'booking_not_active', reason.vi, reason.en, 'code');
  }
  if (new Date(booking.slot_start) <= now) {
    throw new AppError(
      409,
      'booking_started',
      'Đã đến giờ hẹn, không hủy hoặc đổi lịch được nữa; vui lòng đến trung tâm hoặc lấy số thứ tự mới.',
      'The booked time has come; the booking can no longer be cancelled or moved.',
      'code',
    );
  }
}

async function endBooking(tx: Queryable, bookingId: string, now: Date): Promise<void> {
  await tx.query("UPDATE bookings SET status = 'cancelled', ended_at = $2 WHERE id = $1", [bookingId, now]);
}

/** Cancels a booking still to come; its holder is told through the outbox. */
export async function cancelBooking(ctx: AppContext, code: string, contact: string): Promise<BookingView> {
  const id = await ctx.db.transaction(async (tx) => {
    const booking = await bookingOfHolder(tx, code, contact, { forUpdate: true });
    assertChangeable(booking, ctx.now());
    await endBooking(tx, booking.id, ctx.now());
    await queueBookingNotices(tx, ctx.notify, booking, 'cancelled');
    return booking.id;
  });
  return (await readBookings(ctx, 'b.id = $1', [id]))[0]!;
}

/**
 * Moves a booking to another slot of its service: a new booking with a new code takes the slot
 * and the old one ends as cancelled, pointing to it; the new code goes out as on booking.
 */
export async function rescheduleBooking(ctx: AppContext, code: string, contact: string, startText: string): Promise<BookingView> {
  const start = parseStart(startText);
  const calendar = await ctx.calendar.current();
  const newCode = await ctx.db.transaction(async (tx) => {
    const booking = await bookingOfHolder(tx, code, contact, { forUpdate: true });
    assertChangeable(booking, ctx.now());
    if (new Date(booking.slot_start).getTime() === start.getTime()) {
      throw new AppError(400, 'same_slot', 'Lịch hẹn đã ở khung giờ này; hãy chọn giờ khác.', 'The booking is already for this slot; choose another.', 'start');
    }
    const service = await requireBookableService(tx, booking.agency_id, booking.service_code);
    await endBooking(tx, booking.id, ctx.now());
    const slot = await takePlace(ctx, tx, calendar, service, start);
    const moved = await insertBooking(
      tx,
      {
        agencyId: booking.agency_id,
        serviceId: booking.service_id,
        start: slot.start,
        end: slot.end,
        citizenId: booking.citizen_id,
        name: booking.name,
        phone: booking.phone,
        email: booking.email,
        priority: booking.priority_group,
        rescheduledFrom: booking.id,
      },
      ctx.now(),
    );
    await queueBookingNotices(tx, ctx.notify, moved, 'booked');
    return moved.code;
  });
  return (await readBookings(ctx, 'b.code = $1', [newCode]))[0]!;
}

/**
 * Bookings not checked in by the end of their window are no-shows (counted in the centre's
 * figures); the background job runs this every minute. Returns how many it marked.
 */
export async function markNoShows(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE bookings b SET status = 'no_show', ended_at = $1
       FROM queue_service_booking_rules r
      WHERE r.service_id = b.service_id AND b.status = 'booked' AND b.slot_start + make_interval(mins => r.booking_late_minutes) < $1`,
    [now],
  );
  return rowCount ?? 0;
}
