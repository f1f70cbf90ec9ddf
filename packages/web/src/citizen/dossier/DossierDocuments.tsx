import { Link } from 'react-router';
import { formatDate } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import type { DossierDetail } from '../model.js';
import { myDossierTexts as texts } from '../texts.js';

/**
 * What the citizen takes away from their dossier: the receipt once it is received, and each result
 * signed for it, with its verification page. Nothing before there is any.
 */
export function DossierDocuments({ dossier }: { dossier: DossierDetail }) {
  const { t, language } = useI18n();
  const base = `/api/citizen/dossiers/${encodeURIComponent(dossier.code)}`;
  if (!dossier.receivedAt && dossier.signedResults.length === 0) return null;
  return (
    <section className="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading" className="citizen-card-title">
        {t(texts.documentsHeading)}
      </h2>
      {dossier.signedResults.length > 0 && (
        <>
          <h3>{t(texts.resultsHeading)}</h3>
          <p className="muted">{t(texts.resultsHint)}</p>
          <ul className="citizen-component-list">
            {dossier.signedResults.map((result) => {
              const which = <span className="visually-hidden"> {t(texts.ofDocument, { name: result.documentType, code: result.verificationCode })}</span>;
              return (
                <li key={result.verificationCode}>
                  <p className="citizen-component-name">{result.documentType}</p>
                  <p>{t(texts.resultFacts, { agency: result.agencyName, date: formatDate(result.signedAt, language), code: result.verificationCode })}</p>
                  {result.revoked && (
                    <p className="field-error">{t(texts.resultRevoked, { date: formatDate(result.revoked.at, language), reason: result.revoked.reason })}</p>
                  )}
                  <p className="row">
                    <a className="button citizen-button-small" href={`${base}/signed-results/${encodeURIComponent(result.verificationCode)}.pdf`} download>
                      {t(texts.downloadResult)}
                      {which}
                    </a>
                    <Link to={`/verify/${encodeURIComponent(result.verificationCode)}`}>
                      {t(texts.verifyResult)}
                      {which}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {dossier.receivedAt && (
        <p>
          <a href={`${base}/papers/receipt.pdf`} download>
            {t(texts.receipt)}
          </a>
          <br />
          <span className="muted">{t(texts.receiptHint)}</span>
        </p>
      )}
    </section>
  );
}
