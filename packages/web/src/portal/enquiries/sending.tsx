import { EMAIL_PATTERN, PHONE_PATTERN } from '@motcua/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useCitizenSession } from '../../citizen/session.js';
import { ApiError } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { type Translate, useI18n } from '../../shared/i18n.js';
import { ErrorSummary, type FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { Alert, useErrorText } from '../../shared/ui/feedback.js';
import { useTitle } from '../../shared/use-title.js';
import { PageHead, SubmitRow } from './frame.js';
import { enquiryTexts as texts } from './texts.js';

/** Who sends a question or a feedback without an account: a name and where the confirmation link goes. */
interface Sender {
  name: string;
  email: string;
  phone: string;
}

const NO_SENDER: Sender = { name: '', email: '', phone: '' };

/** What the browser can check of the sender: a name, and a well-formed e-mail or phone. */
function senderProblems(sender: Sender, t: Translate): FieldErrors {
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
const senderBody = (sender: Sender) => ({ name: sender.name.trim(), email: sender.email.trim() || undefined, phone: sender.phone.trim() || undefined });

/** The sender's fields; a signed-in citizen sees instead that their account answers for them. */
function SenderFields({ sender, onChange, errors, signedInName }: { sender: Sender; onChange(sender: Sender): void; errors: FieldErrors; signedInName: string | null }) {
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

/** What a question or a feedback says: its title and its text. */
interface Message {
  title: string;
  body: string;
}

const messageProblems = (message: Message, t: Translate): FieldErrors => ({
  ...(!message.title.trim() && { title: t(texts.titleMissing) }),
  ...(!message.body.trim() && { body: t(texts.bodyMissing) }),
});

/** What the sender sent: accepted at once from a signed-in citizen, or waiting for the contact's confirmation. */
export type SentOutcome = ReceivedOutcome | { state: 'unconfirmed'; channel: 'email' | 'sms'; confirmBy: string };

const SENDING_FIELDS = ['title', 'body', 'name', 'email', 'phone'];

/**
 * The page sending a question or a feedback: what it is about (`children`, its fields the server
 * may name in `fields`), its title and text, who sends it (nothing to fill for a signed-in citizen,
 * whose account answers for them: `send` is given no sender), and once sent what happens next.
 */
export function SendingPage({
  back,
  title,
  lead,
  bodyLabel,
  submitLabel,
  fields,
  problems,
  send,
  children,
}: {
  back: { to: string; label: string };
  title: string;
  lead: string;
  bodyLabel: string;
  submitLabel: string;
  fields: readonly string[];
  problems(): FieldErrors;
  send(message: Message, sender: ReturnType<typeof senderBody> | null): Promise<SentOutcome>;
  children(errors: FieldErrors): ReactNode;
}) {
  const { t } = useI18n();
  useTitle(title);
  const { citizen } = useCitizenSession();
  const [message, setMessage] = useState<Message>({ title: '', body: '' });
  const [sender, setSender] = useState(NO_SENDER);
  const form = useEnquiryForm<SentOutcome>([...fields, ...SENDING_FIELDS]);
  const all = () => ({ ...problems(), ...messageProblems(message, t), ...(!citizen && senderProblems(sender, t)) });
  const trimmed = { title: message.title.trim(), body: message.body.trim() };
  return (
    <div className="page narrow">
      <PageHead back={back} title={title} lead={lead} />
      <ErrorSummary errors={form.errors} general={form.general} attempt={form.attempt} />
      {form.result ? (
        <SentNotice outcome={form.result} />
      ) : (
        <form className="card stack" noValidate onSubmit={(event) => form.submit(event, all(), () => send(trimmed, citizen ? null : senderBody(sender)))}>
          {children(form.errors)}
          <Field label={t(texts.titleLabel)} error={form.errors.title} required>
            <input name="title" maxLength={300} value={message.title} onChange={(event) => setMessage({ ...message, title: event.target.value })} />
          </Field>
          <Field label={bodyLabel} hint={t(texts.privacyNote)} error={form.errors.body} required>
            <textarea name="body" rows={6} maxLength={5000} value={message.body} onChange={(event) => setMessage({ ...message, body: event.target.value })} />
          </Field>
          <SenderFields sender={sender} onChange={setSender} errors={form.errors} signedInName={citizen ? citizen.fullName : null} />
          <SubmitRow label={submitLabel} busy={form.busy} />
        </form>
      )}
    </div>
  );
}

/** What the sender is told once sent: where the confirmation link went and until when, or (signed in) where it went at once. */
function SentNotice({ outcome }: { outcome: SentOutcome }) {
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
