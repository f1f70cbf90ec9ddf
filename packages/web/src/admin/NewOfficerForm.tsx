import { type FormEvent, useState } from 'react';
import { api } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import type { Agency } from './agencies.js';
import { useFormState } from './form-state.js';
import { FormFeedback, SaveButton } from './FormFeedback.js';
import { type GrantDraft, GrantsEditor, grantsForApi, grantsProblem, newGrant } from './GrantsEditor.js';
import { officerTexts as texts } from './texts.js';
import { type ClientErrors, requiredText, useCheckedForm } from './use-submit.js';

const USERNAME = /^[a-zA-Z0-9._-]{3,60}$/;
const MIN_PASSWORD = 10;

export function NewOfficerForm({ agencies, administered, agencyId, onCreated }: { agencies: Agency[]; administered: Set<string>; agencyId: string; onCreated(message: string): void }) {
  const { t } = useI18n();
  const form = useFormState({ username: '', fullName: '', title: '', email: '', phone: '', password: '' });
  const [grants, setGrants] = useState<GrantDraft[]>(() => [newGrant(agencyId)]);
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const { values } = form;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (!USERNAME.test(values.username.trim())) errors.username = texts.usernameInvalid;
    if (values.fullName.trim().length < 2) errors.fullName = requiredText(texts.fullName);
    if (values.password.length < MIN_PASSWORD) errors.password = texts.passwordTooShort;
    const grantsError = grantsProblem(grants, 1);
    if (grantsError) errors.grants = grantsError;
    const body = {
      username: values.username.trim(),
      fullName: values.fullName.trim(),
      title: values.title.trim(),
      email: values.email.trim(),
      phone: values.phone.trim(),
      password: values.password,
      grants: grantsForApi(grants),
    };
    submit(errors, async () => {
      await api.POST('/api/v1/officers', { body });
      onCreated(t(texts.created, { username: body.username.toLowerCase() }));
      return undefined;
    });
  };

  return (
    <form ref={formRef} className="card" onSubmit={save} noValidate aria-labelledby="officer-new-title">
      <h2 id="officer-new-title">{t(texts.createTitle)}</h2>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <div className="grid">
        <Field label={t(texts.username)} hint={t(texts.usernameHint)} error={errorAt('username')} required>
          <input {...form.bind('username')} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={60} />
        </Field>
        <Field label={t(texts.fullName)} error={errorAt('fullName')} required>
          <input {...form.bind('fullName')} autoComplete="off" maxLength={200} />
        </Field>
        <Field label={t(texts.jobTitle)} error={errorAt('title')}>
          <input {...form.bind('title')} maxLength={200} />
        </Field>
        <Field label={t(texts.email)} error={errorAt('email')}>
          <input {...form.bind('email')} type="email" autoComplete="off" maxLength={200} />
        </Field>
        <Field label={t(texts.phone)} error={errorAt('phone')}>
          <input {...form.bind('phone')} type="tel" autoComplete="off" maxLength={30} />
        </Field>
        <Field label={t(texts.password)} hint={t(texts.passwordHint)} error={errorAt('password')} required>
          <input {...form.bind('password')} type="password" autoComplete="new-password" maxLength={200} />
        </Field>
      </div>
      <GrantsEditor grants={grants} onChange={setGrants} agencies={agencies} administered={administered} defaultAgencyId={agencyId} minItems={1} error={errorAt('grants')} />
      <SaveButton busy={submission.busy} label={t(texts.create)} />
    </form>
  );
}
