import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, dataOf } from '../shared/api.js';
import { formatDate, formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { FIELDS, type PublicField, type PublishedProcedure, type ResponseOf, apiRead, procedureRead } from '@motcua/contract';
import { DataTable } from '../shared/ui/DataTable.js';
import { ActionStatus, Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
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
import { FormSection } from './FormSection.js';
import { commonTexts, procedureTexts as texts } from './texts.js';
import { serverField, useCheckedForm, useSubmission } from './use-submit.js';

type Version = ResponseOf<'/api/public/procedures/{code}/versions'>[number];
type DraftView = ResponseOf<'/api/v1/procedures/{code}/draft'>;

interface EditorNotice {
  notice?: string;
}

const STATUS_LABELS = { in_force: texts.statusInForce, upcoming: texts.statusUpcoming, replaced: texts.statusReplaced } as const;

/** Each published version with the decision that published it, the day it applies from and whether it is in force. */
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
          stackOnPhone
          columns={[t(texts.version), t(texts.decision), t(texts.effectiveFrom), t(texts.status), t(texts.publishedBy)]}
          row={(version) => (
            <tr key={version.version}>
              <th scope="row" data-label={t(texts.version)}>
                {version.version}
              </th>
              <td data-label={t(texts.decision)}>
                {version.decidingDocument ? t(texts.decisionValue, { document: version.decidingDocument, date: formatDate(version.decidedOn, language) }) : t(texts.notRecorded)}
              </td>
              <td data-label={t(texts.effectiveFrom)}>{formatDateTime(version.effectiveFrom, language)}</td>
              <td data-label={t(texts.status)}>{t(STATUS_LABELS[version.status])}</td>
              <td data-label={t(texts.publishedBy)}>{version.publishedBy ?? t(texts.system)}</td>
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

/**
 * The whole definition in one form, its sections closed to a summary line each. Saving keeps it as
 * the procedure's draft, which nobody else sees; publishing is done from the preview.
 */
function ProcedureForm({ initial, isNew, agencies, fields, onSaved }: {
  initial: ProcedureDraft;
  isNew: boolean;
  agencies: Agency[];
  fields: PublicField[];
  onSaved(saved: DraftView): void;
}) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState(initial);
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const update = (patch: Partial<ProcedureDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const save = (event: FormEvent) => {
    event.preventDefault();
    const definition = fromDraft(draft);
    submit(checkDraft(draft), async () => {
      const saved = await dataOf(api.PUT('/api/v1/procedures/{code}/draft', { params: { path: { code: definition.code } }, body: definition }));
      onSaved(saved);
      return t(texts.draftSaved, { time: formatDateTime(saved.savedAt, language) });
    });
  };

  const failing = [...Object.keys(clientErrors), ...(serverField(submission.error) ? [serverField(submission.error)!] : [])];
  const hasErrors = (paths: readonly string[]) => failing.some((path) => paths.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)));
  const sections = { draft, update, errorAt, hasErrors };
  const clientProblems = Object.keys(clientErrors).length;
  return (
    <form ref={formRef} onSubmit={save} noValidate className="admin-procedure-form">
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
      <p className="muted">{t(texts.sectionsHint)}</p>
      <GeneralSection {...sections} isNew={isNew} agencies={agencies} fields={fields} />
      <LegalBasisSection {...sections} />
      <ComponentsSection {...sections} />
      <FeesSection {...sections} />
      <StepsSection {...sections} agencies={agencies} />
      <FormSection {...sections} />
      <div className="card admin-submit-bar">
        <p id="draft-notice">{t(texts.draftNotice)}</p>
        {/* The confirmation sits beside the button that was pressed, where the eye is. */}
        <ActionStatus message={submission.success} />
        <SaveButton busy={submission.busy} label={t(texts.saveDraft)} describedBy="draft-notice" />
      </div>
    </form>
  );
}

/** A button that deletes after asking in the page, and shows the server's refusal, if any. */
function DeleteButton({ label, question, remove, onDeleted }: { label: string; question: string; remove(): Promise<unknown>; onDeleted(): void }) {
  const submission = useSubmission();
  return (
    <>
      {submission.error && <ErrorMessage error={submission.error} />}
      <ConfirmButton
        label={label}
        question={question}
        busy={submission.busy}
        onConfirm={() =>
          void submission.run(async () => {
            await remove();
            onDeleted();
            return undefined;
          })
        }
      />
    </>
  );
}

function Withdraw({ code, onWithdrawn }: { code: string; onWithdrawn(): void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t(texts.withdrawTitle)}</h2>
      <DeleteButton
        label={t(texts.withdraw)}
        question={t(texts.withdrawConfirm, { code })}
        remove={() => dataOf(api.DELETE('/api/v1/procedures/{code}', { params: { path: { code } } }))}
        onDeleted={onWithdrawn}
      />
    </section>
  );
}

/** Where the draft stands, and the way to its preview and publication, or to dropping it. */
function DraftState({ code, draft, onDiscarded }: { code: string; draft: DraftView; onDiscarded(): void }) {
  const { t, language } = useI18n();
  if (!draft.savedAt) return <p>{t(texts.noDraft, { version: draft.baseVersion ?? 0 })}</p>;
  return (
    <div className="card admin-draft-state">
      <p>{t(texts.draftState, { version: draft.procedure.version, time: formatDateTime(draft.savedAt, language), name: draft.savedBy ?? t(texts.system) })}</p>
      <div className="row">
        <Link className="button" to={adminPaths.procedurePreview(code)}>
          {t(texts.preview)}
        </Link>
        <DeleteButton
          label={t(texts.discardDraft)}
          question={t(texts.discardConfirm, { code })}
          remove={() => dataOf(api.DELETE('/api/v1/procedures/{code}/draft', { params: { path: { code } } }))}
          onDeleted={onDiscarded}
        />
      </div>
    </div>
  );
}

/** The version in force now and the one waiting for its date, if any. */
function InForce({ code, procedure }: { code: string; procedure: Loaded<PublishedProcedure> }) {
  const { t, language } = useI18n();
  if (procedure.error?.status === 404) return <p>{t(texts.notInForce)}</p>;
  if (procedure.error) return <ErrorMessage error={procedure.error} onRetry={procedure.reload} />;
  if (!procedure.data) return <Loading />;
  const { data } = procedure;
  return (
    <>
      <p>
        {data.name} — {t(texts.currentVersion, { version: data.version, date: formatDateTime(data.effectiveFrom, language) })}{' '}
        <Link to={`/thu-tuc/${encodeURIComponent(code)}`}>{t(texts.viewOnPortal)}</Link>
      </p>
      {data.upcoming && <Alert kind="info">{t(texts.upcomingVersion, { version: data.upcoming.version, date: formatDate(data.upcoming.effectiveFrom, language) })}</Alert>}
    </>
  );
}

function EditProcedure({ code }: { code: string }) {
  const { t } = useI18n();
  useTitle(t(texts.editTitle, { code }));
  // Every read of the page starts at once, not each section's after the procedure it belongs to.
  const choices = useFormChoices();
  const draft = useApi(apiRead('/api/v1/procedures/{code}/draft', { path: { code } }));
  const inForce = useApi(procedureRead(code));
  const template = useResultTemplate(code);
  const versions = useApi(apiRead('/api/public/procedures/{code}/versions', { path: { code } }));
  const location = useLocation();
  const notice = (location.state as EditorNotice | null)?.notice;
  const [withdrawn, setWithdrawn] = useState(false);
  const [generation, setGeneration] = useState(0);
  const procedure = inForce.data;

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
      <ActionStatus message={notice} />
      <InForce code={code} procedure={inForce} />
      {draft.error && <ErrorMessage error={draft.error} onRetry={draft.reload} />}
      {!draft.data && !draft.error && <Loading />}
      {draft.data && (
        <>
          <DraftState
            code={code}
            draft={draft.data}
            onDiscarded={() => {
              draft.reload();
              setGeneration((value) => value + 1);
            }}
          />
          <WithChoices choices={choices}>
            {(agencies, fields) => (
              <ProcedureForm
                key={`${draft.data!.baseVersion}-${generation}`}
                initial={toDraft(draft.data!.procedure)}
                isNew={false}
                agencies={agencies}
                fields={fields}
                onSaved={() => draft.reload()}
              />
            )}
          </WithChoices>
        </>
      )}
      {procedure && (
        <>
          <ComponentTemplates procedure={procedure} onChanged={inForce.reload} />
          <ResultTemplateSection code={code} loaded={template} />
        </>
      )}
      <VersionList versions={versions} />
      {procedure && <Withdraw code={code} onWithdrawn={() => setWithdrawn(true)} />}
    </div>
  );
}

function NewProcedure() {
  const { t, language } = useI18n();
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
            onSaved={(saved) =>
              navigate(adminPaths.procedure(saved.procedure.code), {
                state: { notice: t(texts.draftSaved, { time: formatDateTime(saved.savedAt, language) }) } satisfies EditorNotice,
              })
            }
          />
        )}
      </WithChoices>
    </div>
  );
}

/** /quan-tri/thu-tuc/moi drafts a new procedure; /quan-tri/thu-tuc/:code drafts the next version of one. */
export function ProcedureEditorPage() {
  const { code } = useParams();
  return code ? <EditProcedure key={code} code={code} /> : <NewProcedure />;
}
