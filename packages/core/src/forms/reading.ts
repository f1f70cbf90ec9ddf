import { formatVietnamDay, vietnamInstant } from '../calendar/index.js';
import { type AccountPrefill, type FieldValue, type FormDefinition, type FormValues, type Label, type ScalarField, type ScalarValue } from './definition.js';
import { type FormContext, checkFormValues } from './values.js';

/** A filled field as people read it (on the dossier page and the printed declaration). */
export interface FilledScalar {
  code: string;
  label: Label;
  text: Label;
}
export interface FilledGroup {
  code: string;
  label: Label;
  items: Array<{ label: Label; entries: FilledScalar[] }>;
}
export type FilledEntry = FilledScalar | FilledGroup;

const same = (text: string): Label => ({ vi: text, en: text });

function scalarText(field: ScalarField, value: ScalarValue, communes: ReadonlyMap<string, string>): Label {
  switch (field.type) {
    case 'date':
      return { vi: formatVietnamDay(vietnamInstant(String(value))), en: String(value) };
    case 'number': {
      const unit = field.unit;
      return { vi: `${String(value).replace('.', ',')}${unit ? ` ${unit.vi}` : ''}`, en: `${value}${unit ? ` ${unit.en}` : ''}` };
    }
    case 'choice': {
      const labels = (Array.isArray(value) ? value : [String(value)]).map((picked) => field.options.find((option) => option.value === picked)?.label ?? same(picked));
      return { vi: labels.map((label) => label.vi).join('; '), en: labels.map((label) => label.en).join('; ') };
    }
    case 'commune':
      return same(communes.get(String(value)) ?? String(value));
    default:
      return same(String(value));
  }
}

/** The values that were kept, in the form's order, with their labels and their text (communes by name, dates as dd/mm/yyyy). */
export function filledEntries(form: FormDefinition, values: FormValues, communes: ReadonlyMap<string, string>): FilledEntry[] {
  const scalars = (fields: readonly ScalarField[], from: Record<string, FieldValue>): FilledScalar[] =>
    fields.flatMap((field) => {
      const value = from[field.code];
      return value === undefined || Array.isArray(value) && value.length === 0 ? [] : [{ code: field.code, label: field.label, text: scalarText(field, value as ScalarValue, communes) }];
    });
  return form.fields.flatMap((field): FilledEntry[] => {
    if (field.type !== 'group') return scalars([field], values);
    const items = (values[field.code] ?? []) as Array<Record<string, ScalarValue>>;
    if (items.length === 0) return [];
    return [{
      code: field.code,
      label: field.label,
      items: items.map((item, index) => ({ label: { vi: `${field.itemLabel.vi} ${index + 1}`, en: `${field.itemLabel.en} ${index + 1}` }, entries: scalars(field.fields, item) })),
    }];
  });
}

/** How much of a form the back office's search text holds: names and numbers come first in a declaration, and are what officers look for. */
export const FORM_SEARCH_TEXT_LENGTH = 1000;

/** Found by default: what people are named and numbered by. Groups hold fields; a field of theirs may be searchable. */
export const searchableByDefault = (field: ScalarField): boolean => (field.type === 'text' && !field.multiline) || field.type === 'identity_number';

const isSearchable = (field: ScalarField): boolean => field.searchable ?? searchableByDefault(field);

/**
 * What an officer may find the dossier by: the searchable fields as people read them (communes by
 * name, dates as dd/mm/yyyy, choices by their Vietnamese label), in the form's order, bounded (the
 * database folds case and diacritics).
 */
export function formSearchText(form: FormDefinition, values: FormValues, communes: ReadonlyMap<string, string>): string {
  const words: string[] = [];
  const collect = (fields: readonly ScalarField[], from: Record<string, FieldValue>) => {
    for (const field of fields) {
      const value = from[field.code];
      if (value === undefined || !isSearchable(field) || (Array.isArray(value) && value.length === 0)) continue;
      words.push(scalarText(field, value as ScalarValue, communes).vi);
    }
  };
  for (const field of form.fields) {
    if (field.type === 'group') for (const item of (values[field.code] ?? []) as Array<Record<string, FieldValue>>) collect(field.fields, item);
    else collect([field], values);
  }
  const text = words.join(' ').replace(/\s+/g, ' ');
  return text.length <= FORM_SEARCH_TEXT_LENGTH ? text : text.slice(0, text.lastIndexOf(' ', FORM_SEARCH_TEXT_LENGTH) + 1 || FORM_SEARCH_TEXT_LENGTH).trim();
}

/**
 * Values to start a form from, so that the citizen gives information once: the fields that say
 * so from their account, then, for every other field, what they answered to a field of the same
 * code in an earlier declaration, if it is still a valid answer here. The citizen checks them.
 */
export function prefillValues(
  form: FormDefinition,
  account: Partial<Record<AccountPrefill, string>>,
  earlier: FormValues | undefined,
  context: FormContext,
): FormValues {
  const proposed: FormValues = { ...earlier };
  for (const field of form.fields) {
    const fromAccount = field.prefill ? account[field.prefill] : undefined;
    if (fromAccount) proposed[field.code] = fromAccount;
  }
  // Keeping only what checks out drops unknown codes, values of another shape and hidden fields;
  // a problem with one field (a required one left empty) does not lose the others.
  const { values, problems } = checkFormValues(form, proposed, context);
  const failing = new Set(problems.map((problem) => problem.path.split('.')[0]));
  return Object.fromEntries(Object.entries(values).filter(([code]) => !failing.has(code)));
}
