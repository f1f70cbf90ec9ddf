import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { apiRead } from '@motcua/contract';
import { api, asApiError, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { useErrorText } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { SubmitOrCancel } from '../../shared/ui/SubmitOrCancel.js';
import { useApi } from '../../shared/use-api.js';
import type { CurrentTicket, OpenDesk } from './desk-actions.js';
import { counterTexts as texts } from './texts.js';

/** What a form tells the desk when its request succeeded: the confirmation to show. */
type Done = (message: string) => void;

/**
 * A small form of the desk, in the page below the buttons: its first control takes the focus,
 * Escape or Cancel closes it, and a refusal is said next to the control it concerns.
 */
function DeskForm({ id, title, submitLabel, onSubmit, onCancel, children }: {
  id: string;
  title: string;
  submitLabel: string;
  onSubmit(): Promise<void>;
  onCancel(): void;
  children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    await onSubmit();
    setBusy(false);
  }
  return (
    <form
      ref={ref}
      className="card desk-form"
      aria-labelledby={id}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={id}>{title}</h2>
      {children}
      <SubmitOrCancel label={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/** Runs a request; its refusal, in the reader's language, goes to `fail`. */
function useAttempt(fail: (message: string) => void) {
  const errorText = useErrorText();
  return async (request: () => Promise<void>) => {
    try {
      await request();
    } catch (caught) {
      fail(errorText(asApiError(caught)));
    }
  };
}

export function PauseForm({ onDone, onCancel }: { onDone: Done; onCancel(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const attempt = useAttempt(setError);
  return (
    <DeskForm
      id="desk-pause"
      title={t(texts.pauseTitle)}
      submitLabel={t(texts.confirmPause)}
      onCancel={onCancel}
      onSubmit={() =>
        reason.trim()
          ? attempt(async () => {
              await dataOf(api.POST('/api/v1/counters/mine/pause', { body: { reason: reason.trim() } }));
              onDone(t(texts.paused));
            })
          : Promise.resolve(setError(t(texts.pauseReasonMissing)))
      }
    >
      <Field label={t(texts.pauseReason)} hint={t(texts.pauseReasonHint)} error={error} required>
        <input name="reason" maxLength={200} value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
    </DeskForm>
  );
}

/** The centre's services, to transfer to or issue a ticket for. */
const useCentreServices = (desk: OpenDesk) => useApi(apiRead('/api/public/centres/{agencyCode}/services', { path: { agencyCode: desk.counter.centre.agencyCode } })).data ?? [];

/** The centre's services as a list's choices, each by its ticket prefix and name. */
function ServiceChoices({ services }: { services: ReadonlyArray<{ code: string; name: string; prefix: string }> }) {
  return services.map((item) => (
    <option key={item.code} value={item.code}>
      {item.prefix} — {item.name}
    </option>
  ));
}

export function TransferForm({ desk, ticket, onDone, onCancel }: { desk: OpenDesk; ticket: CurrentTicket; onDone: Done; onCancel(): void }) {
  const { t } = useI18n();
  const services = useCentreServices(desk);
  const counters = desk.openable.filter((counter) => counter.agencyCode === desk.counter.centre.agencyCode);
  const [service, setService] = useState('');
  const [counter, setCounter] = useState('');
  const [error, setError] = useState<string>();
  const attempt = useAttempt(setError);
  return (
    <DeskForm
      id="desk-transfer"
      title={t(texts.transferTitle, { number: ticket.number })}
      submitLabel={t(texts.confirmTransfer)}
      onCancel={onCancel}
      onSubmit={() =>
        service || counter
          ? attempt(async () => {
              const body = { ...(service ? { service } : {}), ...(counter ? { counter: Number(counter) } : {}) };
              await dataOf(api.POST('/api/v1/counters/mine/transfer', { body }));
              onDone(t(texts.transferred, { number: ticket.number }));
            })
          : Promise.resolve(setError(t(texts.transferTargetMissing)))
      }
    >
      <p className="muted">{t(texts.transferIntro)}</p>
      <div className="form-grid">
        <Field label={t(texts.transferService)} error={error}>
          <select name="service" value={service} onChange={(event) => setService(event.target.value)}>
            <option value="">{t(texts.sameService)}</option>
            <ServiceChoices services={services.filter((item) => item.code !== ticket.service.code)} />
          </select>
        </Field>
        <Field label={t(texts.transferCounter)}>
          <select name="counter" value={counter} onChange={(event) => setCounter(event.target.value)}>
            <option value="">{t(texts.anyCounter)}</option>
            {counters.map((item) => (
              <option key={item.number} value={item.number}>
                {t(texts.counterHeading, { number: item.number })} {item.name && `(${item.name})`}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </DeskForm>
  );
}

export function IssueForm({ desk, onDone, onCancel }: { desk: OpenDesk; onDone: Done; onCancel(): void }) {
  const { t, language } = useI18n();
  const services = useCentreServices(desk);
  const groups = useApi(apiRead('/api/public/priority-groups')).data ?? [];
  const [service, setService] = useState(desk.counter.services[0]?.code ?? '');
  const [priority, setPriority] = useState('');
  const [error, setError] = useState<string>();
  const attempt = useAttempt(setError);
  return (
    <DeskForm
      id="desk-issue"
      title={t(texts.issueTitle)}
      submitLabel={t(texts.confirmIssue)}
      onCancel={onCancel}
      onSubmit={() =>
        service
          ? attempt(async () => {
              const issued = await dataOf(api.POST('/api/v1/counters/mine/tickets', { body: { service, ...(priority ? { priority } : {}) } }));
              onDone(t(texts.issued, { number: issued.number, service: issued.service.name, ahead: issued.ahead }));
            })
          : Promise.resolve(setError(t(texts.issueServiceMissing)))
      }
    >
      <div className="form-grid">
        <Field label={t(texts.issueService)} error={error} required>
          <select name="service" value={service} onChange={(event) => setService(event.target.value)}>
            <ServiceChoices services={services} />
          </select>
        </Field>
        <Field label={t(texts.issuePriority)}>
          <select name="priority" value={priority} onChange={(event) => setPriority(event.target.value)}>
            <option value="">{t(texts.noPriority)}</option>
            {groups.map((group) => (
              <option key={group.code} value={group.code}>
                {language === 'en' ? group.nameEn : group.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </DeskForm>
  );
}
