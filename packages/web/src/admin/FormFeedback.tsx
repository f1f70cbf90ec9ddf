import { useI18n } from '../shared/i18n.js';
import { ActionStatus, Alert, ErrorMessage } from '../shared/ui/feedback.js';
import { commonTexts } from './texts.js';
import type { ClientErrors, Submission } from './use-submit.js';

/** What a checked form says above its fields: that the browser found errors, the server's refusal, or its confirmation (brought into view). */
export function FormFeedback({ clientErrors, submission }: { clientErrors: ClientErrors; submission: Submission }) {
  const { t } = useI18n();
  return (
    <>
      {Object.keys(clientErrors).length > 0 && <Alert kind="error">{t(commonTexts.fixErrors)}</Alert>}
      {submission.error && <ErrorMessage error={submission.error} />}
      <ActionStatus message={submission.success} />
    </>
  );
}

/** The submit button, which says so while the form is being saved. */
export function SaveButton({ busy, label, describedBy }: { busy: boolean; label?: string; describedBy?: string }) {
  const { t } = useI18n();
  return (
    <button type="submit" className="button" disabled={busy} aria-describedby={describedBy}>
      {busy ? t(commonTexts.saving) : (label ?? t(commonTexts.save))}
    </button>
  );
}
