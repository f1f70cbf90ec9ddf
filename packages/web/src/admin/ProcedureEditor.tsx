import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import type { PublishedProcedure } from '../shared/procedures.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { type Agency, useAgencies } from './agencies.js';
import { ComponentTemplates } from './ComponentTemplates.js';
import { ConfirmButton } from './ConfirmButton.js';
import { SaveButton } from './FormFeedback.js';
import { adminPaths } from './paths.js';
import { type ProcedureDraft, checkDraft, emptyDraft, fromDraft, toDraft } from './procedure-draft.js';
import { ResultTemplateSection } from './ResultTemplateSection.js';
import { ComponentsSection, FeesSection, type FieldOption, GeneralSection, LegalBasisSection, StepsSection } from './ProcedureSections.js';
import { commonTexts, procedureTexts as texts } from './texts.js';
import { useCheckedForm, useSubmission } from './use-submit.js';

interface Version {
  version: number;
  effectiveFrom: string;
  publishedBy: string | null;
}

interface EditorNotice {
  notice?: string;
}

function VersionList({ code }: { code: string }) {
  const { t, language } = useI18n();
  const { data, error, reload } = useApi<Version[]>(`/api/public/procedures/${encodeURIComponent(code)}/versions`);
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t(texts.versions)}</h2>
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="table-wrap admin-table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t(texts.version)}</th>
                <th scope="col">{t(texts.effectiveFrom)}</th>
                <th scope="col">{t(texts.publishedBy)}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((version) => (
                <tr key={version.version}>
                  <th scope="row">{version.version}</th>
                  <td>{formatDateTime(version.effectiveFrom, language)}</td>
                  <td>{version.publishedBy ?? t(texts.system)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The whole definition in one form; saving publishes it (POST for a new code, PUT for a new version). */
function ProcedureForm({ initial, isNew, agencies, fields, onPublished }: {
  initial: ProcedureDraft;
  isNew: boolean;
  agencies: Agency[];
  fields: FieldOption[];
  onPublished(code: string, version: number): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const update = (patch: Partial<ProcedureDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const publish = (event: FormEvent) => {
    event.preventDefault();
    const definition = fromDraft(draft);
    submit(checkDraft(draft), async () => {
      const published = isNew
        ? await api<{ code: string; version: number }>('POST', '/api/v1/procedures', definition)
        : await api<{ code: string; version: number }>('PUT', `/api/v1/procedures/${encodeURIComponent(definition.code)}`, definition);
      onPublished(published.code, published.version);
      return undefined;
    });
  };

  const sections = { draft, update, errorAt };
  const clientProblems = Object.keys(clientErrors).length;
  return (
    <form ref={formRef} onSubmit={publish} noValidate className="admin-procedure-form">
      {clientProblems > 0 && (
        <Alert kind="error">
          <p>{t(commonTexts.fixErrors)}</p>
          {/* Errors of a whole section (e.g. the steps' total) have no control to sit on: repeat them here. */}
          {['process', 'components'].filter((path) => clientErrors[path]).map((path) => (
            <p key={path}>{t(clientErrors[path]!)}</p>
          ))}
        </Alert>
      )}
      {submission.error && <ErrorMessage error={submission.error} />}
      <GeneralSection {...sections} isNew={isNew} agencies={agencies} fields={fields} />
      <LegalBasisSection {...sections} />
      <ComponentsSection {...sections} />
      <FeesSection {...sections} />
      <StepsSection {...sections} agencies={agencies} />
      <div className="card admin-submit-bar">
        <p id="publish-notice">
          <strong>{isNew ? t(texts.createNotice) : t(texts.publishNotice)}</strong>
        </p>
        <SaveButton busy={submission.busy} label={t(texts.publish)} describedBy="publish-notice" />
      </div>
    </form>
  );
}

function Withdraw({ code, onWithdrawn }: { code: string; onWithdrawn(): void }) {
  const { t } = useI18n();
  const submission = useSubmission();
  return (
    <section aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t(texts.withdrawTitle)}</h2>
      {submission.error && <ErrorMessage error={submission.error} />}
      <ConfirmButton
        label={t(texts.withdraw)}
        question={t(texts.withdrawConfirm, { code })}
        busy={submission.busy}
        onConfirm={() =>
          void submission.run(async () => {
            await api('DELETE', `/api/v1/procedures/${encodeURIComponent(code)}`);
            onWithdrawn();
            return undefined;
          })
        }
      />
    </section>
  );
}

function EditProcedure({ code, agencies, fields }: { code: string; agencies: Agency[]; fields: FieldOption[] }) {
  const { t, language } = useI18n();
  useTitle(t(texts.editTitle, { code }));
  const detail = useApi<PublishedProcedure>(`/api/public/procedures/${encodeURIComponent(code)}`);
  const location = useLocation();
  const [notice, setNotice] = useState((location.state as EditorNotice | null)?.notice);
  const [withdrawn, setWithdrawn] = useState(false);
  const [generation, setGeneration] = useState(0);

  const heading = (
    <>
      <p>
        <Link to={adminPaths.procedures}>← {t(texts.backToList)}</Link>
      </p>
      <h1>{t(texts.editTitle, { code })}</h1>
    </>
  );
  if (withdrawn) {
    return (
      <div className="page">
        {heading}
        <Alert kind="success">{t(texts.withdrawn, { code })}</Alert>
      </div>
    );
  }
  return (
    <div className="page">
      {heading}
      <div aria-live="polite">{notice && <Alert kind="success">{notice}</Alert>}</div>
      {detail.error && <ErrorMessage error={detail.error} onRetry={detail.reload} />}
      {!detail.data && !detail.error && <Loading />}
      {detail.data && (
        <>
          <p>
            {detail.data.name} — {t(texts.currentVersion, { version: detail.data.version, date: formatDateTime(detail.data.effectiveFrom, language) })}{' '}
            <Link to={`/thu-tuc/${encodeURIComponent(code)}`}>{t(texts.viewOnPortal)}</Link>
          </p>
          <Alert kind="info">{t(texts.publishNotice)}</Alert>
          <ProcedureForm
            key={`${detail.data.version}-${generation}`}
            initial={toDraft(detail.data)}
            isNew={false}
            agencies={agencies}
            fields={fields}
            onPublished={(_, version) => {
              setNotice(t(texts.published, { version, code }));
              setGeneration((value) => value + 1);
              detail.reload();
              window.scrollTo({ top: 0 });
            }}
          />
          <ComponentTemplates procedure={detail.data} onChanged={detail.reload} />
          <ResultTemplateSection code={code} />
          <VersionList key={`versions-${generation}`} code={code} />
          <Withdraw code={code} onWithdrawn={() => setWithdrawn(true)} />
        </>
      )}
    </div>
  );
}

function NewProcedure({ agencies, fields }: { agencies: Agency[]; fields: FieldOption[] }) {
  const { t } = useI18n();
  useTitle(t(texts.createTitle));
  const navigate = useNavigate();
  return (
    <div className="page">
      <p>
        <Link to={adminPaths.procedures}>← {t(texts.backToList)}</Link>
      </p>
      <h1>{t(texts.createTitle)}</h1>
      <ProcedureForm
        initial={emptyDraft()}
        isNew
        agencies={agencies}
        fields={fields}
        onPublished={(code, version) => navigate(adminPaths.procedure(code), { state: { notice: t(texts.published, { version, code }) } satisfies EditorNotice })}
      />
    </div>
  );
}

/** /quan-tri/thu-tuc/moi creates a procedure; /quan-tri/thu-tuc/:code publishes a new version of one. */
export function ProcedureEditorPage() {
  const { code } = useParams();
  const agencies = useAgencies();
  const fields = useApi<FieldOption[]>('/api/public/fields');
  const failure = agencies.error ?? fields.error;
  if (failure) {
    return (
      <div className="page">
        <ErrorMessage error={failure} onRetry={() => (agencies.error ? agencies.reload() : fields.reload())} />
      </div>
    );
  }
  if (!agencies.data || !fields.data) return <Loading />;
  return code ? <EditProcedure key={code} code={code} agencies={agencies.data} fields={fields.data} /> : <NewProcedure agencies={agencies.data} fields={fields.data} />;
}
