import type { FormEvent } from 'react';
import { api, dataOf } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { Field } from '../shared/ui/Field.js';
import { type Agency, UNIT_KINDS, type UnitKind } from './agencies.js';
import { useFormState } from './form-state.js';
import { FormFeedback, SaveButton } from './FormFeedback.js';
import { agencyTexts as texts, unitKindLabels } from './texts.js';
import { type ClientErrors, requiredText, useCheckedForm } from './use-submit.js';

const UNIT_CODE = /^[A-Za-z0-9_.-]{1,40}$/;

/** The units of an agency and the form that adds one. */
export function UnitsSection({ agency, onAdded }: { agency: Agency; onAdded(): void }) {
  const { t } = useI18n();
  const form = useFormState({ code: '', name: '', kind: 'processing' as UnitKind });
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const { values } = form;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (!UNIT_CODE.test(values.code.trim())) errors.code = texts.unitCodeInvalid;
    if (values.name.trim().length < 2) errors.name = requiredText(texts.unitName);
    submit(errors, async () => {
      const unit = await dataOf(api.POST('/api/v1/agencies/{id}/units', { params: { path: { id: agency.id } }, body: { code: values.code.trim(), name: values.name.trim(), kind: values.kind } }));
      form.setValues({ code: '', name: '', kind: values.kind });
      onAdded();
      return t(texts.unitCreated, { name: unit.name });
    });
  };

  return (
    <section className="card" aria-labelledby="units-title">
      <h2 id="units-title">{t(texts.units)}</h2>
      <DataTable
        items={agency.units}
        wrapClassName="admin-table-wrap"
        columns={[t(texts.unitCode), t(texts.unitName), t(texts.unitKind)]}
        empty={<p>{t(texts.noUnits)}</p>}
        row={(unit) => (
          <tr key={unit.id}>
            <td>
              <code>{unit.code}</code>
            </td>
            <th scope="row">{unit.name}</th>
            <td>{t(unitKindLabels[unit.kind])}</td>
          </tr>
        )}
      />
      <form ref={formRef} onSubmit={save} noValidate aria-labelledby="unit-add-title">
        <h3 id="unit-add-title">{t(texts.addUnit)}</h3>
        <FormFeedback clientErrors={clientErrors} submission={submission} />
        <Field label={t(texts.unitCode)} hint={t(texts.unitCodeHint)} error={errorAt('code')} required>
          <input {...form.bind('code')} maxLength={40} autoComplete="off" spellCheck={false} />
        </Field>
        <Field label={t(texts.unitName)} error={errorAt('name')} required>
          <input {...form.bind('name')} maxLength={300} />
        </Field>
        <Field label={t(texts.unitKind)} error={errorAt('kind')} required>
          <select {...form.bind('kind')}>
            {UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(unitKindLabels[kind])}
              </option>
            ))}
          </select>
        </Field>
        <SaveButton busy={submission.busy} label={t(texts.addUnit)} />
      </form>
    </section>
  );
}
