import { formatFileSize } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';

export interface ListedFile {
  id: string;
  name: string;
  size: number;
  /** Where it is read. */
  href: string;
  /** What the file is, when its name does not say (the signed copy, the released one). */
  role?: string;
}

/** A document's files, each a link that opens it beside the page, with its size; `empty` when there is none. */
export function FilesCard({ title, files, empty }: { title: string; files: readonly ListedFile[]; empty: string }) {
  const { language } = useI18n();
  return (
    <section className="card" aria-labelledby="document-files">
      <h2 id="document-files">{title}</h2>
      {files.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {files.map((file) => (
            <li key={file.id}>
              {file.role && <span className="block">{file.role}:</span>}
              <a href={file.href} target="_blank" rel="noreferrer">
                {file.name}
              </a>{' '}
              <span className="muted small">({formatFileSize(file.size, language)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
