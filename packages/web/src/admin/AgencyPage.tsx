import type { FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../shared/api.js';
import { formatDate } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useTitle } from '../shared/use-title.js';
import { type Agency, useAgencies } from './agencies.js';
import { AgencyContactFields, AgencyNameFields } from './AgencyFields.js';
import { AgencySelect } from './AgencySelect.js';
import { useFormState } from './form-state.js';
import { FormFeedback, SaveButton } from './FormFeedback.js';
import type { AgencyNotice } from './NewAgencyPage.js';
import { adminPaths } from './paths.js';
import { SigningCredentialSection, useSigningCredential } from './SigningCredentialSection.js';
import { UnitsSection } from './UnitsSection.js';
import { agencyKindLabels, agencyTexts as texts } from './texts.js';
import { type ClientErrors, requiredText, useCheckedForm } from './use-submit.js';

function AgencyFacts({ agency, byId }: { agency: Agency; byId: Map<string, Agency> }) {
  const { t, language } = useI18n();
  const parent = agency.parentId ? byId.get(agency.parentId) : undefined;
  const successor = agency.successorId ? byId.get(agency.successorId) : undefined;
  return (
    <dl className="facts card">
      <dt>{t(texts.code)}</dt>
      <dd>{agency.code}</dd>
      <dt>{t(texts.kind)}</dt>
      <dd>{t(agencyKindLabels[agency.kind])}</dd>
      <dt>{t(texts.parent)}</dt>
      <dd>{parent ? <Link to={adminPaths.agency(parent.id)}>{parent.name}</Link> : t(texts.root)}</dd>
      <dt>{t(texts.address)}</dt>
      <dd>{agency.address || '—'}</dd>
      <dt>{t(texts.phone)}</dt>
      <dd>{agency.phone || '—'}</dd>
      {agency.abolishedOn && (
        <>
          <dt>{t(texts.abolishedOn)}</dt>
          <dd>
            <span className="badge badge-warning">{t(texts.abolished, { date: formatDate(agency.abolishedOn, language) })}</span>
          </dd>
          <dt>{t(texts.successorField)}</dt>
          <dd>{successor ? <Link to={adminPaths.agency(successor.id)}>{successor.name}</Link> : '—'}</dd>
        </>
      )}
    </dl>
  );
}

/** PATCH sends only what changed: the server keeps every field it is not given. */
function AgencyEditForm({ agency, agencies, onSaved }: { agency: Agency; agencies: Agency[]; onSaved(): void }) {
  const { t } = useI18n();
  const initial = { name: agency.name, shortName: agency.shortName, address: agency.address, phone: agency.phone, abolishedOn: agency.abolishedOn ?? '', successorId: agency.successorId ?? '' };
  const form = useFormState(initial);
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const { values } = form;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (values.name.trim().length < 2) errors.name = requiredText(texts.name);
    if (!values.shortName.trim()) errors.shortName = requiredText(texts.shortName);
    if (values.successorId && !values.abolishedOn) errors.abolishedOn = texts.successorNeedsDate;
    if (values.successorId === agency.id) errors.successorId = texts.successorSelf;
    const changes = Object.fromEntries(
      Object.entries(values)
        .map(([key, value]) => [key, value.trim()] as const)
        .filter(([key, value]) => value !== initial[key as keyof typeof initial] && value !== ''),
    );
    submit(errors, async () => {
      if (Object.keys(changes).length === 0) return t(texts.nothingChanged);
      await api.PATCH('/api/v1/agencies/{id}', { params: { path: { id: agency.id } }, body: changes });
      onSaved();
      return t(texts.saved);
    });
  };

  return (
    <form ref={formRef} className="card" onSubmit={save} noValidate aria-labelledby="agency-edit-title">
      <h2 id="agency-edit-title">{t(texts.editTitle)}</h2>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <AgencyNameFields bind={form.bind} errorAt={errorAt} />
      <AgencyContactFields bind={form.bind} errorAt={errorAt} />
      <Field label={t(texts.abolishedOn)} hint={t(texts.abolishedHint)} error={errorAt('abolishedOn')}>
        <input {...form.bind('abolishedOn')} type="date" />
      </Field>
      <Field label={t(texts.successorField)} error={errorAt('successorId')}>
        <AgencySelect
          agencies={agencies}
          value={values.successorId}
          onValue={(value) => form.set('successorId', value)}
          include={(candidate) => candidate.id !== agency.id && !candidate.abolishedOn}
          emptyLabel={t(texts.noSuccessor)}
        />
      </Field>
      <SaveButton busy={submission.busy} />
    </form>
  );
}

export function AgencyPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const notice = (useLocation().state as AgencyNotice | null)?.notice;
  const { data: agencies, error, reload } = useAgencies();
  const credential = useSigningCredential(id);
  const agency = agencies?.find((candidate) => candidate.id === id);
  useTitle(agency?.name ?? t(texts.title));

  if (error) return <div className="page"><ErrorMessage error={error} onRetry={reload} /></div>;
  if (!agencies) return <Loading />;
  const back = (
    <p>
      <Link to={adminPaths.agencies}>← {t(texts.backToTree)}</Link>
    </p>
  );
  if (!agency) {
    return (
      <div className="page narrow">
        {back}
        <h1>{t(texts.notFound)}</h1>
      </div>
    );
  }
  const byId = new Map(agencies.map((candidate) => [candidate.id, candidate]));
  return (
    <div className="page">
      {back}
      <h1>{agency.name}</h1>
      {notice && <Alert kind="success">{notice}</Alert>}
      <h2>{t(texts.details)}</h2>
      <AgencyFacts agency={agency} byId={byId} />
      <div className="admin-columns">
        <AgencyEditForm key={agency.id} agency={agency} agencies={agencies} onSaved={reload} />
        <UnitsSection key={`units-${agency.id}`} agency={agency} onAdded={reload} />
      </div>
      <SigningCredentialSection key={`signing-${agency.id}`} agency={agency} credential={credential} />
    </div>
  );
}
