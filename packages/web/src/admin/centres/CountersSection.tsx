import { type FormEvent, useState } from 'react';
import type { ResponseOf } from '@motcua/contract';
import { api } from '../../shared/api.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { ActionStatus } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useFormState } from '../form-state.js';
import { FormFeedback } from '../FormFeedback.js';
import { commonTexts } from '../texts.js';
import { type ClientErrors, useCheckedForm } from '../use-submit.js';
import type { QueueService } from './ServicesSection.js';
import { InUseField, SaveOrCancel } from './form-parts.js';
import { centreTexts as texts } from './texts.js';
import { useEditedList } from './use-edited-list.js';

export type Counter = ResponseOf<'/api/v1/centres/{agencyCode}/counters'>[number];

const STATUS_LABELS: Record<Counter['status'], Text> = { open: texts.statusOpen, paused: texts.statusPaused, closed: texts.statusClosed };

/** Adds a counter or, given `editing`, changes that one (its number stays). */
function CounterForm({ agencyCode, services, editing, onSaved, onCancel }: { agencyCode: string; services: QueueService[]; editing: Counter | null; onSaved(message: string): void; onCancel(): void }) {
  const { t, language } = useI18n();
  const form = useFormState({ number: editing ? String(editing.number) : '', name: editing?.name ?? '', priority: editing?.priority ? 'yes' : 'no', active: editing?.active === false ? 'no' : 'yes' });
  const [served, setServed] = useState<Set<string>>(new Set(editing?.services ?? []));
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const { values } = form;

  const toggle = (code: string, on: boolean) =>
    setServed((current) => {
      const next = new Set(current);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    const number = Number(values.number);
    if (!Number.isInteger(number) || number < 1 || number > 999) errors.number = texts.counterNumberInvalid;
    const body = { name: values.name.trim(), priority: values.priority === 'yes', active: values.active === 'yes', services: services.map((service) => service.code).filter((code) => served.has(code)) };
    submit(errors, async () => {
      if (editing) await api.PUT('/api/v1/centres/{agencyCode}/counters/{number}', { params: { path: { agencyCode, number } }, body });
      else await api.POST('/api/v1/centres/{agencyCode}/counters', { params: { path: { agencyCode } }, body: { number, ...body } });
      onSaved(t(texts.counterSaved, { number }));
      return undefined;
    });
  };

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-labelledby="counter-form-title">
      <h3 id="counter-form-title">{editing ? t(texts.editCounter, { number: editing.number }) : t(texts.addCounter)}</h3>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <div className="grid">
        <Field label={t(texts.counterNumber)} error={errorAt('number')} required>
          <input {...form.bind('number')} type="number" min={1} max={999} step={1} readOnly={editing !== null} />
        </Field>
        <Field label={t(texts.counterName)} error={errorAt('name')}>
          <input {...form.bind('name')} maxLength={100} />
        </Field>
        <Field label={t(texts.priorityCounter)} hint={t(texts.priorityCounterHint)} error={errorAt('priority')}>
          <select {...form.bind('priority')}>
            <option value="yes">{t(commonTexts.yes)}</option>
            <option value="no">{t(commonTexts.no)}</option>
          </select>
        </Field>
        <InUseField control={form.bind('active')} error={errorAt('active')} />
      </div>
      <fieldset className={errorAt('services') ? 'field-invalid' : undefined}>
        <legend>{t(texts.servedServices)}</legend>
        {errorAt('services') && <p className="field-error">{errorAt('services')}</p>}
        <div className="choices-inline">
          {services.map((service) => (
            <label key={service.code} className="choice">
              <input type="checkbox" checked={served.has(service.code)} onChange={(event) => toggle(service.code, event.target.checked)} />
              {service.prefix} — {language === 'en' && service.nameEn ? service.nameEn : service.name}
            </label>
          ))}
        </div>
      </fieldset>
      <SaveOrCancel busy={submission.busy} editing={editing !== null} onCancel={onCancel} />
    </form>
  );
}

export function CountersSection({ agencyCode, counters, services, onChanged }: { agencyCode: string; counters: Counter[]; services: QueueService[]; onChanged(): void }) {
  const { t } = useI18n();
  const list = useEditedList<Counter>((counter) => counter.number, onChanged);
  const prefixes = new Map(services.map((service) => [service.code, service.prefix]));
  return (
    <section className="card" aria-labelledby="counters-title">
      <h2 id="counters-title">{t(texts.countersTitle)}</h2>
      <ActionStatus message={list.notice} />
      <DataTable
        items={counters}
        wrapClassName="admin-table-wrap"
        columns={[t(texts.counterName), t(texts.servedServices), t(texts.status), t(commonTexts.actions)]}
        empty={<p>{t(texts.countersNone)}</p>}
        row={(counter) => (
          <tr key={counter.number}>
            <th scope="row">
              {counter.name || t(texts.counterFor, { number: counter.number })}
              {counter.priority && <span className="badge badge-info"> {t(texts.priorityCounter)}</span>}
            </th>
            <td>{counter.services.map((code) => prefixes.get(code) ?? code).join(', ')}</td>
            <td>{counter.active ? t(STATUS_LABELS[counter.status]) : t(texts.inactive)}</td>
            <td>
              <button type="button" className="button button-secondary" onClick={() => list.edit(counter)}>
                {t(commonTexts.edit)}
                <span className="visually-hidden"> — {t(texts.counterFor, { number: counter.number })}</span>
              </button>
            </td>
          </tr>
        )}
      />
      <CounterForm key={list.formKey} agencyCode={agencyCode} services={services} editing={list.editing} onSaved={list.saved} onCancel={list.cancel} />
    </section>
  );
}
