import { ApiError, api } from '../../shared/api.js';
import type { ApplicantAction, ComponentFileIds } from '../model.js';

export interface ActionInput {
  comment?: string;
  components?: ComponentFileIds[];
}

/**
 * Takes an applicant's action on the dossier at the version the citizen saw; the server refuses
 * with `version_conflict` when an officer changed it in between, so nobody acts on stale facts.
 */
export function performAction(code: string, action: ApplicantAction, version: number, input: ActionInput): Promise<{ code: string; state: string; version: number }> {
  return api('POST', `/api/citizen/dossiers/${encodeURIComponent(code)}/actions/${action}`, { version, ...input });
}

export const isVersionConflict = (failure: unknown) => failure instanceof ApiError && failure.status === 409 && failure.body.code === 'version_conflict';
