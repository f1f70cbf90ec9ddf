import { type components, queueTicketRead } from '@motcua/contract';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useEventStream } from '../shared/event-stream.js';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { queueTicketTexts as texts } from './queue-ticket-texts.js';
import './queue-ticket.css';

type Position = components['schemas']['TicketPosition'];

/**
 * /hang-cho/:token, behind the QR code of a queue ticket: where the ticket stands, live, and, when
 * it is called, that it is and at which counter, loud enough to be noticed on a phone in a pocket
 * (the page's title changes and the phone vibrates where it can).
 */
export function QueueTicketPage() {
  const { token = '' } = useParams();
  const { t, language } = useI18n();
  const first = useApi(queueTicketRead(token));
  const [live, setLive] = useState<Position>();
  const position = live ?? first.data;
  const status = useEventStream(first.data ? `/api/public/tickets/${encodeURIComponent(token)}/stream` : null, {
    onEvent(event, data) {
      setLive(data as Position);
      if (event === 'called') navigator.vibrate?.([400, 200, 400]);
    },
  });
  useTitle(position ? t(position.status === 'called' ? texts.titleCalled : texts.title, { number: position.number }) : t(texts.pageTitle));

  if (first.error) {
    return (
      <div className="page narrow">
        <h1>{t(texts.pageTitle)}</h1>
        <ErrorMessage error={first.error} onRetry={first.error.status === 404 ? undefined : first.reload} />
      </div>
    );
  }
  if (!position) return <Loading />;
  return (
    <div className="page narrow queue-ticket">
      <h1>{t(texts.title, { number: position.number })}</h1>
      <p className="muted">
        {t(texts.centreService, { service: position.service.name, centre: position.centre.name })}
      </p>
      <div role="status" aria-live="assertive" aria-atomic="true">
        <Standing position={position} token={token} />
      </div>
      <p className="muted">{t(texts.issuedAt, { time: formatDateTime(position.issuedAt, language) })}</p>
      <StreamNote status={status} ended={position.status !== 'waiting' && position.status !== 'called' && position.status !== 'serving'} />
    </div>
  );
}

function Standing({ position, token }: { position: Position; token: string }) {
  const { t, language } = useI18n();
  const counter = position.counter?.number ?? '';
  switch (position.status) {
    case 'waiting':
      return (
        <>
          <dl className="queue-ticket-figures">
            <div>
              <dt>{t(texts.ahead)}</dt>
              <dd>{position.ahead.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')}</dd>
            </div>
            <div>
              <dt>{t(texts.estimatedWait)}</dt>
              <dd>{position.estimatedWaitMinutes > 0 ? t(texts.minutes, { minutes: position.estimatedWaitMinutes }) : t(texts.soon)}</dd>
            </div>
          </dl>
          {position.ahead === 0 && <p className="alert alert-info">{t(texts.nextUp)}</p>}
        </>
      );
    case 'called':
      return <p className="queue-ticket-called">{t(texts.called, { counter })}</p>;
    case 'serving':
      return <p className="alert alert-info">{t(texts.serving, { counter })}</p>;
    case 'finished':
      return (
        <div className="alert alert-success">
          <p>{t(texts.finished)}</p>
          <p>
            <Link className="button" to={`/danh-gia/${encodeURIComponent(token)}`}>
              {t(texts.rate)}
            </Link>
          </p>
        </div>
      );
    case 'no_show':
      return <p className="alert alert-warning">{t(texts.noShow)}</p>;
    case 'cancelled':
      return <p className="alert alert-warning">{t(texts.cancelled)}</p>;
  }
}

/** Whether what the page shows is live, so that nobody trusts a frozen page. */
function StreamNote({ status, ended }: { status: ReturnType<typeof useEventStream>; ended: boolean }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(status);
  // A reconnection that succeeds within a moment is not worth alarming anyone about.
  useEffect(() => {
    if (status === 'live' || status === 'refused') return setShown(status);
    const timer = setTimeout(() => setShown(status), 3000);
    return () => clearTimeout(timer);
  }, [status]);
  if (ended) return null;
  if (shown === 'refused') return <p className="alert alert-warning">{t(texts.stopped)}</p>;
  return <p className={shown === 'live' ? 'muted' : 'alert alert-warning'}>{t(shown === 'live' ? texts.live : texts.reconnecting)}</p>;
}
