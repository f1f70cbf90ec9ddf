import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../shared/api.js';
import { useSecondFactor } from '../shared/accounts/SecondFactorField.js';
import { useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { ErrorMessage } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useTitle } from '../shared/use-title.js';
import { officeTexts as texts } from './texts.js';

/** Shown in place of any back-office page while nobody is signed in. */
export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useOfficerSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const secondFactor = useSecondFactor();
  useTitle(t(texts.signInTitle));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // The session provider now knows the officer, and the back office replaces this page.
      await signIn(username.trim(), password, secondFactor.code);
    } catch (caught) {
      const failure = asApiError(caught);
      if (!secondFactor.asks(failure)) setError(failure);
      setBusy(false);
    }
  }

  return (
    <div className="page narrow">
      <h1>{t(texts.signInTitle)}</h1>
      <p className="muted">{t(texts.signInIntro)}</p>
      <form className="card" onSubmit={(event) => void submit(event)}>
        {error && <ErrorMessage error={error} />}
        <Field label={t(texts.username)} required>
          <input name="username" autoComplete="username" autoFocus value={username} onChange={(event) => setUsername(event.target.value)} />
        </Field>
        <Field label={t(texts.password)} required>
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        </Field>
        {secondFactor.field}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t(texts.signingIn) : t(texts.signIn)}
        </button>
      </form>
    </div>
  );
}
