import { type FormEvent, useState } from 'react';
import { type ApiError, api, asApiError, dataOf } from '../api.js';
import { useI18n } from '../i18n.js';
import { Field } from '../ui/Field.js';
import { QrCode } from '../ui/QrCode.js';
import { ActionStatus, ErrorMessage } from '../ui/feedback.js';
import { accountTexts as texts } from './texts.js';

type Step = { kind: 'idle' } | { kind: 'scanning'; secret: string; otpauthUri: string } | { kind: 'recovery'; codes: string[] };

/**
 * Turns on two-factor sign-in: a QR code of the otpauth URI for the app (and its key as text), a
 * code from the app to prove it, then the recovery codes, shown this once. `onFinished` runs when
 * the officer has seen them. Turning it off asks for the password.
 */
export function TwoFactorSetUp({ enabled, canTurnOff, onFinished }: { enabled: boolean; canTurnOff: boolean; onFinished(): void }) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const [failure, setFailure] = useState<ApiError>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    setFailure(undefined);
    setStatus(undefined);
    try {
      await action();
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }
  const start = () => attempt(async () => setStep({ kind: 'scanning', ...(await dataOf(api.POST('/api/v1/auth/two-factor/set-up'))) }));
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setCodeError(code.trim() ? undefined : t(texts.codeMissing));
    if (!code.trim()) return;
    void attempt(async () => {
      const { recoveryCodes } = await dataOf(api.POST('/api/v1/auth/two-factor/confirm', { body: { code: code.trim() } }));
      setStep({ kind: 'recovery', codes: recoveryCodes });
    });
  };
  const turnOff = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      await api.DELETE('/api/v1/auth/two-factor', { body: { password } });
      setPassword('');
      setStatus(t(texts.turnedOff));
      onFinished();
    });
  };

  if (step.kind === 'recovery') {
    return (
      <section className="card" aria-labelledby="recovery-codes">
        <h2 id="recovery-codes">{t(texts.recoveryTitle)}</h2>
        <p>{t(texts.recoveryIntro)}</p>
        <ul className="recovery-codes">
          {step.codes.map((recovery) => (
            <li key={recovery}>
              <code>{recovery}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={onFinished}>
          {t(texts.recoverySaved)}
        </button>
      </section>
    );
  }
  if (step.kind === 'scanning') {
    return (
      <form className="card" noValidate onSubmit={confirm}>
        {failure && <ErrorMessage error={failure} />}
        <p>{t(texts.scanQr)}</p>
        <QrCode className="two-factor-qr" value={step.otpauthUri} label={t(texts.qrLabel)} />
        <p>
          {t(texts.typeSecret)} <code className="two-factor-secret">{step.secret}</code>
        </p>
        <Field label={t(texts.enterCode)} error={codeError} required>
          <input name="code" autoComplete="one-time-code" inputMode="numeric" maxLength={20} value={code} onChange={(event) => setCode(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t(texts.confirming) : t(texts.confirm)}
        </button>
      </form>
    );
  }
  return (
    <div className="card">
      {failure && <ErrorMessage error={failure} />}
      <ActionStatus message={status} />
      <p>{enabled ? t(texts.twoFactorOn) : t(texts.twoFactorOff)}</p>
      {!enabled && (
        <button type="button" className="button" disabled={busy} onClick={() => void start()}>
          {t(texts.startSetUp)}
        </button>
      )}
      {enabled && canTurnOff && (
        <form noValidate onSubmit={turnOff}>
          <Field label={t(texts.turnOffPassword)} required>
            <input type="password" autoComplete="current-password" maxLength={200} value={password} onChange={(event) => setPassword(event.target.value)} />
          </Field>
          <button type="submit" className="button button-secondary" disabled={busy || !password}>
            {t(texts.turnOff)}
          </button>
        </form>
      )}
    </div>
  );
}
