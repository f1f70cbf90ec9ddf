import { DECLARANT_FIELDS, type FormDefinition, type FormValues, checkFormDefinition, relationFields } from '@motcua/core';
import { useState } from 'react';
import { DeclarationFields } from '../shared/declaration/DeclarationFields.js';
import { useCommunes } from '../shared/declaration/communes.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { RadioGroup } from '../shared/ui/RadioGroup.js';
import { FormVisualEditor } from './form-editor/FormVisualEditor.js';
import { formEditorTexts as editorTexts } from './form-editor/texts.js';
import { parseFormText } from './procedure-draft.js';
import { EditorSection, type SectionProps } from './ProcedureSections.js';
import { procedureTexts as texts } from './texts.js';
import './form-section.css';

/** What a new e-form starts from: the declarant, pre-filled from the account, and a condition. */
const EXAMPLE: FormDefinition = { title: 'TỜ KHAI', fields: [...DECLARANT_FIELDS, ...relationFields('người được đề nghị', 'the person concerned')] };

/**
 * The declaration's e-form, edited field by field (or as its JSON definition) and shown beside it
 * as the citizen will fill it in, answering as they would: the preview follows every keystroke,
 * with what is wrong listed.
 */
export function FormSection({ draft, update, errorAt, hasErrors }: SectionProps) {
  const { t, language } = useI18n();
  const communes = useCommunes();
  const [answers, setAnswers] = useState<FormValues>({});
  const [mode, setMode] = useState<'visual' | 'json'>('visual');
  const parsed = parseFormText(draft.form);
  const form = parsed === 'invalid' ? undefined : parsed;
  const problems = form ? checkFormDefinition(form) : [];
  const summary = form ? t(texts.formSummary, { title: form.title, count: form.fields.length }) : t(texts.formSummaryNone);
  return (
    <EditorSection title={t(texts.formSection)} summary={summary} invalid={hasErrors(['form'])}>
      <div className="admin-form-editor">
        <div>
          <RadioGroup<'visual' | 'json'>
            legend={t(editorTexts.modeLegend)}
            name="formMode"
            inline
            value={mode}
            onChange={setMode}
            options={[{ value: 'visual' as const, label: t(editorTexts.modeVisual) }, { value: 'json' as const, label: t(editorTexts.modeJson) }]}
          />
          {mode === 'json' ? (
            <Field label={t(texts.formJson)} hint={t(texts.formJsonHint)} error={errorAt('form')}>
              <textarea name="form" rows={24} spellCheck={false} className="admin-form-json" value={draft.form} onChange={(event) => update({ form: event.target.value })} />
            </Field>
          ) : (
            <>
              {errorAt('form') && <p className="field-error">{errorAt('form')}</p>}
              {parsed === 'invalid' && <p className="field-error">{t(editorTexts.jsonToFix)}</p>}
              {form && <FormVisualEditor form={form} onChange={(edited) => update({ form: JSON.stringify(edited, null, 2) })} />}
            </>
          )}
          {!draft.form.trim() && (
            <button type="button" className="button button-secondary" onClick={() => update({ form: JSON.stringify(EXAMPLE, null, 2) })}>
              {t(texts.formStart)}
            </button>
          )}
          {problems.length > 0 && (
            <div role="status">
              <p>{t(texts.formProblems)}</p>
              <ul>
                {problems.map((problem) => (
                  <li key={`${problem.path} ${problem.en}`}>
                    <code>{problem.path}</code>: {problem[language]}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {form && (
          <section className="admin-form-preview" aria-label={t(texts.formPreview)}>
            <h3>{t(texts.formPreview)}</h3>
            <fieldset className="declaration">
              <legend>{form.title}</legend>
              <DeclarationFields form={form} values={answers} errors={{}} communes={communes} onChange={setAnswers} />
            </fieldset>
          </section>
        )}
      </div>
    </EditorSection>
  );
}
