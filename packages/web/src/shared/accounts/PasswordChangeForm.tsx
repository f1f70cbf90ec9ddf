import { type AccountRealm, PASSWORD_RULES, passwordProblem } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import { Field } from '../ui/Field.js';
import { ActionStatus, ErrorMessage, useErrorText } from '../ui/feedback.js';
import { accountTexts as texts } from './texts.js';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes the signed-in person's password: the current one, the new one twice. The policy's
 * message shows before anything is sent; the server's refusals show at the field they name.
 */
export function PasswordChangeForm({ realm, personal, send, onChanged }: {
  realm: AccountRealm;
  /** What the new password must not contain (username, e-mail, phone). */
  personal: ReadonlyArray<string | null>;
  send(change: PasswordChange): Promise<unknown>;
  onChanged?(): void;
}) {
  const { t, language } = useI18n();
  const errorText = useErrorText();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof values, string>>>({});
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const bind = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    setDone(false);
    const problem = passwordProblem(values.newPassword, realm, personal);
    const found = {
      ...(values.currentPassword ? {} : { currentPassword: t(texts.currentMissing) }),
      ...(problem ? { newPassword: problem[language] } : {}),
      ...(!problem && values.repeat !== values.newPassword ? { repeat: t(texts.passwordsDiffer) } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await send({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      setValues({ currentPassword: '', newPassword: '', repeat: '' });
      setDone(true);
      onChanged?.();
    } catch (caught) {
      const error = asApiError(caught);
      const field = error.body.field?.replace(/^body\./, '');
      if (field === 'currentPassword' || field === 'newPassword') setErrors({ [field]: errorText(error) });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" noValidate onSubmit={(event) => void submit(event)}>
      {failure && <ErrorMessage error={failure} />}
      <ActionStatus message={done ? t(texts.passwordChanged) : undefined} />
      <Field label={t(texts.currentPassword)} error={errors.currentPassword} required>
        <input type="password" autoComplete="current-password" maxLength={200} {...bind('currentPassword')} />
      </Field>
      <Field label={t(texts.newPassword)} hint={t(texts.newPasswordHint, { min: String(PASSWORD_RULES.minLength[realm]) })} error={errors.newPassword} required>
        <input type="password" autoComplete="new-password" maxLength={200} {...bind('newPassword')} />
      </Field>
      <Field label={t(texts.repeatPassword)} error={errors.repeat} required>
        <input type="password" autoComplete="new-password" maxLength={200} {...bind('repeat')} />
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t(texts.changing) : t(texts.changePassword)}
      </button>
    </form>
  );
}
