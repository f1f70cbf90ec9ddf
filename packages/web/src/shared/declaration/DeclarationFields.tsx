import type { InputHTMLAttributes } from 'react';
import { type FieldValue, type FormDefinition, type FormField, type FormValues, type GroupItem, type ScalarField, type ScalarValue, conditionHolds } from '@motcua/core';
import { useI18n } from '../i18n.js';
import { Field } from '../ui/Field.js';
import type { FieldErrors } from '../ui/ErrorSummary.js';
import { declarationTexts as texts } from './texts.js';
import './declaration.css';

/** The control's name and the key of its error: the server names a declaration's fields `form.<path>`. */
export const declarationControl = (path: string) => `form.${path}`;

type Lookup = (code: string) => FieldValue | undefined;
const shown = (field: FormField, lookup: Lookup) => !field.shownWhen || conditionHolds(field.shownWhen, lookup);
const requiredNow = (field: FormField, lookup: Lookup) => field.required || (field.requiredWhen !== undefined && conditionHolds(field.requiredWhen, lookup));

/** What `Field` gives its control (its id, description and state), passed on to the element itself. */
type ControlProps = Pick<InputHTMLAttributes<HTMLElement>, 'id' | 'aria-describedby' | 'aria-invalid' | 'required'>;

function ScalarControl({ field, value, name, onChange, communes, ...control }: ControlProps & {
  field: ScalarField;
  value: ScalarValue | undefined;
  name: string;
  onChange(value: ScalarValue | undefined): void;
  communes: ReadonlyArray<{ code: string; name: string }>;
}) {
  const { t, language } = useI18n();
  const text = value === undefined ? '' : String(value);
  const typed = (event: { target: { value: string } }) => onChange(event.target.value === '' ? undefined : event.target.value);
  switch (field.type) {
    case 'text':
      return field.multiline ? (
        <textarea {...control} name={name} rows={3} maxLength={field.maxLength} value={text} onChange={typed} />
      ) : (
        <input {...control} type="text" name={name} maxLength={field.maxLength} value={text} onChange={typed} />
      );
    case 'number':
      return <input {...control} type="text" inputMode={field.integer ? 'numeric' : 'decimal'} name={name} value={text} onChange={typed} />;
    case 'date':
      return <input {...control} type="date" name={name} value={text} onChange={typed} />;
    case 'identity_number':
      return <input {...control} type="text" name={name} autoComplete="off" spellCheck={false} maxLength={20} value={text} onChange={typed} />;
    case 'commune':
      return (
        <select {...control} name={name} value={text} onChange={typed}>
          <option value="">{t(texts.choose)}</option>
          {communes.map((commune) => (
            <option key={commune.code} value={commune.code}>
              {commune.name}
            </option>
          ))}
        </select>
      );
    case 'choice':
      if (field.multiple) {
        const picked = Array.isArray(value) ? value : [];
        return (
          <select {...control} name={name} multiple value={picked} onChange={(event) => onChange([...event.target.selectedOptions].map((option) => option.value))}>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label[language]}
              </option>
            ))}
          </select>
        );
      }
      return (
        <select {...control} name={name} value={text} onChange={typed}>
          <option value="">{t(texts.choose)}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label[language]}
            </option>
          ))}
        </select>
      );
  }
}

function ScalarFields({ fields, values, prefix, lookup, errors, communes, onChange }: {
  fields: readonly ScalarField[];
  values: Record<string, FieldValue>;
  prefix: string;
  lookup: Lookup;
  errors: FieldErrors;
  communes: ReadonlyArray<{ code: string; name: string }>;
  onChange(code: string, value: ScalarValue | undefined): void;
}) {
  const { language } = useI18n();
  return fields.map((field) => {
    if (!shown(field, lookup)) return null;
    const path = declarationControl(`${prefix}${field.code}`);
    const unit = field.type === 'number' && field.unit ? ` (${field.unit[language]})` : '';
    return (
      <Field key={field.code} label={`${field.label[language]}${unit}`} hint={field.help?.[language]} error={errors[path]} required={requiredNow(field, lookup)}>
        <ScalarControl field={field} value={values[field.code] as ScalarValue | undefined} name={path} communes={communes} onChange={(value) => onChange(field.code, value)} />
      </Field>
    );
  });
}

const withValue = <T extends Record<string, FieldValue>>(record: T, code: string, value: FieldValue | undefined): T => {
  const next = { ...record } as Record<string, FieldValue>;
  if (value === undefined) delete next[code];
  else next[code] = value;
  return next as T;
};

/**
 * The controls of a declaration form: its fields in order, those whose conditions do not hold left
 * out, repeating groups with buttons to add and remove items. The server checks the whole again.
 */
export function DeclarationFields({ form, values, errors, communes, onChange }: {
  form: FormDefinition;
  values: FormValues;
  errors: FieldErrors;
  communes: ReadonlyArray<{ code: string; name: string }>;
  onChange(values: FormValues): void;
}) {
  const { t, language } = useI18n();
  const lookup: Lookup = (code) => values[code];
  return (
    <div className="declaration-fields">
      {form.fields.map((field) => {
        if (field.type !== 'group') {
          return <ScalarFields key={field.code} fields={[field]} values={values} prefix="" lookup={lookup} errors={errors} communes={communes} onChange={(code, value) => onChange(withValue(values, code, value))} />;
        }
        if (!shown(field, lookup)) return null;
        const items = (values[field.code] ?? []) as GroupItem[];
        const setItems = (next: GroupItem[]) => onChange(withValue(values, field.code, next.length > 0 ? next : undefined));
        const itemName = field.itemLabel[language].toLowerCase();
        const groupError = errors[declarationControl(field.code)];
        return (
          <fieldset key={field.code} className={`declaration-group${groupError ? ' field-invalid' : ''}`}>
            <legend>{field.label[language]}</legend>
            {field.help && <p className="field-hint">{field.help[language]}</p>}
            <p className="field-hint">{t(texts.itemsBetween, { min: requiredNow(field, lookup) ? Math.max(1, field.minItems) : field.minItems, max: field.maxItems })}</p>
            {groupError && <p className="field-error">{groupError}</p>}
            {items.length === 0 && <p className="muted">{t(texts.noItems)}</p>}
            {items.map((item, index) => {
              const itemLookup: Lookup = (code) => (code in item ? item[code] : values[code]);
              return (
                <fieldset key={index} className="declaration-item">
                  <legend>{`${field.itemLabel[language]} ${index + 1}`}</legend>
                  <ScalarFields
                    fields={field.fields}
                    values={item}
                    prefix={`${field.code}.${index}.`}
                    lookup={itemLookup}
                    errors={errors}
                    communes={communes}
                    onChange={(code, value) => setItems(items.map((other, at) => (at === index ? withValue(other, code, value) : other)))}
                  />
                  <button type="button" className="button button-secondary" onClick={() => setItems(items.filter((_, at) => at !== index))}>
                    {t(texts.removeItem, { item: `${itemName} ${index + 1}` })}
                  </button>
                </fieldset>
              );
            })}
            {items.length < field.maxItems && (
              <button type="button" className="button button-secondary" onClick={() => setItems([...items, {}])}>
                {t(texts.addItem, { item: itemName })}
              </button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
