import type { DossierAction } from '@motcua/core';

/** The main way forward at each point: shown as the primary button, the rest as secondary ones. */
export const PRIMARY_ACTIONS: ReadonlySet<DossierAction> = new Set(['receive', 'hand_over', 'approve', 'return_result', 'submit_supplement', 'confirm_fee_paid', 'resume']);

/** Actions that end or refuse the request: marked as such so that they are not taken by mistake. */
export const ENDING_ACTIONS: ReadonlySet<DossierAction> = new Set(['refuse', 'stop', 'withdraw', 'refuse_result']);

/**
 * The actions as the panel offers them: the ways forward, the main one first; then those that end
 * or refuse the request, never first and never alone (with nothing else to do, the panel says so
 * and keeps them aside).
 */
export function arrangeActions(actions: readonly DossierAction[]): { forward: DossierAction[]; ending: DossierAction[] } {
  const forward = actions.filter((action) => !ENDING_ACTIONS.has(action));
  return {
    forward: [...forward.filter((action) => PRIMARY_ACTIONS.has(action)), ...forward.filter((action) => !PRIMARY_ACTIONS.has(action))],
    ending: actions.filter((action) => ENDING_ACTIONS.has(action)),
  };
}
