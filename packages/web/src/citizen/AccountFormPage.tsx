import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../shared/api.js';
import { Loading, useErrorText } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { ErrorSummary, type FieldErrors } from '../shared/ui/ErrorSummary.js';
import { safeNextPath } from './navigation.js';
import { type Citizen, useCitizenSession } from './session.js';

/** One attempt at signing in or registering, as `useAccountForm` runs it. */
export interface AccountAttempt {
  /** What the browser found wrong; nothing is sent if anything is. */
  found: FieldErrors;
  /** Sends the form, once the browser has found nothing wrong: the account's citizen, signed in. */
  send(): Promise<{ citizen: Citizen }>;
  /** The form's fields: a refusal that names one is shown there, any other at the top. */
  fields: readonly string[];
  /** Where to go then, given the page asked for (`?next=`); that page itself by default. */
  then?(next: string): string;
}

/**
 * What the sign-in and registration pages share: the session they open, the page to go on to
 * (`?next=`), and the errors of the last attempt. `submit` resolves to false when nothing was
 * sent or the server refused.
 */
export function useAccountForm() {
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { citizen, setCitizen } = useCitizenSession();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const asked = search.get('next') !== null;
  const next = safeNextPath(search.get('next'));

  async function submit({ found, send, fields, then }: AccountAttempt): Promise<boolean> {
    setErrors(found);
    setGeneral(undefined);
    if (Object.keys(found).length > 0) {
      setAttempt((value) => value + 1);
      return false;
    }
    setBusy(true);
    try {
      const answer = await send();
      setCitizen(answer.citizen);
      navigate(then ? then(next) : next, { replace: true });
      return true;
    } catch (failure) {
      const message = failure instanceof ApiError ? errorText(failure) : String(failure);
      const field = failure instanceof ApiError ? failure.body.field?.replace(/^body\./, '') : undefined;
      if (field && fields.includes(field)) setErrors({ [field]: message });
      else setGeneral(message);
      setAttempt((value) => value + 1);
      setBusy(false);
      return false;
    }
  }

  return { citizen, asked, next, errors, general, attempt, busy, submit };
}

export type AccountForm = ReturnType<typeof useAccountForm>;

/**
 * The frame of both pages: the heading, the error summary, the form with its button, and the
 * link to the other page (which keeps `?next=`). A citizen already signed in goes straight on.
 */
export function AccountFormPage({ form, title, lead, submitLabel, busyLabel, other, onSubmit, children }: {
  form: AccountForm;
  title: string;
  lead: ReactNode;
  submitLabel: string;
  busyLabel: string;
  other: { question: string; link: string; path: '/dang-nhap' | '/dang-ky' };
  onSubmit(): Promise<unknown>;
  children: ReactNode;
}) {
  useTitle(title);
  if (form.citizen === undefined) return <Loading />;
  // Already signed in (e.g. the back button after signing in): nothing to do here.
  if (form.citizen && !form.busy) return <Navigate to={form.next} replace />;
  const send = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      {lead}
      <ErrorSummary errors={form.errors} general={form.general} attempt={form.attempt} />
      <form className="card citizen-account-form" noValidate onSubmit={send}>
        {children}
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? busyLabel : submitLabel}
        </button>
      </form>
      <p>
        {other.question} <Link to={form.asked ? `${other.path}?next=${encodeURIComponent(form.next)}` : other.path}>{other.link}</Link>
      </p>
    </div>
  );
}
