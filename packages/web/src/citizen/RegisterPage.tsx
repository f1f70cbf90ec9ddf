import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../shared/api.js';
import { type Translate, useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { Loading, useErrorText } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { ErrorSummary, type FieldErrors } from './ErrorSummary.js';
import { safeNextPath } from './navigation.js';
import { type Citizen, useCitizenSession } from './session.js';
import { registerTexts as texts } from './texts.js';
import { EMAIL_PATTERN, PHONE_PATTERN } from './validation.js';

interface Registration {
  fullName: string;
  email: string;
  phone: string;
  idNumber: string;
  password: string;
  confirmation: string;
}

const EMPTY: Registration = { fullName: '', email: '', phone: '', idNumber: '', password: '', confirmation: '' };
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
  if (idNumber && !/^\d{12}$/.test(idNumber)) found.idNumber = t(texts.idNumberInvalid);
  if (form.password.length < 8) found.password = t(texts.passwordShort);
  if (!form.confirmation) found.confirmation = t(texts.confirmationMissing);
  else if (form.confirmation !== form.password) found.confirmation = t(texts.confirmationMismatch);
  return Object.fromEntries(FIELDS.filter((field) => found[field]).map((field) => [field, found[field]!]));
}

export function RegisterPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { citizen, setCitizen } = useCitizenSession();
  const [form, setForm] = useState<Registration>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  useTitle(t(texts.title));

  const next = safeNextPath(search.get('next'));
  if (citizen === undefined) return <Loading />;
  if (citizen && !busy) return <Navigate to={next} replace />;

  const set = (field: keyof Registration) => (event: { target: { value: string } }) => setForm((previous) => ({ ...previous, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check(form, t);
    setErrors(found);
    setGeneral(undefined);
    if (Object.keys(found).length > 0) {
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    const optional = (value: string) => value.trim() || undefined;
    try {
      const answer = await api<{ citizen: Citizen }>('POST', '/api/citizen/register', {
        fullName: form.fullName.trim(),
        email: optional(form.email),
        phone: optional(form.phone),
        idNumber: optional(form.idNumber),
        password: form.password,
      });
      setCitizen(answer.citizen);
      navigate(next, { replace: true });
    } catch (failure) {
      const message = failure instanceof ApiError ? errorText(failure) : String(failure);
      const field = failure instanceof ApiError ? failure.body.field?.replace(/^body\./, '') : undefined;
      // The server names the field at fault (e.g. an e-mail already registered): show it there.
      if (field && (FIELDS as string[]).includes(field)) setErrors({ [field]: message });
      else setGeneral(message);
      setAttempt((value) => value + 1);
      setBusy(false);
    }
  }

  const signInTarget = search.get('next') ? `/dang-nhap?next=${encodeURIComponent(next)}` : '/dang-nhap';
  return (
    <div className="page narrow">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.intro)}</p>
      <ErrorSummary errors={errors} general={general} attempt={attempt} />
      <form className="card citizen-account-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field label={t(texts.fullName)} error={errors.fullName} required>
          <input name="fullName" type="text" autoComplete="name" value={form.fullName} onChange={set('fullName')} maxLength={200} />
        </Field>
        <fieldset>
          <legend>{t(texts.contactHint)}</legend>
          <Field label={t(texts.email)} error={errors.email}>
            <input name="email" type="email" autoComplete="email" value={form.email} onChange={set('email')} maxLength={200} />
          </Field>
          <Field label={t(texts.phone)} error={errors.phone}>
            <input name="phone" type="tel" autoComplete="tel" value={form.phone} onChange={set('phone')} maxLength={20} />
          </Field>
        </fieldset>
        <Field label={t(texts.idNumber)} hint={t(texts.idNumberHint)} error={errors.idNumber}>
          <input name="idNumber" type="text" inputMode="numeric" autoComplete="off" value={form.idNumber} onChange={set('idNumber')} maxLength={12} />
        </Field>
        <Field label={t(texts.password)} hint={t(texts.passwordHint)} error={errors.password} required>
          <input name="password" type="password" autoComplete="new-password" value={form.password} onChange={set('password')} />
        </Field>
        <Field label={t(texts.confirmation)} error={errors.confirmation} required>
          <input name="confirmation" type="password" autoComplete="new-password" value={form.confirmation} onChange={set('confirmation')} />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t(texts.submitting) : t(texts.submit)}
        </button>
      </form>
      <p>
        {t(texts.haveAccount)} <Link to={signInTarget}>{t(texts.signInLink)}</Link>
      </p>
    </div>
  );
}
