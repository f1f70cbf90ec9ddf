import type { IncomingState } from '../documents/index.js';
import type { ExchangeStatus } from './package.js';

/**
 * What the sender of an electronically received document is told when it reaches a state here:
 * presented to the leader is accepted, sent back or withdrawn is refused (with the reason), and the
 * handling states are passed on as they are. Registered is told on arrival by the exchange itself.
 */
const STATUS_OF_INCOMING_STATE: Readonly<Record<IncomingState, ExchangeStatus | null>> = {
  registered: null,
  presented: 'accepted',
  returned: 'refused',
  withdrawn: 'refused',
  assigned: 'assigned',
  in_progress: 'in_progress',
  finished: 'finished',
};

/** The status to send when a received document moves from one state to another; null when the sender hears nothing. */
export const statusForSender = (from: IncomingState, to: IncomingState): ExchangeStatus | null => (from === to ? null : STATUS_OF_INCOMING_STATE[to]);
