import { type FormEvent, type ReactNode, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { addDays, vietnamDate } from '@motcua/core';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import type { Loaded } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { CentreHeader } from './managed-centres.js';
import { centreTexts as texts } from './texts.js';

/** A period of centre days, both included. */
export type Period = { from: string; to: string };

/**
 * The centre of the address and the period in it (`?from=…&to=…`, or the `days` days up to
 * today): the period lives in the address, so that a manager can bookmark or send it.
 */
export function useCentrePeriod(days: number) {
  const { agencyCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const today = vietnamDate(new Date());
  const period: Period = { from: params.get('from') || addDays(today, 1 - days), to: params.get('to') || today };
  return { agencyCode, params, period, apply: (next: Period & Record<string, string>) => setParams(new URLSearchParams(next)) };
}

/** The form choosing the period, and whatever else the page is read by (`more`: further fields of the draft). */
export function PeriodForm<P extends Period>({
  label,
  applied,
  onApply,
  more,
}: {
  label: string;
  applied: P;
  onApply(period: P): void;
  more?: (draft: P, set: (changes: Partial<P>) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(applied);
  const set = (changes: Partial<P>) => setDraft((previous) => ({ ...previous, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="card" aria-label={label} onSubmit={submit}>
      <div className="filter-grid">
        <Field label={t(texts.from)}>
          <input type="date" name="from" required value={draft.from} onChange={(event) => set({ from: event.target.value } as Partial<P>)} />
        </Field>
        <Field label={t(texts.to)}>
          <input type="date" name="to" required value={draft.to} onChange={(event) => set({ to: event.target.value } as Partial<P>)} />
        </Field>
        {more?.(draft, set)}
      </div>
      <button type="submit" className="button">
        {t(texts.show)}
      </button>
    </form>
  );
}

/**
 * A centre's managers' page of a period: its heading and title, what it shows, the period's form,
 * a refusal to whoever may not see the centre, and the answer once read.
 */
export function CentrePeriodPage<T>({
  agencyCode,
  title,
  name,
  intro,
  forbidden,
  form,
  answer,
  children,
}: {
  agencyCode: string;
  title: string;
  name: string | undefined;
  intro: string;
  forbidden: string;
  form: ReactNode;
  answer: Loaded<T>;
  children(data: T): ReactNode;
}) {
  useTitle(name ? `${title} — ${name}` : title);
  return (
    <div className="page office-page">
      <CentreHeader agencyCode={agencyCode} title={title} name={name} />
      <p className="muted">{intro}</p>
      {form}
      {answer.error?.status === 403 ? (
        <Alert kind="error">
          <p>{forbidden}</p>
        </Alert>
      ) : (
        answer.error && <ErrorMessage error={answer.error} onRetry={answer.reload} />
      )}
      {answer.loading && !answer.data && <Loading />}
      {answer.data && children(answer.data)}
    </div>
  );
}
