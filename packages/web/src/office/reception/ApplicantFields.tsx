import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { receptionTexts as texts } from '../texts.js';
import { type ApplicantDetails as ApplicantInput, ID_NUMBER_PATTERN, PHONE_PATTERN } from '@motcua/core';

export type { ApplicantInput };

export const EMPTY_APPLICANT: ApplicantInput = { type: 'citizen', name: '', idNumber: '', phone: '', email: '', address: '' };

/** Who hands the dossier in; the labels follow whether it is a person or an organisation. */
export function ApplicantFields({ value, onChange, types, errors }: {
  value: ApplicantInput;
  onChange(value: ApplicantInput): void;
  types: Array<'citizen' | 'organisation'>;
  errors: Partial<Record<keyof ApplicantInput, string>>;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<ApplicantInput>) => onChange({ ...value, ...patch });
  const organisation = value.type === 'organisation';
  return (
    <>
      {types.length > 1 && (
        <fieldset className="inline-choices">
          <legend>{t(texts.applicantType)}</legend>
          {types.map((type) => (
            <label key={type}>
              <input type="radio" name="applicant-type" value={type} checked={value.type === type} onChange={() => set({ type })} /> {t(texts[type])}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-grid">
        <Field label={t(organisation ? texts.organisationName : texts.citizenName)} required error={errors.name}>
          <input value={value.name} minLength={2} maxLength={200} autoComplete="off" onChange={(event) => set({ name: event.target.value })} />
        </Field>
        <Field label={t(organisation ? texts.organisationId : texts.citizenId)} hint={t(texts.idHint)} required error={errors.idNumber}>
          <input value={value.idNumber} pattern={ID_NUMBER_PATTERN.source} maxLength={20} autoComplete="off" inputMode={organisation ? 'text' : 'numeric'} onChange={(event) => set({ idNumber: event.target.value.replace(/\s/g, '') })} />
        </Field>
        <Field label={t(texts.phone)} error={errors.phone}>
          <input type="tel" value={value.phone} pattern={PHONE_PATTERN.source} maxLength={20} autoComplete="off" onChange={(event) => set({ phone: event.target.value })} />
        </Field>
        <Field label={t(texts.email)} error={errors.email}>
          <input type="email" value={value.email} maxLength={200} autoComplete="off" onChange={(event) => set({ email: event.target.value })} />
        </Field>
      </div>
      <Field label={t(texts.address)} error={errors.address}>
        <input value={value.address} maxLength={500} autoComplete="off" onChange={(event) => set({ address: event.target.value })} />
      </Field>
    </>
  );
}
