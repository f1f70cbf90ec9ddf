import type { FieldType, FormField, GroupField, ScalarField } from '@motcua/core';

type Common = Pick<FormField, 'code' | 'label' | 'help' | 'required' | 'shownWhen' | 'requiredWhen' | 'prefill' | 'searchable'>;

/** What a field of each kind starts with, beside what every field has. */
function ownDefaults(type: FieldType): Partial<FormField> {
  switch (type) {
    case 'text':
      return { maxLength: 200 };
    case 'number':
      return {};
    case 'date':
      return { range: 'past' };
    case 'choice':
      return { options: [{ value: 'option1', label: { vi: 'Lựa chọn 1', en: 'Option 1' } }] };
    case 'group':
      return {
        minItems: 0,
        maxItems: 10,
        itemLabel: { vi: 'Mục', en: 'Item' },
        fields: [{ code: 'name', type: 'text', maxLength: 100, required: true, label: { vi: 'Họ và tên', en: 'Full name' } }],
      };
    default:
      return {};
  }
}

/**
 * The field as another kind: what every field has (code, labels, conditions) is kept, what only
 * the old kind had is dropped, and the new kind's settings start from their defaults. A group
 * keeps no search mark or pre-fill, which only its inner fields may have.
 */
export function changeFieldType(field: FormField, type: FieldType): FormField {
  if (field.type === type) return field;
  const { code, label, help, required, shownWhen, requiredWhen, prefill, searchable }: Common = field;
  const common: Common = { code, label, help, required, shownWhen, requiredWhen, ...(type === 'group' ? {} : { prefill, searchable }) };
  const defined = Object.fromEntries(Object.entries(common).filter(([, value]) => value !== undefined));
  return { ...defined, type, ...ownDefaults(type) } as FormField;
}

/** A new field at the end of a list: a code not yet taken there, a text by default. */
export function newField(taken: readonly { code: string }[]): ScalarField {
  const codes = new Set(taken.map((field) => field.code));
  let number = taken.length + 1;
  while (codes.has(`field${number}`)) number += 1;
  return { code: `field${number}`, type: 'text', maxLength: 200, required: false, label: { vi: `Trường ${number}`, en: `Field ${number}` } };
}

export const isGroup = (field: FormField): field is GroupField => field.type === 'group';
