import type { DossierAction } from '@motcua/core';
import type { DossierDetail } from '../types.js';
import type { StepTarget } from './AssigneeSelect.js';

/** Which officer a hand-over or an assignment is for: the next step's, or the current one's. */
export function stepTargetFor(dossier: DossierDetail, action: DossierAction): StepTarget | undefined {
  const current = dossier.currentStepIndex;
  if (current === null) return undefined;
  if (action === 'assign') {
    const step = dossier.steps.find((item) => item.finishedAt === null);
    return step ? { agency: { id: step.agency.id }, role: step.role, stepName: step.name } : undefined;
  }
  if (action === 'hand_over') {
    const next = dossier.procedure.process[current + 1];
    if (!next) return undefined;
    const agency = next.agency.kind === 'competent' ? { id: dossier.competentAgency.id } : { code: next.agency.agencyCode };
    return { agency, role: next.role, stepName: next.name };
  }
  return undefined;
}

export const ASKS_FOR_MISSING: ReadonlySet<DossierAction> = new Set(['request_supplement', 'request_supplement_at_reception']);

/** The main way forward at each point: shown as the primary button, the rest as secondary ones. */
export const PRIMARY_ACTIONS: ReadonlySet<DossierAction> = new Set(['receive', 'hand_over', 'approve', 'return_result', 'submit_supplement', 'confirm_fee_paid', 'resume']);

/** Actions that end or refuse the request: marked as such so that they are not taken by mistake. */
export const ENDING_ACTIONS: ReadonlySet<DossierAction> = new Set(['refuse', 'stop', 'withdraw', 'refuse_result']);
