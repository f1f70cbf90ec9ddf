import type { FormField, ScalarField } from '@motcua/core';
import { useRef } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { RepeatableList, newKey } from '../RepeatableList.js';
import { FieldEditor } from './FieldEditor.js';
import { newField } from './field-kinds.js';
import { formEditorTexts as texts } from './texts.js';

/**
 * The fields of the form, or of a group's items (`outer`: the form's fields before the group,
 * which the items' conditions may name too). Each field keeps its key while it moves or while
 * its code is retyped, so that the input being typed in keeps the focus.
 */
export function FieldList({ legend, fields, outer, onChange }: { legend: string; fields: readonly FormField[]; outer?: readonly ScalarField[]; onChange(fields: FormField[]): void }) {
  const { t, language } = useI18n();
  const keys = useRef<string[]>([]);
  const added = useRef(new Set<string>());
  keys.current = fields.map((_, index) => keys.current[index] ?? newKey());
  const items = fields.map((field, index) => ({ key: keys.current[index]!, field }));
  const earlierOf = (index: number): ScalarField[] => [...(outer ?? []), ...fields.slice(0, index).filter((field): field is ScalarField => field.type !== 'group')];
  return (
    <RepeatableList
      legend={legend}
      items={items}
      onChange={(next) => {
        keys.current = next.map((item) => item.key);
        onChange(next.map((item) => item.field));
      }}
      create={() => {
        const key = newKey();
        added.current.add(key);
        return { key, field: newField(fields) };
      }}
      addLabel={t(texts.addField)}
      itemLabel={(index) => t(texts.fieldItem, { number: index + 1, label: fields[index]?.label[language] || fields[index]?.code || '' })}
      renderItem={(item, change, index) => (
        <FieldEditor field={item.field} earlier={earlierOf(index)} nested={outer !== undefined} startOpen={added.current.has(item.key)} groupFields={(props) => <FieldList {...props} />} onChange={(field) => change({ field })} />
      )}
    />
  );
}
