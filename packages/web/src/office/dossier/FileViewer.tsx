import { useEffect, useRef } from 'react';
import type { FileFacts } from '@motcua/contract';
import { useI18n } from '../../shared/i18n.js';
import { FileFactsNote } from '../../shared/ui/FileFactsNote.js';
import { dossierTexts as texts } from '../texts.js';

/**
 * A scanned document shown in the page, under its name, type and size: a PDF in a frame, a photo
 * as an image named by its file (an image in a frame would have no text alternative). The same
 * address opens in a new tab.
 */
export function FileViewer({ url, file, onClose }: { url: string; file: FileFacts; onClose(): void }) {
  const { name } = file;
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), [url]);
  return (
    <section className="file-viewer card" aria-label={t(texts.viewerTitle, { name })} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="row file-viewer-bar">
        <span>
          <strong>{t(texts.viewerTitle, { name })}</strong>
          <FileFactsNote contentType={file.contentType} size={file.size} />
        </span>
        <a href={url} target="_blank" rel="noopener">
          {t(texts.openInNewTab)}
        </a>
        <button ref={closeRef} type="button" className="button button-secondary" onClick={onClose}>
          {t(texts.closeViewer)}
        </button>
      </div>
      {file.contentType.startsWith('image/') ? <img src={url} alt={name} /> : <iframe src={url} title={name} />}
    </section>
  );
}
