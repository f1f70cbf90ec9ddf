import { type AccountRealm, PASSWORD_RULES, passwordProblem } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type ApiError, api, asApiError, dataOf } from '../shared/api.js';
import { accountTexts } from '../shared/accounts/texts.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, ErrorMessage, useErrorText } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { passwordTexts as texts } from './password-texts.js';

const REALM: AccountRealm = 'citizen';

type Step = { kind: 'ask' } | { kind: 'reset'; channel: 'email' | 'sms' } | { kind: 'done' };
type ResetField = 'code' | 'newPassword' | 'repeat';

/**
 * A forgotten password: a code goes to the e-mail or phone typed if an account has it verified (the
 * answer is the same whether or not one has), and the code with a new password sets it; then the
 * citizen signs in.
 */
export function ForgotPasswordPage() {
  const { t, language } = useI18n();
  const errorText = useErrorText();
  useTitle(t(texts.forgotTitle));
  const [step, setStep] = useState<Step>({ kind: 'ask' });
  const [login, setLogin] = useState('');
  const [values, setValues] = useState<Record<ResetField, string>>({ code: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<'login' | ResetField, string>>>({});
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    setFailure(undefined);
    try {
      await action();
    } catch (caught) {
      const error = asApiError(caught);
      const field = error.body.field?.replace(/^body\./, '');
      if (field === 'login' || field === 'code' || field === 'newPassword') setErrors({ [field]: errorText(error) });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const sendCode = (event?: FormEvent) => {
    event?.preventDefault();
    const found = login.trim() ? {} : { login: t(texts.loginMissing) };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void attempt(async () => {
      const { channel } = await dataOf(api.POST('/api/citizen/password-reset', { body: { login: login.trim() } }));
      setStep({ kind: 'reset', channel });
    });
  };

  const reset = (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem(values.newPassword, REALM, [login.trim()]);
    const found = {
      ...(values.code.trim() ? {} : { code: t(texts.codeMissing) }),
      ...(problem ? { newPassword: problem[language] } : {}),
      ...(!problem && values.repeat !== values.newPassword ? { repeat: t(accountTexts.passwordsDiffer) } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void attempt(async () => {
      await api.POST('/api/citizen/password-reset/confirm', { body: { login: login.trim(), code: values.code.trim(), newPassword: values.newPassword } });
      setStep({ kind: 'done' });
    });
  };

  const bind = (name: ResetField) => ({ value: values[name], onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })) });

  return (
    <div className="page narrow">
      <h1>{t(texts.forgotTitle)}</h1>
      {failure && <ErrorMessage error={failure} />}
      {step.kind === 'ask' && (
        <>
          <p>{t(texts.forgotIntro)}</p>
          <form className="card citizen-account-form" noValidate onSubmit={sendCode}>
            <Field label={t(texts.login)} error={errors.login} required>
              <input name="login" type="text" inputMode="email" autoComplete="username" value={login} onChange={(event) => setLogin(event.target.value)} />
            </Field>
            <button type="submit" className="button" disabled={busy}>
              {busy ? t(texts.sending) : t(texts.sendCode)}
            </button>
          </form>
        </>
      )}
      {step.kind === 'reset' && (
        <>
          <Alert kind="info">{t(step.channel === 'email' ? texts.sentByEmail : texts.sentBySms, { login: login.trim() })}</Alert>
          <form className="card citizen-account-form" noValidate onSubmit={reset}>
            <Field label={t(texts.code)} error={errors.code} required>
              <input name="code" autoComplete="one-time-code" inputMode="numeric" maxLength={20} {...bind('code')} />
            </Field>
            <Field label={t(accountTexts.newPassword)} hint={t(accountTexts.newPasswordHint, { min: String(PASSWORD_RULES.minLength[REALM]) })} error={errors.newPassword} required>
              <input name="newPassword" type="password" autoComplete="new-password" maxLength={200} {...bind('newPassword')} />
            </Field>
            <Field label={t(accountTexts.repeatPassword)} error={errors.repeat} required>
              <input name="repeat" type="password" autoComplete="new-password" maxLength={200} {...bind('repeat')} />
            </Field>
            <div className="row">
              <button type="submit" className="button" disabled={busy}>
                {busy ? t(texts.setting) : t(texts.setPassword)}
              </button>
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => sendCode()}>
                {t(texts.sendAgain)}
              </button>
            </div>
          </form>
        </>
      )}
      {step.kind === 'done' && (
        <Alert kind="success">
          <p>{t(texts.done)}</p>
          <p>
            <Link to="/dang-nhap">{t(texts.toSignIn)}</Link>
          </p>
        </Alert>
      )}
    </div>
  );
}
