import { Link, useLocation, useParams } from 'react-router';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { useProcessingTime } from './dossier/DossierFacts.js';
import { paperUrl } from './files.js';
import { componentFormTexts, receiptTexts as texts } from './texts.js';
import { type OfficeDossier, apiRead } from '@motcua/contract';

const RECEPTION_ACTIONS = new Set(['receive_at_counter', 'receive']);

/**
 * The receipt and appointment paper (form 01) of a received dossier, laid out for printing. It
 * is read back from the dossier, so that it can be printed again at any time.
 */
export function ReceiptPage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  const justReceived = Boolean((useLocation().state as { justReceived?: boolean } | null)?.justReceived);
  const dossier = useApi(apiRead('/api/v1/dossiers/{code}', { path: { code } }));
  useTitle(`${t(texts.title)} ${code}`);
  return (
    <div className="page office-page receipt-page">
      {justReceived && (
        <div className="no-print">
          <Alert kind="success">
            <p>{t(texts.received, { code })}</p>
            <p>{t(texts.printNow)}</p>
          </Alert>
        </div>
      )}
      <div className="row no-print receipt-tools">
        {dossier.data?.receivedAt && (
          // Printed on reception: the officer lands here with the PDF one keypress away.
          <a className="button" href={paperUrl(code, 'receipt')} target="_blank" rel="noopener" autoFocus={justReceived}>
            {t(texts.printPdf)}
          </a>
        )}
        <Link className="button button-secondary" to={`/can-bo/ho-so/${code}`}>
          {t(texts.openDossier)}
        </Link>
        <Link className="button button-secondary" to="/can-bo/tiep-nhan">
          {t(texts.newReception)}
        </Link>
        {dossier.data?.ticket && !dossier.data.ticket.serviceFinished && (
          // Received from the ticket being served: the counter's page finishes its service.
          <Link className="button button-secondary" to="/can-bo/quay">
            {t(texts.backToCounter, { number: dossier.data.ticket.number })}
          </Link>
        )}
      </div>
      {dossier.error && <ErrorMessage error={dossier.error} onRetry={dossier.reload} />}
      {dossier.loading && !dossier.data && <Loading />}
      {dossier.data && (dossier.data.receivedAt ? <Receipt dossier={dossier.data} /> : <Alert kind="warning"><p>{t(texts.notReceived)}</p></Alert>)}
    </div>
  );
}

function Receipt({ dossier }: { dossier: OfficeDossier }) {
  const { t, language } = useI18n();
  const processingTime = useProcessingTime();
  const officer = [...dossier.events].reverse().find((event) => RECEPTION_ACTIONS.has(event.action))?.actorName ?? '';
  return (
    <article className="receipt" aria-labelledby="receipt-title">
      <header className="receipt-header">
        <div>
          <p className="receipt-agency">{dossier.receivingAgency.name}</p>
        </div>
        <div className="receipt-nation">
          <p>
            <strong>{t(texts.nation)}</strong>
          </p>
          <p className="receipt-motto">{t(texts.motto)}</p>
        </div>
      </header>
      <h1 id="receipt-title" className="receipt-title">
        {t(texts.title)}
      </h1>
      <dl className="facts receipt-facts">
        <dt>{t(texts.code)}</dt>
        <dd className="mono receipt-code">{dossier.code}</dd>
        <dt>{t(texts.lookupCode)}</dt>
        <dd>
          <span className="mono receipt-code">{dossier.lookupCode}</span>
          <span className="small block">{t(texts.lookupHint)}</span>
        </dd>
        <dt>{t(texts.procedure)}</dt>
        <dd>
          {dossier.procedure.name} ({dossier.procedure.code})
        </dd>
        <dt>{t(texts.applicant)}</dt>
        <dd>{dossier.applicant.name}</dd>
        <dt>{t(texts.idNumber)}</dt>
        <dd>{dossier.applicant.idNumber}</dd>
        {dossier.applicant.address && (
          <>
            <dt>{t(texts.address)}</dt>
            <dd>{dossier.applicant.address}</dd>
          </>
        )}
        {dossier.applicant.phone && (
          <>
            <dt>{t(texts.phone)}</dt>
            <dd>{dossier.applicant.phone}</dd>
          </>
        )}
        {dossier.applicant.email && (
          <>
            <dt>{t(texts.email)}</dt>
            <dd>{dossier.applicant.email}</dd>
          </>
        )}
      </dl>
      <h2>{t(texts.components)}</h2>
      <table className="table-compact receipt-table">
        <thead>
          <tr>
            <th scope="col">{t(texts.number)}</th>
            <th scope="col">{t(texts.document)}</th>
            <th scope="col">{t(texts.form)}</th>
            <th scope="col">{t(texts.copies)}</th>
          </tr>
        </thead>
        <tbody>
          {dossier.components.map((component, index) => {
            const form = componentFormTexts[component.form];
            return (
              <tr key={component.code}>
                <td>{index + 1}</td>
                <th scope="row" className="plain-th">
                  {component.name}
                </th>
                <td>{form ? t(form) : component.form}</td>
                <td>{component.copies}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl className="facts receipt-facts">
        <dt>{t(texts.processingTime)}</dt>
        <dd>{processingTime(dossier.procedure.processingDays)}</dd>
        <dt>{t(texts.receivedAt)}</dt>
        <dd>{formatDateTime(dossier.receivedAt, language)}</dd>
        <dt>{t(texts.dueAt)}</dt>
        <dd>
          <strong>{formatDateTime(dossier.dueAt, language)}</strong>
        </dd>
        {dossier.competentAgency.id !== dossier.receivingAgency.id && (
          <>
            <dt>{t(texts.decidedBy)}</dt>
            <dd>{dossier.competentAgency.name}</dd>
          </>
        )}
        <dt>{t(texts.returnPlace)}</dt>
        <dd>{dossier.receivingAgency.name}</dd>
      </dl>
      <div className="receipt-signatures">
        <div>
          <p>
            <strong>{t(texts.applicantSign)}</strong>
          </p>
          <p className="small">{t(texts.signNote)}</p>
          <p className="receipt-sign-name">{dossier.applicant.name}</p>
        </div>
        <div>
          <p>
            <strong>{t(texts.officer)}</strong>
          </p>
          <p className="small">{t(texts.signNote)}</p>
          <p className="receipt-sign-name">{officer}</p>
        </div>
      </div>
    </article>
  );
}
