import { apiRead } from '@motcua/contract';
import { lastBookableDate, vietnamDate } from '@motcua/core';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { uiTexts } from '../shared/ui/texts.js';
import { useApi } from '../shared/use-api.js';
import { bookingTexts as texts } from './booking-texts.js';

/** `09:00` of `2026-11-24T09:00:00+07:00`: slots come in Vietnam time, as the centre keeps it. */
const clock = (instant: string) => instant.slice(11, 16);

/**
 * The day and the time of a booking: a date within the booking horizon, then the slots of that day
 * with their places left (full ones shown, not chosen). `start` is the chosen slot's start.
 */
export function SlotPicker({ agencyCode, service, date, start, errors, onDate, onStart }: {
  agencyCode: string;
  service: string;
  date: string;
  start: string;
  errors: { date?: string | undefined; start?: string | undefined };
  onDate(date: string): void;
  onStart(start: string): void;
}) {
  const { t } = useI18n();
  const now = new Date();
  const ready = agencyCode !== '' && service !== '' && date !== '';
  const slots = useApi(ready ? apiRead('/api/public/centres/{agencyCode}/slots', { path: { agencyCode }, query: { service, date } }) : null);
  return (
    <>
      <Field label={t(texts.date)} hint={t(texts.dateHint)} error={errors.date} required>
        <input name="date" type="date" value={date} min={vietnamDate(now)} max={lastBookableDate(now)} onChange={(event) => onDate(event.target.value)} />
      </Field>
      <fieldset className="choices slot-choices" aria-describedby={errors.start ? 'slot-error' : undefined}>
        <legend>
          {t(texts.slot)} <span className="required">({t(uiTexts.required)})</span>
        </legend>
        {!ready ? (
          <p className="muted">{t(texts.chooseServiceFirst)}</p>
        ) : slots.error ? (
          <ErrorMessage error={slots.error} onRetry={slots.reload} />
        ) : slots.loading || !slots.data ? (
          <Loading />
        ) : slots.data.length === 0 ? (
          <p className="muted">{t(texts.noSlots)}</p>
        ) : (
          <div className="slot-grid">
            {slots.data.map((slot) => (
              <label key={slot.start} className={`choice slot${slot.free === 0 ? ' slot-full' : ''}`}>
                <input type="radio" name="start" value={slot.start} checked={start === slot.start} disabled={slot.free === 0} onChange={() => onStart(slot.start)} />
                {t(slot.free === 0 ? texts.slotFull : texts.slotLabel, { from: clock(slot.start), to: clock(slot.end), free: String(slot.free) })}
              </label>
            ))}
          </div>
        )}
        {errors.start && (
          <p className="field-error" id="slot-error">
            {errors.start}
          </p>
        )}
      </fieldset>
    </>
  );
}
