import { EMAIL_PATTERN, PHONE_PATTERN } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { type Translate, useI18n } from '../../shared/i18n.js';
import { Alert } from '../../shared/ui/feedback.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { useErrorText } from '../../shared/ui/feedback.js';
import { enquiryTexts as texts } from './texts.js';

/** Who sends a question or a feedback without an account: a name and where the confirmation link goes. */
export interface Sender {
  name: string;
  email: string;
  phone: string;
}

export const NO_SENDER: Sender = { name: '', email: '', phone: '' };

/** What the browser can check of the sender: a name, and a well-formed e-mail or phone. */
export function senderProblems(sender: Sender, t: Translate): FieldErrors {
  const found: FieldErrors = {};
  const email = sender.email.trim();
  const phone = sender.phone.trim();
  if (!sender.name.trim()) found.name = t(texts.nameMissing);
  if (!email && !phone) found.email = t(texts.contactMissing);
  if (email && !EMAIL_PATTERN.test(email)) found.email = t(texts.emailInvalid);
  if (phone && !PHONE_PATTERN.test(phone)) found.phone = t(texts.phoneInvalid);
  return found;
}

/** The sender as the public endpoints take it: the contacts left empty are left out. */
export const senderBody = (sender: Sender) => ({ name: sender.name.trim(), email: sender.email.trim() || undefined, phone: sender.phone.trim() || undefined });

/** The sender's fields; a signed-in citizen sees instead that their account answers for them. */
export function SenderFields({ sender, onChange, errors, signedInName }: { sender: Sender; onChange(sender: Sender): void; errors: FieldErrors; signedInName: string | null }) {
  const { t } = useI18n();
  if (signedInName !== null) return <Alert kind="info">{t(texts.signedInAs, { name: signedInName })}</Alert>;
  const set = (key: keyof Sender) => (event: { target: { value: string } }) => onChange({ ...sender, [key]: event.target.value });
  return (
    <fieldset>
      <legend>{t(texts.contactLegend)}</legend>
      <Field label={t(texts.name)} error={errors.name} required>
        <input name="name" autoComplete="name" maxLength={150} value={sender.name} onChange={set('name')} />
      </Field>
      <p className="field-hint">{t(texts.contactHint)}</p>
      <Field label={t(texts.email)} error={errors.email}>
        <input name="email" type="email" autoComplete="email" maxLength={200} value={sender.email} onChange={set('email')} />
      </Field>
      <Field label={t(texts.phone)} error={errors.phone}>
        <input name="phone" type="tel" autoComplete="tel" maxLength={20} value={sender.phone} onChange={set('phone')} />
      </Field>
    </fieldset>
  );
}

/**
 * A form of the portal checked here first, then by the server: its errors at their fields (the
 * server's too, by the field it names), the others above the form, in the summary.
 */
export function useEnquiryForm<Result>(fields: readonly string[]) {
  const errorText = useErrorText();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const submit = (event: FormEvent, problems: FieldErrors, send: () => Promise<Result>) => {
    event.preventDefault();
    setErrors(problems);
    setGeneral(undefined);
    setAttempt((count) => count + 1);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    send().then(
      (answer) => {
        setResult(answer);
        setBusy(false);
      },
      (failure: unknown) => {
        const message = failure instanceof ApiError ? errorText(failure) : String(failure);
        const field = failure instanceof ApiError ? failure.body.field?.replace(/^body\./, '') : undefined;
        if (field && fields.includes(field)) setErrors({ [field]: message });
        else setGeneral(message);
        setAttempt((count) => count + 1);
        setBusy(false);
      },
    );
  };
  return { errors, general, attempt, busy, result, submit };
}

/** What the sender is told once sent: where the confirmation link went and until when, or (signed in) where it went at once. */
export function SentNotice({ outcome }: { outcome: { state: 'unconfirmed'; channel: 'email' | 'sms'; confirmBy: string } | ReceivedOutcome }) {
  const { t, language } = useI18n();
  if (outcome.state === 'received') return <ReceivedNotice received={outcome} />;
  return (
    <Alert kind="success" title={t(texts.sent)}>
      <p>{t(outcome.channel === 'email' ? texts.sentByEmail : texts.sentBySms, { until: formatDateTime(outcome.confirmBy, language) })}</p>
    </Alert>
  );
}

export interface ReceivedOutcome {
  state: 'received';
  code: string;
  agency: { name: string };
  dueAt: string;
}

export function ReceivedNotice({ received }: { received: ReceivedOutcome }) {
  const { t, language } = useI18n();
  return (
    <Alert kind="success" title={t(texts.received)}>
      <p>{t(texts.receivedBody, { code: received.code, agency: received.agency.name, due: formatDateTime(received.dueAt, language) })}</p>
      <p>{t(texts.keepCode)}</p>
    </Alert>
  );
}
