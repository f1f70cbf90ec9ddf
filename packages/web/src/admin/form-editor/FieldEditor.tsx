import { ACCOUNT_PREFILLS, type AccountPrefill, FIELD_TYPES, type FieldType, type FormField, type Label, type ScalarField } from '@motcua/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { RepeatableList, newKey, withoutKey } from '../RepeatableList.js';
import { ConditionEditor } from './ConditionEditor.js';
import { changeFieldType } from './field-kinds.js';
import { fieldTypeLabels, formEditorTexts as texts, prefillLabels } from './texts.js';
import { Check } from '../Check.js';

type Patch = (patch: Record<string, unknown>) => void;

/** The list of a group's fields, drawn by the list this field belongs to (a group's items are fields like the form's). */
export type GroupFieldsList = (props: { legend: string; fields: readonly FormField[]; outer: readonly ScalarField[]; onChange(fields: FormField[]): void }) => ReactNode;

/** A number typed in a box: empty means "not set". */
const numberOrUnset = (text: string): number | undefined => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

function LabelInputs({ label, vi, en, onChange, optional = false }: { label: Label | undefined; vi: string; en: string; onChange(label: Label | undefined): void; optional?: boolean }) {
  const set = (patch: Partial<Label>) => {
    const next = { vi: label?.vi ?? '', en: label?.en ?? '', ...patch };
    onChange(optional && !next.vi && !next.en ? undefined : next);
  };
  return (
    <div className="row">
      <Field label={vi} required={!optional}>
        <input lang="vi" value={label?.vi ?? ''} onChange={(event) => set({ vi: event.target.value.normalize('NFC') })} />
      </Field>
      <Field label={en} required={!optional}>
        <input lang="en" value={label?.en ?? ''} onChange={(event) => set({ en: event.target.value })} />
      </Field>
    </div>
  );
}

/** What only a field of its kind has: lengths, bounds, options, the items of a group. */
function KindSettings({ field, update, earlier, groupFields }: { field: FormField; update: Patch; earlier: readonly ScalarField[]; groupFields: GroupFieldsList }) {
  const { t } = useI18n();
  switch (field.type) {
    case 'text':
      return (
        <div className="row">
          <Field label={t(texts.maxLength)}>
            <input type="number" min={1} value={field.maxLength} onChange={(event) => update({ maxLength: numberOrUnset(event.target.value) ?? 0 })} />
          </Field>
          <Check label={t(texts.multiline)} checked={field.multiline === true} onChange={(multiline) => update({ multiline: multiline || undefined })} />
        </div>
      );
    case 'number':
      return (
        <>
          <div className="row">
            <Field label={t(texts.minimum)}>
              <input type="number" value={field.minimum ?? ''} onChange={(event) => update({ minimum: numberOrUnset(event.target.value) })} />
            </Field>
            <Field label={t(texts.maximum)}>
              <input type="number" value={field.maximum ?? ''} onChange={(event) => update({ maximum: numberOrUnset(event.target.value) })} />
            </Field>
            <Check label={t(texts.integer)} checked={field.integer === true} onChange={(integer) => update({ integer: integer || undefined })} />
          </div>
          <LabelInputs label={field.unit} vi={t(texts.unitVi)} en={t(texts.unitEn)} optional onChange={(unit) => update({ unit })} />
        </>
      );
    case 'date':
      return (
        <Field label={t(texts.range)}>
          <select value={field.range ?? ''} onChange={(event) => update({ range: event.target.value || undefined })}>
            <option value="">{t(texts.rangeAny)}</option>
            <option value="past">{t(texts.rangePast)}</option>
            <option value="future">{t(texts.rangeFuture)}</option>
          </select>
        </Field>
      );
    case 'choice':
      return (
        <>
          <Check label={t(texts.multiple)} checked={field.multiple === true} onChange={(multiple) => update({ multiple: multiple || undefined })} />
          <RepeatableList
            legend={t(texts.options)}
            items={field.options.map((option, index) => ({ ...option, key: `${index}` }))}
            onChange={(options) => update({ options: options.map(withoutKey) })}
            create={() => ({ value: `option${field.options.length + 1}`, label: { vi: '', en: '' }, key: newKey() })}
            addLabel={t(texts.addOption)}
            itemLabel={(index) => t(texts.optionItem, { number: index + 1 })}
            minItems={1}
            renderItem={(option, change) => (
              <>
                <Field label={t(texts.optionValue)} required>
                  <input value={option.value} onChange={(event) => change({ value: event.target.value })} />
                </Field>
                <LabelInputs label={option.label} vi={t(texts.labelVi)} en={t(texts.labelEn)} onChange={(label) => label && change({ label })} />
              </>
            )}
          />
        </>
      );
    case 'identity_number':
      return (
        <Field label={t(texts.holder)}>
          <select value={field.holder ?? 'citizen'} onChange={(event) => update({ holder: event.target.value === 'organisation' ? 'organisation' : undefined })}>
            <option value="citizen">{t(texts.holderCitizen)}</option>
            <option value="organisation">{t(texts.holderOrganisation)}</option>
          </select>
        </Field>
      );
    case 'group':
      return (
        <>
          <div className="row">
            <Field label={t(texts.minItems)}>
              <input type="number" min={0} value={field.minItems} onChange={(event) => update({ minItems: numberOrUnset(event.target.value) ?? 0 })} />
            </Field>
            <Field label={t(texts.maxItems)}>
              <input type="number" min={1} value={field.maxItems} onChange={(event) => update({ maxItems: numberOrUnset(event.target.value) ?? 0 })} />
            </Field>
          </div>
          <LabelInputs label={field.itemLabel} vi={t(texts.itemLabelVi)} en={t(texts.itemLabelEn)} onChange={(itemLabel) => update({ itemLabel })} />
          {groupFields({ legend: t(texts.groupFields), fields: field.fields, outer: earlier, onChange: (fields) => update({ fields }) })}
        </>
      );
    default:
      return null;
  }
}

/**
 * One field of the form, every setting the definition has: what identifies it, what the citizen
 * reads, whether it is required, pre-filled or searched, its kind's settings and its conditions.
 * `earlier`: the fields before it, which its conditions may name.
 */
export function FieldEditor({ field, onChange, earlier, nested, startOpen, groupFields }: {
  field: FormField;
  groupFields: GroupFieldsList;
  onChange(field: FormField): void;
  earlier: readonly ScalarField[];
  nested: boolean;
  /** A field just added opens to be filled in; the others show their summary line until opened. */
  startOpen: boolean;
}) {
  const { t } = useI18n();
  const summary = [
    t(fieldTypeLabels[field.type]),
    t(field.required ? texts.summaryRequired : texts.summaryOptional),
    field.shownWhen || field.requiredWhen ? t(texts.summaryConditional) : undefined,
    field.code,
  ].filter(Boolean).join(' · ');
  const update: Patch = (patch) => onChange(Object.fromEntries(Object.entries({ ...field, ...patch }).filter(([, value]) => value !== undefined)) as unknown as FormField);
  const types = nested ? FIELD_TYPES.filter((type) => type !== 'group') : FIELD_TYPES;
  return (
    <details className="admin-form-field" open={startOpen || undefined}>
      <summary>{summary}</summary>
      <div className="row">
        <Field label={t(texts.code)} hint={t(texts.codeHint)} required>
          <input value={field.code} spellCheck={false} onChange={(event) => update({ code: event.target.value.trim() })} />
        </Field>
        <Field label={t(texts.type)}>
          <select value={field.type} onChange={(event) => onChange(changeFieldType(field, event.target.value as FieldType))}>
            {types.map((type) => (
              <option key={type} value={type}>
                {t(fieldTypeLabels[type])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <LabelInputs label={field.label} vi={t(texts.labelVi)} en={t(texts.labelEn)} onChange={(label) => label && update({ label })} />
      <LabelInputs label={field.help} vi={t(texts.helpVi)} en={t(texts.helpEn)} optional onChange={(help) => update({ help })} />
      <Check label={t(texts.required)} checked={field.required} onChange={(required) => update({ required })} />
      {field.type !== 'group' && (
        <div className="row">
          <Field label={t(texts.prefill)}>
            <select value={field.prefill ?? ''} onChange={(event) => update({ prefill: (event.target.value || undefined) as AccountPrefill | undefined })}>
              <option value="">{t(texts.none)}</option>
              {ACCOUNT_PREFILLS.map((prefill) => (
                <option key={prefill} value={prefill}>
                  {t(prefillLabels[prefill])}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t(texts.searchable)}>
            <select value={field.searchable === undefined ? '' : String(field.searchable)} onChange={(event) => update({ searchable: event.target.value === '' ? undefined : event.target.value === 'true' })}>
              <option value="">{t(texts.searchableDefault)}</option>
              <option value="true">{t(texts.searchableYes)}</option>
              <option value="false">{t(texts.searchableNo)}</option>
            </select>
          </Field>
        </div>
      )}
      <KindSettings field={field} update={update} earlier={earlier} groupFields={groupFields} />
      <ConditionEditor legend={t(texts.shownWhen)} condition={field.shownWhen} earlier={earlier} onChange={(shownWhen) => update({ shownWhen })} />
      <ConditionEditor legend={t(texts.requiredWhen)} condition={field.requiredWhen} earlier={earlier} onChange={(requiredWhen) => update({ requiredWhen })} />
    </details>
  );
}
