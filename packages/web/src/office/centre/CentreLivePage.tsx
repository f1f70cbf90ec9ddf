import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { type ResponseOf, apiRead, readUrl } from '@motcua/contract';
import { useEventStream } from '../../shared/event-stream.js';
import { formatNumber } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { Alert, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useTitle } from '../../shared/use-title.js';
import { useApi } from '../../shared/use-api.js';
import { CentreHeader } from './managed-centres.js';
import { centreTexts as texts } from './texts.js';

type LiveState = ResponseOf<'/api/v1/centres/{agencyCode}/live'>;
type Counter = LiveState['counters'][number];

const MINUTE_MS = 60_000;

/** The centre's state: read once for the first paint, then each `live` event of its stream replaces it. */
function useCentreLive(agencyCode: string) {
  const path = { agencyCode };
  const first = useApi(apiRead('/api/v1/centres/{agencyCode}/live', { path }));
  const [streamed, setStreamed] = useState<LiveState>();
  const status = useEventStream(first.data ? readUrl(apiRead('/api/v1/centres/{agencyCode}/live/stream', { path })) : null, {
    onEvent: (event, data) => {
      if (event === 'live') setStreamed(data as LiveState);
    },
  });
  return { state: streamed ?? first.data, error: first.error, connected: status === 'live' };
}

/** `08:15`, as the centre's clock shows it. */
const clockTime = (instant: string, language: 'vi' | 'en') =>
  new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(instant));

/**
 * The server's clock now, as the last update told it and the time passed since: minutes waited
 * and served go on counting between updates, even when the server's clock is not the browser's
 * (the demo's runs ahead of it).
 */
function useServerNow(state: LiveState | undefined): number | undefined {
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocalNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const received = useMemo(() => state && { at: Date.parse(state.at), local: Date.now() }, [state]);
  return received && received.at + Math.max(0, localNow - received.local);
}

const minutesSince = (instant: string, now: number) => Math.max(0, Math.floor((now - Date.parse(instant)) / MINUTE_MS));

function CounterStatus({ counter }: { counter: Counter }) {
  const { language, t } = useI18n();
  const badge = { open: 'badge-success', paused: 'badge-warning', closed: 'badge-neutral' }[counter.status];
  return (
    <>
      <span className={`badge ${badge}`}>{t(texts[counter.status])}</span>{' '}
      {counter.status === 'paused' && counter.pauseReason && <span>{t(texts.pausedFor, { reason: counter.pauseReason })} </span>}
      {counter.status !== 'closed' && <span className="muted">{t(texts.sinceTime, { time: clockTime(counter.since, language) })}</span>}
    </>
  );
}

function TicketInHand({ counter, now }: { counter: Counter; now: number }) {
  const { language, t } = useI18n();
  const ticket = counter.current;
  if (!ticket) return <>{t(texts.none)}</>;
  const time = clockTime(ticket.since, language);
  return ticket.status === 'serving' ? (
    <>{t(texts.servingTicket, { number: ticket.number, time, minutes: minutesSince(ticket.since, now) })}</>
  ) : (
    <>{t(texts.calledTicket, { number: ticket.number, count: ticket.callCount, time })}</>
  );
}

function LiveView({ state, now }: { state: LiveState; now: number }) {
  const { language, t } = useI18n();
  const number = (value: number) => formatNumber(value, language);
  const serviceName = new Map(state.services.map((service) => [service.code, service.name]));
  const longest = state.longestWait;
  const summary: Array<[string, string]> = [
    [t(texts.todayIssued), number(state.today.issued)],
    [t(texts.todayServed), number(state.today.served)],
    [t(texts.todayNoShows), number(state.today.noShows)],
    [t(texts.todayWaiting), number(state.today.waiting)],
    [
      t(texts.longestWait),
      longest
        ? t(texts.longestWaitValue, { number: longest.number, service: serviceName.get(longest.service) ?? longest.service, minutes: minutesSince(longest.since, now) })
        : t(texts.nobodyWaits),
    ],
  ];
  return (
    <>
      <dl className="centre-summary">
        {summary.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <h2>{t(texts.countersTitle)}</h2>
      <DataTable
        items={state.counters}
        caption={t(texts.countersCaption)}
        stackOnPhone
        columns={[t(texts.counter), t(texts.status), t(texts.officer), t(texts.ticketInHand), t(texts.services)]}
        row={(counter) => (
          <tr key={counter.number}>
            <th scope="row" data-label={t(texts.counter)}>
              {counter.name || counter.number}
              {counter.priority && <span className="muted"> ({t(texts.priorityCounter)})</span>}
            </th>
            <td data-label={t(texts.status)}>
              <CounterStatus counter={counter} />
            </td>
            <td data-label={t(texts.officer)}>{counter.officer ?? t(texts.none)}</td>
            <td data-label={t(texts.ticketInHand)}>
              <TicketInHand counter={counter} now={now} />
            </td>
            <td data-label={t(texts.services)}>{counter.services.map((code) => serviceName.get(code) ?? code).join(', ')}</td>
          </tr>
        )}
      />

      <h2>{t(texts.waitingTitle)}</h2>
      <DataTable
        items={state.services}
        caption={t(texts.waitingCaption)}
        stackOnPhone
        columns={[t(texts.service), t(texts.waiting), t(texts.longestMinutes), t(texts.openCounters)]}
        row={(service) => (
          <tr key={service.code}>
            <th scope="row" data-label={t(texts.service)}>
              {service.prefix} · {service.name}
            </th>
            <td data-label={t(texts.waiting)} className="number">
              {number(service.waiting)}
            </td>
            <td data-label={t(texts.longestMinutes)} className="number">
              {service.waitingSince ? number(minutesSince(service.waitingSince, now)) : t(texts.none)}
            </td>
            <td data-label={t(texts.openCounters)} className="number">
              {service.openCounters === 0 && service.waiting > 0 ? <strong>{t(texts.noOpenCounter)}</strong> : number(service.openCounters)}
            </td>
          </tr>
        )}
      />
    </>
  );
}

/**
 * `/can-bo/trung-tam/:agencyCode`: the centre as it is now, for its managers: today's tickets,
 * each counter (open, paused or closed, who sits there, the ticket they called or serve), how many
 * wait for each service and for how long, kept up to date by the centre's live stream.
 */
export function CentreLivePage() {
  const { agencyCode = '' } = useParams();
  // Another centre starts afresh: nothing of the one before stays on screen.
  return <CentreLive key={agencyCode} agencyCode={agencyCode} />;
}

function CentreLive({ agencyCode }: { agencyCode: string }) {
  const { language, t } = useI18n();
  const live = useCentreLive(agencyCode);
  const now = useServerNow(live.state);
  useTitle(`${t(texts.liveTitle)}${live.state ? ` — ${live.state.centre.name}` : ''}`);
  return (
    <div className="page office-page">
      <CentreHeader agencyCode={agencyCode} title={t(texts.liveTitle)} name={live.state?.centre.name}>
        <p className="live-status" role="status">
          {live.connected ? (
            <>
              <span className="badge badge-success">{t(texts.live)}</span> {live.state && t(texts.updatedAt, { time: clockTime(live.state.at, language) })}
            </>
          ) : (
            live.state && <span className="badge badge-warning">{t(texts.reconnecting)}</span>
          )}
        </p>
      </CentreHeader>
      {live.error?.status === 403 ? (
        <Alert kind="error">
          <p>{t(texts.forbidden)}</p>
        </Alert>
      ) : (
        live.error && <ErrorMessage error={live.error} />
      )}
      {!live.state && !live.error && <Loading />}
      {live.state && now !== undefined && <LiveView state={live.state} now={now} />}
    </div>
  );
}
