import { type FormValues, prefillValues } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Citizen } from '../../platform/citizen-authentication.js';
import { AppError, notFound } from '../../platform/errors.js';
import { formContext, latestDeclarationOf } from '../dossiers/index.js';
import { PROCEDURE, findCurrentVersion } from '../procedures/index.js';

/**
 * What the citizen's declaration for a procedure may start from, so that they give information
 * once: their account's details, and their answers to the same fields in their latest declaration
 * (named by its dossier's code); only values still valid for this form are proposed.
 */
export async function declarationPrefill(db: Queryable, citizen: Citizen, procedureCode: string, now: Date): Promise<{ values: FormValues; fromDossier: string | null }> {
  const procedure = await findCurrentVersion(db, procedureCode, now);
  if (!procedure) throw notFound(PROCEDURE);
  const form = procedure.definition.form;
  if (!form) throw new AppError(404, 'no_form', 'Thủ tục này không có tờ khai điện tử.', 'This procedure has no e-form.');
  const earlier = await latestDeclarationOf(db, citizen.id, form.fields.map((field) => field.code));
  const account = { fullName: citizen.fullName, idNumber: citizen.idNumber ?? undefined, phone: citizen.phone ?? undefined, email: citizen.email ?? undefined };
  return { values: prefillValues(form, account, earlier?.values, await formContext(db, now)), fromDossier: earlier?.code ?? null };
}
