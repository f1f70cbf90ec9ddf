import { dossierTrackingPath } from '@motcua/core';
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type ResponseOf, query } from '@motcua/contract';
import { formatDate, formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Pagination } from '../shared/ui/Pagination.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { RESULTS_PAGE_SIZE, type ResultsKind as Kind, readResultsBoard, resultsRead } from '@motcua/contract';
import { resultsTexts as texts } from './results-texts.js';

/** One line of `GET /api/public/results`; the applicant's name comes masked from the server. */
type PublishedResult = ResponseOf<'/api/public/results'>['items'][number];

const KINDS: Kind[] = ['finished', 'late'];

function KindSwitch({ kind }: { kind: Kind }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t(texts.sections)}>
      <ul className="segmented">
        {KINDS.map((each) => (
          <li key={each}>
            <Link to={`/cong-khai${query({ kind: each === 'finished' ? undefined : each })}`} aria-current={each === kind ? 'page' : undefined}>
              {t(texts[each])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ResultsTable({ kind, items }: { kind: Kind; items: PublishedResult[] }) {
  const { language, t } = useI18n();
  const date = (value: string | null) => formatDate(value, language);
  return (
    <DataTable
      items={items}
      stackOnPhone
      caption={t(texts[kind])}
      columns={[t(texts.code), t(texts.procedure), t(texts.applicant), t(texts.agency), t(texts.receivedAt), t(texts.dueAt), t(texts.finishedAt), t(kind === 'finished' ? texts.outcome : texts.apology)]}
      row={(item) => (
        <tr key={item.code}>
          <th scope="row" className="code-cell" data-label={t(texts.code)}>
            <Link to={dossierTrackingPath(item.code)}>{item.code}</Link>
          </th>
          <td data-label={t(texts.procedure)}>{item.procedureName}</td>
          <td data-label={t(texts.applicant)}>{item.applicantName}</td>
          <td data-label={t(texts.agency)}>{item.agencyName}</td>
          <td data-label={t(texts.receivedAt)}>{date(item.receivedAt)}</td>
          <td data-label={t(texts.dueAt)}>{date(item.dueAt)}</td>
          <td data-label={t(texts.finishedAt)}>{item.finishedAt ? date(item.finishedAt) : t(texts.notFinished)}</td>
          {kind === 'finished' ? (
            <td data-label={t(texts.outcome)}>
              <span className={`badge ${item.late ? 'badge-danger' : 'badge-success'}`}>{t(item.late ? texts.lateBadge : texts.onTimeBadge)}</span>
            </td>
          ) : (
            <td data-label={t(texts.apology)} className="apology">
              {item.apology ?? <span className="muted">{t(texts.noApology)}</span>}
            </td>
          )}
        </tr>
      )}
    />
  );
}

/** The public board of results (công khai kết quả): decided dossiers, and late ones with the agency's apology. */
export function ResultsBoardPage() {
  const { language, t } = useI18n();
  useTitle(t(texts.title));
  const [params, setParams] = useSearchParams();
  const { kind, page } = readResultsBoard(params);
  const results = useApi(resultsRead({ kind, page }));
  const heading = useRef<HTMLHeadingElement>(null);

  function turnPage(next: number) {
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      updated.set('page', String(next));
      return updated;
    });
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      <KindSwitch kind={kind} />
      <h2 ref={heading} tabIndex={-1}>
        {t(texts[kind])}
      </h2>
      {results.error ? (
        // The board is published by a service that may not be switched on yet: say so plainly.
        results.error.status === 404 ? <Alert>{t(texts.unavailable)}</Alert> : <ErrorMessage error={results.error} onRetry={results.reload} />
      ) : !results.data ? (
        <Loading />
      ) : results.data.items.length === 0 ? (
        <p className="empty-state">{t(texts.empty)}</p>
      ) : (
        <>
          <p className="muted">{t(texts.total, { count: formatNumber(results.data.total, language) })}</p>
          <ResultsTable kind={kind} items={results.data.items} />
          <Pagination page={page} pageSize={RESULTS_PAGE_SIZE} total={results.data.total} onPage={turnPage} />
        </>
      )}
    </div>
  );
}
