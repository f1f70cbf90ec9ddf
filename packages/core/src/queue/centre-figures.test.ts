import { describe, expect, it } from 'vitest';
import { bookingOutcome, figurePeriodProblem, longestWait, minutesBetween, waitingSince } from './centre-figures.js';

const at = (time: string) => new Date(`2026-12-01T${time}:00+07:00`);

describe('a period of centre figures', () => {
  it('is one day or more, up to a year (a leap year too), and never ends before it starts', () => {
    expect(figurePeriodProblem('2026-12-01', '2026-12-01')).toBeNull();
    expect(figurePeriodProblem('2028-01-01', '2028-12-31')).toBeNull();
    expect(figurePeriodProblem('2026-12-02', '2026-12-01')).toBe('reversed');
    expect(figurePeriodProblem('2026-01-01', '2027-01-02')).toBe('too_long');
  });
});

describe('waiting', () => {
  it('starts when the ticket is taken, or at the slot of a booking checked in early, and a late booking from its check-in', () => {
    expect(waitingSince({ issuedAt: at('08:00'), queuedAt: at('08:00') })).toEqual(at('08:00'));
    expect(waitingSince({ issuedAt: at('08:10'), queuedAt: at('08:30') })).toEqual(at('08:30'));
    expect(waitingSince({ issuedAt: at('08:40'), queuedAt: at('08:30') })).toEqual(at('08:40'));
  });

  it('is counted in whole minutes, never below zero', () => {
    expect(minutesBetween(at('08:00'), at('08:14'))).toBe(14);
    expect(minutesBetween(new Date(at('08:00').getTime() + 59_000), at('08:01'))).toBe(0);
    expect(minutesBetween(at('08:05'), at('08:00'))).toBe(0);
  });

  it('is longest for whoever started waiting first, an early booking waiting only from its slot', () => {
    const walkIn = { label: 'A003', issuedAt: at('08:20'), queuedAt: at('08:20') };
    const earlyBooking = { label: 'B001', issuedAt: at('08:00'), queuedAt: at('08:30') };
    const transferred = { label: 'C002', issuedAt: at('08:10'), queuedAt: at('08:10') };
    expect(longestWait([walkIn, earlyBooking, transferred], at('08:45'))).toEqual({ ticket: transferred, minutes: 35 });
    expect(longestWait([], at('08:45'))).toBeNull();
  });
});

describe('what became of a booking', () => {
  const nine = { start: at('09:00'), moved: false };
  const rules = { lateMinutes: 15 };

  it('is upcoming until its check-in window closes, and a no-show after it if nobody checked it in', () => {
    expect(bookingOutcome({ ...nine, status: 'booked' }, rules, at('08:30'))).toBe('upcoming');
    expect(bookingOutcome({ ...nine, status: 'booked' }, rules, at('09:15'))).toBe('upcoming');
    expect(bookingOutcome({ ...nine, status: 'booked' }, rules, new Date(at('09:15').getTime() + 1))).toBe('no_show');
    expect(bookingOutcome({ ...nine, status: 'booked' }, { lateMinutes: 0 }, at('09:01'))).toBe('no_show');
  });

  it('keeps what was recorded: checked in, marked a no-show, cancelled', () => {
    expect(bookingOutcome({ ...nine, status: 'checked_in' }, rules, at('12:00'))).toBe('checked_in');
    expect(bookingOutcome({ ...nine, status: 'no_show' }, rules, at('12:00'))).toBe('no_show');
    expect(bookingOutcome({ ...nine, status: 'cancelled' }, rules, at('12:00'))).toBe('cancelled');
  });

  it('is moved, not cancelled, when its holder moved it to another slot', () => {
    expect(bookingOutcome({ ...nine, status: 'cancelled', moved: true }, rules, at('08:00'))).toBe('moved');
  });
});
