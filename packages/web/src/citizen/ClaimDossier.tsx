import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, asApiError, dataOf } from '../shared/api.js';
import { defineTexts, useI18n } from '../shared/i18n.js';
import { Alert, useErrorText } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';

const texts = defineTexts({
  title: { vi: 'Nhận hồ sơ vào tài khoản', en: 'Add a dossier to my account' },
  intro: {
    vi: 'Hồ sơ nộp tại quầy hoặc được điểm hỗ trợ dịch vụ công nộp giúp bạn có thể đưa vào tài khoản này: nhập mã hồ sơ, rồi nhập mã xác nhận gửi đến số điện thoại (hoặc email) ghi trên hồ sơ.',
    en: 'A dossier handed in at a counter, or submitted for you at an assisted-digital point, can be added to this account: type its code, then the code sent to the phone (or e-mail) on the dossier.',
  },
  dossierCode: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  send: { vi: 'Gửi mã xác nhận', en: 'Send the code' },
  sent: { vi: 'Đã gửi mã xác nhận đến {recipient}.', en: 'A code was sent to {recipient}.' },
  code: { vi: 'Mã xác nhận (6 chữ số)', en: 'Code (6 digits)' },
  confirm: { vi: 'Nhận hồ sơ', en: 'Add the dossier' },
});

/** A dossier no account holds, claimed with its code and a one-time code sent to the contact on it. */
export function ClaimDossier() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [dossierCode, setDossierCode] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ field: 'dossierCode' | 'code'; message: string }>();
  const [busy, setBusy] = useState(false);

  async function run(step: () => Promise<void>, field: 'dossierCode' | 'code') {
    setBusy(true);
    setError(undefined);
    try {
      await step();
    } catch (caught) {
      setError({ field, message: errorText(asApiError(caught)) });
    } finally {
      setBusy(false);
    }
  }
  const send = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const sent = await dataOf(api.POST('/api/citizen/dossier-claims', { body: { dossierCode: dossierCode.trim() } }));
      setSentTo(sent.recipient);
    }, 'dossierCode');
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const claimed = await dataOf(api.POST('/api/citizen/dossier-claims/confirm', { body: { dossierCode: dossierCode.trim(), code: code.trim() } }));
      void navigate(`/ho-so-cua-toi/${encodeURIComponent(claimed.code)}`);
    }, 'code');
  };

  return (
    <section className="card" aria-labelledby="claim-dossier">
      <h2 id="claim-dossier">{t(texts.title)}</h2>
      <p className="muted">{t(texts.intro)}</p>
      <form onSubmit={send} noValidate>
        <Field label={t(texts.dossierCode)} error={error?.field === 'dossierCode' ? error.message : undefined} required>
          <input name="dossierCode" autoComplete="off" spellCheck={false} maxLength={40} value={dossierCode} onChange={(event) => setDossierCode(event.target.value)} />
        </Field>
        <button type="submit" className="button button-secondary" disabled={busy || !dossierCode.trim()}>
          {t(texts.send)}
        </button>
      </form>
      {sentTo && (
        <form onSubmit={confirm} noValidate>
          <Alert kind="info">{t(texts.sent, { recipient: sentTo })}</Alert>
          <Field label={t(texts.code)} error={error?.field === 'code' ? error.message : undefined} required>
            <input name="claimCode" inputMode="numeric" autoComplete="one-time-code" maxLength={20} value={code} onChange={(event) => setCode(event.target.value)} />
          </Field>
          <button type="submit" className="button" disabled={busy || !code.trim()}>
            {t(texts.confirm)}
          </button>
        </form>
      )}
    </section>
  );
}
