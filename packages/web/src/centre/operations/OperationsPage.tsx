import type { components } from '@motcua/contract';
import { useCallback, useRef, useState } from 'react';
import { api, dataOf } from '../../shared/api.js';
import { useEventStream } from '../../shared/event-stream.js';
import { formatNumber, formatPercent } from '../../shared/format.js';
import { type Language, useI18n } from '../../shared/i18n.js';
import { useTitle } from '../../shared/use-title.js';
import { Clock } from '../Clock.js';
import { DeviceGate } from '../DeviceGate.js';
import { type DevicePairing, deviceHeaders } from '../device-token.js';
import { operationsTexts as texts } from './texts.js';
import { squarify } from './treemap.js';
import './operations.css';

type Screen = components['schemas']['OperationsScreen'];
type Area = Screen['areas'][number];

/** The days of the areas' period, as the server counts them (the screen says which). */
const dayCount = (recent: Screen['recent']) => Math.round((Date.parse(recent.to) - Date.parse(recent.from)) / 86_400_000) + 1;

/**
 * /thiet-bi/dieu-hanh, the operations centre's wall screen: the day's figures in large numbers, the
 * areas as a tree-map coloured by on-time rate, the centres' queues and the latest events. It
 * runs unattended: its stream says when something changed, and it reads the screen again.
 */
export function OperationsPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  return <DeviceGate kind="operations">{({ pairing }) => <LiveOperations pairing={pairing} />}</DeviceGate>;
}

/** Reads the screen when asked, never two reads at once: a change heard during a read asks for one more after it. */
function useScreen(pairing: DevicePairing) {
  const [screen, setScreen] = useState<Screen>();
  const reading = useRef<'idle' | 'reading' | 'again'>('idle');
  const read = useCallback(async () => {
    if (reading.current !== 'idle') {
      reading.current = 'again';
      return;
    }
    do {
      reading.current = 'reading';
      try {
        setScreen(await dataOf(api.GET('/api/public/devices/operations', { headers: deviceHeaders(pairing) })));
      } catch {
        // The stream's next change, or its reconnection, reads it again; meanwhile the last figures stay, marked with their time.
      }
    } while ((reading.current as string) === 'again');
    reading.current = 'idle';
  }, [pairing]);
  return { screen, read };
}

function LiveOperations({ pairing }: { pairing: DevicePairing }) {
  const { t, language } = useI18n();
  const { screen, read } = useScreen(pairing);
  const status = useEventStream('/api/public/devices/operations/stream', {
    headers: deviceHeaders(pairing),
    onEvent(event) {
      if (event === 'changed') void read();
    },
  });
  return (
    <main className={`operations operations-${status}`} id="main">
      <header className="operations-header">
        <h1>
          {t(texts.title)} <span className="operations-agency">{screen?.agency.name}</span>
        </h1>
        <Clock className="operations-clock" />
      </header>
      {status !== 'live' && (
        <p className={`operations-connection operations-connection-${status}`} role="status">
          {t(status === 'refused' ? texts.refused : status === 'connecting' ? texts.connecting : texts.reconnecting)}
          {screen && status === 'reconnecting' && <> {t(texts.asOf, { time: timeOf(screen.at, language) })}</>}
        </p>
      )}
      {screen && <ScreenBody screen={screen} language={language} />}
    </main>
  );
}

const timeOf = (at: string, language: Language) => new Date(at).toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });

function ScreenBody({ screen, language }: { screen: Screen; language: Language }) {
  const { t } = useI18n();
  const days = dayCount(screen.recent);
  const number = (value: number) => formatNumber(value, language);
  return (
    <div className="operations-body">
      <section className="operations-tiles" aria-label={t(texts.title)}>
        <Tile label={t(texts.receivedToday)} value={number(screen.today.received)} note={t(texts.receivedOnline, { count: number(screen.today.receivedOnline) })} />
        <Tile label={t(texts.finishedToday)} value={number(screen.today.finished)} />
        <Tile label={t(texts.overdueNow)} value={number(screen.open.overdue)} note={t(texts.ofOpen, { count: number(screen.open.total) })} alert={screen.open.overdue > 0} />
        <Tile
          label={t(texts.onTimeRate, { days })}
          value={formatPercent(screen.recent.onTimeRate, language)}
          note={screen.recent.finished === 0 ? t(texts.noneYet) : t(texts.onTimeOf, { count: number(screen.recent.finished) })}
        />
        <Tile
          label={t(texts.onlineShare)}
          value={formatPercent(screen.today.onlineShare, language)}
          note={screen.today.received === 0 ? t(texts.noneYet) : t(texts.receivedOnline, { count: number(screen.today.receivedOnline) })}
        />
      </section>
      <section className="operations-areas" aria-labelledby="operations-areas-title">
        <h2 id="operations-areas-title">{t(texts.areasTitle, { days })}</h2>
        <AreaMap areas={screen.areas} days={days} language={language} />
      </section>
      <div className="operations-side">
        <Queues centres={screen.centres} language={language} />
        <Events events={screen.events} language={language} />
      </div>
    </div>
  );
}

function Tile({ label, value, note, alert = false }: { label: string; value: string; note?: string; alert?: boolean }) {
  return (
    <div className={alert ? 'operations-tile operations-tile-alert' : 'operations-tile'}>
      <p className="operations-tile-label">{label}</p>
      <p className="operations-tile-value">{value}</p>
      {note && <p className="operations-tile-note">{note}</p>}
    </div>
  );
}

/** Four bands of on-time rate, each with its colour and its own pattern, so that the map reads without colour too. */
const BANDS = [
  { key: 'good', from: 0.95, fill: '#1b5e20', pattern: null, legend: texts.legendGood },
  { key: 'fair', from: 0.8, fill: '#8a4b00', pattern: 'operations-lines', legend: texts.legendFair },
  { key: 'poor', from: 0, fill: '#b71c1c', pattern: 'operations-cross', legend: texts.legendPoor },
  { key: 'none', from: null, fill: '#37474f', pattern: 'operations-dots', legend: texts.legendNone },
] as const;

const bandOf = (rate: number | null) => BANDS.find((band) => (band.from === null ? rate === null : rate !== null && rate >= band.from))!;

const MAP = { width: 1000, height: 560 };

function Patterns() {
  return (
    <defs>
      <pattern id="operations-lines" width="16" height="16" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="16" stroke="rgba(255,255,255,0.35)" strokeWidth="5" />
      </pattern>
      <pattern id="operations-cross" width="18" height="18" patternUnits="userSpaceOnUse">
        <path d="M0 0L18 18M18 0L0 18" stroke="rgba(255,255,255,0.3)" strokeWidth="3" />
      </pattern>
      <pattern id="operations-dots" width="14" height="14" patternUnits="userSpaceOnUse">
        <circle cx="7" cy="7" r="2.5" fill="rgba(255,255,255,0.35)" />
      </pattern>
    </defs>
  );
}

/** The areas as a squarified tree-map, sized by dossiers received and coloured by on-time rate, each cell saying its rate. */
function AreaMap({ areas, days, language }: { areas: Area[]; days: number; language: Language }) {
  const { t } = useI18n();
  const cells = squarify(areas.map((area) => ({ value: area.received, item: area })), { x: 0, y: 0, ...MAP });
  const idle = areas.filter((area) => area.received === 0);
  if (cells.length === 0) return <p className="operations-empty">{t(texts.areasEmpty, { days })}</p>;
  const summary = cells
    .map(({ item }) => t(texts.areaSummary, { name: item.name, rate: formatPercent(item.onTimeRate, language), received: formatNumber(item.received, language) }))
    .join('; ');
  return (
    <>
      <svg className="operations-map" viewBox={`0 0 ${MAP.width} ${MAP.height}`} role="img" aria-label={t(texts.areasImage, { summary })}>
        <Patterns />
        {cells.map(({ item, x, y, width, height }) => {
          const band = bandOf(item.onTimeRate);
          // Text sized to the cell: a name and a rate where they fit, the rate alone where only it does.
          const size = Math.max(14, Math.min(60, Math.min(width / 5, height / 3)));
          const showName = width > 120 && height > size * 2.6;
          const showRate = width > size * 2.2 && height > size * 1.2;
          return (
            <g key={item.code} data-area={item.code}>
              <rect x={x} y={y} width={width} height={height} fill={band.fill} stroke="#0d1b2a" strokeWidth="3" />
              {band.pattern && <rect x={x} y={y} width={width} height={height} fill={`url(#${band.pattern})`} />}
              {/* A cell of its own: what does not fit is cut at its edge instead of running over its neighbours. */}
              <svg x={x} y={y} width={width} height={height}>
                {showName && (
                  <text x={10} y={size * 0.9} className="operations-map-name" fontSize={size * 0.55}>
                    {clip(item.name, Math.floor((width - 16) / (size * 0.36)))}
                  </text>
                )}
                {showRate && (
                  <text x={10} y={showName ? size * 2 : size} className="operations-map-rate" fontSize={size}>
                    {formatPercent(item.onTimeRate, language)}
                  </text>
                )}
                {showName && height > size * 3.4 && (
                  <text x={10} y={size * 2.9} className="operations-map-name" fontSize={size * 0.5}>
                    {t(texts.received, { count: formatNumber(item.received, language) })}
                  </text>
                )}
              </svg>
            </g>
          );
        })}
      </svg>
      <Legend />
      {idle.length > 0 && <p className="operations-idle">{t(texts.areasIdle, { days, names: idle.map((area) => area.name).join(', ') })}</p>}
    </>
  );
}

const clip = (text: string, characters: number) => (text.length <= characters ? text : `${text.slice(0, Math.max(1, characters - 1))}…`);

function Legend() {
  const { t } = useI18n();
  return (
    <div className="operations-legend">
      <p className="operations-legend-title">{t(texts.legendTitle)}</p>
      <ul>
        {BANDS.map((band) => (
          <li key={band.key}>
            <svg width="44" height="28" aria-hidden="true">
              <Patterns />
              <rect width="44" height="28" fill={band.fill} />
              {band.pattern && <rect width="44" height="28" fill={`url(#${band.pattern})`} />}
            </svg>
            {t(band.legend)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Queues({ centres, language }: { centres: Screen['centres']; language: Language }) {
  const { t } = useI18n();
  return (
    <section className="operations-queues" aria-labelledby="operations-queues-title">
      <h2 id="operations-queues-title">{t(texts.queuesTitle)}</h2>
      {centres.length === 0 ? (
        <p className="operations-empty">{t(texts.queuesNone)}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(texts.centre)}</th>
              <th scope="col">{t(texts.waiting)}</th>
              <th scope="col">{t(texts.serving)}</th>
              <th scope="col">{t(texts.countersOpen)}</th>
            </tr>
          </thead>
          <tbody>
            {centres.slice(0, 6).map((centre) => (
              <tr key={centre.agencyCode}>
                <th scope="row">{centre.name}</th>
                <td className="operations-count">{formatNumber(centre.waiting, language)}</td>
                <td className="operations-count">{formatNumber(centre.serving, language)}</td>
                <td className="operations-count">{formatNumber(centre.countersOpen, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const EVENT_LABELS = { received: texts.received_event, decided: texts.decided_event, returned: texts.returned_event, overdue: texts.overdue_event } as const;

function Events({ events, language }: { events: Screen['events']; language: Language }) {
  const { t } = useI18n();
  return (
    <section className="operations-events" aria-labelledby="operations-events-title">
      <h2 id="operations-events-title">{t(texts.eventsTitle)}</h2>
      {events.length === 0 ? (
        <p className="operations-empty">{t(texts.eventsNone)}</p>
      ) : (
        <ol>
          {events.slice(0, 7).map((event) => (
            <li key={`${event.kind}-${event.dossierCode}-${event.at}`} className={`operations-event operations-event-${event.kind}`}>
              <span className="operations-event-kind">{t(EVENT_LABELS[event.kind])}</span>
              <time dateTime={event.at}>{timeOf(event.at, language)}</time>
              <span className="operations-event-what">
                {event.procedure} — {event.applicant} — {event.agency}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
