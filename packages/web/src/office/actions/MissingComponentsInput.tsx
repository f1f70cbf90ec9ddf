import { useId } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { actionTexts as texts } from '../texts.js';

export interface MissingComponent {
  name: string;
  reason: string;
}

/** The table of form 02: each document missing or wrong and what the applicant must do about it. */
export function MissingComponentsInput({ legend, hint, items, onChange, suggestions }: {
  legend: string;
  hint: string | undefined;
  items: MissingComponent[];
  onChange(items: MissingComponent[]): void;
  suggestions: string[];
}) {
  const { t } = useI18n();
  const listId = useId();
  const change = (index: number, patch: Partial<MissingComponent>) => onChange(items.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <datalist id={listId}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {items.map((item, index) => (
        <div key={index} className="missing-row">
          <Field label={t(texts.missingName, { n: index + 1 })}>
            <input list={listId} value={item.name} maxLength={500} onChange={(event) => change(index, { name: event.target.value })} />
          </Field>
          <Field label={t(texts.missingReason, { n: index + 1 })}>
            <input value={item.reason} maxLength={1000} onChange={(event) => change(index, { reason: event.target.value })} />
          </Field>
          {items.length > 1 && (
            <button type="button" className="button button-secondary" onClick={() => onChange(items.filter((_, at) => at !== index))}>
              {t(texts.removeMissing, { n: index + 1 })}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button button-secondary" onClick={() => onChange([...items, { name: '', reason: '' }])}>
        {t(texts.addMissing)}
      </button>
    </fieldset>
  );
}
