import { useI18n } from '../i18n.js';
import { uiTexts } from './texts.js';

/**
 * The pages of a keyset list (the server's `nextCursor`): on to the next page, and back to the
 * first. The cursor is kept in the address, so the browser's Back returns to the page before; no
 * page count, since the list never counts all its rows.
 */
export function CursorPages({ label, atStart, nextCursor, onCursor }: { label: string; atStart: boolean; nextCursor: string | null; onCursor(cursor: string): void }) {
  const { t } = useI18n();
  if (atStart && !nextCursor) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="button button-secondary" disabled={atStart} onClick={() => onCursor('')}>
        {t(uiTexts.firstPage)}
      </button>
      <button type="button" className="button button-secondary" disabled={!nextCursor} onClick={() => nextCursor && onCursor(nextCursor)}>
        {t(uiTexts.next)}
      </button>
    </nav>
  );
}
