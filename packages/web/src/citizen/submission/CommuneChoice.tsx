import { useI18n } from '../../shared/i18n.js';
import { AgencyChoice } from '../../shared/ui/AgencyChoice.js';
import { Field } from '../../shared/ui/Field.js';
import { submissionTexts as texts } from '../texts.js';

/**
 * Where a procedure offered by communes goes: the commune, ward or special zone the applicant
 * picks, by default the one of their address. Its one-stop section receives the dossier and the
 * commune decides it.
 */
export function CommuneChoice({ agencies, value, error, home, onChange }: {
  agencies: ReadonlyArray<{ id: string; name: string }>;
  value: string;
  error: string | undefined;
  /** The commune of the account's address, if it offers the procedure. */
  home: string | null;
  onChange(agencyId: string): void;
}) {
  const { t } = useI18n();
  return (
    <Field label={t(texts.commune)} hint={home ? t(texts.communeHintHome) : t(texts.communeHint)} error={error} required>
      <AgencyChoice name="receivingAgencyId" agencies={agencies} value={value} onChange={onChange} empty={t(texts.communePlaceholder)} />
    </Field>
  );
}
