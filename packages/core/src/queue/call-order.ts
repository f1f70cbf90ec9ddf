import type { TicketChannel } from './ticket.js';

/**
 * The calling rule is data (a centre's settings hold it): an ordered list of these criteria, the
 * first that tells two tickets apart decides.
 * - `priority`: a ticket of a priority group before others, at a counter open to priority;
 * - `booking_due`: a booking's ticket whose slot has begun before walk-ins;
 * - `queued_at`: the earlier place in the queue first (a transferred ticket keeps its place).
 */
export const CALL_ORDER_CRITERIA = ['priority', 'booking_due', 'queued_at'] as const;
export type CallOrderCriterion = (typeof CALL_ORDER_CRITERIA)[number];

export const DEFAULT_CALL_ORDER: readonly CallOrderCriterion[] = CALL_ORDER_CRITERIA;

/** What the calling rule reads of a waiting ticket. */
export interface QueuedTicket {
  id: string;
  priorityGroup: string | null;
  channel: TicketChannel;
  /** Its place: the issue time, a booking's slot start, kept across transfers. */
  queuedAt: Date;
  issuedAt: Date;
  /** The day's number of the prefix it was issued with: tickets issued at one instant keep their numbers' order. */
  sequence: number;
}

export interface CallContext {
  /** Whether the counter calling serves priority groups first (a priority counter). */
  priorityCounter: boolean;
  now: Date;
}

/** Why a stored calling rule cannot be used, or undefined when it can. */
export function callOrderProblem(order: unknown): string | undefined {
  if (!Array.isArray(order) || order.length === 0) return 'The calling rule is a non-empty list of criteria.';
  const unknown = order.find((criterion) => !(CALL_ORDER_CRITERIA as readonly unknown[]).includes(criterion));
  if (unknown !== undefined) return `Unknown criterion of the calling rule: ${String(unknown)}.`;
  if (new Set(order).size !== order.length) return 'A criterion appears twice in the calling rule.';
  return undefined;
}

/** The rule as stored, or the default one when what is stored cannot be used. */
export function readCallOrder(stored: unknown): readonly CallOrderCriterion[] {
  return callOrderProblem(stored) === undefined ? (stored as CallOrderCriterion[]) : DEFAULT_CALL_ORDER;
}

/** 0 sorts first. */
function rank(criterion: CallOrderCriterion, ticket: QueuedTicket, context: CallContext): number {
  switch (criterion) {
    case 'priority':
      return context.priorityCounter && ticket.priorityGroup !== null ? 0 : 1;
    case 'booking_due':
      return ticket.channel === 'booking' && ticket.queuedAt.getTime() <= context.now.getTime() ? 0 : 1;
    case 'queued_at':
      return ticket.queuedAt.getTime();
  }
}

/**
 * Compares two waiting tickets under the rule: negative when `a` is called first. Ties left by the
 * rule fall to the place in the queue, then the issue time, the number and the id, so that the
 * order is total and the database (calling.ts) sorts exactly the same way.
 */
export function compareForCall(order: readonly CallOrderCriterion[], context: CallContext): (a: QueuedTicket, b: QueuedTicket) => number {
  const criteria: readonly CallOrderCriterion[] = order.includes('queued_at') ? order : [...order, 'queued_at'];
  return (a, b) => {
    for (const criterion of criteria) {
      const difference = rank(criterion, a, context) - rank(criterion, b, context);
      if (difference !== 0) return difference;
    }
    return a.issuedAt.getTime() - b.issuedAt.getTime() || a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}
