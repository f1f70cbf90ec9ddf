/**
 * Booking a time slot at a centre: the slots come from the centre's opening hours, each holds as
 * many bookings as the counters serving the service may take, and a booking checks in at the kiosk
 * within a window around its start. Days off of the working-day calendar have no slots.
 */
import type { WorkCalendar } from '../calendar/working-time.js';
import { addDays, formatVietnamDay, formatVietnamTimeAndDay, parseTimeOfDay, vietnamDate, vietnamInstant, weekday } from '../calendar/vietnam-time.js';
import type { OpeningHours, OpeningPeriod, Weekday } from '../queue/centre-config.js';

const MINUTE_MS = 60_000;

/** A centre's booking settings, for one service. */
export interface BookingRules {
  openingHours: OpeningHours;
  slotMinutes: number;
  /** Bookings a slot takes per counter serving the service. */
  perCounterSlot: number;
  /** A booking checks in from this many minutes before its slot's start… */
  earlyMinutes: number;
  /** …until this many after it; later it is a no-show. */
  lateMinutes: number;
  /** Active counters serving the service. */
  counters: number;
}

/** How far ahead a slot can be booked: the working-day calendar of next month is rarely decided yet. */
export const BOOKING_HORIZON_DAYS = 30;

/** Bookings one phone number or e-mail address may hold at once: enough for a family, too few to fill a centre's day. */
export const MAX_UPCOMING_BOOKINGS_PER_CONTACT = 3;

export interface Slot {
  start: Date;
  end: Date;
  capacity: number;
}

export interface BookingRefusal {
  code: 'slot_in_past' | 'beyond_booking_horizon' | 'centre_day_off' | 'centre_closed' | 'not_a_slot' | 'no_counter_for_service' | 'slot_full';
  vi: string;
  en: string;
}

export interface CheckInRefusal {
  code: 'check_in_too_early' | 'check_in_too_late';
  vi: string;
  en: string;
}

/** The day off (holiday, day off owed for one, or the administrator's extra day off) that `date` is, if any. */
export function dayOffOn(calendar: WorkCalendar, date: string): { name: string; nameEn: string } | undefined {
  return calendar.holidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}

/** The opening periods of a local date, by its weekday. */
function openingPeriods(openingHours: OpeningHours, date: string): readonly OpeningPeriod[] {
  return openingHours[String(weekday(date) || 7) as Weekday] ?? [];
}

/** Every slot of a local date, in order: each opening period cut into whole slots (a remainder too short for one is left out). */
export function slotsOfDay(rules: BookingRules, calendar: WorkCalendar, date: string): Slot[] {
  if (dayOffOn(calendar, date)) return [];
  const midnight = vietnamInstant(date).getTime();
  const capacity = rules.counters * rules.perCounterSlot;
  return openingPeriods(rules.openingHours, date).flatMap(([open, close]) => {
    const slots: Slot[] = [];
    for (let minute = parseTimeOfDay(open); minute + rules.slotMinutes <= parseTimeOfDay(close); minute += rules.slotMinutes) {
      const start = midnight + minute * MINUTE_MS;
      slots.push({ start: new Date(start), end: new Date(start + rules.slotMinutes * MINUTE_MS), capacity });
    }
    return slots;
  });
}

/** The last local date that can be booked on `now`. */
export const lastBookableDate = (now: Date) => addDays(vietnamDate(now), BOOKING_HORIZON_DAYS);

/**
 * The slots of a date still to come within the booking horizon, with how many places each has
 * left given the bookings it holds (`booked`: count by the slot's start in epoch milliseconds).
 */
export function freeSlots(
  rules: BookingRules,
  calendar: WorkCalendar,
  date: string,
  booked: ReadonlyMap<number, number>,
  now: Date,
): Array<{ start: Date; end: Date; free: number }> {
  if (date > lastBookableDate(now)) return [];
  return slotsOfDay(rules, calendar, date)
    .filter((slot) => slot.start > now)
    .map((slot) => ({ start: slot.start, end: slot.end, free: Math.max(0, slot.capacity - (booked.get(slot.start.getTime()) ?? 0)) }));
}

/**
 * Why a booking of the slot starting at `start` cannot be made (`bookedInSlot`: the bookings it
 * holds already), or the slot when it can.
 */
export function bookSlot(
  rules: BookingRules,
  calendar: WorkCalendar,
  start: Date,
  bookedInSlot: number,
  now: Date,
): { slot: Slot; refusal?: never } | { refusal: BookingRefusal; slot?: never } {
  const date = vietnamDate(start);
  const when = formatVietnamTimeAndDay(start);
  const refuse = (code: BookingRefusal['code'], vi: string, en: string) => ({ refusal: { code, vi, en } });
  if (start <= now) return refuse('slot_in_past', `Khung giờ ${when} đã qua, vui lòng chọn giờ khác.`, `The slot at ${when} has passed; choose another.`);
  if (date > lastBookableDate(now)) {
    return refuse(
      'beyond_booking_horizon',
      `Chỉ đặt lịch được trong vòng ${BOOKING_HORIZON_DAYS} ngày tới.`,
      `Slots can be booked only within the next ${BOOKING_HORIZON_DAYS} days.`,
    );
  }
  const dayOff = dayOffOn(calendar, date);
  if (dayOff) {
    return refuse(
      'centre_day_off',
      `Ngày ${formatVietnamDay(start)} là ngày nghỉ (${dayOff.name}), trung tâm không tiếp công dân.`,
      `${formatVietnamDay(start)} is a day off (${dayOff.nameEn}); the centre does not receive citizens.`,
    );
  }
  const slots = slotsOfDay(rules, calendar, date);
  if (slots.length === 0) {
    return refuse('centre_closed', `Trung tâm không làm việc ngày ${formatVietnamDay(start)}.`, `The centre is closed on ${formatVietnamDay(start)}.`);
  }
  const slot = slots.find((candidate) => candidate.start.getTime() === start.getTime());
  if (!slot) {
    return refuse(
      'not_a_slot',
      `${when} không phải đầu một khung giờ đặt lịch của trung tâm (mỗi khung ${rules.slotMinutes} phút trong giờ làm việc).`,
      `${when} is not the start of one of the centre's booking slots (${rules.slotMinutes} minutes each, within opening hours).`,
    );
  }
  if (slot.capacity === 0) {
    return refuse(
      'no_counter_for_service',
      'Trung tâm chưa có quầy nhận đặt lịch cho dịch vụ này; vui lòng đến lấy số trực tiếp.',
      'No counter of the centre takes bookings for this service; please take a ticket at the centre.',
    );
  }
  if (bookedInSlot >= slot.capacity) {
    return refuse('slot_full', `Khung giờ ${when} đã hết chỗ, vui lòng chọn giờ khác.`, `The slot at ${when} is full; choose another.`);
  }
  return { slot };
}

/** When a booking of the slot starting at `start` can check in at the kiosk: [opensAt, closesAt]. */
export function checkInWindow(rules: Pick<BookingRules, 'earlyMinutes' | 'lateMinutes'>, start: Date): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(start.getTime() - rules.earlyMinutes * MINUTE_MS),
    closesAt: new Date(start.getTime() + rules.lateMinutes * MINUTE_MS),
  };
}

/** Why a booking of the slot starting at `start` cannot check in at `now`; null within its window. */
export function checkInRefusal(rules: Pick<BookingRules, 'earlyMinutes' | 'lateMinutes'>, start: Date, now: Date): CheckInRefusal | null {
  const { opensAt, closesAt } = checkInWindow(rules, start);
  if (now < opensAt) {
    const from = formatVietnamTimeAndDay(opensAt);
    return {
      code: 'check_in_too_early',
      vi: `Lịch hẹn lúc ${formatVietnamTimeAndDay(start)}: chỉ xác nhận được từ ${from}.`,
      en: `Booked for ${formatVietnamTimeAndDay(start)}: check-in opens at ${from}.`,
    };
  }
  if (now > closesAt) {
    return {
      code: 'check_in_too_late',
      vi: `Lịch hẹn lúc ${formatVietnamTimeAndDay(start)} đã quá giờ xác nhận (đến ${formatVietnamTimeAndDay(closesAt)}); vui lòng lấy số thứ tự mới.`,
      en: `The booking for ${formatVietnamTimeAndDay(start)} could be checked in until ${formatVietnamTimeAndDay(closesAt)}; please take a new ticket.`,
    };
  }
  return null;
}
