import { type ReactNode, useEffect, useId, useRef } from 'react';
import { SubmitOrCancel } from './SubmitOrCancel.js';

/**
 * A modal question before something that cannot be undone. The native <dialog> keeps the focus
 * inside, closes on Escape and gives the focus back to the button that opened it.
 */
export function ConfirmDialog({ open, title, confirmLabel, busy, onConfirm, onCancel, children }: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <SubmitOrCancel label={confirmLabel} danger busy={busy} onCancel={onCancel} />
      </form>
    </dialog>
  );
}
