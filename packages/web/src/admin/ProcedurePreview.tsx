import { type PublicationInput, vietnamDate } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ProcedureDetails } from '../portal/ProcedurePage.js';
import { api, dataOf } from '../shared/api.js';
import { formatDate } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { FormFeedback, SaveButton } from './FormFeedback.js';
import { adminPaths } from './paths.js';
import { checkPublicationDraft } from './procedure-draft.js';
import { procedureTexts as texts } from './texts.js';
import { useCheckedForm } from './use-submit.js';

type Version = ResponseOf<'/api/public/procedures/{code}/versions'>[number];

/**
 * The decision that publishes the draft and the day it applies from. The rules are the server's
 * (packages/core), checked here first; a later effective date leaves the version in force alone.
 */
function PublishForm({ code, version, latest }: { code: string; version: number; latest: Version | undefined }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [input, setInput] = useState<PublicationInput>({ decidingDocument: '', decidedOn: '', effectiveOn: '' });
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const today = vietnamDate(new Date());
  const update = (patch: Partial<PublicationInput>) => setInput((current) => ({ ...current, ...patch }));

  const publish = (event: FormEvent) => {
    event.preventDefault();
    const previous = latest && { version: latest.version, effectiveOn: vietnamDate(new Date(latest.effectiveFrom)) };
    submit(checkPublicationDraft(input, today, previous), async () => {
      const published = await dataOf(api.POST('/api/v1/procedures/{code}/draft/publish', { params: { path: { code } }, body: input }));
      const params = { version: published.version, code, date: formatDate(published.effectiveFrom, language) };
      const notice = new Date(published.effectiveFrom) > new Date() ? t(texts.publishedLater, params) : t(texts.published, params);
      navigate(adminPaths.procedure(code), { state: { notice } });
      return undefined;
    });
  };

  return (
    <form ref={formRef} onSubmit={publish} noValidate className="card" aria-labelledby="publish-title">
      <h2 id="publish-title">{t(texts.publishTitle, { version })}</h2>
      <p>{t(texts.publishIntro)}</p>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <Field label={t(texts.decidingDocument)} hint={t(texts.decidingDocumentHint)} error={errorAt('decidingDocument')} required>
        <input value={input.decidingDocument} onChange={(event) => update({ decidingDocument: event.target.value })} maxLength={300} autoComplete="off" />
      </Field>
      <div className="grid">
        <Field label={t(texts.decidedOn)} error={errorAt('decidedOn')} required>
          <input type="date" value={input.decidedOn} max={today} onChange={(event) => update({ decidedOn: event.target.value })} />
        </Field>
        <Field label={t(texts.effectiveOn)} hint={t(texts.effectiveOnHint)} error={errorAt('effectiveOn')} required>
          <input type="date" value={input.effectiveOn} min={today} onChange={(event) => update({ effectiveOn: event.target.value })} />
        </Field>
      </div>
      <SaveButton busy={submission.busy} label={t(texts.publish)} />
    </form>
  );
}

/** /quan-tri/thu-tuc/:code/xem-truoc: the saved draft as the portal's procedure page will show it, and its publication. */
export function ProcedurePreviewPage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  useTitle(t(texts.previewTitle, { code }));
  const draft = useApi(apiRead('/api/v1/procedures/{code}/draft', { path: { code } }));
  const versions = useApi(apiRead('/api/public/procedures/{code}/versions', { path: { code } }));
  const back = (
    <p>
      <Link to={adminPaths.procedure(code)}>← {t(texts.backToEditor)}</Link>
    </p>
  );
  if (draft.error) {
    return (
      <div className="page">
        {back}
        <ErrorMessage error={draft.error} onRetry={draft.reload} />
      </div>
    );
  }
  if (!draft.data || !versions.data) return <Loading />;
  const { procedure, savedAt, baseVersion } = draft.data;
  return (
    <div className="page">
      {back}
      {savedAt ? (
        <>
          <Alert kind="warning">{t(texts.previewNotice, { version: procedure.version })}</Alert>
          <section className="card admin-preview procedure" aria-label={t(texts.previewFrame)}>
            <ProcedureDetails procedure={procedure} preview />
          </section>
          <PublishForm code={code} version={procedure.version} latest={versions.data[0]} />
        </>
      ) : (
        <>
          <h1>{t(texts.previewTitle, { code })}</h1>
          <Alert kind="info">{t(texts.noDraft, { version: baseVersion ?? 0 })}</Alert>
        </>
      )}
    </div>
  );
}
