import { apiRead } from '@motcua/contract';
import { bookingPath } from '@motcua/core';
import { Link } from 'react-router';
import { useCitizenSession } from '../citizen/session.js';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import type { BookingPageState } from './BookingPage.js';
import { BOOKING_STATUS_TEXTS, bookingTexts as texts } from './booking-texts.js';

/**
 * The signed-in citizen's bookings, latest first, each opening its page with the account's
 * contact; where the booking form is not beside them, `withBookingLink` leads to it.
 */
export function MyBookings({ withBookingLink = false }: { withBookingLink?: boolean }) {
  const { language, t } = useI18n();
  const { citizen } = useCitizenSession();
  const bookings = useApi(apiRead('/api/citizen/bookings'));
  const state: BookingPageState | undefined = citizen ? { contact: citizen.phone ?? citizen.email ?? '', notice: 'seen' } : undefined;
  return (
    <section aria-labelledby="my-bookings">
      <h2 id="my-bookings">{t(texts.myBookings)}</h2>
      {bookings.error ? (
        <ErrorMessage error={bookings.error} onRetry={bookings.reload} />
      ) : !bookings.data ? (
        <Loading />
      ) : bookings.data.length === 0 ? (
        <p className="muted">{t(texts.noBookings)}</p>
      ) : (
        <ul className="booking-list">
          {bookings.data.map((booking) => (
            <li key={booking.code}>
              <Link to={bookingPath(booking.code)} state={state}>
                {formatDateTime(booking.start, language)} — {language === 'en' && booking.service.nameEn ? booking.service.nameEn : booking.service.name}
              </Link>
              <br />
              <span className="muted">
                {booking.centre.name} · {booking.code} · {t(BOOKING_STATUS_TEXTS[booking.status])}
              </span>
            </li>
          ))}
        </ul>
      )}
      {withBookingLink && (
        <p>
          <Link to="/dat-lich">{t(texts.newBooking)}</Link>
        </p>
      )}
    </section>
  );
}
