import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_MINUTES, estimateWaitMinutes, RECENT_SERVICES } from './waiting.js';

describe('estimateWaitMinutes', () => {
  it('is nothing for the first in the queue', () => {
    expect(estimateWaitMinutes({ ahead: 0, recentServiceMinutes: [30], openCounters: 0 })).toBe(0);
  });

  it('takes the mean of the recent service times for each person ahead, shared among the open counters', () => {
    expect(estimateWaitMinutes({ ahead: 4, recentServiceMinutes: [6, 10, 8], openCounters: 1 })).toBe(32);
    expect(estimateWaitMinutes({ ahead: 4, recentServiceMinutes: [6, 10, 8], openCounters: 2 })).toBe(16);
    // 3 × 7 / 2 = 10.5: rounded up, a person is never told less than the estimate.
    expect(estimateWaitMinutes({ ahead: 3, recentServiceMinutes: [7], openCounters: 2 })).toBe(11);
  });

  it('assumes a few minutes a person while the service has no history, and one counter while none is open', () => {
    expect(estimateWaitMinutes({ ahead: 2, recentServiceMinutes: [], openCounters: 0 })).toBe(2 * DEFAULT_SERVICE_MINUTES);
  });

  it('learns from the most recent services only', () => {
    const recent = [...Array.from({ length: RECENT_SERVICES }, () => 2), 200, 200];
    expect(estimateWaitMinutes({ ahead: 1, recentServiceMinutes: recent, openCounters: 1 })).toBe(2);
  });
});
