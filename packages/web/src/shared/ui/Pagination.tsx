import { useI18n } from '../i18n.js';
import { uiTexts } from './texts.js';

export function Pagination({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage(page: number): void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t(uiTexts.pagination)}>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t(uiTexts.previous)}
      </button>
      <span aria-live="polite">{t(uiTexts.pageOf, { page, pages })}</span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t(uiTexts.next)}
      </button>
    </nav>
  );
}
