import type { ChoiceOption, FieldCondition, GroupField, Label, ScalarField } from './definition.js';

/*
 * Fields written the way the official forms read: a code, the Vietnamese and English labels, and
 * only what differs from the usual (every field required, a date in the past, 200 characters).
 * The demo's declarations, the editor's starting form and the tests build their forms with these.
 */

/** What a field may add to its kind's defaults (the union's members' own properties are listed by the builders). */
type Extra = Partial<Pick<ScalarField, 'help' | 'required' | 'shownWhen' | 'requiredWhen' | 'prefill' | 'searchable'>>;

const scalar = (code: string, type: ScalarField['type'], vi: string, en: string, defaults: object, extra: object): ScalarField =>
  ({ code, type, label: { vi, en }, required: true, ...defaults, ...extra }) as ScalarField;

export const formField = {
  text: (code: string, vi: string, en: string, extra: Extra & { maxLength?: number; multiline?: boolean } = {}) => scalar(code, 'text', vi, en, { maxLength: 200 }, extra),
  date: (code: string, vi: string, en: string, extra: Extra & { range?: 'past' | 'future' | undefined } = {}) => scalar(code, 'date', vi, en, { range: 'past' }, extra),
  identityNumber: (code: string, vi: string, en: string, extra: Extra = {}) => scalar(code, 'identity_number', vi, en, {}, extra),
  commune: (code: string, vi: string, en: string, extra: Extra = {}) => scalar(code, 'commune', vi, en, {}, extra),
  choice: (code: string, vi: string, en: string, options: ChoiceOption[], extra: Extra & { multiple?: boolean } = {}) => scalar(code, 'choice', vi, en, { options }, extra),
  wholeNumber: (code: string, vi: string, en: string, minimum: number, maximum: number, extra: Extra & { unit?: Label } = {}) =>
    scalar(code, 'number', vi, en, { integer: true, minimum, maximum }, extra),
  /** Repeating items (the members, the documents): from `least` to `most` of them, each one row of `fields`. */
  group: (code: string, label: Label, itemLabel: Label, [least, most]: [number, number], fields: ScalarField[], extra: Extra = {}): GroupField => ({
    code,
    type: 'group',
    label,
    itemLabel,
    required: least > 0,
    minItems: least,
    maxItems: most,
    fields,
    ...extra,
  }),
  option: (value: string, vi: string, en: string): ChoiceOption => ({ value, label: { vi, en } }),
  when: (field: string, value: string): FieldCondition => ({ field, operator: 'equals', value }),
  whenFilled: (field: string): FieldCondition => ({ field, operator: 'filled' }),
  optional: { required: false } as const,
};

/** Who asks (người yêu cầu), as most declarations begin: the same codes everywhere, pre-filled from the citizen's account. */
export const DECLARANT_FIELDS: readonly ScalarField[] = [
  formField.text('declarantName', 'Họ, chữ đệm, tên người yêu cầu', "Declarant's full name", { maxLength: 100, prefill: 'fullName' }),
  formField.identityNumber('declarantIdNumber', 'Số định danh cá nhân (hoặc số hộ chiếu) của người yêu cầu', "Declarant's personal identification (or passport) number", { prefill: 'idNumber' }),
  formField.text('declarantResidence', 'Nơi cư trú', 'Place of residence', { help: { vi: 'Số nhà, đường, thôn, tổ dân phố.', en: 'House number, street, village or residential group.' } }),
  formField.commune('declarantCommune', 'Xã, phường nơi cư trú', 'Commune or ward of residence'),
];

/** "Relation to whom the declaration is about", with "other" to be stated. */
export const relationFields = (whom: string, whomEn: string): ScalarField[] => [
  formField.choice('relation', `Quan hệ với ${whom}`, `Relation to ${whomEn}`, [
    formField.option('self', 'Bản thân', 'Self'),
    formField.option('mother', 'Mẹ', 'Mother'),
    formField.option('father', 'Cha', 'Father'),
    formField.option('spouse', 'Vợ/chồng', 'Spouse'),
    formField.option('child', 'Con', 'Child'),
    formField.option('grandparent', 'Ông/bà', 'Grandparent'),
    formField.option('other', 'Khác', 'Other'),
  ]),
  formField.text('relationOther', 'Quan hệ khác (ghi rõ)', 'Other relation (state it)', {
    maxLength: 100,
    required: false,
    shownWhen: formField.when('relation', 'other'),
    requiredWhen: formField.when('relation', 'other'),
  }),
];
