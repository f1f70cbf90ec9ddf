import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type DossierAction, ruleFor } from '@motcua/core';
import { type ApiError, api, asApiError, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.js';
import { Alert, ErrorMessage, useErrorText } from '../../shared/ui/feedback.js';
import { actionButtonTexts, actionTexts as texts } from '../texts.js';
import type { OfficeDossier, OfficerActionPath } from '@motcua/contract';
import { type FieldState, bodyValue, fieldProblem, initialState } from './action-fields.js';
import { ENDING_ACTIONS } from './action-inputs.js';
import { ActionFieldInput } from './ActionFieldInput.js';

export interface ActionOutcome {
  action: DossierAction;
  state: string;
}

type FieldErrors = Partial<Record<string, string>>;

/**
 * The form of one action, built from the action's row of the lifecycle: exactly the fields it
 * takes (a reason where one is printed for the applicant, the officer for a hand-over or an
 * assignment, the days of an extension, the fee, the documents a supplement request lists, the
 * result document an approval signs …), with their labels, help and required marks.
 */
export function ActionForm({ dossier, action, onStart, onDone, onConflict, onCancel }: {
  dossier: OfficeDossier;
  action: DossierAction;
  /** Each submission: what was said of the action before no longer answers it. */
  onStart(): void;
  onDone(outcome: ActionOutcome): void;
  onConflict(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const rule = ruleFor(action);
  const [states, setStates] = useState<Record<string, FieldState>>(() => Object.fromEntries(rule.input.map((field) => [field.name, initialState(field, dossier, t)])));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => firstRef.current?.focus(), [action]);

  function check(): FieldErrors {
    const found: FieldErrors = {};
    for (const field of rule.input) {
      const problem = fieldProblem(field, states[field.name]!, t);
      if (problem) found[field.name] = problem;
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    onStart();
    setServerError(undefined);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // Ending the request cannot be undone: it is asked once more, in a dialog.
    if (ENDING_ACTIONS.has(action)) setConfirming(true);
    else await send();
  }

  async function send() {
    setConfirming(false);
    setBusy(true);
    const body: Record<string, unknown> = { version: dossier.version };
    for (const field of rule.input) {
      const value = bodyValue(states[field.name]!);
      if (value !== undefined) body[field.name] = value;
    }
    try {
      // The server offers (availableActions) only actions officers have a route for; the body is built
      // from the action's row of the lifecycle, of which the document's body for the action is made.
      const path = `/api/v1/dossiers/{code}/actions/${action}` as OfficerActionPath;
      const result = await dataOf(api.POST(path, { params: { path: { code: dossier.code } }, body: body as never }));
      onDone({ action, state: result.state });
    } catch (caught) {
      setBusy(false);
      const error = asApiError(caught);
      if (error.status === 409 && error.body.code === 'version_conflict') return onConflict();
      setServerError(error);
      // The body's own checks name `body.<field>`, the action's rules the field alone.
      const field = error.body.field?.replace(/^body\./, '');
      if (field && rule.input.some((item) => item.name === field)) setErrors({ [field]: error.body.message });
    }
  }

  return (
    <>
      <form className="card action-form" onSubmit={(event) => void submit(event)} aria-labelledby="action-form-title" noValidate>
        <h3 id="action-form-title" ref={firstRef} tabIndex={-1}>
          {t(rule.label)}
        </h3>
        {serverError && <ServerError error={serverError} />}
        {rule.input.map((field) => (
          <ActionFieldInput
            key={field.name}
            field={field}
            state={states[field.name]!}
            onChange={(update) => setStates((previous) => ({ ...previous, [field.name]: update(previous[field.name]!) }))}
            error={errors[field.name]}
            action={action}
            dossier={dossier}
          />
        ))}
        <div className="row">
          <button type="submit" ref={submitRef} className={`button${ENDING_ACTIONS.has(action) ? ' button-danger' : ''}`} disabled={busy}>
            {busy ? t(texts.working) : t(texts.confirm, { action: t(actionButtonTexts[action]) })}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            {t(texts.cancel)}
          </button>
        </div>
      </form>
      {/* Mounted only while asking: the action's form stays the only form under the panel. */}
      {confirming && (
        <ConfirmDialog
          open
          title={t(texts.endingQuestion, { action: t(rule.label) })}
          confirmLabel={t(texts.confirm, { action: t(actionButtonTexts[action]) })}
          busy={busy}
          onConfirm={() => void send()}
          onCancel={() => {
            setConfirming(false);
            submitRef.current?.focus();
          }}
        >
          <p>{t(texts.endingWarning, { code: dossier.code })}</p>
        </ConfirmDialog>
      )}
    </>
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
