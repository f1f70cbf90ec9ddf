import { type FormEvent, useState } from 'react';
import { AGENCIES, type PublishedProcedure, apiRead } from '@motcua/contract';
import { api, asApiError, asForm, dataOf } from '../../shared/api.js';
import { checkApplicant, controlOfServerField } from '../../shared/applicant-check.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { ErrorSummary, type FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Alert, useErrorText } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { RadioGroup } from '../../shared/ui/RadioGroup.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { ACCEPT_ATTRIBUTE, fileProblem } from '../files.js';
import { type ApplicantInput, ApplicantFields, EMPTY_APPLICANT, applicantBody } from '../reception/ApplicantFields.js';
import { ProcedureSection } from '../reception/ProcedureSection.js';
import { AgencyChoice } from '../../shared/ui/AgencyChoice.js';
import { assistedTexts as texts } from './texts.js';

/** An upload made as the applicant's own (POST /api/public/files): named in the submission with its token. */
interface Upload {
  name: string;
  status: 'uploading' | 'done' | 'failed';
  id?: string;
  token?: string;
  error?: string;
}

/** `/can-bo/ho-tro-nop-ho-so`: a helper (or a receiving officer) submits online for the citizen present, who consents. */
export function AssistedSubmissionPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const [procedureCode, setProcedureCode] = useState<string>();
  const procedure = useApi(procedureCode ? apiRead('/api/public/procedures/{code}', { path: { code: procedureCode } }) : null);
  const [done, setDone] = useState<{ code: string; lookupCode: string }>();
  useTitle(t(texts.title));
  const points = officer?.assistancePointIds ?? [];
  if (points.length === 0) {
    return (
      <div className="page narrow">
        <h1>{t(texts.title)}</h1>
        <Alert kind="warning">
          <p>{t(texts.notHelper)}</p>
        </Alert>
      </div>
    );
  }
  if (done) {
    return (
      <div className="page narrow">
        <h1>{t(texts.title)}</h1>
        <Alert kind="success" title={t(texts.doneTitle, { code: done.code })}>
          <p>{t(texts.doneLookup, { lookup: done.lookupCode })}</p>
          <p>{t(texts.doneHelp)}</p>
        </Alert>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDone(undefined);
            setProcedureCode(undefined);
          }}
        >
          {t(texts.another)}
        </button>
      </div>
    );
  }
  return (
    <div className="page office-page">
      <h1>{t(texts.title)}</h1>
      <p className="muted">{t(texts.intro)}</p>
      <ProcedureSection id="assisted-procedure" title={t(texts.procedureStep)} code={procedureCode} procedure={procedure} onChoose={setProcedureCode} />
      {procedure.data && procedure.data.code === procedureCode && <AssistedForm key={procedure.data.code} procedure={procedure.data} points={points} onDone={setDone} />}
    </div>
  );
}

function AssistedForm({ procedure, points, onDone }: { procedure: PublishedProcedure; points: string[]; onDone(dossier: { code: string; lookupCode: string }): void }) {
  const { t, language } = useI18n();
  const errorText = useErrorText();
  const agencies = useApi(AGENCIES);
  const [point, setPoint] = useState(points.length === 1 ? points[0]! : '');
  const offered = procedure.offeringAgencies;
  const [commune, setCommune] = useState(() => (procedure.offeredBy ? (offered.find((agency) => points.includes(agency.id))?.id ?? (offered.length === 1 ? offered[0]!.id : '')) : ''));
  const [applicant, setApplicant] = useState<ApplicantInput>({ ...EMPTY_APPLICANT, type: procedure.applicantTypes[0] ?? 'citizen' });
  const [uploads, setUploads] = useState<Record<string, Upload>>({});
  const [consentKind, setConsentKind] = useState<'code' | 'scan'>('code');
  const [consent, setConsent] = useState<{ consentId: string; phone: string; expiresAt: string }>();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<'code' | 'submit' | null>(null);
  const scanKey = '__consent';

  function fail(found: FieldErrors, message?: string) {
    setErrors(found);
    setGeneral(message);
    setAttempt((value) => value + 1);
  }
  function failWith(caught: unknown) {
    const error = asApiError(caught);
    const control = controlOfServerField(error.body.field);
    const named = control === 'consent.code' ? 'consentCode' : control;
    if (named && document.querySelector(`[name="${CSS.escape(named)}"]`)) fail({ [named]: errorText(error) });
    else fail({}, errorText(error));
  }

  function upload(key: string, file: File | undefined) {
    if (!file) return;
    const problem = fileProblem(file);
    if (problem) return setUploads((all) => ({ ...all, [key]: { name: file.name, status: 'failed', error: t(problem, { name: file.name }) } }));
    setUploads((all) => ({ ...all, [key]: { name: file.name, status: 'uploading' } }));
    dataOf(api.POST('/api/public/files', { body: { file }, bodySerializer: asForm })).then(
      (stored) => setUploads((all) => ({ ...all, [key]: { name: file.name, status: 'done', id: stored.id, token: stored.uploadToken } })),
      (caught: unknown) => setUploads((all) => ({ ...all, [key]: { name: file.name, status: 'failed', error: errorText(asApiError(caught)) } })),
    );
  }

  async function sendCode() {
    if (!applicant.phone.trim()) return fail({ 'applicant.phone': t(texts.phoneNeeded) });
    setBusy('code');
    try {
      const sent = await dataOf(api.POST('/api/v1/assisted/consent-codes', { body: { phone: applicant.phone.trim(), procedureCode: procedure.code, ...(point ? { pointAgencyId: point } : {}) } }));
      setConsent({ ...sent, phone: applicant.phone.trim() });
      setErrors({});
      setGeneral(undefined);
    } catch (caught) {
      failWith(caught);
    } finally {
      setBusy(null);
    }
  }

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!point) found.pointAgencyId = t(texts.point);
    if (procedure.offeredBy && !commune) found.receivingAgencyId = t(texts.communeMissing);
    Object.assign(found, checkApplicant(applicant, t));
    for (const component of procedure.components) {
      if (component.required && uploads[component.code]?.status !== 'done') found[`components.${component.code}`] = t(texts.componentMissing, { name: component.name });
    }
    if (consentKind === 'code' && (!consent || !code.trim())) found.consentCode = t(texts.codeMissing);
    if (consentKind === 'scan' && uploads[scanKey]?.status !== 'done') found[`components.${scanKey}`] = t(texts.scanMissing);
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = check();
    if (Object.keys(found).length > 0) return fail(found);
    setBusy('submit');
    const done = Object.entries(uploads).filter(([, upload]) => upload.status === 'done');
    try {
      const created = await dataOf(
        api.POST('/api/v1/assisted/dossiers', {
          body: {
            procedureCode: procedure.code,
            pointAgencyId: point,
            ...(procedure.offeredBy ? { receivingAgencyId: commune } : {}),
            applicant: applicantBody(applicant),
            components: procedure.components.flatMap((component) => {
              const scan = uploads[component.code];
              return scan?.status === 'done' ? [{ code: component.code, fileIds: [scan.id!] }] : [];
            }),
            uploadTokens: done.map(([, upload]) => upload.token!),
            consent: consentKind === 'code' ? { kind: 'code', consentId: consent!.consentId, code: code.trim() } : { kind: 'scan', fileId: uploads[scanKey]!.id! },
          },
        }),
      );
      onDone(created);
    } catch (caught) {
      failWith(caught);
      setBusy(null);
    }
  }

  const agencyName = (id: string) => agencies.data?.find((agency) => agency.id === id)?.name ?? '';
  const fileField = (key: string, label: string, required: boolean) => {
    const current = uploads[key];
    return (
      <Field key={key} label={label} required={required} error={errors[`components.${key}`] ?? current?.error}>
        <input type="file" name={`components.${key}`} accept={ACCEPT_ATTRIBUTE} onChange={(event) => upload(key, event.target.files?.[0])} />
      </Field>
    );
  };
  const uploadedNote = (key: string) => {
    const current = uploads[key];
    if (!current || current.status === 'failed') return null;
    return <p className="muted small" role="status">{current.status === 'uploading' ? t(texts.uploading) : t(texts.uploaded, { name: current.name })}</p>;
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t(texts.title)} noValidate>
      <ErrorSummary errors={errors} general={general} attempt={attempt} />
      <section className="card" aria-labelledby="assisted-commune">
        <h2 id="assisted-commune">{t(texts.communeStep)}</h2>
        {points.length > 1 && (
          <Field label={t(texts.point)} required error={errors.pointAgencyId}>
            <AgencyChoice name="pointAgencyId" agencies={points.map((id) => ({ id, name: agencyName(id) || id }))} value={point} onChange={setPoint} />
          </Field>
        )}
        {procedure.offeredBy ? (
          <Field label={t(texts.commune)} required error={errors.receivingAgencyId}>
            <AgencyChoice name="receivingAgencyId" agencies={offered} value={commune} onChange={setCommune} />
          </Field>
        ) : (
          <p>{t(texts.competent, { name: procedure.competentAgencyName })}</p>
        )}
      </section>
      <section className="card" aria-labelledby="assisted-applicant">
        <h2 id="assisted-applicant">{t(texts.applicantStep)}</h2>
        <ApplicantFields value={applicant} onChange={setApplicant} types={procedure.applicantTypes} errors={errors} />
      </section>
      <section className="card" aria-labelledby="assisted-components">
        <h2 id="assisted-components">{t(texts.componentsStep)}</h2>
        {procedure.components.map((component) => (
          <div key={component.code}>
            {fileField(component.code, component.name, component.required)}
            {uploadedNote(component.code)}
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="assisted-consent">
        <h2 id="assisted-consent">{t(texts.consentStep)}</h2>
        <RadioGroup
          legend={t(texts.consentKind)}
          name="consentKind"
          options={[
            { value: 'code' as const, label: t(texts.consentByCode) },
            { value: 'scan' as const, label: t(texts.consentByScan) },
          ]}
          value={consentKind}
          onChange={(kind) => setConsentKind(kind)}
        />
        {consentKind === 'code' ? (
          <>
            <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void sendCode()}>
              {busy === 'code' ? t(texts.sendingCode) : t(texts.sendCode)}
            </button>
            {consent && (
              <p role="status">{t(texts.codeSent, { phone: consent.phone, time: formatDateTime(consent.expiresAt, language) })}</p>
            )}
            <Field label={t(texts.code)} required error={errors.consentCode}>
              <input name="consentCode" inputMode="numeric" autoComplete="one-time-code" maxLength={20} value={code} onChange={(event) => setCode(event.target.value)} />
            </Field>
          </>
        ) : (
          <>
            {fileField(scanKey, t(texts.scan), true)}
            {uploadedNote(scanKey)}
          </>
        )}
      </section>
      <button type="submit" className="button" disabled={busy !== null}>
        {busy === 'submit' ? t(texts.submitting) : t(texts.submit)}
      </button>
    </form>
  );
}
