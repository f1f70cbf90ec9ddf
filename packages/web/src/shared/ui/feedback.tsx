import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api.js';
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

/**
 * What an action just did, where the person who took it is looking: the caller places it beside
 * the control, and it scrolls itself into view when it appears, since on a phone the top of a long
 * form is off-screen. Always in the page, empty until then, so that screen readers hear it arrive.
 */
export function ActionStatus({ kind = 'success', message }: { kind?: 'info' | 'success' | 'warning'; message: string | undefined }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) region.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return (
    <div ref={region} role="status">
      {message && <div className={`alert alert-${kind}`}>{message}</div>}
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

/**
 * The outcome of an action taken on an item of a list, said above the list and given the focus:
 * the button that was pressed may be gone with the change. `run` takes the action: the outcome
 * of the one before goes as it starts, so that what shows always answers the latest request.
 */
export function useOutcome() {
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string; at: number }>();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  return {
    /** Runs `action`, whose answer is the confirmation to say; a failure says the server's message. */
    run: async (action: () => Promise<string>): Promise<void> => {
      setOutcome(undefined);
      try {
        setOutcome({ kind: 'success', text: await action(), at: Date.now() });
      } catch (failure) {
        setOutcome({ kind: 'error', text: failure instanceof ApiError ? errorText(failure) : String(failure), at: Date.now() });
      }
    },
    /** Where the outcome shows; place it above the list. */
    view: (
      <div ref={ref} tabIndex={-1}>
        {outcome && (
          <Alert kind={outcome.kind}>
            <p>{outcome.text}</p>
          </Alert>
        )}
      </div>
    ),
  };
}
