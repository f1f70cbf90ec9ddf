import type { components } from '@motcua/contract';

export type Board = components['schemas']['Board'];
export type BoardCall = components['schemas']['BoardCall'];

/** What the stream's `call` event carries: a ticket called, or called again, to a counter. */
export interface CallMessage extends Omit<BoardCall, 'calledAt'> {
  callCount: number;
  at: string;
}

/** As many last calls as the server's snapshot gives. */
const LAST_CALLS = 8;

/**
 * The board after one event of its stream, and the call to announce, if any. A snapshot replaces
 * everything (the stream's first event, and after a resynchronisation); a call goes to the top,
 * in place of what its counter was calling; waiting counts replace the old ones.
 */
export function boardAfter(board: Board | undefined, event: string, data: unknown): { board: Board | undefined; announce?: CallMessage } {
  if (event === 'snapshot') return { board: data as Board };
  if (!board) return { board };
  if (event === 'waiting') return { board: { ...board, waiting: (data as Pick<Board, 'waiting'>).waiting } };
  if (event !== 'call') return { board };
  const call = data as CallMessage;
  const shown: BoardCall = { number: call.number, counter: call.counter, counterName: call.counterName, service: call.service, calledAt: call.at };
  return {
    board: {
      ...board,
      calling: [shown, ...board.calling.filter((other) => other.counter !== call.counter && other.number !== call.number)],
      lastCalls: [shown, ...board.lastCalls].slice(0, LAST_CALLS),
    },
    announce: call,
  };
}

/** What the board says aloud for a call, as the centre's staff would: "Mời công dân số A017 đến quầy số 3". */
export const callAnnouncement = (call: Pick<CallMessage, 'number' | 'counter'>) => `Mời công dân số ${call.number} đến quầy số ${call.counter}`;
