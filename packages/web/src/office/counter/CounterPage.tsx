import { type FormEvent, useState } from 'react';
import { apiRead } from '@motcua/contract';
import { api, asApiError, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { Alert, ErrorMessage, Loading, useErrorText } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { CounterDesk } from './CounterDesk.js';
import type { Desk } from './desk-actions.js';
import { counterTexts as texts } from './texts.js';

/** The officer's counter (/can-bo/quay): open one, then call, serve, transfer and receive from tickets. */
export function CounterPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  useTitle(t(texts.title));
  const serves = (officer?.receptionDeskIds.length ?? 0) > 0;
  const desk = useApi(serves ? apiRead('/api/v1/counters/mine') : null);

  if (!serves) {
    return (
      <div className="page narrow">
        <h1>{t(texts.title)}</h1>
        <Alert kind="warning">
          <p>{t(texts.notServer)}</p>
        </Alert>
      </div>
    );
  }
  const { data } = desk;
  return (
    <div className="page office-page counter-page">
      {desk.error && <ErrorMessage error={desk.error} onRetry={desk.reload} />}
      {!data && desk.loading && <Loading />}
      {data &&
        (data.counter ? <CounterDesk desk={{ ...data, counter: data.counter }} reload={desk.reload} /> : <OpenCounter desk={data} onOpened={desk.reload} />)}
    </div>
  );
}

/** A closed counter: the officer picks the one they sit at (a taken one says who has it). */
function OpenCounter({ desk, onOpened }: { desk: Desk; onOpened(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [choice, setChoice] = useState(() => {
    const free = desk.openable.find((counter) => counter.occupiedBy === null);
    return free ? `${free.agencyCode}/${free.number}` : '';
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function open(event: FormEvent) {
    event.preventDefault();
    const chosen = desk.openable.find((counter) => `${counter.agencyCode}/${counter.number}` === choice);
    if (!chosen || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await dataOf(api.POST('/api/v1/centres/{agencyCode}/counters/{number}/open', { params: { path: { agencyCode: chosen.agencyCode, number: chosen.number } } }));
      onOpened();
    } catch (caught) {
      setError(errorText(asApiError(caught)));
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t(texts.title)}</h1>
      <section className="card counter-open" aria-labelledby="counter-open">
        <h2 id="counter-open">{t(texts.openTitle)}</h2>
        {desk.openable.length === 0 ? (
          <p>{t(texts.noCounter)}</p>
        ) : (
          <form onSubmit={(event) => void open(event)} noValidate>
            <p className="muted">{t(texts.openIntro)}</p>
            <Field label={t(texts.counterChoice)} error={error}>
              <select name="counter" value={choice} onChange={(event) => setChoice(event.target.value)}>
                {desk.openable.map((counter) => {
                  const names = { centre: counter.centreName, number: counter.number, name: counter.name ? `(${counter.name})` : '' };
                  return (
                    <option key={`${counter.agencyCode}/${counter.number}`} value={`${counter.agencyCode}/${counter.number}`}>
                      {counter.occupiedBy ? t(texts.occupiedOption, { ...names, officer: counter.occupiedBy }) : t(texts.counterOption, names)}
                    </option>
                  );
                })}
              </select>
            </Field>
            <button type="submit" className="button" disabled={busy || !choice}>
              {t(texts.open)}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
