import type { DossierAction } from '@motcua/core';

/** The main way forward at each point: shown as the primary button, the rest as secondary ones. */
export const PRIMARY_ACTIONS: ReadonlySet<DossierAction> = new Set(['receive', 'hand_over', 'approve', 'return_result', 'submit_supplement', 'confirm_fee_paid', 'resume']);

/** Actions that end or refuse the request: marked as such so that they are not taken by mistake. */
export const ENDING_ACTIONS: ReadonlySet<DossierAction> = new Set(['refuse', 'stop', 'withdraw', 'refuse_result']);
