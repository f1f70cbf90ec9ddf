import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isAgencyCode } from '@motcua/core';
import { api } from '../shared/api.js';
import { type Text, useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useTitle } from '../shared/use-title.js';
import { AGENCY_KINDS, type AgencyKind, administeredAgencyIds, useAgencies } from './agencies.js';
import { AgencySelect } from './AgencySelect.js';
import { useFormState } from './form-state.js';
import { adminPaths } from './paths.js';
import { agencyKindLabels, agencyTexts as texts, commonTexts } from './texts.js';
import { type ClientErrors, focusFirstInvalid, requiredText, useFieldErrors, useSubmission } from './use-submit.js';

export interface AgencyNotice {
  notice?: string;
}

export function NewAgencyPage() {
  const { t } = useI18n();
  useTitle(t(texts.create));
  const navigate = useNavigate();
  const { officer } = useOfficerSession();
  const { data: agencies, error: loadError, reload } = useAgencies();
  const form = useFormState({ code: '', name: '', shortName: '', kind: 'department' as AgencyKind | '', parentId: '', address: '', phone: '' });
  const [clientErrors, setClientErrors] = useState<ClientErrors>({});
  const submission = useSubmission();
  const errorAt = useFieldErrors(clientErrors, submission.error);
  const formRef = useRef<HTMLFormElement>(null);

  if (loadError) return <div className="page"><ErrorMessage error={loadError} onRetry={reload} /></div>;
  if (!agencies) return <Loading />;
  const administered = administeredAgencyIds(agencies, officer);
  const { values } = form;

  const check = (): ClientErrors => {
    const errors: ClientErrors = {};
    const required = (field: keyof typeof values, label: Text) => {
      if (!values[field].trim()) errors[field] = requiredText(label);
    };
    if (!isAgencyCode(values.code.trim())) errors.code = texts.codeInvalid;
    required('name', texts.name);
    required('shortName', texts.shortName);
    if (!values.kind) errors.kind = texts.kindMissing;
    if (!values.parentId) errors.parentId = texts.parentMissing;
    return errors;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = check();
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      submission.clear();
      focusFirstInvalid(formRef.current);
      return;
    }
    const body = { ...values, code: values.code.trim(), name: values.name.trim(), shortName: values.shortName.trim(), address: values.address.trim(), phone: values.phone.trim() };
    void submission.run(async () => {
      const created = await api<{ id: string; code: string }>('POST', '/api/v1/agencies', body);
      navigate(adminPaths.agency(created.id), { state: { notice: t(texts.created, { code: created.code }) } satisfies AgencyNotice });
      return undefined;
    }).then((saved) => saved || focusFirstInvalid(formRef.current));
  };

  return (
    <div className="page narrow">
      <p>
        <Link to={adminPaths.agencies}>← {t(texts.backToTree)}</Link>
      </p>
      <h1>{t(texts.create)}</h1>
      <form ref={formRef} className="card" onSubmit={submit} noValidate>
        {Object.keys(clientErrors).length > 0 && <Alert kind="error">{t(commonTexts.fixErrors)}</Alert>}
        {submission.error && <ErrorMessage error={submission.error} />}
        <Field label={t(texts.code)} hint={t(texts.codeHint)} error={errorAt('code')} required>
          <input {...form.bind('code')} inputMode="text" autoComplete="off" spellCheck={false} maxLength={13} />
        </Field>
        <Field label={t(texts.name)} error={errorAt('name')} required>
          <input {...form.bind('name')} maxLength={300} />
        </Field>
        <Field label={t(texts.shortName)} error={errorAt('shortName')} required>
          <input {...form.bind('shortName')} maxLength={100} />
        </Field>
        <Field label={t(texts.kind)} error={errorAt('kind')} required>
          <select {...form.bind('kind')}>
            {AGENCY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(agencyKindLabels[kind])}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t(texts.parent)} error={errorAt('parentId')} required>
          <AgencySelect agencies={agencies} value={values.parentId} onValue={(value) => form.set('parentId', value)} include={(agency) => administered.has(agency.id) && !agency.abolishedOn} />
        </Field>
        <Field label={t(texts.address)} error={errorAt('address')}>
          <input {...form.bind('address')} maxLength={500} autoComplete="off" />
        </Field>
        <Field label={t(texts.phone)} error={errorAt('phone')}>
          <input {...form.bind('phone')} type="tel" maxLength={50} autoComplete="off" />
        </Field>
        <button type="submit" className="button" disabled={submission.busy}>
          {submission.busy ? t(commonTexts.saving) : t(commonTexts.save)}
        </button>
      </form>
    </div>
  );
}
