import { Link } from 'react-router';
import { fileTypeLabel, formatDate, formatFileSize } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { apiRead } from '@motcua/contract';
import { digitisedTexts as texts } from './texts.js';
import { useCitizenApi } from './use-citizen-api.js';

/**
 * The citizen's electronic data store (Decree 45/2020): the scans they handed in and the signed
 * results of the dossiers they submitted from this account, each to download, a result also to
 * verify.
 */
export function DigitisedDocuments() {
  const { t, language } = useI18n();
  const { data, error, loading, reload } = useCitizenApi(apiRead('/api/citizen/digitised-documents'));
  return (
    <section aria-labelledby="digitised-heading">
      <h2 id="digitised-heading">{t(texts.heading)}</h2>
      <p>{t(texts.intro)}</p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && (
        <DataTable
          items={data}
          caption={t(texts.caption, { count: data.length })}
          columns={[t(texts.document), t(texts.kind), t(texts.source), t(texts.digitisedAt), t(texts.file)]}
          empty={<p>{t(texts.none)}</p>}
          row={(document) => (
            <tr key={document.id}>
              <th scope="row">
                {document.title}
                {document.reuseCount > 0 && <span className="muted small"> — {t(texts.reused, { count: document.reuseCount })}</span>}
              </th>
              <td>{t(document.kind === 'result' ? texts.result : texts.component)}</td>
              <td>
                <Link className="citizen-code" to={`/ho-so-cua-toi/${encodeURIComponent(document.sourceDossierCode)}`}>
                  {document.sourceDossierCode}
                </Link>
              </td>
              <td>{formatDate(document.digitisedAt, language)}</td>
              <td>
                <div className="row">
                  <a href={`/api/citizen/digitised-documents/${encodeURIComponent(document.id)}/content`} download={document.name}>
                    {t(texts.download)}
                    <span className="visually-hidden"> {document.name}</span>
                  </a>
                  <span className="muted small">
                    ({fileTypeLabel(document.contentType)}, {formatFileSize(document.size, language)})
                  </span>
                  {document.verificationCode && (
                    <Link to={`/verify/${encodeURIComponent(document.verificationCode)}`}>
                      {t(texts.verify)}
                      <span className="visually-hidden"> {document.verificationCode}</span>
                    </Link>
                  )}
                </div>
              </td>
            </tr>
          )}
        />
      )}
    </section>
  );
}
