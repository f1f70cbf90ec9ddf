import { type ResponseOf, apiRead } from '@motcua/contract';
import { NOTIFICATION_CHANNEL_LABELS, bookingPath, isBookingCode, normaliseBookingCode, vietnamDate } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useCitizenSession } from '../citizen/session.js';
import { ApiError, api, dataOf } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { ConfirmDialog } from '../shared/ui/ConfirmDialog.js';
import { ErrorSummary, type FieldErrors } from '../shared/ui/ErrorSummary.js';
import { Field } from '../shared/ui/Field.js';
import { ActionStatus, ErrorMessage, Loading, useErrorText } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import type { BookingPageState } from './BookingPage.js';
import { SlotPicker } from './SlotPicker.js';
import { BOOKING_STATUS_TEXTS, bookingTexts as texts } from './booking-texts.js';

type Booking = ResponseOf<'/api/public/bookings/{code}'>;

/** The code and the contact it was booked with: what opens a booking, asked for when the page was not opened with them. */
function HolderForm({ code, onHolder }: { code: string; onHolder(code: string, contact: string): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ code, contact: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  function submit(event: FormEvent) {
    event.preventDefault();
    const normalised = normaliseBookingCode(values.code);
    const found: FieldErrors = {
      ...(isBookingCode(normalised) ? {} : { code: t(texts.codeMissing) }),
      ...(values.contact.trim() ? {} : { contact: t(texts.contactMissing) }),
    };
    setErrors(found);
    setAttempt((value) => value + 1);
    if (Object.keys(found).length === 0) onHolder(normalised, values.contact.trim());
  }
  return (
    <form className="card stack" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} attempt={attempt} />
      <p>{t(texts.findLead)}</p>
      <Field label={t(texts.code)} error={errors.code} required>
        <input name="code" type="text" autoComplete="off" autoCapitalize="characters" value={values.code} maxLength={20} onChange={(event) => setValues({ ...values, code: event.target.value })} />
      </Field>
      <Field label={t(texts.contact)} error={errors.contact} required>
        <input name="contact" type="text" autoComplete="tel" value={values.contact} maxLength={200} onChange={(event) => setValues({ ...values, contact: event.target.value })} />
      </Field>
      <button type="submit" className="button">
        {t(texts.find)}
      </button>
    </form>
  );
}

function Facts({ booking }: { booking: Booking }) {
  const { language, t } = useI18n();
  const when = (value: string) => formatDateTime(value, language);
  return (
    <dl className="facts">
      <dt>{t(texts.statusLabel)}</dt>
      <dd>
        <strong>{t(BOOKING_STATUS_TEXTS[booking.status])}</strong>
        {booking.rescheduledTo && (
          <>
            {' '}
            <Link to={bookingPath(booking.rescheduledTo)}>{t(texts.rescheduledTo, { code: booking.rescheduledTo })}</Link>
          </>
        )}
      </dd>
      <dt>{t(texts.when)}</dt>
      <dd>
        {when(booking.start)} – {booking.end.slice(11, 16)}
      </dd>
      <dt>{t(texts.where)}</dt>
      <dd>
        {booking.centre.name}
        {booking.centre.address && <span className="muted"> — {booking.centre.address}</span>}
        <br />
        {language === 'en' && booking.service.nameEn ? booking.service.nameEn : booking.service.name}
      </dd>
      {booking.status === 'booked' && (
        <>
          <dt>{t(texts.checkIn)}</dt>
          <dd>{t(texts.checkInWindow, { from: when(booking.checkInFrom), until: when(booking.checkInUntil) })}</dd>
        </>
      )}
      <dt>{t(texts.person)}</dt>
      <dd>{booking.name}</dd>
      {booking.ticket && (
        <>
          <dt>{t(texts.ticket)}</dt>
          <dd>
            <strong>{booking.ticket.number}</strong> · <Link to={booking.ticket.followUrl}>{t(texts.followTicket)}</Link>
          </dd>
        </>
      )}
    </dl>
  );
}

/** Moving the booking: a new day and slot of the same service; the answer is the new booking, under its new code. */
function Reschedule({ booking, contact }: { booking: Booking; contact: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [date, setDate] = useState(vietnamDate(new Date(booking.start)));
  const [start, setStart] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((value) => value + 1);
    if (!start) {
      setErrors({ start: t(texts.slotMissing) });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const moved = await dataOf(api.POST('/api/public/bookings/{code}/reschedule', { params: { path: { code: booking.code } }, body: { contact, start } }));
      const state: BookingPageState = { contact, notice: 'moved' };
      void navigate(bookingPath(moved.code), { state });
    } catch (failure) {
      setErrors({ start: failure instanceof ApiError ? errorText(failure) : String(failure) });
      setAttempt((value) => value + 1);
      setBusy(false);
    }
  }
  return (
    <form className="card stack booking-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="reschedule-heading">
      <h2 id="reschedule-heading">{t(texts.reschedule)}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <fieldset>
        <legend>{t(texts.rescheduleLegend)}</legend>
        <SlotPicker
          agencyCode={booking.centre.agencyCode}
          service={booking.service.code}
          date={date}
          start={start}
          errors={{ start: errors.start }}
          onDate={(next) => {
            setDate(next);
            setStart('');
          }}
          onStart={setStart}
        />
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        {t(texts.confirmReschedule)}
      </button>
    </form>
  );
}

function Cancel({ booking, contact, onCancelled }: { booking: Booking; contact: string; onCancelled(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  async function cancel() {
    setBusy(true);
    setFailure(undefined);
    try {
      await dataOf(api.POST('/api/public/bookings/{code}/cancel', { params: { path: { code: booking.code } }, body: { contact } }));
      setAsking(false);
      onCancelled();
    } catch (error) {
      setFailure(error instanceof ApiError ? errorText(error) : String(error));
      setAsking(false);
    }
    setBusy(false);
  }
  return (
    <>
      <button type="button" className="button button-secondary button-ending" onClick={() => setAsking(true)}>
        {t(texts.cancel)}
      </button>
      {failure && <p className="field-error">{failure}</p>}
      <ConfirmDialog open={asking} title={t(texts.cancel)} confirmLabel={t(texts.cancel)} busy={busy} onConfirm={() => void cancel()} onCancel={() => setAsking(false)}>
        <p>{t(texts.cancelQuestion, { code: booking.code })}</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * A booking's page (`/dat-lich/{code}`, where its notices point): opened with the contact it was
 * booked with — given on arrival from booking, from the citizen's account, or typed here — it
 * shows the booking and, while it is still to come, moves or cancels it.
 */
export function BookingDetailsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const { citizen } = useCitizenSession();
  const code = normaliseBookingCode(useParams().code ?? '');
  const arrival = location.state as BookingPageState | null;
  const [typedContact, setTypedContact] = useState<string>();
  const [cancelled, setCancelled] = useState(false);
  const contact = typedContact ?? arrival?.contact ?? citizen?.phone ?? citizen?.email ?? '';
  const ready = isBookingCode(code) && contact !== '';
  const booking = useApi(ready ? apiRead('/api/public/bookings/{code}', { path: { code }, query: { contact } }) : null);
  useTitle(ready ? t(texts.bookingTitle, { code }) : t(texts.findTitle));

  function open(nextCode: string, nextContact: string) {
    setTypedContact(nextContact);
    setCancelled(false);
    if (nextCode !== code) void navigate(bookingPath(nextCode));
    else booking.reload();
  }

  const data = booking.data?.code === code ? booking.data : undefined;
  const notice =
    cancelled ? t(texts.cancelled)
    : arrival?.notice === 'booked' && data ? t(texts.booked, { code, channels: data.notifiedBy.map((channel) => t(NOTIFICATION_CHANNEL_LABELS[channel])).join(', ') })
    : arrival?.notice === 'moved' ? t(texts.moved, { code })
    : undefined;

  return (
    <div className="page narrow">
      <h1>{ready ? t(texts.bookingTitle, { code }) : t(texts.findTitle)}</h1>
      <ActionStatus message={notice} />
      {(!ready || (booking.error && booking.error.status === 404)) && (
        <>
          {booking.error && <ErrorMessage error={booking.error} />}
          <HolderForm key={code} code={code} onHolder={open} />
        </>
      )}
      {ready && booking.error && booking.error.status !== 404 && <ErrorMessage error={booking.error} onRetry={booking.reload} />}
      {ready && !booking.error && (!data || booking.loading) && <Loading />}
      {data && !booking.loading && (
        <>
          <section className="card">
            <Facts booking={data} />
            <p className="muted">{t(texts.privacy)}</p>
            {data.status === 'booked' && (
              <Cancel
                booking={data}
                contact={contact}
                onCancelled={() => {
                  setCancelled(true);
                  booking.reload();
                }}
              />
            )}
          </section>
          {data.status === 'booked' && <Reschedule key={data.code} booking={data} contact={contact} />}
        </>
      )}
      <p>
        <Link to="/dat-lich">{t(texts.newBooking)}</Link>
      </p>
    </div>
  );
}
