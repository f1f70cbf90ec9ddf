import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { RadioGroup } from '../../shared/ui/RadioGroup.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { submissionTexts as texts } from '../texts.js';
import type { ApplicantForm, WizardState } from './wizard-state.js';

/** Step 1: who applies, and what for. */
export function ApplicantStep({ state, applicantTypes, errors, onApplicant, onSummary }: {
  state: WizardState;
  applicantTypes: Array<ApplicantForm['type']>;
  errors: FieldErrors;
  onApplicant(patch: Partial<ApplicantForm>): void;
  onSummary(summary: string): void;
}) {
  const { t } = useI18n();
  const { applicant } = state;
  const organisation = applicant.type === 'organisation';
  const text = (field: keyof ApplicantForm) => ({
    name: `applicant.${field}`,
    value: applicant[field],
    onChange: (event: { target: { value: string } }) => onApplicant({ [field]: event.target.value }),
  });
  return (
    <>
      {applicantTypes.length > 1 && (
        <RadioGroup
          legend={t(texts.applicantType)}
          name="applicant.type"
          options={applicantTypes.map((type) => ({ value: type, label: type === 'citizen' ? t(texts.typeCitizen) : t(texts.typeOrganisation) }))}
          value={applicant.type}
          onChange={(type) => onApplicant({ type })}
        />
      )}
      <Field label={organisation ? t(texts.nameOrganisation) : t(texts.nameCitizen)} error={errors['applicant.name']} required>
        <input type="text" autoComplete={organisation ? 'organization' : 'name'} maxLength={200} {...text('name')} />
      </Field>
      <Field
        label={organisation ? t(texts.idOrganisation) : t(texts.idCitizen)}
        hint={organisation ? t(texts.idOrganisationHint) : t(texts.idCitizenHint)}
        error={errors['applicant.idNumber']}
        required
      >
        <input type="text" autoComplete="off" maxLength={20} spellCheck={false} {...text('idNumber')} />
      </Field>
      <fieldset>
        <legend>{t(texts.contactHint)}</legend>
        <Field label={t(texts.phone)} error={errors['applicant.phone']}>
          <input type="tel" autoComplete="tel" maxLength={20} {...text('phone')} />
        </Field>
        <Field label={t(texts.email)} error={errors['applicant.email']}>
          <input type="email" autoComplete="email" maxLength={200} {...text('email')} />
        </Field>
        <Field label={t(texts.address)} error={errors['applicant.address']}>
          <input type="text" autoComplete="street-address" maxLength={500} {...text('address')} />
        </Field>
      </fieldset>
      <Field label={t(texts.summary)} hint={t(texts.summaryHint)} error={errors.summary}>
        <textarea name="summary" maxLength={2000} rows={3} value={state.summary} onChange={(event) => onSummary(event.target.value)} />
      </Field>
    </>
  );
}
