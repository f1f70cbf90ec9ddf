import { useState } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.js';
import type { DossierDetail } from '../model.js';
import { myDossierTexts as texts } from '../texts.js';
import type { ActionOutcome } from './action-outcome.js';
import { performAction } from './perform-action.js';

/** Withdrawal ends the dossier for good, so it takes a confirmation and the citizen's reason. */
export function WithdrawAction({ dossier, onOutcome }: { dossier: DossierDetail; onOutcome(outcome: ActionOutcome): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function confirm() {
    onOutcome({ kind: 'started' });
    const comment = reason.trim();
    if (!comment) {
      setError(t(texts.withdrawReasonMissing));
      document.querySelector<HTMLElement>('[name="withdrawReason"]')?.focus();
      return;
    }
    setBusy(true);
    const outcome: ActionOutcome = await performAction(dossier.code, 'withdraw', dossier.version, { comment }).then(
      () => ({ kind: 'done', message: t(texts.doneWithdraw) }),
      (failure: unknown) => ({ kind: 'failed', failure }),
    );
    setBusy(false);
    setOpen(false);
    onOutcome(outcome);
  }

  return (
    <section className="card" aria-labelledby="withdraw-heading">
      <h3 id="withdraw-heading" className="citizen-card-title">{t(texts.withdrawHeading)}</h3>
      <p>{t(texts.withdrawHelp)}</p>
      <button
        type="button"
        className="button button-danger"
        onClick={() => {
          setError(undefined);
          setOpen(true);
        }}
      >
        {t(texts.withdrawButton)}
      </button>
      <ConfirmDialog open={open} title={t(texts.withdrawTitle, { code: dossier.code })} confirmLabel={t(texts.withdrawConfirm)} busy={busy} onConfirm={() => void confirm()} onCancel={() => setOpen(false)}>
        <p>{t(texts.withdrawBody)}</p>
        <Field label={t(texts.withdrawReason)} error={error} required>
          <textarea name="withdrawReason" rows={3} maxLength={4000} value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
      </ConfirmDialog>
    </section>
  );
}
