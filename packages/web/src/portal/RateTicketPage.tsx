import { apiRead } from '@motcua/contract';
import type { RatingScore } from '@motcua/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type RatingChoice, RatingForm, RatingGiven } from '../ratings/RatingForm.js';
import { ratingTexts as texts } from '../ratings/texts.js';
import { api, dataOf } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';

/**
 * /danh-gia/:token, behind the QR code of a queue ticket: once the counter has served it, the
 * person rates the service on their phone, once.
 */
export function RateTicketPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const state = useApi(apiRead('/api/public/tickets/{followToken}/rating', { path: { followToken: token } }));
  const [sent, setSent] = useState<RatingScore>();
  const ticket = state.data?.ticket;
  useTitle(ticket ? t(texts.ticketTitle, { number: ticket.number }) : t(texts.tabletTitle));

  if (state.error) {
    return (
      <div className="page narrow">
        <h1>{t(texts.tabletTitle)}</h1>
        <ErrorMessage error={state.error} onRetry={state.error.status === 404 ? undefined : state.reload} />
      </div>
    );
  }
  if (!state.data || !ticket) return <Loading />;
  const given = sent ?? state.data.rating?.score;
  const submit = async (choice: RatingChoice) => {
    const rating = await dataOf(api.POST('/api/public/tickets/{followToken}/rating', { params: { path: { followToken: token } }, body: choice }));
    setSent(rating.score);
  };
  return (
    <div className="page narrow">
      <h1>{t(texts.ticketTitle, { number: ticket.number })}</h1>
      <p className="muted">
        {ticket.counter
          ? t(texts.ticketServed, { service: ticket.service.name, counter: t(texts.counter, { number: ticket.counter.number }) })
          : ticket.service.name}
      </p>
      {given ? (
        <RatingGiven score={given} />
      ) : state.data.notRatable === 'not_served_yet' ? (
        <>
          <p className="alert alert-warning">{t(texts.notServedYet)}</p>
          <p>
            <Link to={`/hang-cho/${encodeURIComponent(token)}`}>{t(texts.followQueue)}</Link>
          </p>
        </>
      ) : (
        <RatingForm question={t(texts.question)} submit={submit} />
      )}
    </div>
  );
}
