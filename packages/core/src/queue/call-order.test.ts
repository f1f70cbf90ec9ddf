import { describe, expect, it } from 'vitest';
import { type CallContext, type QueuedTicket, callOrderProblem, compareForCall, DEFAULT_CALL_ORDER, readCallOrder } from './call-order.js';

const at = (time: string) => new Date(`2026-12-07T${time}:00+07:00`);
const now = at('09:00');

function ticket(id: string, queued: string, extra: Partial<QueuedTicket> = {}): QueuedTicket {
  return { id, priorityGroup: null, channel: 'kiosk', queuedAt: at(queued), issuedAt: at(queued), sequence: 1, ...extra };
}

const order = (tickets: QueuedTicket[], context: CallContext, rule = DEFAULT_CALL_ORDER) =>
  [...tickets].sort(compareForCall(rule, context)).map((t) => t.id);

const atPriorityCounter: CallContext = { priorityCounter: true, now };
const atOtherCounter: CallContext = { priorityCounter: false, now };

describe('the calling rule', () => {
  const walkIn1 = ticket('walk-in-1', '08:00');
  const walkIn2 = ticket('walk-in-2', '08:10');
  const elderly = ticket('elderly', '08:50', { priorityGroup: 'elderly' });
  const bookingDue = ticket('booking-due', '08:30', { channel: 'booking', issuedAt: at('08:40') });
  const bookingLater = ticket('booking-later', '09:30', { channel: 'booking', issuedAt: at('08:45') });

  it('calls the place in the queue first when nothing else tells tickets apart', () => {
    expect(order([walkIn2, walkIn1], atOtherCounter)).toEqual(['walk-in-1', 'walk-in-2']);
  });

  it('calls priority groups first at a priority counter, then bookings whose slot has begun, then by place', () => {
    expect(order([walkIn1, walkIn2, elderly, bookingDue, bookingLater], atPriorityCounter)).toEqual([
      'elderly',
      'booking-due',
      'walk-in-1',
      'walk-in-2',
      'booking-later',
    ]);
  });

  it('gives priority groups no precedence at a counter that is not open to priority', () => {
    expect(order([walkIn1, walkIn2, elderly, bookingDue], atOtherCounter)).toEqual(['booking-due', 'walk-in-1', 'walk-in-2', 'elderly']);
  });

  it('lets a booking checked in early wait for its slot, and go first once the slot begins', () => {
    expect(order([walkIn1, bookingLater], atOtherCounter)).toEqual(['walk-in-1', 'booking-later']);
    expect(order([walkIn1, bookingLater], { priorityCounter: false, now: at('09:30') })).toEqual(['booking-later', 'walk-in-1']);
  });

  it('follows the centre\'s own order of criteria', () => {
    expect(order([elderly, bookingDue, walkIn1], atPriorityCounter, ['booking_due', 'priority', 'queued_at'])).toEqual(['booking-due', 'elderly', 'walk-in-1']);
    // A rule without the place in the queue still ends with it.
    expect(order([walkIn2, elderly, walkIn1], atPriorityCounter, ['priority'])).toEqual(['elderly', 'walk-in-1', 'walk-in-2']);
    expect(order([elderly, bookingDue, walkIn1], atPriorityCounter, ['queued_at'])).toEqual(['walk-in-1', 'booking-due', 'elderly']);
  });

  it('keeps a transferred ticket\'s place: its first place in the queue, not the time of the transfer', () => {
    const transferred = ticket('transferred', '07:45', { issuedAt: at('07:45') });
    const arrivedAfter = ticket('arrived-after', '08:55');
    expect(order([arrivedAfter, walkIn1, transferred], atOtherCounter)).toEqual(['transferred', 'walk-in-1', 'arrived-after']);
  });

  it('orders tickets queued at the same instant by issue time, then number, then id, so that every sort agrees', () => {
    const a = ticket('c-id', '08:00', { issuedAt: at('07:59') });
    const b = ticket('b-id', '08:00', { sequence: 2 });
    const c = ticket('d-id', '08:00', { sequence: 2 });
    const d = ticket('e-id', '08:00', { sequence: 1 });
    expect(order([c, b, a, d], atOtherCounter)).toEqual(['c-id', 'e-id', 'b-id', 'd-id']);
  });
});

describe('a stored calling rule', () => {
  it('is a non-empty list of known criteria, each once', () => {
    expect(callOrderProblem(['priority', 'booking_due', 'queued_at'])).toBeUndefined();
    expect(callOrderProblem(['queued_at'])).toBeUndefined();
    expect(callOrderProblem([])).toMatch(/non-empty/);
    expect(callOrderProblem('priority')).toMatch(/non-empty/);
    expect(callOrderProblem(['priority', 'age'])).toMatch(/Unknown criterion .*age/);
    expect(callOrderProblem(['priority', 'priority'])).toMatch(/twice/);
  });

  it('falls back to the default rule when what is stored cannot be used', () => {
    expect(readCallOrder(['queued_at', 'priority'])).toEqual(['queued_at', 'priority']);
    expect(readCallOrder(['shortest_first'])).toEqual(DEFAULT_CALL_ORDER);
    expect(readCallOrder(null)).toEqual(DEFAULT_CALL_ORDER);
  });
});
