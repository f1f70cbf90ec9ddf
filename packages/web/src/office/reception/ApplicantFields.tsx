import { applicantCheckTexts } from '../../shared/applicant-check.js';
import { useI18n } from '../../shared/i18n.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { RadioGroup } from '../../shared/ui/RadioGroup.js';
import { receptionTexts as texts } from '../texts.js';
import { type ApplicantDetails as ApplicantInput } from '@motcua/core';

export type { ApplicantInput };

export const EMPTY_APPLICANT: ApplicantInput = { type: 'citizen', name: '', idNumber: '', phone: '', email: '', address: '' };

/** The applicant as a new dossier's body names them: trimmed, the optional details left out when empty. */
export function applicantBody(applicant: ApplicantInput) {
  return {
    type: applicant.type,
    name: applicant.name.trim(),
    idNumber: applicant.idNumber.trim(),
    ...(applicant.phone?.trim() ? { phone: applicant.phone.trim() } : {}),
    ...(applicant.email?.trim() ? { email: applicant.email.trim() } : {}),
    ...(applicant.address?.trim() ? { address: applicant.address.trim() } : {}),
  };
}

/**
 * Who hands the dossier in; the labels follow whether it is a person or an organisation. Each
 * control is named `applicant.<field>`, as the errors that point at it are keyed.
 */
export function ApplicantFields({ value, onChange, types, errors }: {
  value: ApplicantInput;
  onChange(value: ApplicantInput): void;
  types: Array<'citizen' | 'organisation'>;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<ApplicantInput>) => onChange({ ...value, ...patch });
  const organisation = value.type === 'organisation';
  const text = (field: Exclude<keyof ApplicantInput, 'type'>) => ({
    name: `applicant.${field}`,
    value: value[field],
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value }),
  });
  return (
    <>
      {types.length > 1 && (
        <RadioGroup legend={t(texts.applicantType)} name="applicant.type" options={types.map((type) => ({ value: type, label: t(texts[type]) }))} value={value.type} onChange={(type) => set({ type })} inline />
      )}
      <div className="form-grid">
        <Field label={t(organisation ? texts.organisationName : texts.citizenName)} required error={errors['applicant.name']}>
          <input maxLength={200} {...text('name')} />
        </Field>
        <Field
          label={t(organisation ? texts.organisationId : texts.citizenId)}
          hint={t(organisation ? applicantCheckTexts.idOrganisationHint : applicantCheckTexts.idCitizenHint)}
          required
          error={errors['applicant.idNumber']}
        >
          <input maxLength={20} spellCheck={false} inputMode={organisation ? 'text' : 'numeric'} {...text('idNumber')} />
        </Field>
        <Field label={t(texts.phone)} error={errors['applicant.phone']}>
          <input type="tel" maxLength={20} {...text('phone')} />
        </Field>
        <Field label={t(texts.email)} error={errors['applicant.email']}>
          <input type="email" maxLength={200} {...text('email')} />
        </Field>
      </div>
      <Field label={t(texts.address)} error={errors['applicant.address']}>
        <input maxLength={500} {...text('address')} />
      </Field>
    </>
  );
}
