import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

/**
 * The key of sign-in attempts: the address *and* the login as the sign-in itself reads it (a counter
 * PC behind one NAT address serves many officers; " admin" and "ADMIN" are one login, so one budget).
 */
export const signInKey = (loginOf: (body: unknown) => string) => (request: FastifyRequest) => `${request.ip}|${loginOf(request.body)}`;

/**
 * Per-IP limits for endpoints anyone can call, and for sign-in (slow enough to make password
 * guessing useless; each route gives the key). Counters are kept per instance.
 */
export function rateLimits(config: Config) {
  return {
    public: { max: config.publicRequestsPerMinute, timeWindow: '1 minute' },
    // The people waiting at a centre share its Wi-Fi, hence one address: their phones follow their
    // tickets (and reconnect together after a restart) on a larger budget. A ticket's code is 144
    // random bits, so no budget makes guessing one worthwhile.
    ticketHolder: { max: config.publicRequestsPerMinute * 10, timeWindow: '1 minute' },
    login: { max: 10, timeWindow: '5 minutes', hook: 'preHandler' },
  } as const;
}
