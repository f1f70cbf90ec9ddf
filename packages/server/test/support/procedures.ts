import type { ProcedureDefinition } from '@motcua/core';
import { vietnamDate } from '@motcua/core';
import { expect } from 'vitest';
import type { Session } from './http.js';

/** A decision applying from the given day (decided the same day unless told). */
export const decisionApplyingOn = (effectiveOn: string, decidedOn = effectiveOn) => ({ decidingDocument: 'Quyết định số 1234/QĐ-UBND', decidedOn, effectiveOn });

/**
 * Publishes a definition as an administrator does in the editor: saves it as the draft, then
 * publishes the draft under a decision, applying today (the app's clock) unless told otherwise.
 */
export async function publishProcedure(admin: Session, def: ProcedureDefinition, at: Date, decision = decisionApplyingOn(vietnamDate(at))) {
  const draft = await admin.request('PUT', `/api/v1/procedures/${def.code}/draft`, def);
  expect(draft.statusCode, draft.body).toBe(200);
  const published = await admin.request('POST', `/api/v1/procedures/${def.code}/draft/publish`, decision);
  expect(published.statusCode, published.body).toBe(200);
  return published.json() as { code: string; version: number; effectiveFrom: string };
}
