import type { ActionField, DossierAction } from '@motcua/core';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { ScanUpload } from '../reception/ScanUpload.js';
import { actionTexts as texts } from '../texts.js';
import type { OfficeDossier } from '@motcua/contract';
import type { FieldState } from './action-fields.js';
import { AssigneeSelect, isStaffingAction } from './AssigneeSelect.js';
import { MissingComponentsInput } from './MissingComponentsInput.js';
import { ResultFileInput } from './ResultFileInput.js';

/**
 * The control for one field of an action's input, as its row of the lifecycle describes it: label,
 * help, required mark and bounds come from there.
 */
export function ActionFieldInput({ field, state, onChange, error, action, dossier }: {
  field: ActionField;
  state: FieldState;
  /** Given the field's latest state, as uploads finish after later renders. */
  onChange(update: (previous: FieldState) => FieldState): void;
  error: string | undefined;
  action: DossierAction;
  dossier: OfficeDossier;
}) {
  const { t, language } = useI18n();
  const label = t(field.label);
  const help = field.help && t(field.help);
  switch (state.kind) {
    case 'comment':
      return (
        <Field label={label} hint={help} required={field.required} error={error}>
          <textarea
            rows={field.kind === 'comment' && field.prefill ? 4 : 3}
            maxLength={field.kind === 'comment' ? field.maxLength : undefined}
            value={state.text}
            onChange={(event) => { const text = event.target.value; onChange(() => ({ ...state, text })); }}
          />
        </Field>
      );
    case 'text':
      return (
        <Field label={label} hint={help} required={field.required} error={error}>
          <input
            type="text"
            autoComplete="off"
            maxLength={field.kind === 'text' ? field.maxLength : undefined}
            value={state.text}
            onChange={(event) => { const text = event.target.value; onChange(() => ({ ...state, text })); }}
          />
        </Field>
      );
    case 'flag':
      return (
        <div className="field citizen-checkbox-field">
          <label>
            <input type="checkbox" checked={state.checked} onChange={(event) => { const checked = event.target.checked; onChange(() => ({ kind: 'flag', checked })); }} />{' '}
            {label}
          </label>
          {help && <p className="field-hint">{help}</p>}
        </div>
      );
    case 'integer':
    case 'amount': {
      const bounds = field.kind === 'integer' || field.kind === 'amount' ? field : undefined;
      // An extension moves the appointment: the officer sees where it stands now.
      const hint = field.name === 'extendWorkingDays' ? `${t(texts.currentDue, { date: formatDateTime(dossier.dueAt, language) })} ${help ?? ''}` : help;
      return (
        <Field label={label} hint={hint} required={field.required} error={error}>
          <input
            type="number"
            inputMode="numeric"
            min={bounds?.minimum}
            max={bounds?.maximum}
            step={state.kind === 'amount' ? 1000 : 1}
            value={state.text}
            onChange={(event) => { const text = event.target.value; onChange(() => ({ ...state, text })); }}
          />
        </Field>
      );
    }
    case 'choice':
      return (
        <Field label={label} hint={help} required={field.required} error={error}>
          <select value={state.text} onChange={(event) => { const text = event.target.value; onChange(() => ({ ...state, text })); }}>
            {(field.kind === 'choice' ? field.options : []).map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </Field>
      );
    case 'officer':
      return isStaffingAction(action) ? (
        <AssigneeSelect dossierCode={dossier.code} action={action} label={label} required={field.required} value={state.text} onChange={(id) => onChange(() => ({ ...state, text: id }))} error={error} />
      ) : null;
    case 'pdf_file':
      return <ResultFileInput label={label} hint={help} value={state.file} onChange={(file) => onChange(() => ({ kind: 'pdf_file', file }))} error={error} />;
    case 'file_ids':
      return (
        <div className="field-group">
          <ScanUpload label={label} scans={state.scans} onChange={(scans) => onChange(() => ({ kind: 'file_ids', scans }))} />
          {help && <p className="field-hint">{help}</p>}
          {error && <p className="field-error">{error}</p>}
        </div>
      );
    case 'missing_documents':
      return (
        <MissingComponentsInput
          legend={label}
          hint={help}
          items={state.items}
          onChange={(items) => onChange(() => ({ kind: 'missing_documents', items }))}
          suggestions={dossier.components.map((component) => component.name)}
        />
      );
    case 'component_files':
      return (
        <fieldset>
          <legend>{label}</legend>
          {help && <p className="field-hint">{help}</p>}
          {dossier.components.map((component) => (
            <ScanUpload
              key={component.code}
              label={component.name}
              scans={state.scans[component.code] ?? []}
              onChange={(scans) =>
                onChange((previous) => (previous.kind === 'component_files' ? { ...previous, scans: { ...previous.scans, [component.code]: scans } } : previous))
              }
            />
          ))}
          {error && <p className="field-error">{error}</p>}
        </fieldset>
      );
  }
}
