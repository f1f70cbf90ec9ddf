import { useState } from 'react';
import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import { Field } from '../ui/Field.js';
import { Alert } from '../ui/feedback.js';
import { accountTexts as texts } from './texts.js';

/**
 * The second step of an officer's sign-in: once the server answers `two_factor_required` (the
 * password was right), the form asks for the code too and sends it with the password again.
 */
export function useSecondFactor() {
  const [code, setCode] = useState('');
  const [asked, setAsked] = useState(false);
  return {
    /** The code to send, once it was asked for. */
    code: asked ? code.trim() : undefined,
    /** True for the answer that asks for the code: it is the form's prompt, not an error. */
    asks(error: ApiError): boolean {
      if (error.body.code !== 'two_factor_required') return false;
      setAsked(true);
      return true;
    },
    field: asked ? <SecondFactorField code={code} onChange={setCode} /> : null,
  };
}

function SecondFactorField({ code, onChange }: { code: string; onChange(code: string): void }) {
  const { t } = useI18n();
  return (
    <>
      <Alert kind="info">{t(texts.signInCodeAsked)}</Alert>
      <Field label={t(texts.signInCode)} hint={t(texts.signInCodeHint)} required>
        <input name="code" autoComplete="one-time-code" inputMode="text" autoFocus maxLength={20} value={code} onChange={(event) => onChange(event.target.value)} />
      </Field>
    </>
  );
}
