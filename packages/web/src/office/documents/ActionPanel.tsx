import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { documentTexts as texts } from './texts.js';

/**
 * What the signed-in officer may do to a document (or a citizen's question, a feedback) now: one
 * button per action, each opening its form below the buttons (`form`, given a way to close it),
 * or a line saying there is nothing (`nothing`, by default about a document).
 */
export function ActionPanel<Action>({
  available,
  keyOf,
  label,
  form,
  nothing,
}: {
  available: readonly Action[];
  keyOf(action: Action): string;
  label(action: Action): string;
  form(chosen: Action, close: () => void): ReactNode;
  nothing?: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string>();
  const chosen = available.find((candidate) => keyOf(candidate) === open);
  return (
    <section className="card" aria-labelledby="document-actions">
      <h2 id="document-actions">{t(texts.actions)}</h2>
      {available.length === 0 ? (
        <p className="muted">{nothing ?? t(texts.noActions)}</p>
      ) : (
        <div className="row">
          {available.map((candidate) => (
            <button
              key={keyOf(candidate)}
              type="button"
              className={keyOf(candidate) === open ? 'button' : 'button button-secondary'}
              aria-expanded={keyOf(candidate) === open}
              aria-controls="document-action-form"
              onClick={() => setOpen(keyOf(candidate) === open ? undefined : keyOf(candidate))}
            >
              {label(candidate)}
            </button>
          ))}
        </div>
      )}
      <div id="document-action-form">{chosen && <div key={keyOf(chosen)}>{form(chosen, () => setOpen(undefined))}</div>}</div>
    </section>
  );
}

/** An action form's heading, which takes the keyboard when the form opens. */
export function ActionHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h3 ref={ref} tabIndex={-1}>
      {children}
    </h3>
  );
}
