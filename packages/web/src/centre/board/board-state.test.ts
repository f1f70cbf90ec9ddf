import { describe, expect, it } from 'vitest';
import { type Board, type CallMessage, boardAfter, callAnnouncement } from './board-state.js';

const service = { code: 'ho-tich', name: 'Hộ tịch', nameEn: '', prefix: 'A' };
const board: Board = {
  centre: { agencyCode: '001.01.01.H99', name: 'UBND xã Hòa Bình' },
  calling: [
    { number: 'A001', counter: 3, counterName: 'Quầy 3', service, calledAt: '2026-12-04T02:00:00.000Z' },
    { number: 'A002', counter: 1, counterName: 'Quầy 1', service, calledAt: '2026-12-04T01:59:00.000Z' },
  ],
  lastCalls: [],
  waiting: [{ ...service, count: 4 }],
};
const call = (number: string, counter: number): CallMessage => ({ number, counter, counterName: `Quầy ${counter}`, service, callCount: 1, at: '2026-12-04T02:05:00.000Z' });

describe('boardAfter', () => {
  it('puts a call on top in place of what its counter called, and announces it', () => {
    const after = boardAfter(board, 'call', call('A003', 3));
    expect(after.board!.calling.map((shown) => [shown.number, shown.counter])).toEqual([
      ['A003', 3],
      ['A002', 1],
    ]);
    expect(after.board!.lastCalls[0]).toMatchObject({ number: 'A003', calledAt: '2026-12-04T02:05:00.000Z' });
    expect(after.announce).toMatchObject({ number: 'A003', counter: 3 });
  });

  it('moves a recalled ticket to the top once, and keeps eight last calls', () => {
    let shown: Board | undefined = board;
    for (let index = 0; index < 10; index++) shown = boardAfter(shown, 'call', call('A002', 1)).board;
    expect(shown!.calling.map((entry) => entry.number)).toEqual(['A002', 'A001']);
    expect(shown!.lastCalls).toHaveLength(8);
  });

  it('replaces everything on a snapshot, the counts on waiting, and waits for the first snapshot', () => {
    expect(boardAfter(board, 'snapshot', { ...board, calling: [] }).board!.calling).toEqual([]);
    expect(boardAfter(board, 'waiting', { waiting: [{ ...service, count: 7 }] }).board!.waiting[0]!.count).toBe(7);
    expect(boardAfter(undefined, 'call', call('A009', 2))).toEqual({ board: undefined });
  });
});

describe('callAnnouncement', () => {
  it('says the call as the issue words it', () => {
    expect(callAnnouncement({ number: 'A017', counter: 3 })).toBe('Mời công dân số A017 đến quầy số 3');
  });
});
