import { DECLARANT_FIELDS, type FormDefinition, type FormValues, checkFormDefinition, relationFields } from '@motcua/core';
import { useState } from 'react';
import { DeclarationFields } from '../shared/declaration/DeclarationFields.js';
import { useCommunes } from '../shared/declaration/communes.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { parseFormText } from './procedure-draft.js';
import { EditorSection, type SectionProps } from './ProcedureSections.js';
import { procedureTexts as texts } from './texts.js';
import './form-section.css';

/** What a new e-form starts from: the declarant, pre-filled from the account, and a condition. */
const EXAMPLE: FormDefinition = { title: 'TỜ KHAI', fields: [...DECLARANT_FIELDS, ...relationFields('người được đề nghị', 'the person concerned')] };

/**
 * The declaration's e-form, edited as its definition and shown beside it as the citizen will fill
 * it in, answering as they would: the preview follows every keystroke, with what is wrong listed.
 */
export function FormSection({ draft, update, errorAt, hasErrors }: SectionProps) {
  const { t, language } = useI18n();
  const communes = useCommunes();
  const [answers, setAnswers] = useState<FormValues>({});
  const parsed = parseFormText(draft.form);
  const form = parsed === 'invalid' ? undefined : parsed;
  const problems = form ? checkFormDefinition(form) : [];
  const summary = form ? t(texts.formSummary, { title: form.title, count: form.fields.length }) : t(texts.formSummaryNone);
  return (
    <EditorSection title={t(texts.formSection)} summary={summary} invalid={hasErrors(['form'])}>
      <div className="admin-form-editor">
        <div>
          <Field label={t(texts.formJson)} hint={t(texts.formJsonHint)} error={errorAt('form')}>
            <textarea name="form" rows={24} spellCheck={false} className="admin-form-json" value={draft.form} onChange={(event) => update({ form: event.target.value })} />
          </Field>
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
