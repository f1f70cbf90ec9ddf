import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, Loading, useErrorText } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { ErrorSummary, type FieldErrors } from './ErrorSummary.js';
import { safeNextPath } from './navigation.js';
import { type Citizen, useCitizenSession } from './session.js';
import { signInTexts as texts } from './texts.js';

export function SignInPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { citizen, setCitizen } = useCitizenSession();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  useTitle(t(texts.title));

  const nextParam = search.get('next');
  const next = safeNextPath(nextParam);
  if (citizen === undefined) return <Loading />;
  // Already signed in (e.g. the back button after signing in): nothing to do here.
  if (citizen && !busy) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!login.trim()) found.login = t(texts.loginMissing);
    if (!password) found.password = t(texts.passwordMissing);
    setErrors(found);
    setGeneral(undefined);
    if (Object.keys(found).length > 0) {
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    try {
      const answer = await api<{ citizen: Citizen }>('POST', '/api/citizen/login', { login: login.trim(), password });
      setCitizen(answer.citizen);
      navigate(next, { replace: true });
    } catch (failure) {
      // Wrong credentials and rate limits name no field: the server's message says it all.
      setGeneral(failure instanceof ApiError ? errorText(failure) : String(failure));
      setPassword('');
      setAttempt((value) => value + 1);
      setBusy(false);
    }
  }

  const registerTarget = nextParam ? `/dang-ky?next=${encodeURIComponent(next)}` : '/dang-ky';
  return (
    <div className="page narrow">
      <h1>{t(texts.title)}</h1>
      {nextParam ? <Alert kind="info">{t(texts.needSignIn)}</Alert> : <p>{t(texts.intro)}</p>}
      <ErrorSummary errors={errors} general={general} attempt={attempt} />
      <form className="card citizen-account-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field label={t(texts.login)} error={errors.login} required>
          <input name="login" type="text" inputMode="email" autoComplete="username" value={login} onChange={(event) => setLogin(event.target.value)} />
        </Field>
        <Field label={t(texts.password)} error={errors.password} required>
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t(texts.submitting) : t(texts.submit)}
        </button>
      </form>
      <p>
        {t(texts.noAccount)} <Link to={registerTarget}>{t(texts.registerLink)}</Link>
      </p>
    </div>
  );
}
