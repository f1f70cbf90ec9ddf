import type { ReactNode } from 'react';
import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import { uiTexts } from './texts.js';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t(uiTexts.loading)}
    </p>
  );
}

/** A message in the page: `error` for failures (read out at once), `info` and `success` otherwise. */
export function Alert({ kind = 'info', title, children }: { kind?: 'info' | 'success' | 'warning' | 'error'; title?: string; children?: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert-title">{title}</p>}
      {children}
    </div>
  );
}

/** The server's message in the reader's language, with a retry where it makes sense. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { language, t } = useI18n();
  const message = language === 'en' && error.body.messageEn ? error.body.messageEn : error.body.message;
  return (
    <Alert kind="error">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t(uiTexts.retry)}
        </button>
      )}
    </Alert>
  );
}

/** Message text of an API error for the reader's language. */
export function useErrorText(): (error: ApiError) => string {
  const { language } = useI18n();
  return (error) => (language === 'en' && error.body.messageEn ? error.body.messageEn : error.body.message);
}
