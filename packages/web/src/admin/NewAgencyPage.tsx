import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { isAgencyCode } from '@motcua/core';
import { api, dataOf } from '../shared/api.js';
import { type Text, useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useTitle } from '../shared/use-title.js';
import { AGENCY_KINDS, type AgencyKind, administeredAgencyIds, useAgencies } from './agencies.js';
import { AgencyContactFields, AgencyNameFields } from './AgencyFields.js';
import { AgencySelect } from './AgencySelect.js';
import { useFormState } from './form-state.js';
import { FormFeedback, SaveButton } from './FormFeedback.js';
import { adminPaths } from './paths.js';
import { agencyKindLabels, agencyTexts as texts } from './texts.js';
import { type ClientErrors, requiredText, useCheckedForm } from './use-submit.js';

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
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();

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

  const save = (event: FormEvent) => {
    event.preventDefault();
    const { kind } = values;
    const body = { ...values, code: values.code.trim(), name: values.name.trim(), shortName: values.shortName.trim(), address: values.address.trim(), phone: values.phone.trim() };
    submit(check(), async () => {
      // check() refuses a missing kind: nothing is sent without one.
      if (!kind) return undefined;
      const created = await dataOf(api.POST('/api/v1/agencies', { body: { ...body, kind } }));
      navigate(adminPaths.agency(created.id), { state: { notice: t(texts.created, { code: created.code }) } satisfies AgencyNotice });
      return undefined;
    });
  };

  return (
    <div className="page narrow">
      <p>
        <Link to={adminPaths.agencies}>← {t(texts.backToTree)}</Link>
      </p>
      <h1>{t(texts.create)}</h1>
      <form ref={formRef} className="card" onSubmit={save} noValidate>
        <FormFeedback clientErrors={clientErrors} submission={submission} />
        <Field label={t(texts.code)} hint={t(texts.codeHint)} error={errorAt('code')} required>
          <input {...form.bind('code')} inputMode="text" autoComplete="off" spellCheck={false} maxLength={13} />
        </Field>
        <AgencyNameFields bind={form.bind} errorAt={errorAt} />
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
        <AgencyContactFields bind={form.bind} errorAt={errorAt} />
        <SaveButton busy={submission.busy} />
      </form>
    </div>
  );
}
