import { describe, expect, it } from 'vitest';
import { classifyDeadline } from './deadline-status.js';
import { vietnamInstant } from './vietnam-time.js';
import { createWorkCalendar } from './working-time.js';

const calendar = createWorkCalendar();
const at = (date: string, time: string) => vietnamInstant(date, time);
// Due Wednesday 25 November 2026, 10:15.
const dueAt = at('2026-11-25', '10:15');

describe('classifyDeadline', () => {
  it('is on time while more than a working day is left', () => {
    expect(classifyDeadline({ dueAt, now: at('2026-11-24', '10:00'), calendar })).toBe('on_time');
  });

  it('is due soon when at most one working day is left', () => {
    expect(classifyDeadline({ dueAt, now: at('2026-11-24', '10:15'), calendar })).toBe('due_soon');
    expect(classifyDeadline({ dueAt, now: at('2026-11-25', '10:15'), calendar })).toBe('due_soon');
  });

  it('counts only working time left: Friday afternoon before a Monday deadline is due soon', () => {
    const mondayDue = at('2026-11-23', '15:00');
    expect(classifyDeadline({ dueAt: mondayDue, now: at('2026-11-20', '15:00'), calendar })).toBe('due_soon');
    expect(classifyDeadline({ dueAt: mondayDue, now: at('2026-11-20', '14:59'), calendar })).toBe('on_time');
  });

  it('takes a custom due-soon threshold', () => {
    const now = at('2026-11-24', '10:15');
    expect(classifyDeadline({ dueAt, now, calendar, dueSoonWorkingMinutes: 240 })).toBe('on_time');
    expect(classifyDeadline({ dueAt, now, calendar, dueSoonWorkingMinutes: 480 })).toBe('due_soon');
  });

  it('is overdue once the deadline has passed', () => {
    expect(classifyDeadline({ dueAt, now: at('2026-11-25', '10:16'), calendar })).toBe('overdue');
    expect(classifyDeadline({ dueAt, finishedAt: null, now: at('2026-12-01', '08:00'), calendar })).toBe('overdue');
  });

  it('judges a finished item by its finish, not by now', () => {
    const now = at('2026-12-10', '08:00');
    expect(classifyDeadline({ dueAt, finishedAt: at('2026-11-24', '16:59'), now, calendar })).toBe('finished_early');
    expect(classifyDeadline({ dueAt, finishedAt: at('2026-11-25', '07:30'), now, calendar })).toBe('finished_on_time');
    expect(classifyDeadline({ dueAt, finishedAt: dueAt, now, calendar })).toBe('finished_on_time');
    expect(classifyDeadline({ dueAt, finishedAt: at('2026-11-25', '10:16'), now, calendar })).toBe('finished_late');
  });

  it('compares local dates: 23:30 on the day before is early, 00:30 on the due day is not', () => {
    const now = at('2026-12-10', '08:00');
    expect(classifyDeadline({ dueAt, finishedAt: at('2026-11-24', '23:30'), now, calendar })).toBe('finished_early');
    expect(classifyDeadline({ dueAt, finishedAt: at('2026-11-25', '00:30'), now, calendar })).toBe('finished_on_time');
  });
});
