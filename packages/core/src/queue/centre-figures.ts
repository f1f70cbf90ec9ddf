import { checkInWindow } from '../bookings/slots.js';
import { MINUTE_MS, dayNumber } from '../calendar/vietnam-time.js';

/** How a centre's figures for a period are broken down. */
export const FIGURE_GROUPINGS = ['service', 'counter', 'officer', 'hour'] as const;
export type FigureGrouping = (typeof FIGURE_GROUPINGS)[number];

/** A manager looks at a day, a month, a quarter or a year; longer spans are several exports. */
export const MAX_FIGURE_DAYS = 366;

/** Why a period of centre days cannot be read, or null when it can. */
export function figurePeriodProblem(from: string, to: string): 'reversed' | 'too_long' | null {
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) return 'reversed';
  return days > MAX_FIGURE_DAYS ? 'too_long' : null;
}

/**
 * When a person starts waiting to be called: when they took the ticket, or, for a booking checked
 * in before its slot, when the slot starts (arriving early is their choice, not the centre's
 * delay). A transferred ticket keeps this moment: the transfer does not restart the wait.
 */
export function waitingSince(ticket: { issuedAt: Date; queuedAt: Date }): Date {
  return ticket.queuedAt > ticket.issuedAt ? ticket.queuedAt : ticket.issuedAt;
}

/** Whole minutes from `since` to `until` (never negative: a clock a little ahead shows 0, not -1). */
export function minutesBetween(since: Date, until: Date): number {
  return Math.max(0, Math.floor((until.getTime() - since.getTime()) / MINUTE_MS));
}

/** The person who has waited longest among those still waiting, with how long, or null when nobody waits. */
export function longestWait<T extends { issuedAt: Date; queuedAt: Date }>(waiting: readonly T[], now: Date): { ticket: T; minutes: number } | null {
  let longest: { ticket: T; since: Date } | null = null;
  for (const ticket of waiting) {
    const since = waitingSince(ticket);
    if (!longest || since < longest.since) longest = { ticket, since };
  }
  return longest && { ticket: longest.ticket, minutes: minutesBetween(longest.since, now) };
}


/** What a booking is in the database: still booked, checked in at the kiosk, cancelled by its holder, or marked a no-show. */
export type BookingStatus = 'booked' | 'checked_in' | 'cancelled' | 'no_show';

/** What became of a booking, as the managers' figures count it. */
export type BookingOutcome = 'upcoming' | 'checked_in' | 'no_show' | 'cancelled' | 'moved';

/**
 * What became of a booking by `now`. One still booked once its check-in window has closed (its
 * slot's start plus the centre's late minutes) is a no-show, whether or not the minute job has
 * marked it yet; a booking cancelled because its holder moved it to another slot is `moved`, not
 * cancelled: the booking it was moved to is the one that counts.
 */
export function bookingOutcome(
  booking: { status: BookingStatus; start: Date; moved: boolean },
  rules: { lateMinutes: number },
  now: Date,
): BookingOutcome {
  switch (booking.status) {
    case 'booked':
      return now > checkInWindow({ earlyMinutes: 0, lateMinutes: rules.lateMinutes }, booking.start).closesAt ? 'no_show' : 'upcoming';
    case 'cancelled':
      return booking.moved ? 'moved' : 'cancelled';
    default:
      return booking.status;
  }
}
