import { useState } from 'react';
import type { FileFacts } from '@motcua/contract';
import { useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { FileFactsNote } from '../../shared/ui/FileFactsNote.js';
import { dossierFileUrl } from '../files.js';
import { componentFormTexts, dossierTexts as texts } from '../texts.js';
import type { OfficeDossier } from '@motcua/contract';
import { FileViewer } from './FileViewer.js';

/** The documents handed in, with their scans named and openable in place or in a new tab. */
export function DossierComponents({ dossier }: { dossier: OfficeDossier }) {
  const { t } = useI18n();
  const [viewing, setViewing] = useState<FileFacts>();
  return (
    <section aria-labelledby="dossier-components">
      <h2 id="dossier-components">{t(texts.components)}</h2>
      <DataTable
        items={dossier.components}
        compact
        columns={[t(texts.component), t(texts.form), t(texts.copies), t(texts.files)]}
        row={(component) => {
          const form = componentFormTexts[component.form];
          return (
            <tr key={component.code}>
              <th scope="row" className="plain-th">
                {component.name}
              </th>
              <td>{form ? t(form) : component.form}</td>
              <td>{component.copies}</td>
              <td>
                {component.files.length === 0 ? (
                  <span className="muted">{t(texts.noFiles)}</span>
                ) : (
                  <ul className="plain-list">
                    {component.files.map((file) => (
                      <li key={file.id} className="row">
                        <span>
                          <button type="button" className="link-button" onClick={() => setViewing(file)}>
                            {t(texts.view)}: {file.name}
                          </button>
                          <FileFactsNote contentType={file.contentType} size={file.size} />
                        </span>
                        <a href={dossierFileUrl(dossier.code, file.id)} target="_blank" rel="noopener">
                          {t(texts.openInNewTab)}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        }}
      />
      {viewing && <FileViewer url={dossierFileUrl(dossier.code, viewing.id)} file={viewing} onClose={() => setViewing(undefined)} />}
    </section>
  );
}
