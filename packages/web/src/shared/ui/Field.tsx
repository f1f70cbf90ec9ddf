import { type ReactElement, type ReactNode, cloneElement, useId } from 'react';
import { useI18n } from '../i18n.js';
import { uiTexts } from './texts.js';

/**
 * A labelled form control with its hint and error tied to it for screen readers. The control is
 * the single child; it receives `id`, `aria-describedby` and `aria-invalid`.
 */
export function Field({ label, hint, error, required, children }: { label: string; hint?: ReactNode; error?: string | undefined; required?: boolean; children: ReactElement<Record<string, unknown>> }) {
  const { t } = useI18n();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t(uiTexts.required)})</span>}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
