import { describe, expect, it } from 'vitest';
import { statusForSender } from './incoming-status.js';

describe('the statuses a sender hears as its document moves at the receiver', () => {
  it('tells acceptance, assignment, handling and the end, and a return or withdrawal as a refusal', () => {
    expect(statusForSender('registered', 'presented')).toBe('accepted');
    expect(statusForSender('presented', 'assigned')).toBe('assigned');
    expect(statusForSender('assigned', 'in_progress')).toBe('in_progress');
    expect(statusForSender('in_progress', 'finished')).toBe('finished');
    expect(statusForSender('presented', 'returned')).toBe('refused');
    expect(statusForSender('returned', 'withdrawn')).toBe('refused');
    expect(statusForSender('returned', 'presented')).toBe('accepted');
  });

  it('tells nothing when the state does not change (progress recorded again, a cooperating part finished)', () => {
    expect(statusForSender('in_progress', 'in_progress')).toBeNull();
    expect(statusForSender('assigned', 'assigned')).toBeNull();
  });
});
