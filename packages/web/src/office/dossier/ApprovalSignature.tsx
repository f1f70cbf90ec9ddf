import { useState } from 'react';
import type { OfficeDossier } from '@motcua/contract';
import { ApiError, api, dataOf } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { Alert, ErrorMessage } from '../../shared/ui/feedback.js';
import { approvalSignatureTexts as texts } from '../texts.js';

type Settled = { state: 'approved'; at: string | null } | { state: 'failed'; at: string | null; message: string };

/**
 * An approval waiting for its signer to confirm the remote signature on their phone: whose, since
 * when and until when, the dossier unchanged meanwhile. Asking for news asks the signing service;
 * once the request is settled the page reloads the dossier and says how it ended (signed, or why not).
 */
export function ApprovalSignature({ dossier, reload }: { dossier: OfficeDossier; reload(): void }) {
  const { t, language } = useI18n();
  const [settled, setSettled] = useState<Settled>();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ApiError>();
  const waiting = dossier.awaitingSignature;

  async function askForNews() {
    setAsking(true);
    setError(undefined);
    try {
      const news = await dataOf(api.GET('/api/v1/dossiers/{code}/approval-signature', { params: { path: { code: dossier.code } } }));
      if (news.state === 'approved') setSettled({ state: 'approved', at: news.settledAt });
      if (news.state === 'failed') setSettled({ state: 'failed', at: news.settledAt, message: (language === 'en' ? news.failure?.messageEn : news.failure?.message) ?? '' });
      if (news.state !== 'awaiting') reload();
    } catch (problem) {
      if (!(problem instanceof ApiError)) throw problem;
      setError(problem);
    } finally {
      setAsking(false);
    }
  }

  if (waiting) {
    return (
      <section className="no-print" aria-labelledby="approval-signature">
        <Alert kind="info">
          <h2 id="approval-signature" className="alert-title">
            {t(texts.awaitingTitle)}
          </h2>
          <p>{t(texts.awaiting, { name: waiting.signerName })}</p>
          <dl className="facts compact-facts">
            <dt>{t(texts.state)}</dt>
            <dd>{t(texts.stateAwaiting)}</dd>
            <dt>{t(texts.requestedAt)}</dt>
            <dd>{formatDateTime(waiting.requestedAt, language)}</dd>
            <dt>{t(texts.expiresAt)}</dt>
            <dd>{formatDateTime(waiting.expiresAt, language)}</dd>
          </dl>
          <button type="button" className="button button-secondary" onClick={() => void askForNews()} aria-busy={asking || undefined} disabled={asking}>
            {t(texts.askForNews)}
          </button>
        </Alert>
        {error && <ErrorMessage error={error} onRetry={() => void askForNews()} />}
      </section>
    );
  }
  if (!settled) return null;
  const at = formatDateTime(settled.at, language);
  return settled.state === 'approved' ? (
    <Alert kind="success">
      <p>{t(texts.approved, { at })}</p>
    </Alert>
  ) : (
    <Alert kind="warning" title={t(texts.failedTitle, { at })}>
      <p>{settled.message}</p>
    </Alert>
  );
}
