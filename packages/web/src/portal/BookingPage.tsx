import { BOOKING_CENTRES, PRIORITY_GROUPS, apiRead } from '@motcua/contract';
import { EMAIL_PATTERN, PHONE_PATTERN, bookingPath } from '@motcua/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCitizenSession } from '../citizen/session.js';
import { ApiError, api, dataOf } from '../shared/api.js';
import { type Translate, useI18n } from '../shared/i18n.js';
import { ErrorSummary, type FieldErrors } from '../shared/ui/ErrorSummary.js';
import { Field } from '../shared/ui/Field.js';
import { useErrorText } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { MyBookings } from './MyBookings.js';
import { SlotPicker } from './SlotPicker.js';
import { bookingTexts as texts } from './booking-texts.js';

interface BookingForm {
  centre: string;
  service: string;
  date: string;
  start: string;
  name: string;
  phone: string;
  email: string;
  priority: string;
}

const EMPTY: BookingForm = { centre: '', service: '', date: '', start: '', name: '', phone: '', email: '', priority: '' };
const FIELDS = Object.keys(EMPTY) as Array<keyof BookingForm>;

/** What the browser can check, in the order of the form so that the summary reads top-down. */
function check(form: BookingForm, t: Translate): FieldErrors {
  const found: Partial<Record<keyof BookingForm, string>> = {};
  if (!form.centre) found.centre = t(texts.centreMissing);
  if (!form.service) found.service = t(texts.serviceMissing);
  if (!form.start) found.start = t(texts.slotMissing);
  if (form.name.trim().length < 2) found.name = t(texts.nameMissing);
  const phone = form.phone.trim();
  const email = form.email.trim();
  if (!phone && !email) found.phone = t(texts.contactMissing);
  if (phone && !PHONE_PATTERN.test(phone)) found.phone = t(texts.phoneInvalid);
  if (email && !EMAIL_PATTERN.test(email)) found.email = t(texts.emailInvalid);
  return Object.fromEntries(FIELDS.filter((field) => found[field]).map((field) => [field, found[field]!]));
}

/** The contact the booking's page is opened with: the one the code went to. */
export interface BookingPageState {
  contact: string;
  /** What just happened, said on arrival: booked, moved, or only opened from the citizen's list. */
  notice: 'booked' | 'moved' | 'seen';
}

/**
 * Booking a time at a centre: the centre, its service, the day and a slot with a place left, then
 * who comes and how to send them the code. A signed-in citizen books in their account, with its
 * name and contacts filled in, and sees their bookings below.
 */
export function BookingPage() {
  const { language, t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { citizen } = useCitizenSession();
  useTitle(t(texts.title));
  const [form, setForm] = useState<BookingForm>(EMPTY);
  // The account's name and contacts fill what is still empty once the session is known.
  useEffect(() => {
    if (citizen) {
      setForm((previous) => ({
        ...previous,
        name: previous.name || citizen.fullName,
        phone: previous.phone || (citizen.phone ?? ''),
        email: previous.email || (citizen.email ?? ''),
      }));
    }
  }, [citizen]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const centres = useApi(BOOKING_CENTRES);
  const services = useApi(form.centre ? apiRead('/api/public/centres/{agencyCode}/services', { path: { agencyCode: form.centre } }) : null);
  const priorityGroups = useApi(PRIORITY_GROUPS);
  const update = (changes: Partial<BookingForm>) => setForm((previous) => ({ ...previous, ...changes }));
  const set = (field: 'name' | 'phone' | 'email' | 'priority') => (event: { target: { value: string } }) => update({ [field]: event.target.value });
  const optional = (value: string) => value.trim() || undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check(form, t);
    setErrors(found);
    setGeneral(undefined);
    setAttempt((value) => value + 1);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const body = {
      service: form.service,
      start: form.start,
      name: form.name.trim(),
      phone: optional(form.phone),
      email: optional(form.email),
      priority: optional(form.priority),
    };
    try {
      const booking = await dataOf(
        citizen
          ? api.POST('/api/citizen/bookings', { body: { centre: form.centre, ...body } })
          : api.POST('/api/public/centres/{agencyCode}/bookings', { params: { path: { agencyCode: form.centre } }, body }),
      );
      const state: BookingPageState = { contact: body.phone ?? body.email ?? '', notice: 'booked' };
      void navigate(bookingPath(booking.code), { state });
    } catch (failure) {
      const message = failure instanceof ApiError ? errorText(failure) : String(failure);
      const field = failure instanceof ApiError ? failure.body.field?.replace(/^body\./, '') : undefined;
      if (field && (FIELDS as readonly string[]).includes(field)) setErrors({ [field]: message });
      else setGeneral(message);
      setAttempt((value) => value + 1);
      setBusy(false);
    }
  }

  return (
    <div className="page narrow">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      <p>
        <Link to="/dat-lich/tra-cuu">{t(texts.haveCode)}</Link>
      </p>
      <ErrorSummary errors={errors} general={general} attempt={attempt} />
      <form className="card stack booking-form" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>{t(texts.centreLegend)}</legend>
          <Field label={t(texts.centre)} error={errors.centre} required>
            <select name="centre" value={form.centre} onChange={(event) => update({ centre: event.target.value, service: '', start: '' })}>
              <option value="">{t(centres.data?.length === 0 ? texts.noCentres : texts.chooseCentre)}</option>
              {centres.data?.map((centre) => (
                <option key={centre.agencyCode} value={centre.agencyCode}>
                  {centre.address ? `${centre.name} — ${centre.address}` : centre.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t(texts.service)} error={errors.service} required>
            <select name="service" value={form.service} disabled={!services.data} onChange={(event) => update({ service: event.target.value, start: '' })}>
              <option value="">{t(texts.chooseService)}</option>
              {services.data?.map((service) => (
                <option key={service.code} value={service.code}>
                  {language === 'en' && service.nameEn ? service.nameEn : service.name}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t(texts.whenLegend)}</legend>
          <SlotPicker
            agencyCode={form.centre}
            service={form.service}
            date={form.date}
            start={form.start}
            errors={{ date: errors.date, start: errors.start }}
            onDate={(date) => update({ date, start: '' })}
            onStart={(start) => update({ start })}
          />
        </fieldset>
        <fieldset>
          <legend>{t(texts.youLegend)}</legend>
          <Field label={t(texts.name)} error={errors.name} required>
            <input name="name" type="text" autoComplete="name" value={form.name} onChange={set('name')} maxLength={200} />
          </Field>
          <p className="field-hint">{t(texts.contactHint)}</p>
          <Field label={t(texts.phone)} error={errors.phone}>
            <input name="phone" type="tel" autoComplete="tel" value={form.phone} onChange={set('phone')} maxLength={20} />
          </Field>
          <Field label={t(texts.email)} error={errors.email}>
            <input name="email" type="email" autoComplete="email" value={form.email} onChange={set('email')} maxLength={200} />
          </Field>
          <Field label={t(texts.priority)} hint={t(texts.priorityHint)} error={errors.priority}>
            <select name="priority" value={form.priority} onChange={set('priority')}>
              <option value="">{t(texts.noPriority)}</option>
              {priorityGroups.data?.map((group) => (
                <option key={group.code} value={group.code}>
                  {language === 'en' ? group.nameEn : group.name}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t(busy ? texts.submitting : texts.submit)}
        </button>
      </form>
      {citizen && <MyBookings />}
    </div>
  );
}
