import type { ChangeEvent } from 'react';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { SaveButton } from '../FormFeedback.js';
import { commonTexts } from '../texts.js';
import { centreTexts as texts } from './texts.js';

/** Whether a service or counter is in use, as a choice of two ("yes" / "no" in the form's values). */
export function InUseField({ control, error }: { control: { name: string; value: string; onChange(event: ChangeEvent<HTMLSelectElement>): void }; error: string | undefined }) {
  const { t } = useI18n();
  return (
    <Field label={t(texts.status)} error={error}>
      <select {...control}>
        <option value="yes">{t(texts.active)}</option>
        <option value="no">{t(texts.inactive)}</option>
      </select>
    </Field>
  );
}

/** Save, and, while a record is being edited, cancel back to a new one. */
export function SaveOrCancel({ busy, editing, onCancel }: { busy: boolean; editing: boolean; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <div className="row">
      <SaveButton busy={busy} />
      {editing && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t(commonTexts.cancel)}
        </button>
      )}
    </div>
  );
}
