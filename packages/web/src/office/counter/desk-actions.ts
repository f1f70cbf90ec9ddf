import { applyTicketAction } from '@motcua/core';
import type { ResponseOf } from '@motcua/contract';
import { counterTexts as texts } from './texts.js';

export type Desk = ResponseOf<'/api/v1/counters/mine'>;
export type OpenDesk = Desk & { counter: NonNullable<Desk['counter']> };
export type CurrentTicket = NonNullable<Desk['current']>;

/**
 * What the officer does at the counter, each with its key: F-keys for the ticket in hand, in the
 * order of the service, and Shift with one for the counter itself. The buttons show them.
 */
export const DESK_SHORTCUTS = {
  callNext: 'F2',
  recall: 'F3',
  start: 'F4',
  receive: 'F6',
  transfer: 'F7',
  noShow: 'F8',
  finish: 'F9',
  issue: 'F10',
  pause: 'Shift+F2',
  close: 'Shift+F3',
} as const;

export type DeskAction = keyof typeof DESK_SHORTCUTS;

/** The actions that go straight to the server, with no form before them. */
export const TICKET_ENDPOINTS = {
  callNext: '/api/v1/counters/mine/call-next',
  recall: '/api/v1/counters/mine/recall',
  start: '/api/v1/counters/mine/start',
  noShow: '/api/v1/counters/mine/no-show',
  finish: '/api/v1/counters/mine/finish',
} as const;

export type DirectAction = keyof typeof TICKET_ENDPOINTS;

export const BUTTON_LABELS: Record<DeskAction, { vi: string; en: string }> = {
  callNext: texts.callNext,
  recall: texts.recall,
  start: texts.start,
  receive: texts.receive,
  transfer: texts.transfer,
  noShow: texts.noShow,
  finish: texts.finish,
  issue: texts.issue,
  pause: texts.pause,
  close: texts.close,
};

/**
 * Whether the action can be taken now: the counter open (a paused one only resumes or closes),
 * the ticket in hand in the state the action needs (core's ticket rules, the centre's number of
 * calls before a no-show), and no ticket in hand to pause or close.
 */
export function offered(action: DeskAction, desk: OpenDesk): boolean {
  const { counter, current } = desk;
  const open = counter.status === 'open';
  const allows = (ticketAction: Parameters<typeof applyTicketAction>[1]) =>
    open && current !== null && applyTicketAction(current, ticketAction, counter.callsBeforeNoShow).ticket !== undefined;
  switch (action) {
    case 'callNext':
      return open && current === null;
    case 'recall':
      return allows('recall');
    case 'start':
      return allows('start');
    case 'noShow':
      return allows('no_show');
    case 'finish':
      return allows('finish');
    case 'transfer':
      return allows('transfer');
    case 'receive':
      return open && current?.status === 'serving';
    case 'issue':
      return open;
    case 'pause':
    case 'close':
      return current === null;
  }
}
