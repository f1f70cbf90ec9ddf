import type { BodyOf, ResponseOf } from '@motcua/contract';
import { ApiError, api, dataOf } from '../../shared/api.js';
import type { ApplicantAction } from '../model.js';

type ActionPath = `/api/citizen/dossiers/{code}/actions/${ApplicantAction}`;

export type ActionInput = Omit<BodyOf<ActionPath, 'post'>, 'version'>;

/**
 * Takes an applicant's action on the dossier at the version the citizen saw; the server refuses
 * with `version_conflict` when an officer changed it in between, so nobody acts on stale facts.
 */
export function performAction(code: string, action: ApplicantAction, version: number, input: ActionInput): Promise<ResponseOf<ActionPath, 'post'>> {
  return dataOf(api.POST(`/api/citizen/dossiers/{code}/actions/${action}`, { params: { path: { code } }, body: { version, ...input } as BodyOf<ActionPath, 'post'> }));
}

export const isVersionConflict = (failure: unknown) => failure instanceof ApiError && failure.status === 409 && failure.body.code === 'version_conflict';
