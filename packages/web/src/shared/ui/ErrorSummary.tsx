import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n.js';
import { uiTexts } from './texts.js';

/** Problems of a form, keyed by the `name` of the control at fault, in the order of the form. */
export type FieldErrors = Record<string, string>;

/** Moves to the control named `field` (or the first one inside the group `field.*`). */
export function focusControl(field: string): void {
  const control = document.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`) ?? document.querySelector<HTMLElement>(`[name^="${CSS.escape(field)}."]`);
  if (!control) return;
  control.scrollIntoView({ block: 'center' });
  control.focus();
}

/**
 * The summary at the top of a form: every problem as a link that moves to its control. It takes
 * the focus each time `attempt` changes, so that a screen reader reads the list right after the
 * failed submission and a keyboard user starts from it.
 */
export function ErrorSummary({ errors, general, attempt }: { errors: FieldErrors; general?: string | undefined; attempt: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const visible = entries.length > 0 || Boolean(general);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!visible) return null;
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="alert-title">{t(uiTexts.errorSummaryTitle)}</p>
      {general && <p>{general}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${field}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusControl(field);
                }}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
