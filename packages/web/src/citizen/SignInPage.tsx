import { useState } from 'react';
import { api, dataOf } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { Alert } from '../shared/ui/feedback.js';
import { AccountFormPage, useAccountForm } from './AccountFormPage.js';
import type { FieldErrors } from '../shared/ui/ErrorSummary.js';
import { Link } from 'react-router';
import { passwordTexts } from './password-texts.js';
import { signInTexts as texts } from './texts.js';

const FORGOT_PASSWORD_PATH = '/quen-mat-khau';

export function SignInPage() {
  const { t } = useI18n();
  const form = useAccountForm();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');

  async function signIn() {
    const found: FieldErrors = {};
    if (!login.trim()) found.login = t(texts.loginMissing);
    if (!password) found.password = t(texts.passwordMissing);
    // Wrong credentials and rate limits name no field: the server's message says it all.
    const signedIn = await form.submit({ found, send: () => dataOf(api.POST('/api/citizen/login', { body: { login: login.trim(), password } })), fields: [] });
    if (!signedIn && Object.keys(found).length === 0) setPassword('');
  }

  return (
    <AccountFormPage
      form={form}
      title={t(texts.title)}
      lead={form.asked ? <Alert kind="info">{t(texts.needSignIn)}</Alert> : <p>{t(texts.intro)}</p>}
      submitLabel={t(texts.submit)}
      busyLabel={t(texts.submitting)}
      other={{ question: t(texts.noAccount), link: t(texts.registerLink), path: '/dang-ky' }}
      onSubmit={signIn}
    >
      <Field label={t(texts.login)} error={form.errors.login} required>
        <input name="login" type="text" inputMode="email" autoComplete="username" value={login} onChange={(event) => setLogin(event.target.value)} />
      </Field>
      <Field label={t(texts.password)} error={form.errors.password} required>
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
      </Field>
      <p>
        <Link to={FORGOT_PASSWORD_PATH}>{t(passwordTexts.forgotLink)}</Link>
      </p>
    </AccountFormPage>
  );
}
