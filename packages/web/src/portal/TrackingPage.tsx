import { type Channel, type DeadlineStatus, NATIONAL_STATUS_LABELS, dossierTrackingPath } from '@motcua/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../shared/format.js';
import { type Text, useI18n } from '../shared/i18n.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { StateBadge } from '../shared/ui/StateBadge.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { labelOf } from './catalogue.js';
import { type ResponseOf, trackingRead } from '@motcua/contract';
import { DOSSIER_RATABLE_STATES, normaliseDossierCode } from '@motcua/core';
import { AssistedBy } from '../shared/AssistedBy.js';
import { ResultDelivery } from '../shared/delivery/ResultDelivery.js';
import { LookupDossierRating } from '../ratings/DossierRating.js';
import { TrackingForm } from './TrackingForm.js';
import { trackingTexts as texts } from './tracking-texts.js';


/** What anyone holding the code may see; the applicant's name comes masked from the server. */
type TrackedDossier = ResponseOf<'/api/public/dossiers/{code}'>;

const CHANNEL_LABELS: Record<Channel, Text> = { in_person: texts.channelInPerson, online: texts.channelOnline, post: texts.channelPost };

const DEADLINE: Record<DeadlineStatus, { label: Text; tone: string }> = {
  on_time: { label: texts.onTime, tone: 'info' },
  due_soon: { label: texts.dueSoon, tone: 'warning' },
  overdue: { label: texts.overdue, tone: 'danger' },
  finished_early: { label: texts.finishedEarly, tone: 'success' },
  finished_on_time: { label: texts.finishedOnTime, tone: 'success' },
  finished_late: { label: texts.finishedLate, tone: 'danger' },
};

function DeadlineBadge({ status }: { status: DeadlineStatus | null }) {
  const { t } = useI18n();
  if (!status) return null;
  return <span className={`badge badge-${DEADLINE[status].tone}`}>{t(DEADLINE[status].label)}</span>;
}

const place = (agency: string, unit: string | null) => (unit ? `${unit} — ${agency}` : agency);

function Summary({ dossier }: { dossier: TrackedDossier }) {
  const { language, t } = useI18n();
  const when = (value: string | null) => formatDateTime(value, language);
  const national = NATIONAL_STATUS_LABELS[dossier.status.nationalStatus];
  return (
    <>
      <div className="row">
        <StateBadge state={dossier.status.state} />
        <DeadlineBadge status={dossier.deadlineStatus} />
      </div>
      {national && <p className="muted">{t(texts.nationalStatus, { meaning: t(national), status: dossier.status.nationalStatus })}</p>}
      {dossier.status.clockStopped && <p className="alert alert-warning">{t(texts.clockStopped)}</p>}
      <dl className="facts">
        <dt>{t(texts.procedure)}</dt>
        <dd>
          <Link to={`/thu-tuc/${dossier.procedure.code}`}>{dossier.procedure.name}</Link> <span className="muted">({dossier.procedure.code})</span>
        </dd>
        <dt>{t(texts.applicant)}</dt>
        <dd>{dossier.applicantName}</dd>
        <dt>{t(texts.channel)}</dt>
        <dd>{labelOf(CHANNEL_LABELS, dossier.channel, t)}</dd>
        <dt>{t(texts.receivingAgency)}</dt>
        <dd>
          {dossier.receivingAgency}
          <AssistedBy assistance={dossier.assistance} />
        </dd>
        <dt>{t(texts.submittedAt)}</dt>
        <dd>{when(dossier.submittedAt)}</dd>
        <dt>{t(texts.receivedAt)}</dt>
        <dd>{dossier.receivedAt ? when(dossier.receivedAt) : t(texts.notReceived)}</dd>
        <dt>{t(texts.appointmentAt)}</dt>
        <dd>
          <strong>{when(dossier.appointmentAt)}</strong>
        </dd>
        {dossier.finishedAt && (
          <>
            <dt>{t(texts.finishedAt)}</dt>
            <dd>{when(dossier.finishedAt)}</dd>
          </>
        )}
        {dossier.returnedAt && (
          <>
            <dt>{t(texts.returnedAt)}</dt>
            <dd>{when(dossier.returnedAt)}</dd>
          </>
        )}
        {dossier.currentStep && (
          <>
            <dt>{t(texts.currentStep)}</dt>
            <dd>
              {dossier.currentStep.name}
              <br />
              <span className="muted">
                {place(dossier.currentStep.agency, dossier.currentStep.unit)}; {t(texts.stepDue, { date: when(dossier.currentStep.dueAt) })}
              </span>
            </dd>
          </>
        )}
      </dl>
      {dossier.delivery && <ResultDelivery delivery={dossier.delivery} audience="public" />}
      <p className="muted">{t(texts.privacy)}</p>
    </>
  );
}

function Steps({ steps }: { steps: TrackedDossier['steps'] }) {
  const { language, t } = useI18n();
  if (steps.length === 0) return <p>{t(texts.noSteps)}</p>;
  return (
    <ol className="timeline">
      {steps.map((step) => (
        <li key={`${step.startedAt}-${step.name}`} className={step.finishedAt ? 'step-done' : 'step-current'}>
          <strong>{step.name}</strong>
          <br />
          <span className="muted">{place(step.agency, step.unit)}</span>
          <br />
          <span className="step-times">
            <span>
              {t(texts.stepStarted)}: {formatDateTime(step.startedAt, language)}
            </span>
            <span>
              {t(texts.stepDueLabel)}: {formatDateTime(step.dueAt, language)}
            </span>
            <span>{step.finishedAt ? `${t(texts.stepFinished)}: ${formatDateTime(step.finishedAt, language)}` : t(texts.stepInProgress)}</span>
            <DeadlineBadge status={step.deadlineStatus} />
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * Tracking by dossier code: `/tra-cuu` asks for the code, `/tra-cuu/{code}` (the address in the
 * receipt's QR code) shows the dossier straight away.
 */
export function TrackingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const code = normaliseDossierCode(useParams().code ?? '');
  const address = trackingRead(code);
  const wellFormed = address !== null;
  const tracked = useApi(address);
  const dossier = wellFormed && tracked.data?.code === code ? tracked.data : undefined;
  useTitle(dossier ? t(texts.resultHeading, { code }) : t(texts.title));

  // After the reader asks for a code, take them to the answer; a deep link starts at the top as usual.
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusAnswer = useRef(false);
  useEffect(() => {
    if (dossier && focusAnswer.current) {
      focusAnswer.current = false;
      resultHeading.current?.focus();
    }
  }, [dossier]);

  // A code refused by the form is the latest question: the answer to the one before goes.
  const [refused, setRefused] = useState(false);

  function track(next: string) {
    setRefused(false);
    focusAnswer.current = true;
    if (next === code) tracked.reload();
    else void navigate(dossierTrackingPath(next));
  }

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      <div className="card">
        <TrackingForm key={code} initialCode={code} onTrack={track} onRefused={() => setRefused(true)} />
      </div>
      {wellFormed && !refused &&
        (tracked.error && !tracked.loading ? (
          <ErrorMessage error={tracked.error} onRetry={tracked.error.status === 404 ? undefined : tracked.reload} />
        ) : !dossier || tracked.loading ? (
          <Loading />
        ) : (
          <>
            <section className="card" aria-labelledby="tracking-result">
              <h2 id="tracking-result" ref={resultHeading} tabIndex={-1}>
                {t(texts.resultHeading, { code: dossier.code })}
              </h2>
              <Summary dossier={dossier} />
            </section>
            {DOSSIER_RATABLE_STATES.includes(dossier.status.state) && <LookupDossierRating key={dossier.code} code={dossier.code} />}
            <section aria-labelledby="tracking-steps">
              <h2 id="tracking-steps">{t(texts.stepsHeading)}</h2>
              <Steps steps={dossier.steps} />
            </section>
          </>
        ))}
    </div>
  );
}
