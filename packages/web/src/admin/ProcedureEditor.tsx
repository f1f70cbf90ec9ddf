import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, dataOf } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { FIELDS, type PublicField, type ResponseOf, apiRead, procedureRead } from '@motcua/contract';
import { DataTable } from '../shared/ui/DataTable.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { type Loaded, useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { type Agency, useAgencies } from './agencies.js';
import { ComponentTemplates } from './ComponentTemplates.js';
import { ConfirmButton } from './ConfirmButton.js';
import { SaveButton } from './FormFeedback.js';
import { adminPaths } from './paths.js';
import { type ProcedureDraft, checkDraft, emptyDraft, fromDraft, toDraft } from './procedure-draft.js';
import { ResultTemplateSection, useResultTemplate } from './ResultTemplateSection.js';
import { ComponentsSection, FeesSection, GeneralSection, LegalBasisSection, StepsSection } from './ProcedureSections.js';
import { commonTexts, procedureTexts as texts } from './texts.js';
import { useCheckedForm, useSubmission } from './use-submit.js';

type Version = ResponseOf<'/api/public/procedures/{code}/versions'>[number];

interface EditorNotice {
  notice?: string;
}

function VersionList({ versions: { data, error, reload } }: { versions: Loaded<Version[]> }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t(texts.versions)}</h2>
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && (
        <DataTable
          items={data}
          wrapClassName="admin-table-wrap"
          columns={[t(texts.version), t(texts.effectiveFrom), t(texts.publishedBy)]}
          row={(version) => (
            <tr key={version.version}>
              <th scope="row">{version.version}</th>
              <td>{formatDateTime(version.effectiveFrom, language)}</td>
              <td>{version.publishedBy ?? t(texts.system)}</td>
            </tr>
          )}
        />
      )}
    </section>
  );
}

/** What the procedure form picks from: agencies and fields. */
function useFormChoices() {
  return { agencies: useAgencies(), fields: useApi(FIELDS) };
}

function WithChoices({ choices: { agencies, fields }, children }: { choices: ReturnType<typeof useFormChoices>; children(agencies: Agency[], fields: PublicField[]): ReactNode }) {
  const failed = agencies.error ? agencies : fields;
  if (failed.error) return <ErrorMessage error={failed.error} onRetry={failed.reload} />;
  if (!agencies.data || !fields.data) return <Loading />;
  return children(agencies.data, fields.data);
}

/** The whole definition in one form; saving publishes it (POST for a new code, PUT for a new version). */
function ProcedureForm({ initial, isNew, agencies, fields, onPublished }: {
  initial: ProcedureDraft;
  isNew: boolean;
  agencies: Agency[];
  fields: PublicField[];
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
        ? await dataOf(api.POST('/api/v1/procedures', { body: definition }))
        : await dataOf(api.PUT('/api/v1/procedures/{code}', { params: { path: { code: definition.code } }, body: definition }));
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
            await api.DELETE('/api/v1/procedures/{code}', { params: { path: { code } } });
            onWithdrawn();
            return undefined;
          })
        }
      />
    </section>
  );
}

function EditProcedure({ code }: { code: string }) {
  const { t, language } = useI18n();
  useTitle(t(texts.editTitle, { code }));
  // Every read of the page starts at once, not each section's after the procedure it belongs to.
  const choices = useFormChoices();
  const detail = useApi(procedureRead(code));
  const template = useResultTemplate(code);
  const versions = useApi(apiRead('/api/public/procedures/{code}/versions', { path: { code } }));
  const procedure = detail.data;
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
      {!procedure && !detail.error && <Loading />}
      {procedure && (
        <>
          <p>
            {procedure.name} — {t(texts.currentVersion, { version: procedure.version, date: formatDateTime(procedure.effectiveFrom, language) })}{' '}
            <Link to={`/thu-tuc/${encodeURIComponent(code)}`}>{t(texts.viewOnPortal)}</Link>
          </p>
          <Alert kind="info">{t(texts.publishNotice)}</Alert>
          <WithChoices choices={choices}>
            {(agencies, fields) => (
              <ProcedureForm
                key={`${procedure.version}-${generation}`}
                initial={toDraft(procedure)}
                isNew={false}
                agencies={agencies}
                fields={fields}
                onPublished={(_, version) => {
                  setNotice(t(texts.published, { version, code }));
                  setGeneration((value) => value + 1);
                  detail.reload();
                  versions.reload();
                  window.scrollTo({ top: 0 });
                }}
              />
            )}
          </WithChoices>
          <ComponentTemplates procedure={procedure} onChanged={detail.reload} />
          <ResultTemplateSection code={code} loaded={template} />
          <VersionList versions={versions} />
          <Withdraw code={code} onWithdrawn={() => setWithdrawn(true)} />
        </>
      )}
    </div>
  );
}

function NewProcedure() {
  const { t } = useI18n();
  useTitle(t(texts.createTitle));
  const navigate = useNavigate();
  const choices = useFormChoices();
  return (
    <div className="page">
      <p>
        <Link to={adminPaths.procedures}>← {t(texts.backToList)}</Link>
      </p>
      <h1>{t(texts.createTitle)}</h1>
      <WithChoices choices={choices}>
        {(agencies, fields) => (
          <ProcedureForm
            initial={emptyDraft()}
            isNew
            agencies={agencies}
            fields={fields}
            onPublished={(code, version) => navigate(adminPaths.procedure(code), { state: { notice: t(texts.published, { version, code }) } satisfies EditorNotice })}
          />
        )}
      </WithChoices>
    </div>
  );
}

/** /quan-tri/thu-tuc/moi creates a procedure; /quan-tri/thu-tuc/:code publishes a new version of one. */
export function ProcedureEditorPage() {
  const { code } = useParams();
  return code ? <EditProcedure key={code} code={code} /> : <NewProcedure />;
}
