import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type DossierAction, RETURN_METHODS, type ReturnMethod, ruleFor } from '@motcua/core';
import { ApiError, api } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { Alert, ErrorMessage, useErrorText } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { actionButtonTexts, actionTexts as texts, returnMethodTexts } from '../texts.js';
import type { DossierDetail } from '../types.js';
import { ASKS_FOR_MISSING, ENDING_ACTIONS } from './action-inputs.js';
import { AssigneeSelect, isStaffingAction } from './AssigneeSelect.js';
import { type MissingComponent, MissingComponentsInput } from './MissingComponentsInput.js';
import { type ResultFile, ResultFileInput } from './ResultFileInput.js';

export interface ActionOutcome {
  action: DossierAction;
  state: string;
}

const FIELDS = ['comment', 'assigneeId', 'extendWorkingDays', 'feeAmountVnd', 'returnMethod', 'resultFileId'] as const;
type FieldErrors = Partial<Record<(typeof FIELDS)[number], string>>;

/**
 * The inputs one action needs, and nothing more: a reason where the lifecycle demands one (it is
 * printed for the applicant), the officer for a hand-over or an assignment, the days of an
 * extension, how a result goes back, the fee, the documents a supplement request lists, the
 * result document an approval signs.
 */
export function ActionForm({ dossier, action, onDone, onConflict, onCancel }: {
  dossier: DossierDetail;
  action: DossierAction;
  onDone(outcome: ActionOutcome): void;
  onConflict(): void;
  onCancel(): void;
}) {
  const { t, language } = useI18n();
  const rule = ruleFor(action);
  const [comment, setComment] = useState(action === 'extend' ? t(texts.apologyTemplate) : '');
  const [assigneeId, setAssigneeId] = useState('');
  const [days, setDays] = useState('');
  const [fee, setFee] = useState('');
  const [returnMethod, setReturnMethod] = useState<ReturnMethod>(dossier.channel === 'online' ? 'electronic' : 'in_person');
  const [missing, setMissing] = useState<MissingComponent[]>([{ name: '', reason: '' }]);
  const [resultFile, setResultFile] = useState<ResultFile>({ status: 'none' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => firstRef.current?.focus(), [action]);

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (rule.needsReason && !comment.trim()) found.comment = t(texts.reasonRequired);
    if (action === 'assign' && !assigneeId) found.assigneeId = t(texts.officerRequired);
    if (action === 'extend' && !(Number.isInteger(Number(days)) && Number(days) >= 1 && Number(days) <= 365)) found.extendWorkingDays = t(texts.valueRequired);
    if (action === 'request_fee' && !(Number.isInteger(Number(fee)) && Number(fee) >= 1)) found.feeAmountVnd = t(texts.valueRequired);
    // Approving while the chosen file is not there would sign the template instead, unasked.
    if (action === 'approve' && resultFile.status === 'uploading') found.resultFileId = t(texts.resultWait);
    if (action === 'approve' && resultFile.status === 'failed') found.resultFileId = resultFile.error;
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setServerError(undefined);
    const listed = missing.filter((item) => item.name.trim()).map((item) => ({ name: item.name.trim(), reason: item.reason.trim() }));
    const body = {
      version: dossier.version,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(assigneeId ? { assigneeId } : {}),
      ...(action === 'extend' ? { extendWorkingDays: Number(days) } : {}),
      ...(action === 'request_fee' ? { feeAmountVnd: Number(fee) } : {}),
      ...(action === 'return_result' ? { returnMethod } : {}),
      ...(ASKS_FOR_MISSING.has(action) && listed.length > 0 ? { missingComponents: listed } : {}),
      ...(action === 'approve' && resultFile.status === 'done' ? { resultFileId: resultFile.id } : {}),
    };
    try {
      const result = await api<{ state: string }>('POST', `/api/v1/dossiers/${encodeURIComponent(dossier.code)}/actions/${action}`, body);
      onDone({ action, state: result.state });
    } catch (caught) {
      setBusy(false);
      const error = caught instanceof ApiError ? caught : new ApiError(0, { code: 'client_error', message: String(caught) });
      if (error.status === 409 && error.body.code === 'version_conflict') return onConflict();
      setServerError(error);
      const field = error.body.field as keyof FieldErrors | undefined;
      if (field && (FIELDS as readonly string[]).includes(field)) {
        setErrors({ [field]: error.body.message });
      }
    }
  }

  const commentLabel = action === 'extend' ? t(texts.apology) : rule.needsReason ? t(texts.reason) : t(texts.comment);
  const commentHint = action === 'extend' ? t(texts.apologyHint) : rule.needsReason ? t(texts.reasonHint) : undefined;
  return (
    <form className="card action-form" onSubmit={(event) => void submit(event)} aria-labelledby="action-form-title" noValidate>
      <h3 id="action-form-title" ref={firstRef} tabIndex={-1}>
        {t(rule.label)}
      </h3>
      {serverError && <ServerError error={serverError} />}
      {isStaffingAction(action) && <AssigneeSelect dossierCode={dossier.code} action={action} value={assigneeId} onChange={setAssigneeId} error={errors.assigneeId} />}
      {action === 'extend' && (
        <Field label={t(texts.extendDays)} required error={errors.extendWorkingDays} hint={t(texts.currentDue, { date: formatDateTime(dossier.dueAt, language) })}>
          <input type="number" inputMode="numeric" min={1} max={365} step={1} value={days} onChange={(event) => setDays(event.target.value)} />
        </Field>
      )}
      {action === 'request_fee' && (
        <Field label={t(texts.fee)} hint={t(texts.feeHint)} required error={errors.feeAmountVnd}>
          <input type="number" inputMode="numeric" min={1} step={1000} value={fee} onChange={(event) => setFee(event.target.value)} />
        </Field>
      )}
      {action === 'return_result' && (
        <Field label={t(texts.returnMethod)} required error={errors.returnMethod}>
          <select value={returnMethod} onChange={(event) => setReturnMethod(event.target.value as ReturnMethod)}>
            {RETURN_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(returnMethodTexts[method])}
              </option>
            ))}
          </select>
        </Field>
      )}
      {action === 'approve' && <ResultFileInput value={resultFile} onChange={setResultFile} error={errors.resultFileId} />}
      {ASKS_FOR_MISSING.has(action) && <MissingComponentsInput items={missing} onChange={setMissing} suggestions={dossier.components.map((component) => component.name)} />}
      <Field label={commentLabel} hint={commentHint} required={rule.needsReason} error={errors.comment}>
        <textarea rows={action === 'extend' ? 4 : 3} maxLength={4000} value={comment} onChange={(event) => setComment(event.target.value)} />
      </Field>
      <div className="row">
        <button type="submit" className={`button${ENDING_ACTIONS.has(action) ? ' button-danger' : ''}`} disabled={busy}>
          {busy ? t(texts.working) : t(texts.confirm, { action: t(actionButtonTexts[action]) })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t(texts.cancel)}
        </button>
      </div>
    </form>
  );
}

/**
 * Why the server refused: the signing errors of an approval (no certificate, an expired one, one
 * that no longer opens) say that nothing was approved and what unblocks it.
 */
function ServerError({ error }: { error: ApiError }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (!error.body.code.startsWith('signing_')) return <ErrorMessage error={error} />;
  return (
    <Alert kind="error" title={t(texts.signingFailed)}>
      <p>{errorText(error)}</p>
      <p>{t(texts.signingFailedNote)}</p>
    </Alert>
  );
}
