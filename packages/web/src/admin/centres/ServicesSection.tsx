import type { FormEvent } from 'react';
import { QUEUE_SERVICE_CODE, TICKET_PREFIX } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { api } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { ActionStatus } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useFormState } from '../form-state.js';
import { FormFeedback } from '../FormFeedback.js';
import { commonTexts } from '../texts.js';
import { type ClientErrors, requiredText, useCheckedForm } from '../use-submit.js';
import { InUseField, SaveOrCancel } from './form-parts.js';
import { centreTexts as texts } from './texts.js';
import { useEditedList } from './use-edited-list.js';

export type QueueService = ResponseOf<'/api/v1/centres/{agencyCode}/services'>[number];
type Unit = { code: string; name: string };

const listOf = (typed: string) => typed.split(',').map((item) => item.trim()).filter(Boolean);

/** Adds a service or, given `editing`, changes that one (its code stays). */
function ServiceForm({ agencyCode, units, editing, onSaved, onCancel }: { agencyCode: string; units: Unit[]; editing: QueueService | null; onSaved(message: string): void; onCancel(): void }) {
  const { t, language } = useI18n();
  const fields = useApi(apiRead('/api/public/fields'));
  const form = useFormState({
    code: editing?.code ?? '',
    name: editing?.name ?? '',
    nameEn: editing?.nameEn ?? '',
    prefix: editing?.prefix ?? '',
    field: editing?.field ?? '',
    unit: editing?.unit ?? '',
    procedures: editing?.procedures.join(', ') ?? '',
    position: String(editing?.position ?? 0),
    active: editing?.active === false ? 'no' : 'yes',
  });
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const { values } = form;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (!editing && !QUEUE_SERVICE_CODE.test(values.code.trim())) errors.code = texts.serviceCodeInvalid;
    if (!values.name.trim()) errors.name = requiredText(texts.name);
    if (!TICKET_PREFIX.test(values.prefix.trim())) errors.prefix = texts.prefixInvalid;
    const body = {
      name: values.name.trim(),
      nameEn: values.nameEn.trim(),
      prefix: values.prefix.trim(),
      field: values.field || null,
      unit: values.unit || null,
      procedures: listOf(values.procedures),
      position: Number(values.position) || 0,
      active: values.active === 'yes',
    };
    submit(errors, async () => {
      if (editing) await api.PUT('/api/v1/centres/{agencyCode}/services/{serviceCode}', { params: { path: { agencyCode, serviceCode: editing.code } }, body });
      else await api.POST('/api/v1/centres/{agencyCode}/services', { params: { path: { agencyCode } }, body: { code: values.code.trim(), ...body } });
      onSaved(t(texts.serviceSaved, { name: body.name }));
      return undefined;
    });
  };

  const title = editing ? t(texts.editService, { code: editing.code }) : t(texts.addService);
  return (
    <form ref={formRef} onSubmit={save} noValidate aria-labelledby="service-form-title">
      <h3 id="service-form-title">{title}</h3>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <div className="grid">
        <Field label={t(texts.code)} hint={t(texts.serviceCodeHint)} error={errorAt('code')} required>
          <input {...form.bind('code')} maxLength={40} autoComplete="off" spellCheck={false} readOnly={editing !== null} />
        </Field>
        <Field label={t(texts.prefix)} hint={t(texts.prefixHint)} error={errorAt('prefix')} required>
          <input {...form.bind('prefix')} maxLength={2} autoComplete="off" spellCheck={false} />
        </Field>
        <Field label={t(texts.name)} error={errorAt('name')} required>
          <input {...form.bind('name')} maxLength={200} />
        </Field>
        <Field label={t(texts.nameEn)} error={errorAt('nameEn')}>
          <input {...form.bind('nameEn')} maxLength={200} lang="en" />
        </Field>
        <Field label={t(texts.field)} error={errorAt('field')}>
          <select {...form.bind('field')}>
            <option value="">{t(texts.noneOption)}</option>
            {fields.data?.map((field) => (
              <option key={field.code} value={field.code}>
                {language === 'en' && field.nameEn ? field.nameEn : field.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t(texts.unit)} error={errorAt('unit')}>
          <select {...form.bind('unit')}>
            <option value="">{t(texts.noneOption)}</option>
            {units.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t(texts.position)} error={errorAt('position')}>
          <input {...form.bind('position')} type="number" min={0} max={999} step={1} />
        </Field>
        <InUseField control={form.bind('active')} error={errorAt('active')} />
      </div>
      <Field label={t(texts.procedures)} hint={t(texts.proceduresHint)} error={errorAt('procedures')}>
        <input {...form.bind('procedures')} autoComplete="off" spellCheck={false} />
      </Field>
      <SaveOrCancel busy={submission.busy} editing={editing !== null} onCancel={onCancel} />
    </form>
  );
}

export function ServicesSection({ agencyCode, services, units, onChanged }: { agencyCode: string; services: QueueService[]; units: Unit[]; onChanged(): void }) {
  const { t, language } = useI18n();
  const list = useEditedList<QueueService>((service) => service.code, onChanged);
  return (
    <section className="card" aria-labelledby="services-title">
      <h2 id="services-title">{t(texts.servicesTitle)}</h2>
      <ActionStatus message={list.notice} />
      <DataTable
        items={services}
        wrapClassName="admin-table-wrap"
        columns={[t(texts.name), t(texts.prefix), t(texts.code), t(texts.status), t(commonTexts.actions)]}
        empty={<p>{t(texts.servicesNone)}</p>}
        row={(service) => {
          const name = language === 'en' && service.nameEn ? service.nameEn : service.name;
          return (
            <tr key={service.code}>
              <th scope="row">{name}</th>
              <td>{service.prefix}</td>
              <td>
                <code>{service.code}</code>
              </td>
              <td>{t(service.active ? texts.active : texts.inactive)}</td>
              <td>
                <button type="button" className="button button-secondary" onClick={() => list.edit(service)}>
                  {t(commonTexts.edit)}
                  <span className="visually-hidden"> — {t(texts.editServiceFor, { name })}</span>
                </button>
              </td>
            </tr>
          );
        }}
      />
      <ServiceForm key={list.formKey} agencyCode={agencyCode} units={units} editing={list.editing} onSaved={list.saved} onCancel={list.cancel} />
    </section>
  );
}
