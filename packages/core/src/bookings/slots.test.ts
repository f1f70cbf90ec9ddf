import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/working-time.js';
import { vietnamInstant } from '../calendar/vietnam-time.js';
import { BOOKING_HORIZON_DAYS, type BookingRules, bookSlot, checkInRefusal, checkInWindow, freeSlots, slotsOfDay } from './slots.js';

const WEEKDAY_HOURS = [['07:30', '11:30'], ['13:30', '17:00']] as const;
const rules: BookingRules = {
  openingHours: { '1': WEEKDAY_HOURS, '2': WEEKDAY_HOURS, '3': WEEKDAY_HOURS, '4': WEEKDAY_HOURS, '5': WEEKDAY_HOURS, '6': [['07:30', '11:30']] },
  slotMinutes: 30,
  perCounterSlot: 2,
  earlyMinutes: 30,
  lateMinutes: 15,
  counters: 3,
};
const calendar = createWorkCalendar({ overrides: [{ date: '2026-12-10', kind: 'day_off', name: 'Nghỉ bù bầu cử' }] });
const at = (date: string, time: string) => vietnamInstant(date, time);
// Monday 23 November 2026, 08:10 in Vietnam.
const now = at('2026-11-23', '08:10');

describe('booking slots', () => {
  it('cut each opening period into whole slots, as many places each as counters times the per-counter cap', () => {
    const slots = slotsOfDay(rules, calendar, '2026-11-24');
    expect(slots).toHaveLength(8 + 7);
    expect(slots[0]).toEqual({ start: at('2026-11-24', '07:30'), end: at('2026-11-24', '08:00'), capacity: 6 });
    expect(slots[7]!.end).toEqual(at('2026-11-24', '11:30'));
    expect(slots[8]!.start).toEqual(at('2026-11-24', '13:30'));
    expect(slots.at(-1)!.end).toEqual(at('2026-11-24', '17:00'));
  });

  it('leave out the end of a period too short for a slot', () => {
    expect(slotsOfDay({ ...rules, slotMinutes: 45 }, calendar, '2026-11-28').map((slot) => slot.start)).toEqual(
      ['07:30', '08:15', '09:00', '09:45', '10:30'].map((time) => at('2026-11-28', time)),
    );
  });

  it('follow the weekday: Saturday morning only, nothing on Sunday', () => {
    expect(slotsOfDay(rules, calendar, '2026-11-28')).toHaveLength(8);
    expect(slotsOfDay(rules, calendar, '2026-11-29')).toEqual([]);
  });

  it('are none on a public holiday or on a day off the administrator added', () => {
    expect(slotsOfDay(rules, calendar, '2026-09-02')).toEqual([]);
    expect(slotsOfDay(rules, calendar, '2026-12-10')).toEqual([]);
    expect(slotsOfDay(rules, calendar, '2026-12-09')).toHaveLength(15);
  });

  it('offer only what is still to come today, with the places left', () => {
    const booked = new Map([[at('2026-11-23', '08:30').getTime(), 4], [at('2026-11-23', '09:00').getTime(), 7]]);
    const free = freeSlots(rules, calendar, '2026-11-23', booked, now);
    expect(free[0]).toEqual({ start: at('2026-11-23', '08:30'), end: at('2026-11-23', '09:00'), free: 2 });
    expect(free[1]!.free).toBe(0);
    expect(free[2]!.free).toBe(6);
    expect(free).toHaveLength(15 - 2);
  });

  it('offer nothing on a past date or beyond the horizon', () => {
    expect(freeSlots(rules, calendar, '2026-11-20', new Map(), now)).toEqual([]);
    expect(freeSlots(rules, calendar, '2026-12-24', new Map(), now)).toEqual([]);
    expect(freeSlots(rules, calendar, '2026-12-23', new Map(), now)).toHaveLength(15);
  });
});

describe('booking a slot', () => {
  const refusal = (start: Date, booked = 0, bookingRules = rules) => bookSlot(bookingRules, calendar, start, booked, now).refusal?.code;

  it('takes a slot of the opening hours with a place left', () => {
    expect(bookSlot(rules, calendar, at('2026-11-24', '09:00'), 5, now).slot).toEqual({
      start: at('2026-11-24', '09:00'),
      end: at('2026-11-24', '09:30'),
      capacity: 6,
    });
  });

  it('refuses a full slot', () => {
    expect(refusal(at('2026-11-24', '09:00'), 6)).toBe('slot_full');
  });

  it('refuses the past, including the slot under way', () => {
    expect(refusal(at('2026-11-23', '08:00'))).toBe('slot_in_past');
    expect(refusal(at('2026-11-20', '09:00'))).toBe('slot_in_past');
  });

  it('refuses a holiday, naming it, and a day the centre is closed', () => {
    const holiday = bookSlot(rules, calendar, at('2026-12-10', '09:00'), 0, now).refusal!;
    expect(holiday.code).toBe('centre_day_off');
    expect(holiday.vi).toBe('Ngày 10/12/2026 là ngày nghỉ (Nghỉ bù bầu cử), trung tâm không tiếp công dân.');
    expect(refusal(at('2026-11-29', '09:00'))).toBe('centre_closed');
  });

  it('refuses a time that is not a slot start, or outside the hours', () => {
    expect(refusal(at('2026-11-24', '09:10'))).toBe('not_a_slot');
    expect(refusal(at('2026-11-24', '12:00'))).toBe('not_a_slot');
    expect(refusal(at('2026-11-24', '16:45'))).toBe('not_a_slot');
  });

  it('refuses beyond the horizon', () => {
    expect(refusal(at('2026-12-24', '09:00'))).toBe('beyond_booking_horizon');
    expect(bookSlot(rules, calendar, at('2026-12-24', '09:00'), 0, now).refusal!.vi).toContain(`${BOOKING_HORIZON_DAYS} ngày`);
  });

  it('refuses a service no counter serves', () => {
    expect(refusal(at('2026-11-24', '09:00'), 0, { ...rules, counters: 0 })).toBe('no_counter_for_service');
  });
});

describe('checking in', () => {
  const start = at('2026-11-24', '09:00');

  it('opens before the slot and closes after its start', () => {
    expect(checkInWindow(rules, start)).toEqual({ opensAt: at('2026-11-24', '08:30'), closesAt: at('2026-11-24', '09:15') });
  });

  it('is refused too early and too late, with the times, and allowed within the window, its ends included', () => {
    expect(checkInRefusal(rules, start, at('2026-11-24', '08:29'))?.code).toBe('check_in_too_early');
    expect(checkInRefusal(rules, start, at('2026-11-24', '08:29'))?.vi).toBe('Lịch hẹn lúc 09:00 24/11/2026: chỉ xác nhận được từ 08:30 24/11/2026.');
    expect(checkInRefusal(rules, start, at('2026-11-24', '08:30'))).toBeNull();
    expect(checkInRefusal(rules, start, at('2026-11-24', '09:15'))).toBeNull();
    expect(checkInRefusal(rules, start, at('2026-11-24', '09:16'))?.code).toBe('check_in_too_late');
  });
});
