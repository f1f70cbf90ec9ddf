import { useI18n } from '../i18n.js';
import { uiTexts } from './texts.js';

/** A form's two buttons: submit it, or cancel; both wait while its request runs. */
export function SubmitOrCancel({ label, danger, busy, onCancel }: { label: string; danger?: boolean; busy?: boolean; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <div className="row">
      <button type="submit" className={danger ? 'button button-danger' : 'button'} disabled={busy}>
        {label}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
        {t(uiTexts.cancel)}
      </button>
    </div>
  );
}
