import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../shared/i18n.js';
import { commonTexts } from './texts.js';

/**
 * A button for an action that cannot be undone: the first press asks in the page (not in a
 * browser dialog, so that the question is styled, translated and read out) and moves the focus to
 * the confirmation; cancelling returns it to the button.
 */
export function ConfirmButton({ label, question, onConfirm, busy = false }: { label: string; question: string; onConfirm(): void; busy?: boolean }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" className="button button-secondary" ref={startRef} disabled={busy} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="alert alert-warning admin-confirm-box" role="group" aria-label={t(commonTexts.confirmTitle)}>
      <p>{question}</p>
      <div className="row">
        <button
          type="button"
          className="button button-danger"
          ref={confirmRef}
          disabled={busy}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t(commonTexts.confirm)}: {label}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t(commonTexts.cancel)}
        </button>
      </div>
    </div>
  );
}
