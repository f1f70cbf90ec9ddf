import { useEffect, useRef } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { dossierTexts as texts } from '../texts.js';

/**
 * A scanned document shown in the page. The browser draws PDFs and images alike in a frame, so
 * the viewer needs no knowledge of the file's type; the same address opens in a new tab.
 */
export function FileViewer({ url, name, onClose }: { url: string; name: string; onClose(): void }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), [url]);
  return (
    <section className="file-viewer card" aria-label={t(texts.viewerTitle, { name })} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="row file-viewer-bar">
        <strong>{t(texts.viewerTitle, { name })}</strong>
        <a href={url} target="_blank" rel="noopener">
          {t(texts.openInNewTab)}
        </a>
        <button ref={closeRef} type="button" className="button button-secondary" onClick={onClose}>
          {t(texts.closeViewer)}
        </button>
      </div>
      <iframe src={url} title={name} />
    </section>
  );
}
