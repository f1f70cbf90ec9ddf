import { type FormEvent, useState } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { ComponentFiles } from '../ComponentFiles.js';
import { ErrorSummary, type FieldErrors } from '../../shared/ui/ErrorSummary.js';
import type { FileFacts } from '@motcua/contract';
import type { DossierDetail } from '../model.js';
import { commonTexts, myDossierTexts as texts } from '../texts.js';
import type { ActionOutcome } from './action-outcome.js';
import { performAction } from './perform-action.js';

const normalise = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * Sends what the officer asked for: new files for any component and a note. The same form serves
 * a supplement during processing (`submit_supplement`) and before reception (`resubmit`).
 */
export function SupplementForm({ dossier, action, onOutcome }: { dossier: DossierDetail; action: 'submit_supplement' | 'resubmit'; onOutcome(outcome: ActionOutcome): void }) {
  const { t } = useI18n();
  const [files, setFiles] = useState<Record<string, FileFacts[]>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [uploading, setUploading] = useState(0);
  const [busy, setBusy] = useState(false);
  // The request names components in words; those it names are marked so the citizen finds them.
  const requested = new Set((dossier.supplementRequest?.missingComponents ?? []).map((missing) => normalise(missing.name)));
  const heading = action === 'resubmit' ? t(texts.resubmitHeading) : t(texts.supplementHeading);

  async function submit(event: FormEvent) {
    event.preventDefault();
    onOutcome({ kind: 'started' });
    const components = Object.entries(files)
      .filter(([, chosen]) => chosen.length > 0)
      .map(([code, chosen]) => ({ code, fileIds: chosen.map((file) => file.id) }));
    const note = comment.trim();
    const problem = uploading > 0 ? t(commonTexts.waitForUploads) : components.length === 0 && !note ? t(texts.nothingToSend) : undefined;
    if (problem) {
      setErrors({});
      setGeneral(problem);
      setAttempt((value) => value + 1);
      return;
    }
    setErrors({});
    setGeneral(undefined);
    setBusy(true);
    const outcome = await performAction(dossier.code, action, dossier.version, { ...(note ? { comment: note } : {}), ...(components.length ? { components } : {}) }).then(
      () => ({ ok: true as const, message: action === 'resubmit' ? t(texts.doneResubmit) : t(texts.doneSupplement) }),
      (failure: unknown) => ({ ok: false as const, failure }),
    );
    setBusy(false);
    if (outcome.ok) onOutcome({ kind: 'done', message: outcome.message });
    else onOutcome({ kind: 'failed', failure: outcome.failure });
  }

  return (
    <section className="card" aria-labelledby="supplement-form-heading">
      <h3 id="supplement-form-heading" className="citizen-card-title">{heading}</h3>
      <p>{t(texts.supplementHelp)}</p>
      <ErrorSummary errors={errors} general={general} attempt={attempt} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        {dossier.components.map((component) => {
          const asked = requested.has(normalise(component.name));
          return (
            <div key={component.code} className={asked ? 'citizen-component-requested' : undefined}>
              <ComponentFiles
                name={`components.${component.code}`}
                label={`${t(texts.newFiles, { name: component.name })}${asked ? ` (${t(texts.requested)})` : ''}`}
                files={files[component.code] ?? []}
                onChange={(next) => setFiles((previous) => ({ ...previous, [component.code]: next }))}
                onBusy={(running) => setUploading((count) => count + (running ? 1 : -1))}
              />
            </div>
          );
        })}
        <Field label={t(texts.actionComment)} hint={t(texts.actionCommentHint)} error={errors.comment}>
          <textarea name="comment" rows={3} maxLength={4000} value={comment} onChange={(event) => setComment(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t(texts.sending) : action === 'resubmit' ? t(texts.sendResubmit) : t(texts.sendSupplement)}
        </button>
      </form>
    </section>
  );
}
