import { useI18n } from '../../shared/i18n.js';
import { useApi } from '../../shared/use-api.js';
import { paperUrl } from '../files.js';
import { dossierTexts as texts } from '../texts.js';
import { type OfficeDossier, apiRead } from '@motcua/contract';

/**
 * The official papers the dossier has now (receipt, supplement request, refusal, apology, notice
 * of stopping, control record, fee receipt), each one click away as a PDF. The page remounts it when the
 * dossier's version changes, since an action may bring a new paper.
 */
export function DossierPapers({ dossier }: { dossier: OfficeDossier }) {
  const { t } = useI18n();
  const papers = useApi(apiRead('/api/v1/dossiers/{code}/papers', { path: { code: dossier.code } }));
  if (!papers.data?.length) return null;
  return (
    <section className="no-print" aria-labelledby="dossier-papers">
      <h2 id="dossier-papers">{t(texts.papers)}</h2>
      <p className="muted small">{t(texts.papersHint)}</p>
      <ul className="row plain-list">
        {papers.data.map((item) => (
          <li key={item.paper}>
            <a className="button button-secondary" href={paperUrl(dossier.code, item.paper)} target="_blank" rel="noopener">
              {t({ vi: item.name, en: item.nameEn })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
