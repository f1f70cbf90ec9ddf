import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

// Sign-in attempts count per address *and* username: a counter PC behind one NAT address serves many officers.
const loginKey = (request: FastifyRequest) => `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`;

/**
 * Per-IP limits for endpoints anyone can call, and for sign-in (slow enough to make password
 * guessing useless). Counters are kept per instance.
 */
export function rateLimits(config: Config) {
  return {
    public: { max: config.publicRequestsPerMinute, timeWindow: '1 minute' },
    login: { max: 10, timeWindow: '5 minutes', keyGenerator: loginKey, hook: 'preHandler' },
  } as const;
}
