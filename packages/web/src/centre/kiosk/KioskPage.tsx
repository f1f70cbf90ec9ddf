import { useEffect, useState } from 'react';
import { apiRead } from '@motcua/contract';
import { type ApiError, api, asApiError, dataOf } from '../../shared/api.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { DeviceGate } from '../DeviceGate.js';
import { type DevicePairing, deviceHeaders } from '../device-token.js';
import type { PairedDeviceDescription } from '../paired-device.js';
import { BookingCheckIn } from './BookingCheckIn.js';
import { DossierLookup } from './DossierLookup.js';
import { type KioskTicket, TicketSlip } from './TicketSlip.js';
import { useScannerTyping } from './scanner.js';
import { kioskTexts as texts } from './texts.js';
import './kiosk.css';

interface Choice {
  code: string;
  name: string;
  nameEn: string;
}

type Screen =
  | { name: 'start' }
  | { name: 'priority'; service: Choice }
  | { name: 'ticket'; ticket: KioskTicket }
  | { name: 'booking' }
  | { name: 'lookup'; scanned?: string };

/** What the start screen offers besides the services. */
const OTHER_ACTIONS: ReadonlyArray<{ label: Text; hint: Text; screen: Screen }> = [
  { label: texts.booked, hint: texts.bookedHint, screen: { name: 'booking' } },
  { label: texts.lookup, hint: texts.lookupHint, screen: { name: 'lookup' } },
];

/** A screen left untouched this long goes back to the start, ready for the next person; a ticket's screen sooner. */
const IDLE_MS = { ticket: 20_000, other: 90_000 } as const;

/**
 * /thiet-bi/ki-ot, the centre's touch-screen kiosk: choose a service, say whether one is entitled
 * to priority, and take the printed ticket; or check a booking in with its code; or look a
 * dossier up by scanning its receipt. No sign-in and no keyboard: the kiosk's pairing proves it.
 */
export function KioskPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  return <DeviceGate kind="kiosk">{({ pairing, device }) => <Kiosk pairing={pairing} device={device} />}</DeviceGate>;
}

function Kiosk({ pairing, device }: { pairing: DevicePairing; device: PairedDeviceDescription }) {
  const { t, language, setLanguage } = useI18n();
  const [screen, setScreen] = useState<Screen>({ name: 'start' });
  const [issue, setIssue] = useState<{ state: 'idle' } | { state: 'issuing' } | { state: 'refused'; error: ApiError }>({ state: 'idle' });
  const services = useApi(apiRead('/api/public/centres/{agencyCode}/services', { path: { agencyCode: pairing.centreCode } }));
  const groups = useApi(apiRead('/api/public/priority-groups', {})).data ?? [];
  const start = () => {
    setIssue({ state: 'idle' });
    setScreen({ name: 'start' });
  };
  useIdleReturn(screen.name === 'start' ? undefined : screen.name === 'ticket' ? IDLE_MS.ticket : IDLE_MS.other, start);
  useScannerTyping(screen.name === 'start', (scanned) => setScreen({ name: 'lookup', scanned }));

  const takeTicket = (service: Choice, priority: string | undefined) => {
    setIssue({ state: 'issuing' });
    dataOf(
      api.POST('/api/public/centres/{agencyCode}/tickets', {
        params: { path: { agencyCode: pairing.centreCode } },
        body: { service: service.code, ...(priority ? { priority } : {}) },
        headers: deviceHeaders(pairing),
      }),
    ).then(
      (ticket) => {
        setIssue({ state: 'idle' });
        setScreen({ name: 'ticket', ticket });
      },
      (error: unknown) => setIssue({ state: 'refused', error: asApiError(error) }),
    );
  };
  const named = (choice: Choice) => (language === 'en' && choice.nameEn ? choice.nameEn : choice.name);

  return (
    <main className="kiosk">
      <header className="kiosk-header">
        <div>
          <p className="kiosk-centre">{device.centre.name}</p>
          <h1>{t(texts.title)}</h1>
        </div>
        <div className="kiosk-row">
          <button type="button" className="kiosk-button kiosk-button-small kiosk-button-secondary" lang={language === 'vi' ? 'en' : 'vi'} onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
            {t(texts.language)}
          </button>
          {document.fullscreenEnabled && !document.fullscreenElement && (
            <button type="button" className="kiosk-button kiosk-button-small kiosk-button-secondary" onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}>
              {t(texts.fullScreen)}
            </button>
          )}
        </div>
      </header>

      {screen.name === 'start' && (
        <>
          <section aria-labelledby="kiosk-services">
            <h2 id="kiosk-services">{t(texts.welcome)}</h2>
            {services.error && <ErrorMessage error={services.error} onRetry={services.reload} />}
            {services.loading && !services.data && <Loading />}
            {services.data?.length === 0 && <p>{t(texts.noServices)}</p>}
            <ul className="kiosk-choices">
              {services.data?.map((service) => (
                <li key={service.code}>
                  <button type="button" className="kiosk-choice" onClick={() => (groups.length > 0 ? setScreen({ name: 'priority', service }) : takeTicket(service, undefined))}>
                    <span className="kiosk-choice-prefix" aria-hidden="true">
                      {service.prefix}
                    </span>
                    {named(service)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section aria-label={t(texts.otherActions)}>
            <ul className="kiosk-choices kiosk-choices-other">
              {OTHER_ACTIONS.map(({ label, hint, screen: next }) => (
                <li key={next.name}>
                  <button type="button" className="kiosk-choice kiosk-choice-other" onClick={() => setScreen(next)}>
                    {t(label)}
                    <span className="kiosk-choice-hint">{t(hint)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}

      {screen.name === 'priority' && (
        <section className="kiosk-panel" aria-labelledby="kiosk-priority">
          <h2 id="kiosk-priority">{t(texts.priorityTitle)}</h2>
          <p>{t(texts.priorityLead)}</p>
          <ul className="kiosk-choices">
            {groups.map((group) => (
              <li key={group.code}>
                <button type="button" className="kiosk-choice" disabled={issue.state === 'issuing'} onClick={() => takeTicket(screen.service, group.code)}>
                  {named(group)}
                </button>
              </li>
            ))}
            <li>
              <button type="button" className="kiosk-choice kiosk-choice-plain" disabled={issue.state === 'issuing'} onClick={() => takeTicket(screen.service, undefined)}>
                {t(texts.noPriority)}
              </button>
            </li>
          </ul>
        </section>
      )}

      {issue.state === 'issuing' && <p role="status">{t(texts.issuing)}</p>}
      {issue.state === 'refused' && <ErrorMessage error={issue.error} />}

      {screen.name === 'ticket' && (
        <TicketSlip
          ticket={screen.ticket}
          centreName={device.centre.name}
          priorityName={groups.find((group) => group.code === screen.ticket.priorityGroup)?.[language === 'en' ? 'nameEn' : 'name']}
          onDone={start}
        />
      )}
      {screen.name === 'booking' && <BookingCheckIn pairing={pairing} onTicket={(ticket) => setScreen({ name: 'ticket', ticket })} />}
      {screen.name === 'lookup' && <DossierLookup pairing={pairing} scanned={screen.scanned} />}

      {screen.name !== 'start' && screen.name !== 'ticket' && (
        <p className="kiosk-back">
          <button type="button" className="kiosk-button kiosk-button-secondary" onClick={start}>
            {screen.name === 'priority' ? t(texts.back) : t(texts.home)}
          </button>
        </p>
      )}
    </main>
  );
}

/** After `ms` without a touch or a key, `onIdle`; undefined keeps the screen. */
function useIdleReturn(ms: number | undefined, onIdle: () => void): void {
  useEffect(() => {
    if (ms === undefined) return;
    let timer = setTimeout(onIdle, ms);
    const touched = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, ms);
    };
    document.addEventListener('pointerdown', touched);
    document.addEventListener('keydown', touched);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', touched);
      document.removeEventListener('keydown', touched);
    };
  }, [ms]);
}
