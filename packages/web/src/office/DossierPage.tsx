import { useEffect, useRef, useState } from 'react';
import { STATE_LABELS } from '@motcua/core';
import { Link, useNavigate, useParams } from 'react-router';
import type { ApiError } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { StateBadge } from '../shared/ui/StateBadge.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { ActionPanel } from './actions/ActionPanel.js';
import type { ActionOutcome } from './actions/ActionForm.js';
import { DossierComponents } from './dossier/DossierComponents.js';
import { DossierFacts } from './dossier/DossierFacts.js';
import { DeclarationView } from '../shared/declaration/DeclarationView.js';
import { DossierNotifications } from './dossier/DossierNotifications.js';
import { DossierPapers } from './dossier/DossierPapers.js';
import { DossierSteps } from './dossier/DossierSteps.js';
import { DossierTimeline } from './dossier/DossierTimeline.js';
import { ApprovalSignature } from './dossier/ApprovalSignature.js';
import { SignedResults } from './dossier/SignedResults.js';
import { DossierPayment } from './dossier/DossierPayment.js';
import { ResultDelivery } from '../shared/delivery/ResultDelivery.js';
import { useQueueCounts } from './queues.js';
import { actionButtonTexts, actionTexts, dossierTexts as texts } from './texts.js';
import { type OfficeDossier, apiRead } from '@motcua/contract';
import { DeadlineBadge } from './ui.js';

type Notice = { kind: 'success' | 'warning'; text: string };

/** One dossier as the officer works on it: its data, its documents, its record and what they may do now. */
export function DossierPage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  const dossier = useApi(apiRead('/api/v1/dossiers/{code}', { path: { code } }));
  const { reloadCounts } = useQueueCounts();
  const [notice, setNotice] = useState<Notice>();
  const noticeRef = useRef<HTMLDivElement>(null);
  useTitle(t(texts.title, { code }));
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const refresh = (next: Notice) => {
    setNotice(next);
    dossier.reload();
    reloadCounts();
  };
  const onDone = ({ action, state }: ActionOutcome) => {
    const label = (STATE_LABELS as Record<string, { vi: string; en: string }>)[state];
    refresh({ kind: 'success', text: t(actionTexts.done, { action: t(actionButtonTexts[action]), state: label ? t(label) : state }) });
  };
  const onConflict = () => refresh({ kind: 'warning', text: t(actionTexts.conflict) });

  return (
    <div className="page office-page">
      <BackToQueue />
      <h1 className="dossier-title">
        <span>
          {t(texts.titleWord)} <span className="dossier-code">{code}</span>
        </span>
        {dossier.data && (
          <span className="dossier-title-badges">
            <StateBadge state={dossier.data.status.state} /> <DeadlineBadge status={dossier.data.deadlineStatus} />
          </span>
        )}
      </h1>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert kind={notice.kind}>
            <p>{notice.text}</p>
          </Alert>
        </div>
      )}
      {dossier.error && <DossierError error={dossier.error} onRetry={dossier.reload} />}
      {dossier.loading && !dossier.data && <Loading />}
      {dossier.data && <DossierBody dossier={dossier.data} onStart={() => setNotice(undefined)} onDone={onDone} onConflict={onConflict} reload={dossier.reload} />}
    </div>
  );
}

/** A refusal or an unknown code will not change on a second try: say what it means instead. */
function DossierError({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  const { t } = useI18n();
  if (error.status === 403) {
    return (
      <Alert kind="error" title={t(texts.forbiddenTitle)}>
        <p>{t(texts.forbiddenBody)}</p>
      </Alert>
    );
  }
  if (error.status === 404) {
    return (
      <Alert kind="error">
        <p>{t(texts.notFound)}</p>
      </Alert>
    );
  }
  return <ErrorMessage error={error} onRetry={onRetry} />;
}

function DossierBody({ dossier, onStart, onDone, onConflict, reload }: {
  dossier: OfficeDossier;
  onStart(): void;
  onDone(outcome: ActionOutcome): void;
  onConflict(): void;
  reload(): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <p className="dossier-subtitle">
        {dossier.procedure.name} — {dossier.applicant.name}
        {dossier.receivedAt && (
          <>
            {' · '}
            <Link to="giay-tiep-nhan">{t(texts.printReceipt)}</Link>
          </>
        )}
      </p>
      {dossier.status.clockStopped && (
        <Alert kind="warning">
          <p>{t(texts.clockStopped)}</p>
        </Alert>
      )}
      <ApprovalSignature dossier={dossier} reload={reload} />
      <ActionPanel dossier={dossier} onStart={onStart} onDone={onDone} onConflict={onConflict} />
      <SignedResults key={`results-${dossier.version}`} dossier={dossier} />
      <DossierPayment key={`payment-${dossier.version}`} code={dossier.code} />
      <ResultDelivery delivery={dossier.delivery} audience="officer" />
      <DossierFacts dossier={dossier} />
      {dossier.declaration && <DeclarationView title={dossier.declaration.title} entries={dossier.declaration.entries} />}
      <DossierPapers key={dossier.version} dossier={dossier} />
      <DossierComponents dossier={dossier} />
      <DossierSteps dossier={dossier} />
      <DossierNotifications dossier={dossier} reload={reload} />
      <DossierTimeline dossier={dossier} />
    </>
  );
}

/** Back to the queue the officer came from, with its search and page, or to their first queue. */
function BackToQueue() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const cameFromHere = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
  return (
    <p className="no-print back-link">
      <Link
        to="/can-bo"
        onClick={(event) => {
          if (!cameFromHere) return;
          event.preventDefault();
          void navigate(-1);
        }}
      >
        {t(texts.backToQueue)}
      </Link>
    </p>
  );
}

