import { describe, expect, it } from 'vitest';
import { type ActionField, inputProblems } from './action-input.js';
import {
  APPLICANT_ACTIONS,
  type ActorKind,
  DOSSIER_ACTIONS,
  type DossierAction,
  TRANSITIONS,
  availableActions,
  commentAudience,
  commentReachesApplicant,
  createsDossier,
  decideTransition,
  needsReason,
  officersTake,
  ruleFor,
} from './lifecycle.js';
import { DOSSIER_STATES, type DossierState } from './states.js';

/**
 * The lifecycle written out a second time, by hand, from Decree 61/2018 (as amended) and
 * Decree 118/2025: for each action, the states it may start from and the state it leads to.
 * Any change to the table in lifecycle.ts must be made here too.
 */
const EXPECTED: Record<DossierAction, { from: Array<DossierState | 'new'>; to: DossierState; by: ActorKind[] }> = {
  submit_online: { from: ['new'], to: 'submitted', by: ['applicant'] },
  receive_at_counter: { from: ['new'], to: 'processing', by: ['receiving_officer'] },
  receive: { from: ['submitted'], to: 'processing', by: ['receiving_officer'] },
  request_supplement_at_reception: { from: ['submitted'], to: 'supplement_before_reception', by: ['receiving_officer'] },
  refuse: { from: ['submitted'], to: 'refused', by: ['receiving_officer'] },
  resubmit: { from: ['supplement_before_reception'], to: 'submitted', by: ['applicant'] },
  assign: { from: ['processing'], to: 'processing', by: ['unit_head', 'agency_leader'] },
  hand_over: { from: ['processing'], to: 'processing', by: ['step_handler'] },
  return_to_previous_step: { from: ['processing'], to: 'processing', by: ['step_handler'] },
  request_supplement: { from: ['processing'], to: 'supplement_requested', by: ['step_handler'] },
  submit_supplement: { from: ['supplement_requested'], to: 'processing', by: ['applicant', 'receiving_officer'] },
  request_fee: { from: ['processing'], to: 'awaiting_fee', by: ['step_handler'] },
  confirm_fee_paid: { from: ['awaiting_fee'], to: 'processing', by: ['receiving_officer', 'system'] },
  // A fixed fee paid online right after submission, before any officer has received the dossier.
  confirm_fee_paid_at_submission: { from: ['submitted'], to: 'submitted', by: ['receiving_officer', 'system'] },
  extend: { from: ['processing'], to: 'processing', by: ['unit_head', 'agency_leader'] },
  suspend: { from: ['processing'], to: 'suspended', by: ['agency_leader'] },
  resume: { from: ['suspended'], to: 'processing', by: ['agency_leader'] },
  stop: { from: ['processing', 'suspended', 'supplement_requested', 'awaiting_fee'], to: 'stopped', by: ['agency_leader'] },
  withdraw: {
    from: ['submitted', 'supplement_before_reception', 'processing', 'suspended', 'supplement_requested', 'awaiting_fee'],
    to: 'withdrawn',
    by: ['applicant', 'receiving_officer'],
  },
  approve: { from: ['processing'], to: 'result_ready', by: ['step_handler'] },
  refuse_result: { from: ['processing'], to: 'result_ready', by: ['step_handler'] },
  return_result: { from: ['result_ready'], to: 'returned', by: ['receiving_officer'] },
  send_by_post: { from: ['result_ready'], to: 'returned', by: ['receiving_officer'] },
  // The signed result put in the applicant's account and e-mailed, as soon as it is issued.
  deliver_electronically: { from: ['result_ready'], to: 'returned', by: ['system'] },
};

const ALL_KINDS: ActorKind[] = ['applicant', 'step_handler', 'system', 'receiving_officer', 'specialist', 'unit_head', 'agency_leader', 'document_clerk', 'admin'];
const ORIGINS: Array<DossierState | 'new'> = ['new', ...DOSSIER_STATES];

/** A position in a three-step process where the rule's position condition holds. */
function goodPosition(action: DossierAction): number | null {
  const position = ruleFor(action).position;
  if (position === 'last') return 2;
  if (position === 'not_first') return 1;
  return 0;
}

describe('dossier lifecycle table', () => {
  it('has exactly one rule per action', () => {
    expect(TRANSITIONS.map((rule) => rule.action).sort()).toEqual([...DOSSIER_ACTIONS].sort());
  });

  for (const action of DOSSIER_ACTIONS) {
    describe(action, () => {
      const expected = EXPECTED[action];
      it('leads to the expected state and names the expected actors', () => {
        expect(ruleFor(action).to).toBe(expected.to);
        expect([...ruleFor(action).by].sort()).toEqual([...expected.by].sort());
      });

      for (const state of ORIGINS) {
        const allowed = expected.from.includes(state);
        it(`${allowed ? 'is allowed' : 'is refused'} from ${state}`, () => {
          const decision = decideTransition({
            action,
            state,
            stepIndex: state === 'new' ? null : goodPosition(action),
            stepCount: 3,
            actorKinds: new Set(expected.by),
            reason: 'Lý do cụ thể',
          });
          if (allowed) {
            expect(decision).toMatchObject({ ok: true, to: expected.to });
          } else {
            expect(decision).toMatchObject({ ok: false, refusal: { code: 'invalid_state' } });
          }
        });
      }

      for (const kind of ALL_KINDS.filter((item) => !expected.by.includes(item))) {
        it(`is refused to ${kind}`, () => {
          const decision = decideTransition({
            action,
            state: expected.from[0]!,
            stepIndex: expected.from[0] === 'new' ? null : goodPosition(action),
            stepCount: 3,
            actorKinds: new Set([kind]),
            reason: 'Lý do',
          });
          expect(decision).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
        });
      }
    });
  }
});

describe('conditions beyond state and actor', () => {
  const base = { state: 'processing' as const, stepCount: 3, reason: 'Lý do' };

  it('hands over only before the last step and moves the pointer forward', () => {
    expect(decideTransition({ ...base, action: 'hand_over', stepIndex: 0, actorKinds: new Set(['step_handler']) })).toMatchObject({ ok: true, nextStepIndex: 1 });
    expect(decideTransition({ ...base, action: 'hand_over', stepIndex: 2, actorKinds: new Set(['step_handler']) })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_position' },
    });
  });

  it('returns to the previous step, never before the first', () => {
    expect(decideTransition({ ...base, action: 'return_to_previous_step', stepIndex: 2, actorKinds: new Set(['step_handler']) })).toMatchObject({
      ok: true,
      nextStepIndex: 1,
    });
    expect(decideTransition({ ...base, action: 'return_to_previous_step', stepIndex: 0, actorKinds: new Set(['step_handler']) })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_position' },
    });
  });

  it('approves only at the last step and then leaves the process', () => {
    expect(decideTransition({ ...base, action: 'approve', stepIndex: 1, actorKinds: new Set(['step_handler']) })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_position' },
    });
    expect(decideTransition({ ...base, action: 'approve', stepIndex: 2, actorKinds: new Set(['step_handler']) })).toMatchObject({ ok: true, nextStepIndex: null });
  });

  it('starts the process at the first step on reception', () => {
    expect(decideTransition({ action: 'receive', state: 'submitted', stepIndex: null, stepCount: 3, actorKinds: new Set(['receiving_officer']) })).toMatchObject({
      ok: true,
      nextStepIndex: 0,
    });
  });

  for (const rule of TRANSITIONS.filter(needsReason)) {
    it(`${rule.action} needs a written reason`, () => {
      const decision = decideTransition({
        action: rule.action,
        state: rule.from[0]!,
        stepIndex: rule.from[0] === 'new' ? null : goodPosition(rule.action),
        stepCount: 3,
        actorKinds: new Set(rule.by),
        reason: '   ',
      });
      expect(decision).toMatchObject({ ok: false, refusal: { code: 'reason_required' } });
    });
  }

  it('stops the clock while the dossier waits for the applicant and starts it again after', () => {
    expect(ruleFor('request_supplement').clock).toBe('pause');
    expect(ruleFor('request_fee').clock).toBe('pause');
    expect(ruleFor('submit_supplement').clock).toBe('resume');
    expect(ruleFor('confirm_fee_paid').clock).toBe('resume');
    expect(ruleFor('receive').clock).toBe('start');
    expect(ruleFor('receive_at_counter').clock).toBe('start');
  });
});

describe('available actions', () => {
  it('offers a specialist at a middle step exactly hand-over, return, supplement and fee requests', () => {
    const actions = availableActions({ state: 'processing', stepIndex: 1, stepCount: 3 }, (rule) =>
      new Set<ActorKind>(rule.scope === 'current_step_agency' ? ['step_handler', 'specialist'] : []),
    );
    expect(actions.sort()).toEqual(['hand_over', 'request_fee', 'request_supplement', 'return_to_previous_step']);
  });

  it('offers a receiving officer a new online dossier: receive, ask for a supplement, refuse, withdraw', () => {
    const actions = availableActions({ state: 'submitted', stepIndex: null, stepCount: 3 }, (rule) =>
      new Set<ActorKind>(rule.scope === 'receiving_agency' ? ['receiving_officer'] : []),
    );
    expect(actions.sort()).toEqual(['confirm_fee_paid_at_submission', 'receive', 'refuse', 'request_supplement_at_reception', 'withdraw']);
  });

  it('offers a receiving officer a ready result: hand it over or post it; electronic delivery is the system’s', () => {
    const actions = availableActions({ state: 'result_ready', stepIndex: null, stepCount: 3 }, (rule) =>
      new Set<ActorKind>(rule.scope === 'receiving_agency' ? ['receiving_officer'] : []),
    );
    expect(actions.sort()).toEqual(['return_result', 'send_by_post']);
    expect(decideTransition({ action: 'deliver_electronically', state: 'result_ready', stepIndex: null, stepCount: 3, actorKinds: new Set(['system']) })).toMatchObject({ ok: true, to: 'returned' });
  });
});

describe('who reads an action’s comment', () => {
  const APPLICANT_REASONS: DossierAction[] = ['request_supplement_at_reception', 'refuse', 'request_supplement', 'request_fee', 'extend', 'suspend', 'stop', 'withdraw', 'refuse_result'];

  it('addresses to the applicant exactly the reasons printed on their papers', () => {
    expect(TRANSITIONS.filter((rule) => commentAudience(rule) === 'applicant').map((rule) => rule.action).sort()).toEqual([...APPLICANT_REASONS].sort());
  });

  it('lets the officer mark an internal note for the applicant on every action officers take', () => {
    for (const rule of TRANSITIONS.filter((item) => officersTake(item) && commentAudience(item) === 'internal')) {
      expect(rule.input.map((field) => field.name), rule.action).toContain('commentForApplicant');
    }
    for (const rule of TRANSITIONS.filter((item) => commentAudience(item) === 'applicant')) {
      expect(rule.input.map((field) => field.name), rule.action).not.toContain('commentForApplicant');
    }
  });

  it('shows the applicant their own words, reasons addressed to them and marked notes, nothing else', () => {
    expect(commentReachesApplicant({ action: 'hand_over', actorKind: 'officer', markedForApplicant: false })).toBe(false);
    expect(commentReachesApplicant({ action: 'return_to_previous_step', actorKind: 'officer', markedForApplicant: false })).toBe(false);
    expect(commentReachesApplicant({ action: 'confirm_fee_paid', actorKind: 'system', markedForApplicant: false })).toBe(false);
    expect(commentReachesApplicant({ action: 'approve', actorKind: 'officer', markedForApplicant: true })).toBe(true);
    expect(commentReachesApplicant({ action: 'refuse', actorKind: 'officer', markedForApplicant: false })).toBe(true);
    expect(commentReachesApplicant({ action: 'submit_online', actorKind: 'applicant', markedForApplicant: false })).toBe(true);
  });
});

describe('action inputs', () => {
  it.each(TRANSITIONS.map((rule) => [rule.action, rule] as const))('%s declares a well-formed input', (_action, rule) => {
    expect(inputProblems(rule.input)).toEqual([]);
    // Every action is recorded with a comment, required where it is a reason.
    expect(rule.input.filter((field) => field.kind === 'comment').map((field) => field.name)).toEqual(['comment']);
  });

  it('refuses a field named twice, an unknown kind, reversed bounds and an amount above the largest', () => {
    const days: ActionField = { name: 'days', kind: 'integer', required: true, minimum: 5, maximum: 1, label: { vi: 'Ngày', en: 'Days' } };
    const strange = { name: 'colour', kind: 'colour', required: false, label: { vi: 'Màu', en: 'Colour' } } as unknown as ActionField;
    const fee: ActionField = { name: 'fee', kind: 'amount', required: true, minimum: 0, maximum: 2e12, label: { vi: 'Phí', en: 'Fee' } };
    expect(inputProblems([days, { ...days, minimum: 1 }, strange, fee])).toEqual([
      'days is declared twice',
      'days has wrong bounds',
      'colour has an unknown kind',
      'fee exceeds the largest amount',
    ]);
  });

  it('asks for the values each side effect needs', () => {
    const required = (action: DossierAction) => ruleFor(action).input.filter((field) => field.required).map((field) => field.name).sort();
    expect(required('assign')).toEqual(['assigneeId']);
    expect(required('extend')).toEqual(['comment', 'extendWorkingDays']);
    expect(required('request_fee')).toEqual(['comment', 'feeAmountVnd']);
    expect(required('return_result')).toEqual(['returnMethod']);
    expect(required('send_by_post')).toEqual(['postalCarrier', 'trackingNumber']);
    expect(required('hand_over')).toEqual([]);
  });

  it('lists as applicant actions exactly those the applicant takes on an existing dossier', () => {
    const byApplicant = TRANSITIONS.filter((rule) => rule.by.includes('applicant') && !createsDossier(rule)).map((rule) => rule.action);
    expect([...APPLICANT_ACTIONS].sort()).toEqual(byApplicant.sort());
  });
});
