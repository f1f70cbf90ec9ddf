import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { type FileFacts, apiRead, procedureRead } from '@motcua/contract';
import { ApiError, api, dataOf } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { ActionStatus, Alert, ErrorMessage, Loading, useErrorText } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { ErrorSummary, type FieldErrors } from '../shared/ui/ErrorSummary.js';
import type { Draft, PublicProcedure, SubmittedDossier } from './model.js';
import { RequireCitizen } from './RequireCitizen.js';
import type { Citizen } from './session.js';
import { ApplicantStep } from './submission/ApplicantStep.js';
import { CommuneChoice } from './submission/CommuneChoice.js';
import { ComponentsStep } from './submission/ComponentsStep.js';
import { Confirmation } from './submission/Confirmation.js';
import { ReviewStep } from './submission/ReviewStep.js';
import { StepIndicator } from './submission/StepIndicator.js';
import {
  type ApplicantForm,
  STEPS,
  STEP_TITLES,
  type Step,
  type WizardState,
  checkApplicantStep,
  checkComponents,
  checkDelivery,
  homeCommune,
  initialState,
  placeServerField,
  receivingAgencyOf,
  stepFrom,
  toContent,
} from './submission/wizard-state.js';
import { DeliveryChoiceFields } from '../shared/delivery/DeliveryChoiceFields.js';
import { useCitizenApi } from './use-citizen-api.js';
import { DeclarationFields } from '../shared/declaration/DeclarationFields.js';
import { useCommunes } from '../shared/declaration/communes.js';
import { declarationTexts } from '../shared/declaration/texts.js';
import type { FormDefinition, FormValues } from '@motcua/core';
import { commonTexts, submissionTexts as texts } from './texts.js';

/** `/nop-ho-so/:procedureCode[?draft=id]`: online submission, for signed-in citizens only. */
export function SubmissionPage() {
  return <RequireCitizen>{(citizen) => <SubmissionLoader citizen={citizen} />}</RequireCitizen>;
}

function SubmissionLoader({ citizen }: { citizen: Citizen }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { procedureCode = '' } = useParams();
  const [search] = useSearchParams();
  // Only the draft named when the page opened is loaded: saving a new draft later adds its id to
  // the address, and that must not reload the form under the citizen's hands.
  const [draftId] = useState(() => search.get('draft'));
  const procedure = useApi(procedureRead(procedureCode));
  const draft = useCitizenApi(draftId ? apiRead('/api/citizen/drafts/{id}', { path: { id: draftId } }) : null);
  useTitle(procedure.data ? `${t(texts.title)}: ${procedure.data.name}` : t(texts.title));

  if (procedure.loading || draft.loading) return <Loading />;
  if (procedure.error || !procedure.data) {
    return (
      <div className="page narrow">
        <h1>{t(texts.title)}</h1>
        {procedure.error?.status === 404 ? <Alert kind="error">{t(texts.notFound)}</Alert> : procedure.error && <ErrorMessage error={procedure.error} onRetry={procedure.reload} />}
      </div>
    );
  }
  const loaded = procedure.data;
  if (loaded.onlineMode === 'none') {
    return (
      <div className="page narrow">
        <h1>{t(texts.title)}</h1>
        <p className="citizen-lead">{loaded.name}</p>
        <Alert kind="info" title={t(texts.notOnlineTitle)}>
          <p>{t(texts.notOnlineBody)}</p>
        </Alert>
        <p>
          <Link to={`/thu-tuc/${encodeURIComponent(loaded.code)}`}>{t(texts.procedureLink)}</Link>
        </p>
      </div>
    );
  }
  if (draftId && (draft.error || draft.data?.procedureCode !== loaded.code)) {
    return (
      <div className="page narrow">
        <h1>{t(texts.title)}</h1>
        <Alert kind="error" title={t(texts.draftNotFound)}>
          <p>{draft.error ? errorText(draft.error) : t(texts.draftOtherProcedure)}</p>
        </Alert>
        <ul className="citizen-link-list">
          <li>
            {/* A full load: the same page without a draft must start from a blank form. */}
            <Link to={`/nop-ho-so/${encodeURIComponent(loaded.code)}`} reloadDocument>
              {t(texts.startNew)}
            </Link>
          </li>
          <li>
            <Link to="/ho-so-cua-toi">{t(commonTexts.myDossiers)}</Link>
          </li>
        </ul>
      </div>
    );
  }
  return <SubmissionWizard procedure={loaded} citizen={citizen} draft={draft.data} />;
}

type Busy = 'save' | 'submit' | null;

function SubmissionWizard({ procedure, citizen, draft }: { procedure: PublicProcedure; citizen: Citizen; draft: Draft | undefined }) {
  const { t, language } = useI18n();
  const errorText = useErrorText();
  const [search, setSearch] = useSearchParams();
  const step = stepFrom(search.get('buoc'));
  const [state, setState] = useState<WizardState>(() => initialState(procedure, citizen, draft));
  const [draftId, setDraftId] = useState(draft?.id ?? null);
  const receivingAgency = receivingAgencyOf(state, procedure);
  // What the agency offers, its postal fee among them, shown before the citizen chooses.
  const deliveryOptions = useApi(receivingAgency ? apiRead('/api/public/agencies/{agencyId}/delivery-options', { path: { agencyId: receivingAgency } }) : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [resumed, setResumed] = useState(() => (draft ? t(texts.draftResumed, { time: formatDateTime(draft.updatedAt, language) }) : undefined));
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState<Busy>(null);
  const [uploading, setUploading] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [declared, setDeclared] = useState(false);
  const [submitted, setSubmitted] = useState<{ result: SubmittedDossier; at: Date }>();
  const communes = useCommunes();
  const form = procedure.form as FormDefinition | undefined;
  // A new declaration starts from what the account and the citizen's latest declaration already say.
  const [prefilledFrom, setPrefilledFrom] = useState<{ dossier: string | null }>();
  useEffect(() => {
    if (!form || draft) return;
    let current = true;
    void api.GET('/api/citizen/procedures/{code}/form-prefill', { params: { path: { code: procedure.code } } }).then(({ data }) => {
      if (!current || !data || Object.keys(data.values).length === 0) return;
      setState((previous) => ({ ...previous, form: { ...(data.values as FormValues), ...previous.form } }));
      setPrefilledFrom({ dossier: data.fromDossier });
    });
    return () => {
      current = false;
    };
  }, [form, draft, procedure.code]);
  useTitle(submitted ? t(texts.doneTitle) : `${t(STEP_TITLES[step])} — ${t(texts.title)}`);

  // A new step takes the focus to its heading, so that screen readers start reading there.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  // When the step changed because of an error found elsewhere, the error summary has the focus.
  const hasErrors = Object.keys(errors).length > 0 || Boolean(general);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (!hasErrors) heading.current?.focus();
  }, [step, hasErrors]);

  // Leaving the page with unsaved answers asks first (uploaded files would be lost from the form).
  useEffect(() => {
    if (!dirty || submitted) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, submitted]);

  if (submitted) return <Confirmation result={submitted.result} procedure={procedure} submittedAt={submitted.at} />;

  const stepHref = (target: Step, id = draftId) => {
    const params = new URLSearchParams();
    if (id) params.set('draft', id);
    params.set('buoc', target);
    return `?${params.toString()}`;
  };
  function goTo(target: Step) {
    setErrors({});
    setGeneral(undefined);
    setResumed(undefined);
    setSaved(undefined);
    setSearch(new URLSearchParams(stepHref(target)));
  }
  function fail(found: FieldErrors, message?: string) {
    // A draft-saved note no longer holds next to a refusal of what came after it.
    setResumed(undefined);
    setSaved(undefined);
    setErrors(found);
    setGeneral(message);
    setAttempt((value) => value + 1);
  }
  function change(update: (previous: WizardState) => WizardState) {
    setState(update);
    setDirty(true);
  }
  const onApplicant = (patch: Partial<ApplicantForm>) => change((previous) => ({ ...previous, applicant: { ...previous.applicant, ...patch } }));
  const onFiles = (code: string, files: FileFacts[]) => change((previous) => ({ ...previous, files: { ...previous.files, [code]: files } }));

  /** Creates the draft the first time, then replaces its content. Returns the draft's id. */
  async function save(): Promise<string> {
    const content = toContent(state, procedure);
    if (draftId) {
      await api.PUT('/api/citizen/drafts/{id}', { params: { path: { id: draftId } }, body: { content } });
      setDirty(false);
      return draftId;
    }
    const created = await dataOf(api.POST('/api/citizen/drafts', { body: { procedureCode: procedure.code, content } }));
    setDraftId(created.id);
    setSearch(new URLSearchParams(stepHref(step, created.id)), { replace: true });
    setDirty(false);
    return created.id;
  }

  /** Shows a server refusal on the step and control it concerns, or at the top of this step. */
  function showServerError(failure: unknown) {
    if (!(failure instanceof ApiError)) return fail({}, String(failure));
    // Several of the declaration's fields at fault: each is marked where it is.
    const problems = failure.body.problems ?? [];
    if (problems.length > 0) {
      const place = placeServerField(problems[0]!.field);
      if (place && place.step !== step) setSearch(new URLSearchParams(stepHref(place.step)));
      return fail(Object.fromEntries(problems.map((problem) => [placeServerField(problem.field)?.control ?? problem.field, language === 'vi' ? problem.message : problem.messageEn])));
    }
    const place = failure.body.field ? placeServerField(failure.body.field) : undefined;
    if (!place) return fail({}, errorText(failure));
    if (place.step !== step) setSearch(new URLSearchParams(stepHref(place.step)));
    fail({ [place.control]: errorText(failure) });
  }

  async function saveDraft() {
    if (uploading > 0) return fail({}, t(commonTexts.waitForUploads));
    setBusy('save');
    setResumed(undefined);
    setSaved(undefined);
    try {
      await save();
      setErrors({});
      setGeneral(undefined);
      setSaved(t(texts.draftSaved, { time: formatDateTime(new Date(), language) }));
    } catch (failure) {
      showServerError(failure);
    } finally {
      setBusy(null);
    }
  }

  async function submitDossier() {
    // Everything is checked again: a citizen may have reached this step through the address bar.
    const applicantErrors = checkApplicantStep(state, procedure, t);
    if (Object.keys(applicantErrors).length > 0) {
      goTo('nguoi-nop');
      return fail(applicantErrors);
    }
    const componentErrors = checkComponents(state, procedure, t);
    if (Object.keys(componentErrors).length > 0) {
      goTo('thanh-phan');
      return fail(componentErrors);
    }
    const deliveryErrors = checkDelivery(state, t);
    if (!declared) deliveryErrors.declaration = t(texts.declarationMissing);
    if (Object.keys(deliveryErrors).length > 0) return fail(deliveryErrors);
    setBusy('submit');
    try {
      const id = await save();
      const result = await dataOf(api.POST('/api/citizen/drafts/{id}/submit', { params: { path: { id } } }));
      setSubmitted({ result, at: new Date() });
      // The draft is gone now: a reload of this address starts a new application, not an error.
      setSearch(new URLSearchParams(), { replace: true });
    } catch (failure) {
      showServerError(failure);
    } finally {
      setBusy(null);
    }
  }

  function next(event: FormEvent) {
    event.preventDefault();
    if (uploading > 0) return fail({}, t(commonTexts.waitForUploads));
    if (step === 'nguoi-nop') {
      const found = checkApplicantStep(state, procedure, t);
      return Object.keys(found).length > 0 ? fail(found) : goTo('thanh-phan');
    }
    if (step === 'thanh-phan') {
      const found = checkComponents(state, procedure, t);
      return Object.keys(found).length > 0 ? fail(found) : goTo('kiem-tra');
    }
    void submitDossier();
  }

  const stepIndex = STEPS.indexOf(step);
  const previous = STEPS[stepIndex - 1];
  return (
    <div className="page citizen-submission">
      <h1>{t(texts.title)}</h1>
      <p className="citizen-lead">{procedure.name}</p>
      <p className="muted">{t(texts.agency, { name: procedure.offeredBy ? (procedure.offeringAgencies.find((agency) => agency.id === state.communeId)?.name ?? '…') : procedure.competentAgencyName })}</p>
      <StepIndicator current={step} />
      {resumed && <Alert kind="info">{resumed}</Alert>}
      <ErrorSummary errors={errors} general={general} attempt={attempt} />
      <form noValidate onSubmit={next} className="citizen-submission-form">
        <h2 ref={heading} tabIndex={-1}>
          <span className="citizen-step-of">{t(texts.stepOf, { number: stepIndex + 1, count: STEPS.length })}</span> {t(STEP_TITLES[step])}
        </h2>
        {step === 'nguoi-nop' && procedure.offeredBy && (
          <CommuneChoice
            agencies={procedure.offeringAgencies}
            value={state.communeId}
            error={errors.receivingAgencyId}
            home={homeCommune(procedure, citizen)}
            onChange={(communeId) => change((current) => ({ ...current, communeId }))}
          />
        )}
        {step === 'nguoi-nop' && (
          <ApplicantStep state={state} applicantTypes={procedure.applicantTypes} errors={errors} onApplicant={onApplicant} onSummary={(summary) => change((current) => ({ ...current, summary }))} />
        )}
        {step === 'nguoi-nop' && form && (
          <fieldset className="declaration">
            <legend>{form.title}</legend>
            {prefilledFrom && (
              <Alert kind="info">
                {t(declarationTexts.prefilled, { dossier: prefilledFrom.dossier ? t(declarationTexts.prefilledFromDossier, { code: prefilledFrom.dossier }) : '' })}
              </Alert>
            )}
            <DeclarationFields form={form} values={state.form} errors={errors} communes={communes} onChange={(values) => change((current) => ({ ...current, form: values }))} />
          </fieldset>
        )}
        {step === 'thanh-phan' && (
          <ComponentsStep procedureCode={procedure.code} components={procedure.components} files={state.files} errors={errors} onFiles={onFiles} onBusy={(running) => setUploading((count) => count + (running ? 1 : -1))} />
        )}
        {step === 'kiem-tra' && (
          <DeliveryChoiceFields options={deliveryOptions.data} value={state.delivery} errors={errors} onChange={(delivery) => change((current) => ({ ...current, delivery }))} />
        )}
        {step === 'kiem-tra' && (
          <ReviewStep
            procedure={procedure}
            state={state}
            communes={communes}
            stepHref={(target) => stepHref(target)}
            declared={declared}
            declarationError={errors.declaration}
            onDeclared={(value) => {
              setDeclared(value);
              if (value) setErrors(({ declaration: _declaration, ...rest }) => rest);
            }}
          />
        )}
        <div className="citizen-form-actions">
          <button type="submit" className="button" disabled={busy !== null}>
            {step === 'kiem-tra' ? (busy === 'submit' ? t(texts.submitting) : t(texts.submit)) : t(texts.continue)}
          </button>
          <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void saveDraft()}>
            {busy === 'save' ? t(texts.savingDraft) : t(texts.saveDraft)}
          </button>
          {previous && (
            <Link className="citizen-back-link" to={stepHref(previous)}>
              {t(texts.back)}
            </Link>
          )}
        </div>
        {/* Said under the button that was pressed: the top of the form is off-screen on a phone. */}
        <ActionStatus message={saved} />
      </form>
    </div>
  );
}
