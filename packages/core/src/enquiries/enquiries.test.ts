import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/working-time.js';
import { toVietnamIso } from '../calendar/vietnam-time.js';
import {
  FEEDBACK_ACTIONS,
  FEEDBACK_COURSE,
  FEEDBACK_KINDS,
  FEEDBACK_STATES,
  type FeedbackAction,
  type FeedbackState,
  currentFeedbackDeadline,
  feedbackDeadlines,
  feedbackKindRefusal,
} from './feedback.js';
import {
  QUESTION_ACTIONS,
  QUESTION_COURSE,
  QUESTION_STATES,
  type QuestionAction,
  type QuestionState,
  questionDeadline,
  questionRecipient,
} from './questions.js';
import type { EnquiryTaker } from './course.js';

const calendar = createWorkCalendar();
const at = (iso: string) => new Date(iso);
const vietnam = (date: Date) => toVietnamIso(date);

describe('the questions course', () => {
  /** Every (state, action) pair the course allows, where it leads and who takes it; every other pair is refused. */
  const ALLOWED: Array<[QuestionState, QuestionAction, QuestionState, EnquiryTaker]> = [
    ['unconfirmed', 'confirm', 'received', 'asker'],
    ['received', 'assign', 'assigned', 'unit_head'],
    ['assigned', 'assign', 'assigned', 'agency_leader'],
    ['received', 'transfer', 'received', 'unit_head'],
    ['assigned', 'transfer', 'received', 'agency_leader'],
    ['assigned', 'answer', 'answered', 'specialist'],
    ['answered', 'return', 'assigned', 'agency_leader'],
    ['answered', 'approve', 'approved', 'agency_leader'],
    ['approved', 'publish', 'published', 'agency_leader'],
    ['published', 'unpublish', 'approved', 'agency_leader'],
    ['received', 'reject', 'rejected', 'agency_leader'],
    ['assigned', 'reject', 'rejected', 'agency_leader'],
  ];

  it('allows exactly the steps of its table, each to its taker', () => {
    for (const state of QUESTION_STATES) {
      for (const action of QUESTION_ACTIONS) {
        const allowed = ALLOWED.find(([from, step]) => from === state && step === action);
        const outcome = QUESTION_COURSE.next(state, action, allowed ? [allowed[3]] : ['agency_leader', 'unit_head', 'specialist', 'asker']);
        expect(outcome, `${state} --${action}-->`).toEqual(allowed ? { state: allowed[2] } : { refusal: 'invalid_transition' });
      }
    }
  });

  it('refuses a step to whoever does not take it: a specialist approves nothing, the asker answers nothing', () => {
    expect(QUESTION_COURSE.next('answered', 'approve', ['specialist', 'unit_head'])).toEqual({ refusal: 'taker_not_allowed' });
    expect(QUESTION_COURSE.next('assigned', 'answer', ['asker'])).toEqual({ refusal: 'taker_not_allowed' });
    expect(QUESTION_COURSE.next('unconfirmed', 'confirm', ['agency_leader'])).toEqual({ refusal: 'taker_not_allowed' });
  });

  it('lists what each taker may do from a state', () => {
    expect(QUESTION_COURSE.actionsFor('received', ['unit_head'])).toEqual(['assign', 'transfer']);
    expect(QUESTION_COURSE.actionsFor('received', ['agency_leader'])).toEqual(['assign', 'transfer', 'reject']);
    expect(QUESTION_COURSE.actionsFor('answered', ['specialist'])).toEqual([]);
  });

  it('is due on the seventh working day after reception, over a weekend and a holiday', () => {
    // Received on Wednesday 29 April 2026, before 30/4 and 1/5 (holidays) and the weekend.
    expect(vietnam(questionDeadline(calendar, at('2026-04-29T09:00:00+07:00')))).toBe('2026-05-12T09:00:00+07:00');
    expect(vietnam(questionDeadline(calendar, at('2026-12-07T15:30:00+07:00'), 2))).toBe('2026-12-09T15:30:00+07:00');
  });

  it('goes to the agency of its procedure, the asker’s commune among several, or the field’s agency', () => {
    expect(questionRecipient({ procedureAgencyIds: ['tinh'] })).toEqual({ agencyId: 'tinh' });
    expect(questionRecipient({ procedureAgencyIds: ['xa-a', 'xa-b'] })).toEqual({ refusal: 'agency_required' });
    expect(questionRecipient({ procedureAgencyIds: ['xa-a', 'xa-b'], chosenAgencyId: 'xa-b' })).toEqual({ agencyId: 'xa-b' });
    expect(questionRecipient({ procedureAgencyIds: ['xa-a'], chosenAgencyId: 'xa-c' })).toEqual({ refusal: 'agency_not_competent' });
    expect(questionRecipient({ fieldAgencyId: 'so-tu-phap' })).toEqual({ agencyId: 'so-tu-phap' });
    expect(questionRecipient({})).toEqual({ refusal: 'topic_required' });
  });
});

describe('the feedback course', () => {
  const ALLOWED: Array<[FeedbackState, FeedbackAction, FeedbackState, EnquiryTaker]> = [
    ['unconfirmed', 'confirm', 'received', 'asker'],
    ['received', 'accept', 'in_handling', 'unit_head'],
    ['received', 'refuse', 'refused', 'agency_leader'],
    ['received', 'request_information', 'awaiting_information', 'unit_head'],
    ['in_handling', 'request_information', 'awaiting_information', 'specialist'],
    ['awaiting_information', 'supply_information', 'in_handling', 'asker'],
    ['received', 'route', 'routed', 'agency_leader'],
    ['in_handling', 'answer', 'answered', 'specialist'],
    ['answered', 'return', 'in_handling', 'agency_leader'],
    ['answered', 'approve', 'handled', 'agency_leader'],
    ['handled', 'publish', 'published', 'agency_leader'],
    ['received', 'withdraw', 'withdrawn', 'asker'],
    ['awaiting_information', 'withdraw', 'withdrawn', 'asker'],
    ['in_handling', 'withdraw', 'withdrawn', 'asker'],
  ];

  it('allows exactly the steps of its table, each to its taker', () => {
    for (const state of FEEDBACK_STATES) {
      for (const action of FEEDBACK_ACTIONS) {
        const allowed = ALLOWED.find(([from, step]) => from === state && step === action);
        const outcome = FEEDBACK_COURSE.next(state, action, allowed ? [allowed[3]] : ['agency_leader', 'unit_head', 'specialist', 'asker']);
        expect(outcome, `${state} --${action}-->`).toEqual(allowed ? { state: allowed[2] } : { refusal: 'invalid_transition' });
      }
    }
  });

  it('routes complaints and denunciations and handles nothing of them; feedback and petitions are never routed', () => {
    for (const kind of FEEDBACK_KINDS) {
      const decidedElsewhere = kind === 'complaint' || kind === 'denunciation';
      for (const action of FEEDBACK_ACTIONS) {
        const refusal = feedbackKindRefusal(kind, action);
        const refused = decidedElsewhere ? ['accept', 'answer', 'approve', 'publish'].includes(action) : action === 'route';
        expect(refusal?.code ?? null, `${kind} ${action}`).toBe(refused ? (decidedElsewhere ? 'decided_under_its_own_law' : 'handled_here') : null);
      }
    }
    expect(feedbackKindRefusal('complaint', 'accept')?.vi).toContain('Luật Khiếu nại');
  });

  it('counts 2, 5 and 15 working days from reception and 2 from handling, the wait for the sender added', () => {
    // Received on Friday 24 April 2026: Monday 27/4 makes up for the Hùng Kings' day on a Sunday, 30/4 and 1/5 are holidays.
    const receivedAt = at('2026-04-24T10:00:00+07:00');
    const deadlines = feedbackDeadlines(calendar, { receivedAt, waitedWorkingMinutes: 0, handledAt: null });
    expect(vietnam(deadlines.refuseBy)).toBe('2026-04-29T10:00:00+07:00');
    expect(vietnam(deadlines.requestInformationBy)).toBe('2026-05-06T10:00:00+07:00');
    expect(vietnam(deadlines.handleBy)).toBe('2026-05-20T10:00:00+07:00');
    expect(deadlines.publishBy).toBeNull();
    // Two working days (8 hours each) spent waiting for the sender move the handling deadline by two working days.
    const waited = feedbackDeadlines(calendar, { receivedAt, waitedWorkingMinutes: 2 * calendar.minutesPerWorkingDay, handledAt: at('2026-05-15T16:00:00+07:00') });
    expect(vietnam(waited.handleBy)).toBe('2026-05-22T10:00:00+07:00');
    expect(vietnam(waited.publishBy!)).toBe('2026-05-19T16:00:00+07:00');
  });

  it('answers in each state to the deadline that state is waiting on, none while the sender is', () => {
    const deadlines = feedbackDeadlines(calendar, { receivedAt: at('2026-06-01T08:00:00+07:00'), waitedWorkingMinutes: 0, handledAt: at('2026-06-10T08:00:00+07:00') });
    expect(currentFeedbackDeadline('received', deadlines)).toEqual(deadlines.refuseBy);
    expect(currentFeedbackDeadline('in_handling', deadlines)).toEqual(deadlines.handleBy);
    expect(currentFeedbackDeadline('answered', deadlines)).toEqual(deadlines.handleBy);
    expect(currentFeedbackDeadline('handled', deadlines)).toEqual(deadlines.publishBy);
    for (const state of ['unconfirmed', 'awaiting_information', 'published', 'refused', 'routed', 'withdrawn'] as const) expect(currentFeedbackDeadline(state, deadlines)).toBeNull();
  });
});
