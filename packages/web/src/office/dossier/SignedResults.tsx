import { useState } from 'react';
import { api } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.js';
import { ErrorMessage, useOutcome } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { dossierFileUrl } from '../files.js';
import { signedResultTexts as texts } from '../texts.js';
import { type OfficeDossier, type ResponseOf, apiRead } from '@motcua/contract';

type SignedResult = ResponseOf<'/api/v1/dossiers/{code}/signed-results'>[number];

const MIN_REASON = 3;

/**
 * The results signed for the dossier, each with its verification code, who signed it and when, the
 * signed PDF and its public verification page; the officers the server allows may revoke one, with
 * a reason everyone checking the code will read. The page remounts it when the dossier's version
 * changes, since an approval brings a result.
 */
export function SignedResults({ dossier }: { dossier: OfficeDossier }) {
  const { t, language } = useI18n();
  const results = useApi(apiRead('/api/v1/dossiers/{code}/signed-results', { path: { code: dossier.code } }));
  const [revoking, setRevoking] = useState<SignedResult>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const outcome = useOutcome();

  const ask = (result: SignedResult) => {
    setReason('');
    setReasonError(undefined);
    setRevoking(result);
  };

  async function revoke() {
    if (!revoking) return;
    const text = reason.trim();
    if (text.length < MIN_REASON) {
      setReasonError(t(texts.revokeReasonMissing));
      document.querySelector<HTMLElement>('[name="revokeReason"]')?.focus();
      return;
    }
    setBusy(true);
    await outcome.run(async () => {
      await api.POST('/api/v1/signed-results/{code}/revoke', { params: { path: { code: revoking.verificationCode } }, body: { reason: text } });
      results.reload();
      return t(texts.revokedDone, { code: revoking.verificationCode });
    });
    setBusy(false);
    setRevoking(undefined);
  }

  if (results.error) return <ErrorMessage error={results.error} onRetry={results.reload} />;
  if (!results.data?.length) return null;
  return (
    <section className="no-print signed-results" aria-labelledby="dossier-results">
      <h2 id="dossier-results">{t(texts.heading)}</h2>
      <p className="muted small">{t(texts.intro)}</p>
      {outcome.view}
      <ul className="plain-list">
        {results.data.map((result) => {
          const which = <span className="visually-hidden"> {t(texts.ofCode, { code: result.verificationCode })}</span>;
          return (
            <li key={result.verificationCode} className="card signed-result">
              <h3>
                {result.documentType}{' '}
                <span className={`badge ${result.revoked ? 'badge-danger' : 'badge-success'}`}>{t(result.revoked ? texts.revoked : texts.valid)}</span>
              </h3>
              <dl className="facts">
                <dt>{t(texts.code)}</dt>
                <dd>
                  <code className="verification-code">{result.verificationCode}</code>
                </dd>
                <dt>{t(texts.signedAt)}</dt>
                <dd>{formatDateTime(result.signedAt, language)}</dd>
                <dt>{t(texts.signer)}</dt>
                <dd>{t(texts.signerValue, { name: result.signer.name, title: result.signer.title })}</dd>
                <dt>{t(texts.agency)}</dt>
                <dd>{result.agencyName}</dd>
                <dt>{t(texts.source)}</dt>
                <dd>{t(result.source === 'upload' ? texts.sourceUpload : texts.sourceTemplate)}</dd>
                {result.revoked && (
                  <>
                    <dt>{t(texts.status)}</dt>
                    <dd>{t(texts.revokedValue, { date: formatDateTime(result.revoked.at, language), reason: result.revoked.reason })}</dd>
                  </>
                )}
              </dl>
              <div className="row">
                <a className="button button-secondary" href={dossierFileUrl(dossier.code, result.fileId)} download={`ket-qua-${dossier.code}.pdf`}>
                  {t(texts.download)}
                  {which}
                </a>
                <a className="button button-secondary" href={`/verify/${encodeURIComponent(result.verificationCode)}`} target="_blank" rel="noopener">
                  {t(texts.verify)}
                  {which}
                </a>
                {result.canRevoke && (
                  <button type="button" className="button button-secondary button-ending" onClick={() => ask(result)}>
                    {t(texts.revoke)}
                    {which}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={Boolean(revoking)}
        title={revoking ? t(texts.revokeTitle, { code: revoking.verificationCode }) : ''}
        confirmLabel={t(texts.revokeConfirm)}
        busy={busy}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(undefined)}
      >
        <p>{t(texts.revokeBody)}</p>
        <Field label={t(texts.revokeReason)} hint={t(texts.revokeReasonHint)} error={reasonError} required>
          <textarea name="revokeReason" rows={3} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
      </ConfirmDialog>
    </section>
  );
}
