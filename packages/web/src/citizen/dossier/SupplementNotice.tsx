import { formatDate } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import type { DossierDetail } from '../model.js';
import { myDossierTexts as texts } from '../texts.js';

/** What the officer asked for (form 02): shown first, since the dossier waits for the citizen. */
export function SupplementNotice({ request, beforeReception }: { request: NonNullable<DossierDetail['supplementRequest']>; beforeReception: boolean }) {
  const { t, language } = useI18n();
  return (
    <section className="alert alert-warning citizen-supplement-notice" aria-labelledby="supplement-heading">
      <h2 id="supplement-heading" className="alert-title">
        {t(texts.supplementTitle)}
      </h2>
      {/* Before reception no time limit runs yet; during processing the clock is stopped. */}
      <p>{t(beforeReception ? texts.supplementBeforeReceptionIntro : texts.supplementIntro, { date: formatDate(request.requestedAt, language) })}</p>
      {request.comment && (
        <>
          <h3>{t(texts.supplementComment)}</h3>
          <p className="citizen-preserve-lines">{request.comment}</p>
        </>
      )}
      {request.missingComponents.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t(texts.missingCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(texts.missingName)}</th>
                <th scope="col">{t(texts.missingReason)}</th>
              </tr>
            </thead>
            <tbody>
              {request.missingComponents.map((missing, index) => (
                <tr key={`${missing.name}-${index}`}>
                  <th scope="row">{missing.name}</th>
                  <td className="citizen-preserve-lines">{missing.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
