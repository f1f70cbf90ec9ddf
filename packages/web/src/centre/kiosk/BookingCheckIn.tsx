import { BOOKING_CODE_LENGTH, VERIFICATION_CODE_ALPHABET, normaliseBookingCode } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { type ApiError, api, asApiError, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { type DevicePairing, deviceHeaders } from '../device-token.js';
import { Keypad } from './Keypad.js';
import type { KioskTicket } from './TicketSlip.js';
import { kioskTexts as texts } from './texts.js';

const BOOKING_CODE_KEYS = [...VERIFICATION_CODE_ALPHABET];

/** "Đã đặt lịch": the booking code keyed in on the screen; the ticket comes as for a service chosen here. */
export function BookingCheckIn({ pairing, onTicket }: { pairing: DevicePairing; onTicket(ticket: KioskTicket): void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [checkIn, setCheckIn] = useState<{ state: 'idle' } | { state: 'checking' } | { state: 'refused'; error: ApiError }>({ state: 'idle' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCheckIn({ state: 'checking' });
    dataOf(
      api.POST('/api/public/centres/{agencyCode}/bookings/{code}/check-in', {
        params: { path: { agencyCode: pairing.centreCode, code: normaliseBookingCode(code) } },
        headers: deviceHeaders(pairing),
      }),
    ).then(onTicket, (error: unknown) => setCheckIn({ state: 'refused', error: asApiError(error) }));
  };
  const typed = (text: string) => setCode(normaliseBookingCode(text).slice(0, BOOKING_CODE_LENGTH));

  return (
    <section className="kiosk-panel" aria-labelledby="kiosk-booking-title">
      <h2 id="kiosk-booking-title">{t(texts.bookingTitle)}</h2>
      <p>{t(texts.bookingLead)}</p>
      <form onSubmit={submit} noValidate className="kiosk-code-form">
        <Field label={t(texts.bookingCode)}>
          <input type="text" inputMode="none" className="kiosk-code" value={code} onChange={(event) => typed(event.target.value)} autoComplete="off" spellCheck={false} autoFocus />
        </Field>
        <Keypad keys={BOOKING_CODE_KEYS} onKey={(key) => typed(code + key)} onErase={() => setCode(code.slice(0, -1))} onClear={() => setCode('')} />
        <button type="submit" className="kiosk-button" disabled={code.length !== BOOKING_CODE_LENGTH || checkIn.state === 'checking'}>
          {t(texts.checkIn)}
        </button>
      </form>
      {checkIn.state === 'checking' && <Loading />}
      {checkIn.state === 'refused' && <ErrorMessage error={checkIn.error} />}
    </section>
  );
}
