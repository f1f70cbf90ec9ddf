import { dossierTrackingPath } from '@motcua/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { Alert } from '../../shared/ui/feedback.js';
import type { PublicProcedure, SubmittedDossier } from '../model.js';
import { commonTexts, submissionTexts as texts } from '../texts.js';

function CopyCode({ code }: { code: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t(texts.copied));
    } catch {
      setStatus(t(texts.copyFailed));
    }
  }
  return (
    <>
      <button type="button" className="button button-secondary no-print" onClick={() => void copy()}>
        {t(texts.copy)}
      </button>
      <span className="muted" role="status">
        {status}
      </span>
    </>
  );
}

/** Step 4: the dossier exists. Its code is what the citizen must keep, so it comes first and big. */
export function Confirmation({ result, procedure, submittedAt }: { result: SubmittedDossier; procedure: PublicProcedure; submittedAt: Date }) {
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="page narrow citizen-confirmation">
      <h1 ref={heading} tabIndex={-1}>
        {t(texts.doneTitle)}
      </h1>
      <Alert kind="success">
        <p>{t(texts.doneBody, { agency: procedure.competentAgencyName })}</p>
      </Alert>
      <section className="card citizen-receipt" aria-labelledby="receipt-code-label">
        <p id="receipt-code-label" className="citizen-receipt-label">
          {t(texts.dossierCode)}
        </p>
        <p className="citizen-code-big">{result.code}</p>
        <div className="row">
          <CopyCode code={result.code} />
        </div>
        <dl className="facts">
          <dt>{t(texts.lookupCode)}</dt>
          <dd className="citizen-code">{result.lookupCode}</dd>
          <dt>{t(texts.submittedAt)}</dt>
          <dd>{formatDateTime(submittedAt, language)}</dd>
          <dt>{t(texts.appointment)}</dt>
          <dd>{result.dueAt ? formatDateTime(result.dueAt, language) : t(texts.appointmentLater)}</dd>
        </dl>
        <p className="muted">{t(texts.lookupHint)}</p>
      </section>
      <ul className="citizen-link-list no-print">
        <li>
          <Link to={dossierTrackingPath(result.code)}>{t(texts.trackLink)}</Link>
        </li>
        <li>
          <Link to={`/ho-so-cua-toi/${encodeURIComponent(result.code)}`}>{t(texts.viewDossier)}</Link>
        </li>
        <li>
          <Link to="/ho-so-cua-toi">{t(commonTexts.myDossiers)}</Link>
        </li>
      </ul>
      <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
        {t(texts.print)}
      </button>
    </div>
  );
}
