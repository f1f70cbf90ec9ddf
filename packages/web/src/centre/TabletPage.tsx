import type { components } from '@motcua/contract';
import type { RatingScore } from '@motcua/core';
import { useEffect, useState } from 'react';
import { type RatingChoice, RatingForm, RatingGiven } from '../ratings/RatingForm.js';
import { ratingTexts as texts } from '../ratings/texts.js';
import { api, dataOf } from '../shared/api.js';
import { useEventStream } from '../shared/event-stream.js';
import { useI18n } from '../shared/i18n.js';
import { useTitle } from '../shared/use-title.js';
import { DeviceGate } from './DeviceGate.js';
import { type DevicePairing, deviceHeaders } from './device-token.js';

type TicketToRate = components['schemas']['TicketToRate'];

/** The thanks stay this long, then the tablet waits for the next person. */
const THANKS_MS = 8_000;

/**
 * /thiet-bi/danh-gia, the rating tablet at a counter: the ticket the counter has just finished
 * appears by itself (the tablet's stream), the person taps a face, and after the thanks the tablet
 * waits for the next one. No sign-in: the tablet's pairing names its counter.
 */
export function TabletPage() {
  const { t } = useI18n();
  useTitle(t(texts.tabletTitle));
  return <DeviceGate kind="tablet">{({ pairing }) => <Tablet pairing={pairing} />}</DeviceGate>;
}

function Tablet({ pairing }: { pairing: DevicePairing }) {
  const { t } = useI18n();
  const [ticket, setTicket] = useState<TicketToRate | null>(null);
  const [thanks, setThanks] = useState<RatingScore>();
  const status = useEventStream('/api/public/devices/tablet/stream', {
    headers: deviceHeaders(pairing),
    onEvent: (_, data) => setTicket((data as { ticket: TicketToRate | null }).ticket),
  });
  useEffect(() => {
    if (!thanks) return;
    const timer = setTimeout(() => setThanks(undefined), THANKS_MS);
    return () => clearTimeout(timer);
  }, [thanks]);

  const submit = async (choice: RatingChoice) => {
    if (!ticket) return;
    const rating = await dataOf(api.POST('/api/public/devices/tablet/ratings', { headers: deviceHeaders(pairing), body: { ticketId: ticket.id, ...choice } }));
    setTicket(null);
    setThanks(rating.score);
  };

  return (
    <main className="tablet-page">
      <h1>{t(texts.tabletTitle)}</h1>
      {status === 'reconnecting' && (
        <p className="alert alert-warning" role="status">
          {t(texts.tabletReconnecting)}
        </p>
      )}
      {status === 'refused' && <p className="alert alert-error">{t(texts.tabletRefused)}</p>}
      {thanks ? (
        <>
          <RatingGiven score={thanks} />
          <p className="tablet-status">
            <button type="button" className="button button-secondary" onClick={() => setThanks(undefined)}>
              {t(texts.newRating)}
            </button>
          </p>
        </>
      ) : ticket ? (
        <>
          <p className="tablet-ticket" role="status">
            {t(texts.tabletTicket, { number: ticket.number, service: ticket.service.name })}
          </p>
          {/* A new form for each ticket: the choices of the one before never carry over. */}
          <RatingForm key={ticket.id} question={t(texts.question)} submit={submit} />
        </>
      ) : (
        <p className="tablet-status" role="status">
          {t(texts.tabletWaiting)}
        </p>
      )}
    </main>
  );
}
