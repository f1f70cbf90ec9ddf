import { isCalendarDate } from '../calendar/index.js';
import { idNumberProblem, normaliseIdNumber } from '../contacts/identity-number.js';
import { hasVisibleText, isStorableText } from '../text/visible.js';
import type { FormProblem } from './check.js';
import type { FieldCondition, FieldValue, FormDefinition, FormField, FormValues, GroupItem, ScalarField, ScalarValue } from './definition.js';

/** What checking values needs from outside the form: the day, and the communes of the province. */
export interface FormContext {
  /** Vietnam date, `YYYY-MM-DD`. */
  today: string;
  /** Commune code → name, for the `commune` fields. */
  communes: ReadonlyMap<string, string>;
}

const isEmpty = (value: FieldValue | undefined): boolean =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Reads a field's value where a condition looks: the same group item first, then the whole form. */
type Lookup = (code: string) => FieldValue | undefined;

export function conditionHolds(condition: FieldCondition, lookup: Lookup): boolean {
  const value = lookup(condition.field);
  const matches = (wanted: string | undefined) => (Array.isArray(value) ? value.some((item) => String(item) === wanted) : value !== undefined && String(value) === wanted);
  switch (condition.operator) {
    case 'filled':
      return !isEmpty(value);
    case 'empty':
      return isEmpty(value);
    case 'equals':
      return matches(condition.value);
    case 'not_equals':
      return !matches(condition.value);
    case 'in':
      return (condition.values ?? []).some(matches);
  }
}

const shown = (field: FormField, lookup: Lookup) => !field.shownWhen || conditionHolds(field.shownWhen, lookup);
const required = (field: FormField, lookup: Lookup) => field.required || (field.requiredWhen !== undefined && conditionHolds(field.requiredWhen, lookup));

type Checked = { value: ScalarValue } | { problem: { vi: string; en: string } };

/** One filled scalar field, normalised as it is kept (text in NFC without outer spaces, a passport in capitals). */
function checkScalar(field: ScalarField, raw: unknown, context: FormContext): Checked {
  const wrongType = (vi: string, en: string): Checked => ({ problem: { vi, en } });
  switch (field.type) {
    case 'text': {
      if (typeof raw !== 'string') return wrongType('Vui lòng nhập chữ.', 'Enter text.');
      const text = raw.normalize('NFC').trim();
      if (!isStorableText(text) || !hasVisibleText(text)) return wrongType('Nội dung có ký tự không hợp lệ.', 'The text holds characters that cannot be kept.');
      if (text.length > field.maxLength) return wrongType(`Tối đa ${field.maxLength} ký tự (đã nhập ${text.length}).`, `At most ${field.maxLength} characters (${text.length} given).`);
      return { value: text };
    }
    case 'number': {
      const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.replace(',', '.')) : raw;
      if (typeof number !== 'number' || !Number.isFinite(number)) return wrongType('Vui lòng nhập một số.', 'Enter a number.');
      if (field.integer && !Number.isInteger(number)) return wrongType('Vui lòng nhập số nguyên.', 'Enter a whole number.');
      if (field.minimum !== undefined && number < field.minimum) return wrongType(`Giá trị nhỏ nhất là ${field.minimum}.`, `The minimum is ${field.minimum}.`);
      if (field.maximum !== undefined && number > field.maximum) return wrongType(`Giá trị lớn nhất là ${field.maximum}.`, `The maximum is ${field.maximum}.`);
      return { value: number };
    }
    case 'date': {
      if (typeof raw !== 'string' || !isCalendarDate(raw)) return wrongType('Ngày không hợp lệ (định dạng YYYY-MM-DD).', 'Not a valid date (YYYY-MM-DD).');
      if (field.range === 'past' && raw > context.today) return wrongType('Ngày không được sau hôm nay.', 'The date cannot be after today.');
      if (field.range === 'future' && raw < context.today) return wrongType('Ngày không được trước hôm nay.', 'The date cannot be before today.');
      return { value: raw };
    }
    case 'choice': {
      const picked = field.multiple ? raw : [raw];
      if (!Array.isArray(picked) || picked.some((item) => typeof item !== 'string')) return wrongType('Vui lòng chọn trong danh sách.', 'Pick from the list.');
      const unknown = picked.find((item) => !field.options.some((option) => option.value === item));
      if (unknown !== undefined) return wrongType(`"${String(unknown)}" không có trong danh sách lựa chọn.`, `"${String(unknown)}" is not one of the options.`);
      return { value: field.multiple ? [...new Set(picked as string[])] : (raw as string) };
    }
    case 'commune':
      if (typeof raw !== 'string' || !context.communes.has(raw)) return wrongType('Vui lòng chọn xã, phường trong danh sách của tỉnh.', 'Pick a commune or ward of the province from the list.');
      return { value: raw };
    case 'identity_number': {
      if (typeof raw !== 'string') return wrongType('Vui lòng nhập số giấy tờ.', 'Enter the number.');
      const problem = idNumberProblem(field.holder ?? 'citizen', raw);
      return problem ? { problem } : { value: normaliseIdNumber(raw) };
    }
  }
}

const missing = (field: FormField, path: string): FormProblem => ({
  path,
  vi: `Vui lòng nhập “${field.label.vi}”.`,
  en: `Enter “${field.label.en}”.`,
});

function checkFields(
  fields: readonly ScalarField[],
  given: Record<string, unknown>,
  prefix: string,
  outer: Lookup,
  context: FormContext,
  problems: FormProblem[],
): GroupItem {
  const kept: GroupItem = {};
  const lookup: Lookup = (code) => (code in kept ? kept[code] : outer(code));
  for (const field of fields) {
    const path = `${prefix}${field.code}`;
    if (!shown(field, lookup)) continue;
    const raw = given[field.code];
    if (isEmpty(raw as FieldValue | undefined) || raw === null) {
      if (required(field, lookup)) problems.push(missing(field, path));
      continue;
    }
    const checked = checkScalar(field, raw, context);
    if ('problem' in checked) problems.push({ path, vi: `${field.label.vi}: ${checked.problem.vi}`, en: `${field.label.en}: ${checked.problem.en}` });
    else kept[field.code] = checked.value;
  }
  return kept;
}

function unknownKeys(given: Record<string, unknown>, fields: readonly FormField[], prefix: string): FormProblem[] {
  return Object.keys(given)
    .filter((key) => !fields.some((field) => field.code === key))
    .map((key) => ({ path: `${prefix}${key}`, vi: `Tờ khai không có trường "${key}".`, en: `The form has no field "${key}".` }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks filled-in values against the form: every problem at its path (`children.1.birthDate`),
 * and the values as they are kept: normalised, without the fields that are hidden by their conditions.
 */
export function checkFormValues(form: FormDefinition, given: unknown, context: FormContext): { values: FormValues; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (!isRecord(given)) return { values: {}, problems: [{ path: '', vi: 'Tờ khai phải là các cặp mã trường và giá trị.', en: 'The form must be an object of field codes and values.' }] };
  problems.push(...unknownKeys(given, form.fields, ''));
  const values: FormValues = {};
  const lookup: Lookup = (code) => values[code];
  for (const field of form.fields) {
    if (field.type !== 'group') {
      Object.assign(values, checkFields([field], given, '', lookup, context, problems));
      continue;
    }
    if (!shown(field, lookup)) continue;
    const raw = given[field.code] ?? [];
    if (!Array.isArray(raw) || !raw.every(isRecord)) {
      problems.push({ path: field.code, vi: `${field.label.vi}: danh sách không hợp lệ.`, en: `${field.label.en}: not a list of items.` });
      continue;
    }
    const least = required(field, lookup) ? Math.max(1, field.minItems) : field.minItems;
    if (raw.length < least || raw.length > field.maxItems) {
      problems.push({
        path: field.code,
        vi: `${field.label.vi}: cần từ ${least} đến ${field.maxItems} ${field.itemLabel.vi.toLowerCase()} (đã nhập ${raw.length}).`,
        en: `${field.label.en}: ${least} to ${field.maxItems} items needed (${raw.length} given).`,
      });
    }
    const items = raw.slice(0, field.maxItems).map((item, index) => {
      problems.push(...unknownKeys(item, field.fields, `${field.code}.${index}.`));
      return checkFields(field.fields, item, `${field.code}.${index}.`, lookup, context, problems);
    });
    if (items.length > 0) values[field.code] = items;
  }
  return { values, problems };
}
