import { useState } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { dossierFileUrl } from '../files.js';
import { componentFormTexts, dossierTexts as texts } from '../texts.js';
import type { DossierDetail } from '../types.js';
import { FileViewer } from './FileViewer.js';

/** The documents handed in, with their scans openable in place or in a new tab. */
export function DossierComponents({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const [viewing, setViewing] = useState<{ url: string; name: string }>();
  return (
    <section aria-labelledby="dossier-components">
      <h2 id="dossier-components">{t(texts.components)}</h2>
      <div className="table-wrap">
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t(texts.component)}</th>
              <th scope="col">{t(texts.form)}</th>
              <th scope="col">{t(texts.copies)}</th>
              <th scope="col">{t(texts.files)}</th>
            </tr>
          </thead>
          <tbody>
            {dossier.components.map((component) => {
              const form = componentFormTexts[component.form];
              return (
                <tr key={component.code}>
                  <th scope="row" className="plain-th">
                    {component.name}
                  </th>
                  <td>{form ? t(form) : component.form}</td>
                  <td>{component.copies}</td>
                  <td>
                    {component.fileIds.length === 0 ? (
                      <span className="muted">{t(texts.noFiles)}</span>
                    ) : (
                      <ul className="plain-list">
                        {component.fileIds.map((fileId, index) => {
                          const name = `${component.code} — ${t(texts.fileN, { n: index + 1 })}`;
                          const url = dossierFileUrl(dossier.code, fileId);
                          return (
                            <li key={fileId} className="row">
                              <button type="button" className="link-button" onClick={() => setViewing({ url, name })}>
                                {t(texts.view)}: {t(texts.fileN, { n: index + 1 })}
                              </button>
                              <a href={url} target="_blank" rel="noopener">
                                {t(texts.openInNewTab)}
                              </a>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {viewing && <FileViewer url={viewing.url} name={viewing.name} onClose={() => setViewing(undefined)} />}
    </section>
  );
}
