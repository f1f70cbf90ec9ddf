import type { Config } from '../config.js';

/**
 * Per-IP limits for endpoints anyone can call, and for sign-in (slow enough to make password
 * guessing useless). Counters are kept per instance.
 */
export function rateLimits(config: Config) {
  return {
    public: { max: config.publicRequestsPerMinute, timeWindow: '1 minute' },
    login: { max: 10, timeWindow: '5 minutes' },
  } as const;
}
