import type { TicketStatus } from './ticket.js';

/** What an officer at a counter does to a ticket. */
export const TICKET_ACTIONS = ['call', 'recall', 'start', 'finish', 'no_show', 'transfer'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** A ticket called this many times without answer may be marked a no-show, unless the centre says otherwise. */
export const DEFAULT_CALLS_BEFORE_NO_SHOW = 3;

export interface TicketProgress {
  status: TicketStatus;
  callCount: number;
}

/** Why an action cannot be done to a ticket as it is. */
export type TicketActionRefusal =
  /** Only a waiting ticket is called. */
  | 'not_waiting'
  /** Recall, no-show and start need a ticket that was called and has not come yet. */
  | 'not_called'
  /** Only a ticket being served is finished. */
  | 'not_serving'
  /** A no-show needs the centre's number of calls first. */
  | 'too_few_calls'
  /** Only the ticket at the counter (called or being served) is transferred. */
  | 'not_at_counter';

const NEEDS: Record<TicketAction, { from: readonly TicketStatus[]; refusal: TicketActionRefusal }> = {
  call: { from: ['waiting'], refusal: 'not_waiting' },
  recall: { from: ['called'], refusal: 'not_called' },
  start: { from: ['called'], refusal: 'not_called' },
  no_show: { from: ['called'], refusal: 'not_called' },
  finish: { from: ['serving'], refusal: 'not_serving' },
  transfer: { from: ['called', 'serving'], refusal: 'not_at_counter' },
};

/**
 * The ticket after the action, or why the action is refused. Calls count up; a transferred ticket
 * waits again for its new service with no calls yet, and its place in the queue (queued_at, not
 * part of this) stays as it was.
 */
export function applyTicketAction(
  ticket: TicketProgress,
  action: TicketAction,
  callsBeforeNoShow: number = DEFAULT_CALLS_BEFORE_NO_SHOW,
): { ticket: TicketProgress; refusal?: undefined } | { refusal: TicketActionRefusal; ticket?: undefined } {
  const need = NEEDS[action];
  if (!need.from.includes(ticket.status)) return { refusal: need.refusal };
  switch (action) {
    case 'call':
    case 'recall':
      return { ticket: { status: 'called', callCount: ticket.callCount + 1 } };
    case 'start':
      return { ticket: { status: 'serving', callCount: ticket.callCount } };
    case 'finish':
      return { ticket: { status: 'finished', callCount: ticket.callCount } };
    case 'no_show':
      return ticket.callCount < callsBeforeNoShow ? { refusal: 'too_few_calls' } : { ticket: { status: 'no_show', callCount: ticket.callCount } };
    case 'transfer':
      return { ticket: { status: 'waiting', callCount: 0 } };
  }
}
