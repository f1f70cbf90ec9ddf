import { type FormEvent, useEffect, useRef, useState } from 'react';
import { overrideRefusal } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { api } from '../shared/api.js';
import { type Language, useI18n } from '../shared/i18n.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { ActionStatus, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { ConfirmButton } from './ConfirmButton.js';
import { useFormState } from './form-state.js';
import { FormFeedback, SaveButton } from './FormFeedback.js';
import { commonTexts, holidayKindLabels, holidayTexts as texts, overrideKindLabels } from './texts.js';
import { type ClientErrors, useCheckedForm, useSubmission } from './use-submit.js';

type Holiday = ResponseOf<'/api/public/holidays'>[number];
type Override = ResponseOf<'/api/v1/calendar/overrides'>[number];
type OverrideKind = Override['kind'];

/** "Thứ Năm, 01/01/2026": a calendar date, read as such whatever the device's time zone. */
function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'UTC', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function HolidayTable({ holidays }: { holidays: Holiday[] }) {
  const { t, language } = useI18n();
  return (
    <DataTable
      items={holidays}
      wrapClassName="admin-table-wrap"
      columns={[t(texts.date), t(texts.name), t(texts.kind)]}
      empty={<p>{t(texts.computedNone)}</p>}
      row={(holiday) => (
        <tr key={holiday.date}>
          <th scope="row">{formatDay(holiday.date, language)}</th>
          <td>{language === 'en' ? holiday.nameEn : holiday.name}</td>
          <td>{t(holidayKindLabels[holiday.kind] ?? holidayKindLabels.override)}</td>
        </tr>
      )}
    />
  );
}

/** Adds an adjustment or, given `editing`, changes the kind and name of that date's one. */
function OverrideForm({ year, editing, onSaved, onCancel }: { year: number; editing: Override | null; onSaved(message: string): void; onCancel(): void }) {
  const { t, language } = useI18n();
  const form = useFormState({ date: editing?.date ?? '', kind: editing?.kind ?? ('day_off' as OverrideKind), name: editing?.name ?? '' });
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const kindRef = useRef<HTMLSelectElement>(null);
  const { values } = form;

  // Pressing "Edit" in the table brings the keyboard to the form that now holds that date.
  useEffect(() => {
    if (editing) kindRef.current?.focus();
  }, [editing]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = texts.dateMissing;
    // The server's rule, said before sending: an override that changes nothing (a day off on a Sunday).
    else {
      const refusal = overrideRefusal({ date: values.date, kind: values.kind });
      if (refusal) errors.date = refusal;
    }
    if (!values.name.trim()) errors.name = texts.nameMissing;
    submit(errors, async () => {
      await api.PUT('/api/v1/calendar/overrides/{date}', { params: { path: { date: values.date } }, body: { kind: values.kind, name: values.name.trim() } });
      onSaved(t(texts.saved, { date: formatDay(values.date, language) }));
      return undefined;
    });
  };

  const title = editing ? t(texts.editTitle, { date: formatDay(editing.date, language) }) : t(texts.addTitle);
  return (
    <form ref={formRef} className="card" onSubmit={save} noValidate aria-labelledby="override-form-title">
      <h3 id="override-form-title">{title}</h3>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <div className="grid">
        <Field label={t(texts.date)} error={errorAt('date')} required>
          <input {...form.bind('date')} type="date" min={`${year - 1}-01-01`} max={`${year + 1}-12-31`} readOnly={editing !== null} />
        </Field>
        <Field label={t(texts.kind)} error={errorAt('kind')} required>
          <select {...form.bind('kind')} ref={kindRef}>
            {(Object.keys(overrideKindLabels) as OverrideKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {t(overrideKindLabels[kind])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t(texts.name)} hint={t(texts.nameHint)} error={errorAt('name')} required>
        <input {...form.bind('name')} maxLength={200} />
      </Field>
      <div className="row">
        <SaveButton busy={submission.busy} />
        {editing && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t(commonTexts.cancel)}
          </button>
        )}
      </div>
    </form>
  );
}

function OverrideTable({ overrides, onEdit, onRemoved }: { overrides: Override[]; onEdit(override: Override): void; onRemoved(message: string): void }) {
  const { t, language } = useI18n();
  const removal = useSubmission();
  const remove = (override: Override) =>
    void removal.run(async () => {
      await api.DELETE('/api/v1/calendar/overrides/{date}', { params: { path: { date: override.date } } });
      onRemoved(t(texts.removed, { date: formatDay(override.date, language) }));
      return undefined;
    });
  return (
    <>
      {removal.error && <ErrorMessage error={removal.error} />}
      <DataTable
        items={overrides}
        wrapClassName="admin-table-wrap"
        columns={[t(texts.date), t(texts.kind), t(texts.name), t(commonTexts.actions)]}
        empty={<p>{t(texts.overridesNone)}</p>}
        row={(override) => {
          const day = formatDay(override.date, language);
          return (
            <tr key={override.date}>
              <th scope="row">{day}</th>
              <td>
                <span className={`badge ${override.kind === 'day_off' ? 'badge-info' : 'badge-warning'}`}>{t(overrideKindLabels[override.kind])}</span>
              </td>
              <td>{override.name}</td>
              <td>
                <div className="row">
                  <button type="button" className="button button-secondary" onClick={() => onEdit(override)}>
                    {t(commonTexts.edit)}
                    <span className="visually-hidden"> — {t(texts.overrideFor, { date: day })}</span>
                  </button>
                  <ConfirmButton label={t(commonTexts.remove)} question={t(texts.removeConfirm, { date: day })} busy={removal.busy} onConfirm={() => remove(override)} />
                </div>
              </td>
            </tr>
          );
        }}
      />
    </>
  );
}

export function HolidaysPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  const [year, setYear] = useState(() => new Date().getFullYear());
  const holidays = useApi(apiRead('/api/public/holidays', { query: { year } }));
  const overrides = useApi(apiRead('/api/v1/calendar/overrides', { query: { year } }));
  const [editing, setEditing] = useState<Override | null>(null);
  const [notice, setNotice] = useState<string>();
  const [formGeneration, setFormGeneration] = useState(0);
  const years = Array.from({ length: 7 }, (_, index) => new Date().getFullYear() - 3 + index);

  const changed = (message: string) => {
    setNotice(message);
    setEditing(null);
    setFormGeneration((value) => value + 1);
    holidays.reload();
    overrides.reload();
  };
  const chooseYear = (next: number) => {
    setYear(next);
    setEditing(null);
    setNotice(undefined);
  };

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.intro)}</p>
      <div className="row admin-year-picker">
        <button type="button" className="button button-secondary" onClick={() => chooseYear(year - 1)}>
          ← {t(texts.previousYear)}
        </button>
        <Field label={t(texts.year)}>
          <select value={year} onChange={(event) => chooseYear(Number(event.target.value))}>
            {(years.includes(year) ? years : [...years, year].sort()).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="button button-secondary" onClick={() => chooseYear(year + 1)}>
          {t(texts.nextYear)} →
        </button>
      </div>
      <ActionStatus message={notice} />
      <div className="admin-columns">
        <section aria-labelledby="computed-title">
          <h2 id="computed-title">{t(texts.computedTitle, { year })}</h2>
          {holidays.loading && <Loading />}
          {holidays.error && <ErrorMessage error={holidays.error} onRetry={holidays.reload} />}
          {holidays.data && <HolidayTable holidays={holidays.data} />}
        </section>
        <section aria-labelledby="overrides-title">
          <h2 id="overrides-title">{t(texts.overridesTitle, { year })}</h2>
          {overrides.loading && <Loading />}
          {overrides.error && <ErrorMessage error={overrides.error} onRetry={overrides.reload} />}
          {overrides.data && <OverrideTable overrides={overrides.data} onEdit={setEditing} onRemoved={changed} />}
          <OverrideForm key={`${editing?.date ?? 'new'}-${formGeneration}`} year={year} editing={editing} onSaved={changed} onCancel={() => setEditing(null)} />
        </section>
      </div>
    </div>
  );
}
