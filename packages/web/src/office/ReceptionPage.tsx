import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { FormDefinition, FormValues } from '@motcua/core';
import { DeclarationFields } from '../shared/declaration/DeclarationFields.js';
import { useCommunes } from '../shared/declaration/communes.js';
import { declarationTexts } from '../shared/declaration/texts.js';
import { useNavigate, useSearchParams } from 'react-router';
import { api, asApiError, dataOf } from '../shared/api.js';
import { checkApplicant, controlOfServerField } from '../shared/applicant-check.js';
import { useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { ErrorSummary, type FieldErrors } from '../shared/ui/ErrorSummary.js';
import { Alert, useErrorText } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { useQueueCounts } from './queues.js';
import { type ApplicantInput, ApplicantFields, EMPTY_APPLICANT, applicantBody } from './reception/ApplicantFields.js';
import { ProcedureSection } from './reception/ProcedureSection.js';
import { AgencyChoice } from '../shared/ui/AgencyChoice.js';
import { AppointmentPreview } from './reception/AppointmentPreview.js';
import { type ComponentEntry, ComponentChecklist, componentControl, entriesFor } from './reception/ComponentChecklist.js';
import { channelTexts, receptionTexts as texts } from './texts.js';
import { type DeliveryChoiceState, DeliveryChoiceFields, deliveryAddressMissing, deliveryBody } from '../shared/delivery/DeliveryChoiceFields.js';
import { deliveryTexts } from '../shared/delivery/texts.js';
import { AGENCIES, type PublishedProcedure, apiRead } from '@motcua/contract';

/** A walk-in (or postal) dossier, checked complete at the counter and received at once. */
export function ReceptionPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const [procedureCode, setProcedureCode] = useState<string>();
  const procedure = useApi(procedureCode ? apiRead('/api/public/procedures/{code}', { path: { code: procedureCode } }) : null);
  useTitle(t(texts.title));
  const desks = officer?.receptionDeskIds ?? [];
  // From the counter page: the ticket being served, which the dossier will record.
  const ticketId = useSearchParams()[0].get('phieu') ?? undefined;

  if (desks.length === 0) {
    return (
      <div className="page narrow">
        <h1>{t(texts.title)}</h1>
        <Alert kind="warning">
          <p>{t(texts.notReceiver)}</p>
        </Alert>
      </div>
    );
  }
  return (
    <div className="page office-page">
      <h1>{t(texts.title)}</h1>
      <p className="muted">{t(texts.intro)}</p>
      {ticketId && <TicketBeingServed ticketId={ticketId} />}
      <ProcedureSection id="reception-procedure" title={t(texts.procedureStep)} code={procedureCode} procedure={procedure} onChoose={setProcedureCode} />
      {procedure.data && procedure.data.code === procedureCode && <ReceptionForm key={procedure.data.code} procedure={procedure.data} desks={desks} ticketId={ticketId} />}
    </div>
  );
}

/** The ticket the dossier is received from, as the officer's counter holds it (the server checks it again on receiving). */
function TicketBeingServed({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const desk = useApi(apiRead('/api/v1/counters/mine'));
  if (!desk.data) return null;
  const { counter, current } = desk.data;
  return current?.id === ticketId && counter ? (
    <Alert kind="info">
      <p>{t(texts.fromTicket, { number: current.number, counter: counter.number })}</p>
    </Alert>
  ) : (
    <Alert kind="warning">
      <p>{t(texts.ticketGone)}</p>
    </Alert>
  );
}

function ReceptionForm({ procedure, desks, ticketId }: { procedure: PublishedProcedure; desks: string[]; ticketId: string | undefined }) {
  const { t, language } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { reloadCounts } = useQueueCounts();
  const [applicant, setApplicant] = useState<ApplicantInput>({ ...EMPTY_APPLICANT, type: procedure.applicantTypes[0] ?? 'citizen' });
  const [summary, setSummary] = useState('');
  const form = procedure.form as FormDefinition | undefined;
  const [declaration, setDeclaration] = useState<FormValues>({});
  const communes = useCommunes();
  const [channel, setChannel] = useState<'in_person' | 'post'>('in_person');
  const [desk, setDesk] = useState(desks.length === 1 ? desks[0]! : '');
  // A procedure offered by communes, received at a desk that does not offer it (a centre of the province): the commune that decides it.
  const [deciding, setDeciding] = useState('');
  const needsDeciding = Boolean(procedure.offeredBy) && desk !== '' && !procedure.offeringAgencies.some((agency) => agency.id === desk);
  const [delivery, setDelivery] = useState<DeliveryChoiceState>({ method: 'in_person', address: '' });
  const deliveryOptions = useApi(desk ? apiRead('/api/public/agencies/{agencyId}/delivery-options', { path: { agencyId: desk } }) : null);
  const [entries, setEntries] = useState<Record<string, ComponentEntry>>(() => entriesFor(procedure.components));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const agencies = useApi(desks.length > 1 ? AGENCIES : null);
  const formRef = useRef<HTMLFormElement>(null);

  // Ctrl+Enter receives from wherever the officer is typing, as the button's hint says.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        formRef.current?.requestSubmit();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  /** Every problem the browser can see, in the order of the form so that the summary reads top-down. */
  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!desk) found.receivingAgencyId = t(texts.deskMissing);
    if (needsDeciding && !deciding) found.competentAgencyId = t(texts.decidingMissing);
    Object.assign(found, checkApplicant(applicant, t));
    for (const component of procedure.components) {
      if (component.required && !entries[component.code]?.received) found[componentControl(component.code)] = t(texts.componentMissing, { name: component.name });
    }
    if (deliveryAddressMissing(delivery)) found['delivery.address'] = t(deliveryTexts.addressRequired);
    return found;
  }

  /** The previous attempt's messages go with each new one: only what this one found is shown. */
  function fail(found: FieldErrors, message?: string) {
    setErrors(found);
    setGeneral(message);
    setAttempt((value) => value + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = check();
    if (Object.keys(found).length > 0) return fail(found);
    if (Object.values(entries).some((entry) => entry.scans.some((scan) => scan.status === 'uploading'))) return fail({}, t(texts.uploadsPending));
    setErrors({});
    setGeneral(undefined);
    setBusy(true);
    const body = {
      procedureCode: procedure.code,
      channel,
      ...(ticketId ? { ticketId } : {}),
      ...(desk ? { receivingAgencyId: desk } : {}),
      ...(needsDeciding && deciding ? { competentAgencyId: deciding } : {}),
      applicant: applicantBody(applicant),
      ...(summary.trim() ? { summary: summary.trim() } : {}),
      // Left empty, the paper declaration received as a component stands in for it.
      ...(form && Object.keys(declaration).length > 0 ? { form: declaration } : {}),
      delivery: deliveryBody(delivery),
      components: procedure.components
        .filter((component) => entries[component.code]?.received)
        .map((component) => {
          const entry = entries[component.code]!;
          return { code: component.code, copies: entry.copies, fileIds: entry.scans.flatMap((scan) => (scan.id ? [scan.id] : [])) };
        }),
    };
    try {
      const created = await dataOf(api.POST('/api/v1/dossiers', { body }));
      reloadCounts();
      void navigate(`/can-bo/ho-so/${created.code}/giay-tiep-nhan`, { state: { justReceived: true } });
    } catch (caught) {
      setBusy(false);
      const error = asApiError(caught);
      const problems = error.body.problems ?? [];
      if (problems.length > 0) return fail(Object.fromEntries(problems.map((problem) => [problem.field, language === 'vi' ? problem.message : problem.messageEn])));
      // A refusal that names one of the form's controls is said next to it; any other above the form.
      const control = controlOfServerField(error.body.field);
      if (control && formRef.current?.querySelector(`[name="${CSS.escape(control)}"]`)) fail({ [control]: errorText(error) });
      else fail({}, errorText(error));
    }
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} aria-label={t(texts.title)} noValidate>
      <ErrorSummary errors={errors} general={general} attempt={attempt} />
      <section className="card" aria-labelledby="reception-applicant">
        <h2 id="reception-applicant">{t(texts.applicantStep)}</h2>
        <div className="form-grid">
          {desks.length > 1 && (
            <Field label={t(texts.desk)} required error={errors.receivingAgencyId}>
              <select name="receivingAgencyId" value={desk} onChange={(event) => setDesk(event.target.value)}>
                <option value="" />
                {desks.map((id) => (
                  <option key={id} value={id}>
                    {agencies.data?.find((agency) => agency.id === id)?.name ?? id}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {needsDeciding && (
            <Field label={t(texts.deciding)} hint={t(texts.decidingHint)} required error={errors.competentAgencyId}>
              <AgencyChoice name="competentAgencyId" agencies={procedure.offeringAgencies} value={deciding} onChange={setDeciding} />
            </Field>
          )}
          <Field label={t(texts.channel)}>
            <select name="channel" value={channel} onChange={(event) => setChannel(event.target.value as 'in_person' | 'post')}>
              <option value="in_person">{t(channelTexts.in_person!)}</option>
              <option value="post">{t(channelTexts.post!)}</option>
            </select>
          </Field>
        </div>
        <ApplicantFields value={applicant} onChange={setApplicant} types={procedure.applicantTypes} errors={errors} />
        <Field label={t(texts.summary)} error={errors.summary}>
          <textarea name="summary" rows={2} maxLength={2000} value={summary} onChange={(event) => setSummary(event.target.value)} />
        </Field>
      </section>
      {form && (
        <section className="card" aria-labelledby="reception-declaration">
          <h2 id="reception-declaration">{form.title}</h2>
          <p className="muted">{t(declarationTexts.paperInstead)}</p>
          <DeclarationFields form={form} values={declaration} errors={errors} communes={communes} onChange={setDeclaration} />
        </section>
      )}
      <section className="card" aria-labelledby="reception-components">
        <h2 id="reception-components">{t(texts.componentsStep)}</h2>
        <p className="muted">{t(texts.componentsHint)}</p>
        <ComponentChecklist components={procedure.components} entries={entries} errors={errors} onChange={(code, entry) => setEntries((all) => ({ ...all, [code]: entry }))} />
      </section>
      <section className="card" aria-labelledby="reception-appointment">
        <h2 id="reception-appointment">{t(texts.appointmentStep)}</h2>
        <AppointmentPreview processingDays={procedure.processingDays} />
        <DeliveryChoiceFields options={deliveryOptions.data} value={delivery} onChange={setDelivery} errors={errors} />
      </section>
      <button type="submit" className="button" disabled={busy} aria-keyshortcuts="Control+Enter">
        {busy ? t(texts.submitting) : t(texts.submit)}
        <kbd className="shortcut-hint" aria-hidden="true">
          {t(texts.submitShortcut)}
        </kbd>
      </button>
    </form>
  );
}
