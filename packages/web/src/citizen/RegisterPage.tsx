import { useState } from 'react';
import { api, dataOf } from '../shared/api.js';
import { type Translate, useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { AccountFormPage, useAccountForm } from './AccountFormPage.js';
import { verifyAfterRegistrationPath } from './navigation.js';
import { useCommuneAgencies } from '../shared/declaration/communes.js';
import { AgencyChoice } from '../shared/ui/AgencyChoice.js';
import type { FieldErrors } from '../shared/ui/ErrorSummary.js';
import { registerTexts as texts } from './texts.js';
import { EMAIL_PATTERN, PHONE_PATTERN, isPersonalIdNumber } from '@motcua/core';

interface Registration {
  fullName: string;
  email: string;
  phone: string;
  idNumber: string;
  communeId: string;
  password: string;
  confirmation: string;
}

const EMPTY: Registration = { fullName: '', email: '', phone: '', idNumber: '', communeId: '', password: '', confirmation: '' };
const FIELDS = Object.keys(EMPTY) as Array<keyof Registration>;

/** The checks the browser can make, in the order of the form so that the summary reads top-down. */
function check(form: Registration, t: Translate): FieldErrors {
  const found: Partial<Record<keyof Registration, string>> = {};
  const fullName = form.fullName.trim();
  if (!fullName) found.fullName = t(texts.fullNameMissing);
  else if (fullName.length < 2) found.fullName = t(texts.fullNameShort);
  const email = form.email.trim();
  const phone = form.phone.trim();
  if (!email && !phone) found.email = t(texts.contactMissing);
  if (email && !EMAIL_PATTERN.test(email)) found.email = t(texts.emailInvalid);
  if (phone && !PHONE_PATTERN.test(phone)) found.phone = t(texts.phoneInvalid);
  const idNumber = form.idNumber.trim();
  if (idNumber && !isPersonalIdNumber(idNumber)) found.idNumber = t(texts.idNumberInvalid);
  if (form.password.length < 8) found.password = t(texts.passwordShort);
  if (!form.confirmation) found.confirmation = t(texts.confirmationMissing);
  else if (form.confirmation !== form.password) found.confirmation = t(texts.confirmationMismatch);
  return Object.fromEntries(FIELDS.filter((field) => found[field]).map((field) => [field, found[field]!]));
}

export function RegisterPage() {
  const { t } = useI18n();
  const form = useAccountForm();
  const communes = useCommuneAgencies();
  const [values, setValues] = useState<Registration>(EMPTY);
  const set = (field: keyof Registration) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [field]: event.target.value }));
  const optional = (value: string) => value.trim() || undefined;

  const register = () =>
    form.submit({
      found: check(values, t),
      send: () =>
        dataOf(
          api.POST('/api/citizen/register', {
            body: { fullName: values.fullName.trim(), email: optional(values.email), phone: optional(values.phone), idNumber: optional(values.idNumber), communeId: optional(values.communeId), password: values.password },
          }),
        ),
      // The server names the field at fault (e.g. an e-mail already registered): it is shown there.
      fields: FIELDS,
      // The codes just sent to the contacts are asked for first.
      then: verifyAfterRegistrationPath,
    });

  return (
    <AccountFormPage
      form={form}
      title={t(texts.title)}
      lead={<p>{t(texts.intro)}</p>}
      submitLabel={t(texts.submit)}
      busyLabel={t(texts.submitting)}
      other={{ question: t(texts.haveAccount), link: t(texts.signInLink), path: '/dang-nhap' }}
      onSubmit={register}
    >
      <Field label={t(texts.fullName)} error={form.errors.fullName} required>
        <input name="fullName" type="text" autoComplete="name" value={values.fullName} onChange={set('fullName')} maxLength={200} />
      </Field>
      <fieldset>
        <legend>{t(texts.contactHint)}</legend>
        <Field label={t(texts.email)} error={form.errors.email}>
          <input name="email" type="email" autoComplete="email" value={values.email} onChange={set('email')} maxLength={200} />
        </Field>
        <Field label={t(texts.phone)} error={form.errors.phone}>
          <input name="phone" type="tel" autoComplete="tel" value={values.phone} onChange={set('phone')} maxLength={20} />
        </Field>
      </fieldset>
      <Field label={t(texts.idNumber)} hint={t(texts.idNumberHint)} error={form.errors.idNumber}>
        <input name="idNumber" type="text" inputMode="numeric" autoComplete="off" value={values.idNumber} onChange={set('idNumber')} maxLength={12} />
      </Field>
      <Field label={t(texts.commune)} hint={t(texts.communeHint)} error={form.errors.communeId}>
        <AgencyChoice name="communeId" agencies={communes} value={values.communeId} onChange={(communeId) => setValues((previous) => ({ ...previous, communeId }))} />
      </Field>
      <Field label={t(texts.password)} hint={t(texts.passwordHint)} error={form.errors.password} required>
        <input name="password" type="password" autoComplete="new-password" value={values.password} onChange={set('password')} />
      </Field>
      <Field label={t(texts.confirmation)} error={form.errors.confirmation} required>
        <input name="confirmation" type="password" autoComplete="new-password" value={values.confirmation} onChange={set('confirmation')} />
      </Field>
    </AccountFormPage>
  );
}
