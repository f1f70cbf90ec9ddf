import { dossierTrackingPath } from '@motcua/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { StateBadge } from '../shared/ui/StateBadge.js';
import { Alert, ErrorMessage, Loading, useErrorText } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import type { ActionOutcome } from './dossier/action-outcome.js';
import { DossierDocuments } from './dossier/DossierDocuments.js';
import { DossierPayment } from './dossier/DossierPayment.js';
import { ResultDelivery } from '../shared/delivery/ResultDelivery.js';
import { ApplicantFacts, ComponentList, DossierOverview } from './dossier/DossierFacts.js';
import { DeclarationView } from '../shared/declaration/DeclarationView.js';
import { isVersionConflict } from './dossier/perform-action.js';
import { SentNotices } from './dossier/SentNotices.js';
import { SupplementForm } from './dossier/SupplementForm.js';
import { SupplementNotice } from './dossier/SupplementNotice.js';
import { Timeline } from './dossier/Timeline.js';
import { WithdrawAction } from './dossier/WithdrawAction.js';
import { apiRead } from '@motcua/contract';
import { RequireCitizen } from './RequireCitizen.js';
import { myDossierTexts as texts } from './texts.js';
import { useCitizenApi } from './use-citizen-api.js';
import { OwnDossierRating } from '../ratings/DossierRating.js';

/** `/ho-so-cua-toi/:code`: one of the citizen's dossiers, with what they can do about it. */
export function MyDossierPage() {
  return <RequireCitizen>{() => <MyDossier />}</RequireCitizen>;
}

function MyDossier() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { code = '' } = useParams();
  const { data: dossier, error, loading, reload } = useCitizenApi(apiRead('/api/citizen/dossiers/{code}', { path: { code } }));
  const [message, setMessage] = useState<{ kind: 'success' | 'error' | 'warning'; text: string }>();
  const [answered, setAnswered] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  useTitle(t(texts.title, { code }));

  // After an action the form that was used may be gone: the outcome message takes the focus.
  useEffect(() => {
    if (answered > 0) messageRef.current?.focus();
  }, [answered]);

  function onOutcome(outcome: ActionOutcome) {
    if (outcome.kind === 'started') return setMessage(undefined);
    if (outcome.kind === 'done') {
      setMessage({ kind: 'success', text: outcome.message });
      reload();
    } else if (isVersionConflict(outcome.failure)) {
      setMessage({ kind: 'warning', text: t(texts.conflict) });
      reload();
    } else {
      setMessage({ kind: 'error', text: outcome.failure instanceof ApiError ? errorText(outcome.failure) : String(outcome.failure) });
    }
    setAnswered((value) => value + 1);
  }

  if (!dossier) {
    return (
      <div className="page">
        <h1>{t(texts.title, { code })}</h1>
        {loading && <Loading />}
        {error && <ErrorMessage error={error} onRetry={error.status === 404 ? undefined : reload} />}
        <p>
          <Link to="/ho-so-cua-toi">{t(texts.back)}</Link>
        </p>
      </div>
    );
  }

  const actions = dossier.availableActions;
  const supplementAction = actions.includes('submit_supplement') ? 'submit_supplement' : actions.includes('resubmit') ? 'resubmit' : undefined;
  return (
    <div className="page">
      <p className="no-print">
        <Link to="/ho-so-cua-toi">{t(texts.back)}</Link>
      </p>
      <div className="citizen-page-heading">
        <h1>
          {t(texts.heading)} <span className="citizen-code">{dossier.code}</span>
        </h1>
        <StateBadge state={dossier.state} />
      </div>
      <p className="citizen-lead">{dossier.procedure.name}</p>
      <div ref={messageRef} tabIndex={-1}>
        {message && <Alert kind={message.kind}>{message.text}</Alert>}
      </div>
      {error && <ErrorMessage error={error} onRetry={reload} />}
      <DossierPayment key={`payment-${dossier.version}`} code={dossier.code} atSubmission={dossier.state === 'submitted'} onPaid={reload} />
      <ResultDelivery delivery={dossier.delivery} audience="applicant" />
      {dossier.supplementRequest && <SupplementNotice request={dossier.supplementRequest} beforeReception={dossier.state === 'supplement_before_reception'} />}
      {actions.length > 0 && (
        <section aria-labelledby="actions-heading" className="no-print">
          <h2 id="actions-heading">{t(texts.actionsHeading)}</h2>
          {/* Keyed by version: after a change the forms start empty for the new state. */}
          {supplementAction && <SupplementForm key={`supplement-${dossier.version}`} dossier={dossier} action={supplementAction} onOutcome={onOutcome} />}
          {actions.includes('withdraw') && <WithdrawAction key={`withdraw-${dossier.version}`} dossier={dossier} onOutcome={onOutcome} />}
        </section>
      )}
      <OwnDossierRating key={dossier.version} code={dossier.code} />
      <div className="citizen-columns">
        <div>
          <DossierOverview dossier={dossier} />
          <DossierDocuments dossier={dossier} />
          <ApplicantFacts dossier={dossier} />
          {dossier.declaration && (
            <DeclarationView
              title={dossier.declaration.title}
              entries={dossier.declaration.entries}
              printHref={`/api/citizen/dossiers/${encodeURIComponent(dossier.code)}/papers/declaration.pdf`}
            />
          )}
          <ComponentList dossier={dossier} />
        </div>
        <div>
          <section className="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="citizen-card-title">{t(texts.timeline)}</h2>
            <Timeline events={dossier.events} />
            <p className="no-print">
              <Link to={dossierTrackingPath(dossier.code)}>{t(texts.trackLink)}</Link>
            </p>
          </section>
          <SentNotices notices={dossier.notifications} />
        </div>
      </div>
    </div>
  );
}
