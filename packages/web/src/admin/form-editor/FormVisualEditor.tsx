import type { FormDefinition } from '@motcua/core';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { FieldList } from './FieldList.js';
import { formEditorTexts as texts } from './texts.js';

/** The whole declaration edited field by field, for administrators who do not write JSON. */
export function FormVisualEditor({ form, onChange }: { form: FormDefinition; onChange(form: FormDefinition): void }) {
  const { t } = useI18n();
  return (
    <div className="admin-form-visual">
      <Field label={t(texts.title)} required>
        <input value={form.title} onChange={(event) => onChange({ ...form, title: event.target.value.normalize('NFC') })} />
      </Field>
      <Field label={t(texts.templateReference)} hint={t(texts.templateReferenceHint)}>
        <input
          value={form.templateReference ?? ''}
          onChange={(event) => {
            const { templateReference: _previous, ...rest } = form;
            onChange(event.target.value ? { ...rest, templateReference: event.target.value.normalize('NFC') } : rest);
          }}
        />
      </Field>
      <FieldList legend={t(texts.fields)} fields={form.fields} onChange={(fields) => onChange({ ...form, fields })} />
    </div>
  );
}
