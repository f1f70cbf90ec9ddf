import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { type DocumentStaff, officerLabel, officersWith } from './api.js';
import { outgoingTexts as texts } from './outgoing-texts.js';

/** The leader who signs: the agency's leaders, each signing in the capacity their grant gives. */
export function SignerField({ staff, loading, value, onChange, error }: { staff: DocumentStaff | undefined; loading: boolean; value: string; onChange(officerId: string): void; error: string | undefined }) {
  const { t } = useI18n();
  return (
    <Field label={t(texts.signer)} hint={t(texts.signerHint)} required error={error}>
      <select name="signerId" value={value} onChange={(event) => onChange(event.target.value)} aria-busy={loading || undefined}>
        <option value="">{t(texts.chooseSigner)}</option>
        {officersWith(staff, ['agency_leader']).map((officer) => (
          <option key={officer.id} value={officer.id}>
            {officerLabel(officer)}
          </option>
        ))}
      </select>
    </Field>
  );
}
