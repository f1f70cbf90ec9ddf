import { useRef, useState } from 'react';
import { formatNumber } from '../../shared/format.js';
import { useEventStream } from '../../shared/event-stream.js';
import { useI18n } from '../../shared/i18n.js';
import { useTitle } from '../../shared/use-title.js';
import { Clock } from '../Clock.js';
import { DeviceGate } from '../DeviceGate.js';
import { type DevicePairing, deviceHeaders } from '../device-token.js';
import { useAnnouncer } from './announcer.js';
import { type Board, boardAfter } from './board-state.js';
import { boardTexts as texts } from './texts.js';
import './board.css';

/**
 * /thiet-bi/bang-goi-so, the centre's TV: the numbers called and the counters to go to, the last
 * calls and the people waiting per service, live from the board's stream, with a chime and the
 * call spoken in Vietnamese. It runs unattended: after a drop it reconnects and starts again from
 * the server's snapshot.
 */
export function BoardPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  return <DeviceGate kind="board">{({ pairing }) => <LiveBoard pairing={pairing} />}</DeviceGate>;
}

function LiveBoard({ pairing }: { pairing: DevicePairing }) {
  const { t, language } = useI18n();
  const [board, setBoard] = useState<Board>();
  // Events come one at a time: the board they apply to is the one the last event left.
  const shown = useRef<Board>(undefined);
  const announcer = useAnnouncer();
  const status = useEventStream(`/api/public/centres/${encodeURIComponent(pairing.centreCode)}/board/stream`, {
    headers: deviceHeaders(pairing),
    onEvent(event, data) {
      const next = boardAfter(shown.current, event, data);
      shown.current = next.board;
      setBoard(next.board);
      if (next.announce) announcer.announce(next.announce);
    },
  });
  const latest = board?.calling[0];
  return (
    <main className="board" id="main">
      <header className="board-header">
        <h1>
          {t(texts.title)} <span className="board-centre">{board?.centre.name}</span>
        </h1>
        <Clock className="board-clock" />
      </header>
      {status !== 'live' && (
        <p className={`board-connection board-connection-${status}`} role="status">
          {t(status === 'refused' ? texts.refused : status === 'connecting' ? texts.connecting : texts.reconnecting)}
        </p>
      )}
      {announcer.soundBlocked && (
        <p className="board-sound">
          {t(texts.soundBlocked)}{' '}
          <button type="button" className="board-sound-button" onClick={announcer.enableSound}>
            {t(texts.enableSound)}
          </button>
        </p>
      )}
      {board && (
        <div className="board-body">
          <section className="board-now" aria-labelledby="board-now-title">
            <h2 id="board-now-title">{t(texts.nowCalling)}</h2>
            <div aria-live="polite" aria-atomic="true">
              {latest ? (
                <p className="board-latest" key={`${latest.number}-${latest.calledAt}`}>
                  <span className="board-latest-number">{latest.number}</span>
                  <span className="board-latest-counter">{t(texts.toCounter, { counter: latest.counter })}</span>
                </p>
              ) : (
                <p className="board-empty">{t(texts.nobodyCalled)}</p>
              )}
            </div>
            {board.calling.length > 1 && (
              <table className="board-calling">
                <caption>{t(texts.calling)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(texts.number)}</th>
                    <th scope="col">{t(texts.counter)}</th>
                    <th scope="col">{t(texts.service)}</th>
                  </tr>
                </thead>
                <tbody>
                  {board.calling.slice(1).map((call) => (
                    <tr key={call.counter}>
                      <td className="board-number">{call.number}</td>
                      <td className="board-number">{call.counter}</td>
                      <td>{language === 'en' && call.service.nameEn ? call.service.nameEn : call.service.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <div className="board-side">
            <section aria-labelledby="board-last-title">
              <h2 id="board-last-title">{t(texts.lastCalls)}</h2>
              <ol className="board-last">
                {board.lastCalls.map((call) => (
                  <li key={`${call.number}-${call.calledAt}`}>
                    <span className="board-number">{call.number}</span> <span>{t(texts.toCounter, { counter: call.counter })}</span>
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="board-waiting-title">
              <h2 id="board-waiting-title">{t(texts.waiting)}</h2>
              <ul className="board-waiting">
                {board.waiting.map((service) => (
                  <li key={service.code}>
                    <span className="board-prefix">{service.prefix}</span>
                    <span className="board-service">{language === 'en' && service.nameEn ? service.nameEn : service.name}</span>
                    <strong>{t(texts.people, { count: formatNumber(service.count, language) })}</strong>
                  </li>
                ))}
              </ul>
              {!announcer.speaks && <p className="board-note">{t(texts.noVoice)}</p>}
            </section>
          </div>
        </div>
      )}
    </main>
  );
}
