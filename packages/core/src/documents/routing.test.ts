import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/working-time.js';
import {
  INCOMING_ACTIONS,
  INCOMING_STATES,
  type AssignmentHold,
  type IncomingAction,
  type IncomingState,
  assignmentDeadline,
  assignmentRefusal,
  holdsAssignment,
  incomingDeadlineStatus,
  nextIncomingState,
  rolesMayTake,
} from './incoming-routing.js';
import { OUTGOING_ACTIONS, OUTGOING_QUEUES, OUTGOING_STATES, OUTGOING_TRANSITIONS, mayTakeOutgoing, nextOutgoingState, outgoingEditable } from './outgoing-routing.js';

describe('the incoming course', () => {
  /** Every (state, action) pair that the course allows, and where it leads; every other pair is refused. */
  const ALLOWED: Array<[IncomingState, IncomingAction, IncomingState]> = [
    ['registered', 'present', 'presented'],
    ['returned', 'present', 'presented'],
    ['presented', 'return', 'returned'],
    ['registered', 'withdraw', 'withdrawn'],
    ['returned', 'withdraw', 'withdrawn'],
    ['presented', 'assign', 'assigned'],
    ['assigned', 'pass_down', 'in_progress'],
    ['in_progress', 'pass_down', 'in_progress'],
    ['assigned', 'record_progress', 'in_progress'],
    ['in_progress', 'record_progress', 'in_progress'],
    ['assigned', 'finish', 'finished'],
    ['in_progress', 'finish', 'finished'],
    ['assigned', 'finish_part', 'assigned'],
    ['in_progress', 'finish_part', 'in_progress'],
  ];

  it.each(ALLOWED)('from %s, %s leads to %s', (from, action, to) => {
    expect(nextIncomingState(from, action)).toEqual({ state: to });
  });

  it('refuses every other action in every state, naming both in Vietnamese', () => {
    for (const state of INCOMING_STATES) {
      for (const action of INCOMING_ACTIONS) {
        if (ALLOWED.some(([from, allowed]) => from === state && allowed === action)) continue;
        const result = nextIncomingState(state, action);
        expect(result, `${state} ${action}`).toMatchObject({ refusal: { code: 'invalid_transition' } });
      }
    }
    expect(nextIncomingState('finished', 'assign')).toMatchObject({ refusal: { vi: expect.stringContaining('Đã xử lý xong') } });
  });

  it('lets the clerk register-side actions, the leader assign, unit heads pass down, handlers finish', () => {
    expect(rolesMayTake(['document_clerk'], 'present')).toBe(true);
    expect(rolesMayTake(['document_clerk'], 'assign')).toBe(false);
    expect(rolesMayTake(['document_clerk'], 'finish')).toBe(false);
    expect(rolesMayTake(['agency_leader'], 'assign')).toBe(true);
    expect(rolesMayTake(['agency_leader'], 'return')).toBe(true);
    expect(rolesMayTake(['specialist'], 'assign')).toBe(false);
    expect(rolesMayTake(['specialist'], 'pass_down')).toBe(false);
    expect(rolesMayTake(['unit_head'], 'pass_down')).toBe(true);
    expect(rolesMayTake(['specialist'], 'finish')).toBe(true);
    expect(rolesMayTake(['receiving_officer'], 'record_progress')).toBe(false);
  });

  const head = { id: 'head', grants: [{ role: 'unit_head' as const, agencyId: 'a', unitId: 'u1' }] };
  const specialist = { id: 'spec', grants: [{ role: 'specialist' as const, agencyId: 'a', unitId: 'u1' }] };
  const toUnit: AssignmentHold = { agencyId: 'a', unitId: 'u1', officerId: null, role: 'lead', finished: false };
  const toSpecialist: AssignmentHold = { agencyId: 'a', unitId: null, officerId: 'spec', role: 'lead', finished: false };

  it('gives a unit assignment to its head, an officer assignment to that officer only', () => {
    expect(holdsAssignment(head, toUnit)).toBe(true);
    expect(holdsAssignment(specialist, toUnit)).toBe(false);
    expect(holdsAssignment({ ...head, grants: [{ role: 'unit_head', agencyId: 'a', unitId: 'u2' }] }, toUnit)).toBe(false);
    expect(holdsAssignment(specialist, toSpecialist)).toBe(true);
    expect(holdsAssignment(head, toSpecialist)).toBe(false);
  });

  it('refuses actions that do not fit the assignment', () => {
    expect(assignmentRefusal('pass_down', toUnit)).toBeNull();
    expect(assignmentRefusal('pass_down', toSpecialist)).toMatchObject({ code: 'not_a_unit_assignment' });
    expect(assignmentRefusal('finish', toSpecialist)).toBeNull();
    expect(assignmentRefusal('finish', { ...toSpecialist, role: 'cooperating' })).toMatchObject({ code: 'not_the_lead' });
    expect(assignmentRefusal('finish_part', { ...toSpecialist, role: 'cooperating' })).toBeNull();
    expect(assignmentRefusal('finish_part', toSpecialist)).toMatchObject({ code: 'not_cooperating' });
    expect(assignmentRefusal('record_progress', { ...toSpecialist, role: 'information' })).toMatchObject({ code: 'for_information_only' });
    expect(assignmentRefusal('record_progress', { ...toSpecialist, finished: true })).toMatchObject({ code: 'assignment_finished' });
  });

  it('counts the deadline in Vietnamese working days and tells when it is overdue', () => {
    const calendar = createWorkCalendar();
    // Assigned on Friday 28 August 2026: the weekend and 2 September (with 1 September) do not count.
    const assignedAt = new Date('2026-08-28T09:00:00+07:00');
    const dueAt = assignmentDeadline(calendar, assignedAt, 3);
    expect(dueAt).toEqual(new Date('2026-09-04T09:00:00+07:00'));
    expect(incomingDeadlineStatus(calendar, dueAt, null, new Date('2026-08-31T09:00:00+07:00'))).toBe('on_time');
    expect(incomingDeadlineStatus(calendar, dueAt, null, new Date('2026-09-04T10:00:00+07:00'))).toBe('overdue');
    expect(incomingDeadlineStatus(calendar, dueAt, new Date('2026-09-07T08:00:00+07:00'), new Date('2026-09-08T08:00:00+07:00'))).toBe('finished_late');
    expect(incomingDeadlineStatus(calendar, null, null, new Date())).toBeNull();
  });
});

describe('the outgoing course', () => {
  const PATH = [
    ['draft', 'submit', 'specialist', 'in_review'],
    ['in_review', 'forward', 'unit_head', 'format_check'],
    ['format_check', 'approve_format', 'document_clerk', 'to_sign'],
    ['to_sign', 'sign', 'agency_leader', 'signed'],
    ['signed', 'release', 'document_clerk', 'released'],
    ['released', 'recall', 'agency_leader', 'recalled'],
  ] as const;

  it.each(PATH)('from %s, %s by the %s leads to %s', (from, action, role, to) => {
    expect(nextOutgoingState(from, action, [role])).toEqual({ state: to });
  });

  it('is returned with comments by whoever checks it at that step, then submitted again', () => {
    expect(nextOutgoingState('in_review', 'return', ['unit_head'])).toEqual({ state: 'returned' });
    expect(nextOutgoingState('format_check', 'return', ['document_clerk'])).toEqual({ state: 'returned' });
    expect(nextOutgoingState('to_sign', 'return', ['agency_leader'])).toEqual({ state: 'returned' });
    expect(nextOutgoingState('in_review', 'return', ['document_clerk'])).toEqual({ refusal: 'role_not_allowed' });
    expect(nextOutgoingState('returned', 'submit', ['specialist'])).toEqual({ state: 'in_review' });
  });

  it('refuses the wrong role and the wrong moment', () => {
    expect(nextOutgoingState('to_sign', 'sign', ['specialist'])).toEqual({ refusal: 'role_not_allowed' });
    expect(nextOutgoingState('signed', 'release', ['agency_leader'])).toEqual({ refusal: 'role_not_allowed' });
    expect(nextOutgoingState('draft', 'sign', ['agency_leader'])).toEqual({ refusal: 'invalid_transition' });
    expect(nextOutgoingState('recalled', 'release', ['document_clerk'])).toEqual({ refusal: 'invalid_transition' });
    for (const action of OUTGOING_ACTIONS) expect(nextOutgoingState('recalled', action, ['admin', 'agency_leader', 'document_clerk', 'specialist', 'unit_head'])).toEqual({ refusal: 'invalid_transition' });
  });

  it('keeps a draft editable only while its author holds it', () => {
    expect(OUTGOING_STATES.filter(outgoingEditable)).toEqual(['draft', 'returned']);
  });
});

describe('who takes an outgoing document’s step', () => {
  const AGENCY = 'a1';
  const hold = { agencyId: AGENCY, authorId: 'author', unitId: 'u1', signerId: 'chair' };
  const officer = (id: string, role: 'specialist' | 'unit_head' | 'document_clerk' | 'agency_leader', unitId: string | null = null, agencyId = AGENCY) => ({
    id,
    grants: [{ role, agencyId, unitId }],
  });

  it.each([
    ['the author submits', officer('author', 'specialist', 'u1'), 'draft', 'submit', true],
    ['another specialist does not submit it', officer('other', 'specialist', 'u1'), 'draft', 'submit', false],
    ['the head of the drafting unit forwards it', officer('head', 'unit_head', 'u1'), 'in_review', 'forward', true],
    ['the head of another unit does not', officer('head2', 'unit_head', 'u2'), 'in_review', 'forward', false],
    ['the head of the drafting unit returns it', officer('head', 'unit_head', 'u1'), 'in_review', 'return', true],
    ['a clerk approves its format', officer('clerk', 'document_clerk'), 'format_check', 'approve_format', true],
    ['a clerk returns it for its format', officer('clerk', 'document_clerk'), 'format_check', 'return', true],
    ['the chosen signer signs', officer('chair', 'agency_leader'), 'to_sign', 'sign', true],
    ['another leader does not sign', officer('vice', 'agency_leader'), 'to_sign', 'sign', false],
    ['another leader does not decline it either', officer('vice', 'agency_leader'), 'to_sign', 'return', false],
    ['a clerk releases it', officer('clerk', 'document_clerk'), 'signed', 'release', true],
    ['a clerk of another agency does not', officer('clerk', 'document_clerk', null, 'a2'), 'signed', 'release', false],
    ['a leader recalls it', officer('vice', 'agency_leader'), 'released', 'recall', true],
    ['a specialist does not recall it', officer('author', 'specialist', 'u1'), 'released', 'recall', false],
    ['nobody signs a draft', officer('chair', 'agency_leader'), 'draft', 'sign', false],
  ] as const)('%s', (_name, who, state, action, allowed) => {
    expect(mayTakeOutgoing(who, state, action, hold)).toBe(allowed);
  });

  it('with no drafting unit, any unit head of the agency reviews', () => {
    expect(mayTakeOutgoing(officer('head2', 'unit_head', 'u2'), 'in_review', 'forward', { ...hold, unitId: null })).toBe(true);
  });

  it('each queue is a state some step leaves', () => {
    for (const state of Object.values(OUTGOING_QUEUES)) expect(OUTGOING_TRANSITIONS.some((transition) => transition.from === state && transition.action !== 'return')).toBe(true);
  });
});
