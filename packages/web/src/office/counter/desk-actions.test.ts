import { describe, expect, it } from 'vitest';
import { type DeskAction, DESK_SHORTCUTS, type OpenDesk, offered } from './desk-actions.js';

const desk = (counter: Partial<OpenDesk['counter']>, current: Partial<NonNullable<OpenDesk['current']>> | null): OpenDesk =>
  ({
    counter: { id: 'c', number: 1, name: '', priority: false, status: 'open', pauseReason: '', centre: { agencyCode: 'x', name: 'x' }, callsBeforeNoShow: 3, services: [], ...counter },
    current: current && { id: 't', number: 'A001', service: { code: 'a', name: 'A', prefix: 'A' }, priorityGroup: null, channel: 'kiosk', status: 'called', callCount: 1, issuedAt: '', calledAt: '', servingStartedAt: null, ...current },
    openable: [],
  }) as OpenDesk;

const offeredNow = (state: OpenDesk) => (Object.keys(DESK_SHORTCUTS) as DeskAction[]).filter((action) => offered(action, state));

describe('what the counter offers', () => {
  it('calls the next person only with empty hands, and pauses or closes only then', () => {
    expect(offeredNow(desk({}, null))).toEqual(['callNext', 'issue', 'pause', 'close']);
  });

  it('offers for a called ticket what core allows, the no-show after the centre’s calls only', () => {
    expect(offeredNow(desk({}, { status: 'called', callCount: 2 }))).toEqual(['recall', 'start', 'transfer', 'issue']);
    expect(offeredNow(desk({}, { status: 'called', callCount: 3 }))).toEqual(['recall', 'start', 'transfer', 'noShow', 'issue']);
    expect(offeredNow(desk({ callsBeforeNoShow: 1 }, { status: 'called', callCount: 1 }))).toContain('noShow');
  });

  it('receives a dossier and finishes only while serving', () => {
    expect(offeredNow(desk({}, { status: 'serving' }))).toEqual(['receive', 'transfer', 'finish', 'issue']);
  });

  it('lets a paused counter only resume (its pause key) or close', () => {
    expect(offeredNow(desk({ status: 'paused', pauseReason: 'Họp' }, null))).toEqual(['pause', 'close']);
  });
});
