import { type FormEvent, useEffect, useRef, useState } from 'react';
import { contactsToVerify } from '@motcua/core';
import { Link } from 'react-router';
import { api, asApiError, dataOf } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, useErrorText } from '../shared/ui/feedback.js';
import { contactTexts as texts } from './contact-texts.js';
import { type Citizen, useCitizenSession } from './session.js';

type Channel = 'email' | 'sms';

/**
 * The account's e-mail address and phone, each said confirmed or not; one not confirmed has the
 * code's field and a button for a new code. The session's account follows each confirmation.
 */
export function ContactVerification({ citizen }: { citizen: Citizen }) {
  const { t } = useI18n();
  // The confirmed contact's form is gone with its button: the focus goes to the message instead of the page's top.
  const [confirmed, setConfirmed] = useState<string>();
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmed) messageRef.current?.focus();
  }, [confirmed]);
  const contacts = [
    { channel: 'email' as const, label: t(texts.email), value: citizen.email, verified: citizen.emailVerified },
    { channel: 'sms' as const, label: t(texts.phone), value: citizen.phone, verified: citizen.phoneVerified },
  ].filter((contact): contact is typeof contact & { value: string } => contact.value !== null);
  return (
    <>
      <div ref={messageRef} tabIndex={-1}>
        {confirmed && <Alert kind="success">{t(texts.confirmed, { contact: confirmed })}</Alert>}
      </div>
      <dl className="contact-list">
        {contacts.map((contact) => (
          <div key={contact.channel}>
            <dt>{contact.label}</dt>
            <dd>
              <span>{contact.value}</span>{' '}
              <span className={`badge ${contact.verified ? 'badge-success' : 'badge-warning'}`}>{t(contact.verified ? texts.verified : texts.unverified)}</span>
              {!contact.verified && <CodeForm channel={contact.channel} contact={contact.value} onConfirmed={() => setConfirmed(contact.value)} />}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function CodeForm({ channel, contact, onConfirmed }: { channel: Channel; contact: string; onConfirmed(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { setCitizen } = useCitizenSession();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    setMessage(undefined);
    try {
      await action();
    } catch (caught) {
      const failure = asApiError(caught);
      if (failure.body.field?.replace(/^body\./, '') === 'code') setError(errorText(failure));
      else setMessage({ kind: 'error', text: errorText(failure) });
    } finally {
      setBusy(false);
    }
  }

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) {
      setError(t(texts.codeMissing));
      return;
    }
    void attempt(async () => {
      const answer = await dataOf(api.POST('/api/citizen/me/contacts/verification', { body: { channel, code: code.trim() } }));
      onConfirmed();
      setCitizen(answer.citizen);
    });
  };

  const sendAgain = () =>
    void attempt(async () => {
      await dataOf(api.POST('/api/citizen/me/contacts/verification-code', { body: { channel } }));
      setCode('');
      setMessage({ kind: 'success', text: t(texts.sentAgain, { contact }) });
    });

  return (
    <form className="contact-code-form" noValidate onSubmit={confirm}>
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
      <Field label={t(texts.codeFor, { contact })} hint={t(texts.codeHint)} error={error} required>
        <input name={`code-${channel}`} autoComplete="one-time-code" inputMode="numeric" maxLength={20} value={code} onChange={(event) => setCode(event.target.value)} />
      </Field>
      <div className="row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t(texts.confirming) : t(texts.confirm)}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={sendAgain}>
          {t(texts.sendAgain)}
        </button>
      </div>
    </form>
  );
}

/** A reminder on the citizen's pages while a contact of theirs is not confirmed, leading to the account page. */
export function UnverifiedContactNotice({ citizen }: { citizen: Citizen }) {
  const { t } = useI18n();
  if (contactsToVerify(citizen).length === 0) return null;
  return (
    <div className="alert alert-warning">
      <p>
        {t(texts.notice)} <Link to="/tai-khoan">{t(texts.noticeLink)}</Link>
      </p>
    </div>
  );
}
