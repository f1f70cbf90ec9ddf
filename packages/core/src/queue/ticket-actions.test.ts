import { describe, expect, it } from 'vitest';
import { applyTicketAction, DEFAULT_CALLS_BEFORE_NO_SHOW, type TicketProgress } from './ticket-actions.js';

const waiting: TicketProgress = { status: 'waiting', callCount: 0 };

describe('applyTicketAction', () => {
  it('calls a waiting ticket, counts each recall, serves it and finishes it', () => {
    const called = applyTicketAction(waiting, 'call').ticket!;
    expect(called).toEqual({ status: 'called', callCount: 1 });
    const recalled = applyTicketAction(called, 'recall').ticket!;
    expect(recalled).toEqual({ status: 'called', callCount: 2 });
    const serving = applyTicketAction(recalled, 'start').ticket!;
    expect(serving).toEqual({ status: 'serving', callCount: 2 });
    expect(applyTicketAction(serving, 'finish').ticket).toEqual({ status: 'finished', callCount: 2 });
  });

  it('marks a no-show only once the ticket was called as many times as the centre says', () => {
    expect(DEFAULT_CALLS_BEFORE_NO_SHOW).toBe(3);
    let ticket = applyTicketAction(waiting, 'call').ticket!;
    for (let calls = 1; calls < 3; calls++) {
      expect(applyTicketAction(ticket, 'no_show')).toEqual({ refusal: 'too_few_calls' });
      ticket = applyTicketAction(ticket, 'recall').ticket!;
    }
    expect(applyTicketAction(ticket, 'no_show').ticket).toEqual({ status: 'no_show', callCount: 3 });
    expect(applyTicketAction({ status: 'called', callCount: 1 }, 'no_show', 1).ticket).toEqual({ status: 'no_show', callCount: 1 });
  });

  it('sends a transferred ticket back to wait for its new service with no calls yet', () => {
    expect(applyTicketAction({ status: 'called', callCount: 2 }, 'transfer').ticket).toEqual({ status: 'waiting', callCount: 0 });
    expect(applyTicketAction({ status: 'serving', callCount: 1 }, 'transfer').ticket).toEqual({ status: 'waiting', callCount: 0 });
  });

  it('refuses what the ticket is not ready for', () => {
    expect(applyTicketAction({ status: 'called', callCount: 1 }, 'call')).toEqual({ refusal: 'not_waiting' });
    expect(applyTicketAction(waiting, 'recall')).toEqual({ refusal: 'not_called' });
    expect(applyTicketAction(waiting, 'start')).toEqual({ refusal: 'not_called' });
    expect(applyTicketAction({ status: 'called', callCount: 1 }, 'finish')).toEqual({ refusal: 'not_serving' });
    expect(applyTicketAction(waiting, 'transfer')).toEqual({ refusal: 'not_at_counter' });
    for (const ended of ['finished', 'no_show', 'cancelled'] as const) {
      for (const action of ['call', 'recall', 'start', 'finish', 'no_show', 'transfer'] as const) {
        expect(applyTicketAction({ status: ended, callCount: 3 }, action).refusal).toBeDefined();
      }
    }
  });
});
