import type { OfficerRole } from '../access/roles.js';
import type { Label } from '../forms/definition.js';

/** Who takes a step of a citizen's question or feedback: an officer by role, or the person who sent it. */
export type EnquiryTaker = OfficerRole | 'asker';

export interface CourseStep<State extends string, Action extends string> {
  action: Action;
  from: State;
  to: State;
  takers: readonly EnquiryTaker[];
  label: Label;
}

export type CourseRefusal = 'invalid_transition' | 'taker_not_allowed';

/**
 * A course as one explicit table of steps, and what it allows: the questions' and the feedback's
 * courses are both read this way (questions.ts, feedback.ts).
 */
export interface Course<State extends string, Action extends string> {
  steps: readonly CourseStep<State, Action>[];
  /** The step an action makes from a state, or undefined where it does not apply. */
  step(state: State, action: Action): CourseStep<State, Action> | undefined;
  /** The state after the action by someone who is these takers, or why not. */
  next(state: State, action: Action, takers: readonly EnquiryTaker[]): { state: State } | { refusal: CourseRefusal };
  /** The actions these takers may take from a state, in the table's order. */
  actionsFor(state: State, takers: readonly EnquiryTaker[]): Action[];
}

export function course<State extends string, Action extends string>(steps: readonly CourseStep<State, Action>[]): Course<State, Action> {
  const step = (state: State, action: Action) => steps.find((candidate) => candidate.from === state && candidate.action === action);
  const allowed = (found: CourseStep<State, Action>, takers: readonly EnquiryTaker[]) => found.takers.some((taker) => takers.includes(taker));
  return {
    steps,
    step,
    next(state, action, takers) {
      const found = step(state, action);
      if (!found) return { refusal: 'invalid_transition' };
      return allowed(found, takers) ? { state: found.to } : { refusal: 'taker_not_allowed' };
    },
    actionsFor: (state, takers) => steps.filter((candidate) => candidate.from === state && allowed(candidate, takers)).map((candidate) => candidate.action),
  };
}

/** A row of a course's table. */
export const courseStep = <State extends string, Action extends string>(
  action: Action,
  from: State,
  to: State,
  takers: readonly EnquiryTaker[],
  vi: string,
  en: string,
): CourseStep<State, Action> => ({ action, from, to, takers, label: { vi, en } });
