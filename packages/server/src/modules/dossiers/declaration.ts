import {
  type FormContext,
  type FormValues,
  type ProcedureDefinition,
  checkFormValues,
  filledEntries,
  formSearchText,
  vietnamDate,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { AppError, FieldProblemsError } from '../../platform/errors.js';
import { communeNames } from '../agencies/index.js';
import type { DossierRow } from './repo.js';

/** What checking a declaration needs to know: today in Vietnam and the communes in office. */
export async function formContext(db: Queryable, now: Date): Promise<FormContext> {
  return { today: vietnamDate(now), communes: await communeNames(db) };
}

/**
 * The declaration a new dossier keeps, checked against its procedure version's form: every field at
 * fault is named (`form.children.1.birthDate`). Online, a version with a form needs it filled; at
 * the counter the paper declaration may be received as a component instead.
 */
export async function declarationOf(
  db: Queryable,
  definition: ProcedureDefinition,
  given: unknown,
  now: Date,
  required: boolean,
): Promise<Pick<DossierRow, 'form_values' | 'form_search_text'>> {
  const form = definition.form;
  if (!form) {
    if (given === undefined) return { form_values: null, form_search_text: null };
    throw new AppError(400, 'no_form', 'Thủ tục này không có tờ khai điện tử; vui lòng nộp tờ khai dưới dạng thành phần hồ sơ.', 'This procedure has no e-form; hand in the declaration as a component.', 'form');
  }
  if (given === undefined) {
    if (!required) return { form_values: null, form_search_text: null };
    throw new AppError(400, 'form_required', `Vui lòng điền ${form.title.toLowerCase()}.`, `Fill in the declaration form (${form.title}).`, 'form');
  }
  const context = await formContext(db, now);
  const { values, problems } = checkFormValues(form, given, context);
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length - 1;
    throw new FieldProblemsError(
      'invalid_form',
      `Tờ khai chưa đúng: ${first.vi}${more > 0 ? ` (và ${more} chỗ khác)` : ''}`,
      `The declaration form is not right: ${first.en}${more > 0 ? ` (and ${more} more)` : ''}`,
      problems.map((problem) => ({ field: problem.path ? `form.${problem.path}` : 'form', vi: problem.vi, en: problem.en })),
    );
  }
  return { form_values: values, form_search_text: formSearchText(form, values, context.communes) };
}

/** The declaration as the dossier's pages show it: its values to edit from, and as people read them. */
export async function filledDeclaration(db: Queryable, definition: ProcedureDefinition, dossier: Pick<DossierRow, 'form_values'>) {
  if (!definition.form || !dossier.form_values) return null;
  return {
    title: definition.form.title,
    templateReference: definition.form.templateReference ?? null,
    values: dossier.form_values,
    entries: filledEntries(definition.form, dossier.form_values, await communeNames(db)),
  };
}

export type FilledDeclaration = NonNullable<Awaited<ReturnType<typeof filledDeclaration>>>;

/**
 * The citizen's latest declaration that answers any of these fields, with the code of its dossier:
 * what a new form of another procedure may start from.
 */
export async function latestDeclarationOf(db: Queryable, citizenId: string, fieldCodes: string[]): Promise<{ code: string; values: FormValues } | undefined> {
  const { rows } = await db.query<{ code: string; form_values: FormValues }>(
    `SELECT code, form_values FROM dossiers
      WHERE citizen_id = $1 AND form_values ?| $2::text[] ORDER BY submitted_at DESC LIMIT 1`,
    [citizenId, fieldCodes],
  );
  return rows[0] && { code: rows[0].code, values: rows[0].form_values };
}
