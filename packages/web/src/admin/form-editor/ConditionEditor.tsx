import { CONDITION_OPERATORS, type ConditionOperator, type FieldCondition, type ScalarField } from '@motcua/core';
import { useState } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { formEditorTexts as texts, operatorLabels } from './texts.js';

const comparesValue = (operator: ConditionOperator) => operator === 'equals' || operator === 'not_equals';

/** Values typed as a list: the text is kept as typed (a comma just typed stays), the list follows it. */
function ValuesInput({ values, onChange, ...control }: { values: readonly string[]; onChange(values: string[]): void }) {
  const [text, setText] = useState(values.join(', '));
  return (
    <input
      {...control}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value.split(',').map((value) => value.trim()).filter(Boolean));
      }}
    />
  );
}

/**
 * "Shown only when" or "required when": an earlier field, how it is compared and with what. Only
 * earlier fields are offered, as the form's rules allow, so that no condition can loop.
 */
export function ConditionEditor({ legend, condition, earlier, onChange }: {
  legend: string;
  condition: FieldCondition | undefined;
  earlier: readonly ScalarField[];
  onChange(condition: FieldCondition | undefined): void;
}) {
  const { t, language } = useI18n();
  const target = earlier.find((field) => field.code === condition?.field);
  const pick = (code: string) => onChange(code ? { field: code, operator: condition?.operator ?? 'filled', ...(condition?.value !== undefined ? { value: condition.value } : {}) } : undefined);
  const setOperator = (operator: ConditionOperator) => {
    if (!condition) return;
    const { value, values, ...rest } = condition;
    onChange({ ...rest, operator, ...(comparesValue(operator) ? { value: value ?? '' } : {}), ...(operator === 'in' ? { values: values ?? [] } : {}) });
  };
  return (
    <fieldset className="admin-form-condition">
      <legend>{legend}</legend>
      <div className="row">
        <Field label={t(texts.conditionField)}>
          <select value={condition?.field ?? ''} onChange={(event) => pick(event.target.value)}>
            <option value="">{t(texts.conditionNone)}</option>
            {earlier.map((field) => (
              <option key={field.code} value={field.code}>
                {field.label[language] || field.code}
              </option>
            ))}
            {condition && !target && <option value={condition.field}>{condition.field}</option>}
          </select>
        </Field>
        {condition && (
          <Field label={t(texts.conditionOperator)}>
            <select value={condition.operator} onChange={(event) => setOperator(event.target.value as ConditionOperator)}>
              {CONDITION_OPERATORS.map((operator) => (
                <option key={operator} value={operator}>
                  {t(operatorLabels[operator])}
                </option>
              ))}
            </select>
          </Field>
        )}
        {condition && comparesValue(condition.operator) && (
          <Field label={t(texts.conditionValue)}>
            {target?.type === 'choice' ? (
              <select value={condition.value ?? ''} onChange={(event) => onChange({ ...condition, value: event.target.value })}>
                <option value="">{t(texts.none)}</option>
                {target.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label[language] || option.value}
                  </option>
                ))}
              </select>
            ) : (
              <input value={condition.value ?? ''} onChange={(event) => onChange({ ...condition, value: event.target.value })} />
            )}
          </Field>
        )}
        {condition?.operator === 'in' && (
          <Field label={t(texts.conditionValues)}>
            <ValuesInput key={condition.field} values={condition.values ?? []} onChange={(values) => onChange({ ...condition, values })} />
          </Field>
        )}
      </div>
    </fieldset>
  );
}
