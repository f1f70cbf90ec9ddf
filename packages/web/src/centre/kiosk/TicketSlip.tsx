import type { components } from '@motcua/contract';
import { useEffect } from 'react';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { QrCode } from '../../shared/ui/QrCode.js';
import { kioskTexts as texts } from './texts.js';

/** A ticket as the kiosk gets it, issued for a service or for a booking checked in. */
export type KioskTicket = components['schemas']['IssuedTicket'];

/** The phone page that follows the ticket, as an address a phone's camera opens. */
const followAddress = (ticket: KioskTicket) => new URL(ticket.followUrl, window.location.origin).href;

/**
 * The ticket just issued: shown large on the screen and printed at once on the kiosk's 80 mm
 * receipt printer (kiosk.css gives the print its page), with the number, service, people ahead,
 * estimated wait, time and the QR code of the follow page.
 */
export function TicketSlip({ ticket, centreName, priorityName, onDone }: { ticket: KioskTicket; centreName: string; priorityName: string | undefined; onDone(): void }) {
  const { t, language } = useI18n();
  useEffect(() => {
    window.print();
  }, [ticket]);
  const service = language === 'en' && ticket.service.nameEn ? ticket.service.nameEn : ticket.service.name;
  const wait = ticket.estimatedWaitMinutes > 0 ? t(texts.wait, { minutes: ticket.estimatedWaitMinutes }) : t(texts.noWait);
  const facts = (
    <>
      <p className="kiosk-ticket-service">{t(texts.ticketService, { service })}</p>
      {priorityName && <p>{t(texts.ticketPriority, { group: priorityName })}</p>}
      <p>{t(texts.ahead, { count: ticket.ahead })}</p>
      <p>{wait}</p>
      <p>{t(texts.issuedAt, { time: formatDateTime(ticket.issuedAt, language) })}</p>
    </>
  );
  return (
    <>
      <section className="kiosk-ticket" aria-labelledby="kiosk-ticket-title">
        <h2 id="kiosk-ticket-title">{t(texts.ticketTitle)}</h2>
        <p className="kiosk-ticket-number">{ticket.number}</p>
        {facts}
        <p role="status">{t(texts.printing)}</p>
        <div className="kiosk-row">
          <button type="button" className="kiosk-button" onClick={onDone}>
            {t(texts.done)}
          </button>
          <button type="button" className="kiosk-button kiosk-button-secondary" onClick={() => window.print()}>
            {t(texts.printAgain)}
          </button>
        </div>
      </section>
      <section className="kiosk-slip">
        <p className="kiosk-slip-centre">{centreName}</p>
        <p className="kiosk-slip-heading">{t(texts.ticketTitle)}</p>
        <p className="kiosk-slip-number">{ticket.number}</p>
        {facts}
        <QrCode className="kiosk-slip-qr" value={followAddress(ticket)} label={t(texts.followQr, { number: ticket.number })} />
        <p className="kiosk-slip-follow">{t(texts.follow)}</p>
      </section>
    </>
  );
}
