import { useState } from 'react';
import { useNavigate } from 'react-router';
import { apiRead, readUrl } from '@motcua/contract';
import { api, asApiError, dataOf } from '../../shared/api.js';
import { useEventStream } from '../../shared/event-stream.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { useKeyboardShortcuts } from '../../shared/keyboard-shortcuts.js';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.js';
import { ActionStatus, Alert, useErrorText } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { BUTTON_LABELS, type CurrentTicket, DESK_SHORTCUTS, type DeskAction, type DirectAction, type OpenDesk, TICKET_ENDPOINTS, offered } from './desk-actions.js';
import { IssueForm, PauseForm, TransferForm } from './DeskForms.js';
import { counterTexts as texts } from './texts.js';

type OpenForm = 'pause' | 'transfer' | 'issue' | 'close';
type Outcome = { kind: 'success' | 'warning'; text: string };

/** The page of an open (or paused) counter: the ticket in hand, its actions with their keys, the waiting counts. */
export function CounterDesk({ desk, reload }: { desk: OpenDesk; reload(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { counter, current } = desk;
  const [form, setForm] = useState<OpenForm>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  // The board's stream says when anyone is called or the counts change: the desk is read again then.
  const boardStream = readUrl(apiRead('/api/public/centres/{agencyCode}/board/stream', { path: { agencyCode: counter.centre.agencyCode } }));
  const stream = useEventStream(boardStream, { onEvent: reload });

  /** A request of the desk; what it did (or why it was refused) is said beside the buttons. */
  async function send(request: () => Promise<string>) {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome({ kind: 'success', text: await request() });
    } catch (caught) {
      setOutcome({ kind: 'warning', text: errorText(asApiError(caught)) });
    }
    setBusy(false);
    reload();
  }

  const confirmations: Record<DirectAction, (ticket: CurrentTicket) => string> = {
    callNext: (ticket) => t(texts.called, { number: ticket.number }),
    recall: (ticket) => t(texts.recalled, { number: ticket.number, count: ticket.callCount }),
    start: (ticket) => t(texts.started, { number: ticket.number }),
    noShow: (ticket) => t(texts.markedNoShow, { number: ticket.number }),
    finish: (ticket) => t(texts.finished, { number: ticket.number }),
  };
  const direct = (action: DirectAction) =>
    send(async () => {
      const answer = await dataOf(api.POST(TICKET_ENDPOINTS[action]));
      // The answer holds the ticket as the action left it; a finished or absent one is no longer in hand.
      return confirmations[action](answer.current ?? current!);
    });
  const resume = () =>
    send(async () => {
      await dataOf(api.POST('/api/v1/counters/mine/resume'));
      return t(texts.resumed);
    });

  const formDone = (message: string) => {
    setForm(undefined);
    setOutcome({ kind: 'success', text: message });
    reload();
  };

  function take(action: DeskAction): boolean {
    if (busy || !offered(action, desk)) return false;
    setOutcome(undefined);
    if (action === 'receive') void navigate(`/can-bo/tiep-nhan?phieu=${encodeURIComponent(current!.id)}`);
    else if (action === 'pause' && counter.status === 'paused') void resume();
    else if (action === 'pause' || action === 'transfer' || action === 'issue' || action === 'close') setForm(action);
    else void direct(action);
    return true;
  }
  useKeyboardShortcuts(DESK_SHORTCUTS, take);

  const button = (action: DeskAction, primary = false) => (
    <button
      key={action}
      type="button"
      className={primary ? 'button' : 'button button-secondary'}
      disabled={busy || !offered(action, desk)}
      aria-keyshortcuts={DESK_SHORTCUTS[action]}
      onClick={() => take(action)}
    >
      {action === 'pause' && counter.status === 'paused' ? t(texts.resume) : t(BUTTON_LABELS[action])}
      <kbd className="shortcut-hint" aria-hidden="true">
        {DESK_SHORTCUTS[action]}
      </kbd>
    </button>
  );

  return (
    <>
      <h1 className="counter-title">
        {t(texts.counterHeading, { number: counter.number })}
        <span className="muted counter-centre">
          {counter.name && `${counter.name} · `}
          {counter.centre.name}
        </span>
      </h1>
      <p className="counter-status">
        <span className={`badge ${counter.status === 'open' ? 'badge-success' : 'badge-warning'}`}>
          {counter.status === 'open' ? t(texts.statusOpen) : t(texts.statusPaused, { reason: counter.pauseReason })}
        </span>{' '}
        {counter.priority && <span className="badge badge-info">{t(texts.priorityCounter)}</span>}
      </p>
      <div className="counter-layout">
        <section className="card counter-current" aria-labelledby="counter-current">
          <h2 id="counter-current">{t(texts.currentTitle)}</h2>
          {current ? <TicketInHand ticket={current} callsBeforeNoShow={counter.callsBeforeNoShow} /> : <p>{t(texts.noCurrent)}</p>}
          <div className="counter-buttons" role="group" aria-label={t(texts.actionsLabel)}>
            {button('callNext', current === null)}
            {button('recall')}
            {button('start', current?.status === 'called')}
            {button('receive', current?.status === 'serving')}
            {button('transfer')}
            {button('noShow')}
            {button('finish')}
          </div>
          <ActionStatus kind={outcome?.kind} message={outcome?.text} />
          <p className="muted small">{t(texts.shortcutsHint)}</p>
        </section>
        <section className="card counter-waiting" aria-labelledby="counter-waiting">
          <h2 id="counter-waiting">{t(texts.waitingTitle)}</h2>
          {stream === 'reconnecting' && (
            <Alert kind="warning">
              <p>{t(texts.reconnecting)}</p>
            </Alert>
          )}
          <table className="table-compact">
            <caption className="muted small">{t(texts.waitingCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(texts.service)}</th>
                <th scope="col">{t(texts.waiting)}</th>
              </tr>
            </thead>
            <tbody>
              {counter.services.map((service) => (
                <tr key={service.code}>
                  <th scope="row">
                    <span className="mono">{service.prefix}</span> {service.name}
                  </th>
                  <td>{t(texts.waitingCount, { count: service.waiting })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="counter-buttons" role="group" aria-label={t(texts.counterActionsLabel)}>
            {button('issue')}
            {button('pause')}
            {button('close')}
          </div>
        </section>
      </div>
      {form === 'pause' && <PauseForm onDone={formDone} onCancel={() => setForm(undefined)} />}
      {form === 'transfer' && current && <TransferForm desk={desk} ticket={current} onDone={formDone} onCancel={() => setForm(undefined)} />}
      {form === 'issue' && <IssueForm desk={desk} onDone={formDone} onCancel={() => setForm(undefined)} />}
      <ConfirmDialog
        open={form === 'close'}
        title={t(texts.close)}
        confirmLabel={t(texts.close)}
        busy={busy}
        onCancel={() => setForm(undefined)}
        onConfirm={() =>
          void send(async () => {
            await dataOf(api.POST('/api/v1/counters/mine/close'));
            setForm(undefined);
            return t(texts.closed);
          })
        }
      >
        <p>{t(texts.closeConfirm)}</p>
      </ConfirmDialog>
    </>
  );
}

function TicketInHand({ ticket, callsBeforeNoShow }: { ticket: CurrentTicket; callsBeforeNoShow: number }) {
  const { t, language } = useI18n();
  const when = (value: string | null) => formatDateTime(value, language);
  const groups = useApi(ticket.priorityGroup ? apiRead('/api/public/priority-groups') : null).data;
  const group = groups?.find((item) => item.code === ticket.priorityGroup);
  return (
    <div className="counter-ticket">
      <p className="counter-ticket-number">{ticket.number}</p>
      <p>{t(texts.ticketService, { service: ticket.service.name })}</p>
      {ticket.bookingCode && (
        <p>
          {t(texts.ticketBooking)} <strong className="mono">{ticket.bookingCode}</strong>
        </p>
      )}
      <p>
        {ticket.status === 'serving'
          ? t(texts.ticketServing, { time: when(ticket.servingStartedAt) })
          : t(texts.ticketCalled, { count: ticket.callCount, time: when(ticket.calledAt) })}
      </p>
      <p className="muted small">
        {t(texts.ticketIssued, { time: when(ticket.issuedAt) })}
        {ticket.priorityGroup && ` · ${t(texts.ticketPriority, { group: group ? (language === 'en' ? group.nameEn : group.name) : ticket.priorityGroup })}`}
      </p>
      {ticket.status === 'called' && ticket.callCount < callsBeforeNoShow && <p className="muted small">{t(texts.noShowAfter, { count: callsBeforeNoShow })}</p>}
    </div>
  );
}
