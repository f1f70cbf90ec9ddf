import { type FormEvent, useState } from 'react';
import type { ResponseOf } from '@motcua/contract';
import { api } from '../../shared/api.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { useFormState } from '../form-state.js';
import { FormFeedback, SaveButton } from '../FormFeedback.js';
import { type ClientErrors, useCheckedForm } from '../use-submit.js';
import { formatPeriods, parsePeriods } from './opening-hours.js';
import { centreTexts as texts, weekdayTexts } from './texts.js';

type Settings = ResponseOf<'/api/v1/centres/{agencyCode}/settings'>;
type Criterion = Settings['callOrder'][number];
type Weekday = keyof Settings['openingHours'];

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const CRITERION_LABELS: Record<Criterion, Text> = { priority: texts.criterionPriority, booking_due: texts.criterionBookingDue, queued_at: texts.criterionQueuedAt };
const NUMBERS = {
  callsBeforeNoShow: { label: texts.callsBeforeNoShow, min: 1, max: 10 },
  bookingSlotMinutes: { label: texts.bookingSlotMinutes, min: 5, max: 240 },
  bookingsPerCounterSlot: { label: texts.bookingsPerCounterSlot, min: 0, max: 100 },
  bookingEarlyMinutes: { label: texts.bookingEarlyMinutes, min: 0, max: 240 },
  bookingLateMinutes: { label: texts.bookingLateMinutes, min: 0, max: 240 },
} as const;
type NumberSetting = keyof typeof NUMBERS;

/** The calling rule as an ordered list: each criterion but the first can move up. */
function CallOrderEditor({ order, onChange }: { order: Criterion[]; onChange(order: Criterion[]): void }) {
  const { t } = useI18n();
  const moveUp = (index: number) => onChange(order.map((criterion, at) => (at === index - 1 ? order[index]! : at === index ? order[index - 1]! : criterion)));
  return (
    <fieldset>
      <legend>{t(texts.callOrder)}</legend>
      <p className="field-hint">{t(texts.callOrderHint)}</p>
      <ol>
        {order.map((criterion, index) => (
          <li key={criterion} className="row">
            <span>{t(CRITERION_LABELS[criterion])}</span>
            {index > 0 && (
              <button type="button" className="button button-secondary citizen-button-small" onClick={() => moveUp(index)}>
                ↑<span className="visually-hidden"> {t(texts.moveCriterionUp, { criterion: t(CRITERION_LABELS[criterion]) })}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

/** The form keeps what was saved: the server answers with the same settings. */
export function SettingsSection({ agencyCode, settings }: { agencyCode: string; settings: Settings }) {
  const { t } = useI18n();
  const form = useFormState({
    timeZone: settings.timeZone,
    ...Object.fromEntries(WEEKDAYS.map((day) => [`day${day}`, formatPeriods(settings.openingHours[day])])),
    ...Object.fromEntries(Object.keys(NUMBERS).map((name) => [name, String(settings[name as NumberSetting])])),
  } as Record<string, string>);
  const [callOrder, setCallOrder] = useState<Criterion[]>(settings.callOrder);
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    const openingHours: Settings['openingHours'] = {};
    for (const day of WEEKDAYS) {
      const periods = parsePeriods(form.values[`day${day}`] ?? '');
      if (periods === undefined) errors[`openingHours.${day}`] = texts.openingHoursInvalid;
      else if (periods.length > 0) openingHours[day] = periods;
    }
    const numbers = {} as Record<NumberSetting, number>;
    for (const [name, { min, max }] of Object.entries(NUMBERS) as Array<[NumberSetting, (typeof NUMBERS)[NumberSetting]]>) {
      const value = Number(form.values[name]);
      if (!Number.isInteger(value) || value < min || value > max) {
        errors[name] = { vi: texts.numberInvalid.vi.replace('{min}', String(min)).replace('{max}', String(max)), en: texts.numberInvalid.en.replace('{min}', String(min)).replace('{max}', String(max)) };
      }
      numbers[name] = value;
    }
    submit(errors, async () => {
      await api.PUT('/api/v1/centres/{agencyCode}/settings', {
        params: { path: { agencyCode } },
        body: { timeZone: form.values.timeZone!.trim(), openingHours, callOrder, ...numbers },
      });
      return t(texts.saved);
    });
  };

  return (
    <form ref={formRef} className="card" onSubmit={save} noValidate aria-labelledby="centre-settings-title">
      <h2 id="centre-settings-title">{t(texts.settingsTitle)}</h2>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <fieldset>
        <legend>{t(texts.openingHours)}</legend>
        <p className="field-hint">{t(texts.openingHoursHint)}</p>
        <div className="grid">
          {WEEKDAYS.map((day) => (
            <Field key={day} label={t(weekdayTexts[Number(day) - 1]!)} error={errorAt(`openingHours.${day}`)}>
              <input {...form.bind(`day${day}`)} inputMode="numeric" autoComplete="off" />
            </Field>
          ))}
        </div>
      </fieldset>
      <CallOrderEditor order={callOrder} onChange={setCallOrder} />
      <div className="grid">
        {(Object.entries(NUMBERS) as Array<[NumberSetting, (typeof NUMBERS)[NumberSetting]]>).map(([name, { label, min, max }]) => (
          <Field key={name} label={t(label)} error={errorAt(name)} required>
            <input {...form.bind(name)} type="number" min={min} max={max} step={1} />
          </Field>
        ))}
        <Field label={t(texts.timeZone)} hint={t(texts.timeZoneHint)} error={errorAt('timeZone')} required>
          <input {...form.bind('timeZone')} maxLength={60} autoComplete="off" spellCheck={false} />
        </Field>
      </div>
      <SaveButton busy={submission.busy} />
    </form>
  );
}
