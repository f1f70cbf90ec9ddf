import { type FormEvent, useState } from 'react';
import { asApiError } from '../shared/api.js';
import { useSecondFactor } from '../shared/accounts/SecondFactorField.js';
import { useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { ErrorMessage } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useTitle } from '../shared/use-title.js';
import { commonTexts, adminTexts as texts } from './texts.js';
import { focusFirstInvalid, useSubmission } from './use-submit.js';

export function SignInForm() {
  const { t } = useI18n();
  useTitle(t(texts.signInTitle));
  const { signIn } = useOfficerSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submission = useSubmission();
  const secondFactor = useSecondFactor();

  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const absent = { username: !username.trim(), password: !password };
    setMissing(absent);
    if (absent.username || absent.password) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    void submission.run(async () => {
      try {
        await signIn(username.trim(), password, secondFactor.code);
      } catch (error) {
        if (!secondFactor.asks(asApiError(error))) throw error;
      }
      return undefined;
    });
  };

  return (
    <div className="page narrow">
      <h1>{t(texts.signInTitle)}</h1>
      <p>{t(texts.signInIntro)}</p>
      <form className="card" onSubmit={submit} noValidate>
        {submission.error && <ErrorMessage error={submission.error} />}
        <Field label={t(texts.username)} required error={missing.username ? t(commonTexts.requiredField, { field: t(texts.username).toLowerCase() }) : undefined}>
          <input autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} autoCapitalize="none" spellCheck={false} />
        </Field>
        <Field label={t(texts.password)} required error={missing.password ? t(commonTexts.requiredField, { field: t(texts.password).toLowerCase() }) : undefined}>
          <input type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        </Field>
        {secondFactor.field}
        <button type="submit" className="button" disabled={submission.busy}>
          {submission.busy ? t(texts.signingIn) : t(texts.signIn)}
        </button>
      </form>
    </div>
  );
}
