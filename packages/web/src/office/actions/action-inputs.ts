import type { DossierAction } from '@motcua/core';

/** The main way forward at each point: shown as the primary button, the rest as secondary ones. */
export const PRIMARY_ACTIONS: ReadonlySet<DossierAction> = new Set(['receive', 'hand_over', 'approve', 'return_result', 'submit_supplement', 'confirm_fee_paid', 'resume']);

/** The main ways forward for a dossier: a ready result goes back the way the applicant chose (posting it records the tracking number). */
export function primaryActionsFor(delivery: 'in_person' | 'post' | 'electronic'): ReadonlySet<DossierAction> {
  if (delivery !== 'post') return PRIMARY_ACTIONS;
  return new Set([...PRIMARY_ACTIONS].filter((action) => action !== 'return_result').concat('send_by_post'));
}

/** Actions that end or refuse the request: marked as such so that they are not taken by mistake. */
export const ENDING_ACTIONS: ReadonlySet<DossierAction> = new Set(['refuse', 'stop', 'withdraw', 'refuse_result']);

/**
 * The actions as the panel offers them: the ways forward, the main one first; then those that end
 * or refuse the request, never first and never alone (with nothing else to do, the panel says so
 * and keeps them aside).
 */
export function arrangeActions(actions: readonly DossierAction[], primary: ReadonlySet<DossierAction> = PRIMARY_ACTIONS): { forward: DossierAction[]; ending: DossierAction[] } {
  const forward = actions.filter((action) => !ENDING_ACTIONS.has(action));
  return {
    forward: [...forward.filter((action) => primary.has(action)), ...forward.filter((action) => !primary.has(action))],
    ending: actions.filter((action) => ENDING_ACTIONS.has(action)),
  };
}
