import { fileTypeLabel, formatFileSize } from '../format.js';
import { useI18n } from '../i18n.js';
import { uiTexts } from './texts.js';

/** " (PDF, 240 KB)" after a file's name: what it is and how long it takes to download. */
export function FileFactsNote({ contentType, size }: { contentType: string; size: number }) {
  const { t, language } = useI18n();
  return <span className="muted"> ({t(uiTexts.fileFacts, { type: fileTypeLabel(contentType), size: formatFileSize(size, language) })})</span>;
}
