import { dossierTrackingPath } from '@motcua/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AGENCIES, type ResponseOf, type ResultsBoard, type ResultsKind as Kind, agencyProceduresRead, query, readResultsBoard, resultsRead } from '@motcua/contract';
import { formatDate, formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { CursorPages } from '../shared/ui/CursorPages.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { AgencyOptions } from './catalogue.js';
import { resultsTexts as texts } from './results-texts.js';

/** One line of `GET /api/public/results`; the applicant's name comes masked from the server when it is a person's. */
type PublishedResult = ResponseOf<'/api/public/results'>['items'][number];

type Filters = Pick<ResultsBoard, 'agencyId' | 'procedure' | 'from' | 'to'>;

const KINDS: Kind[] = ['finished', 'late'];
const NO_FILTERS: Filters = { agencyId: '', procedure: '', from: '', to: '' };

/** The board's address: the list, its filters and, past the first page, the cursor. */
const boardAddress = (kind: Kind, filters: Filters, cursor = '') =>
  `/cong-khai${query({ kind: kind === 'finished' ? undefined : kind, ...filters, cursor })}`;

function KindSwitch({ kind, filters }: { kind: Kind; filters: Filters }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t(texts.sections)}>
      <ul className="segmented">
        {KINDS.map((each) => (
          <li key={each}>
            <Link to={boardAddress(each, filters)} aria-current={each === kind ? 'page' : undefined}>
              {t(texts[each])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The filters as a form that changes the address when sent, so that a filtered board can be
 * bookmarked and shared; the procedures offered are those of the agency chosen.
 */
function FilterForm({ applied, onApply }: { applied: Filters; onApply(filters: Filters): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(applied);
  const [periodError, setPeriodError] = useState('');
  const agencies = useApi(AGENCIES);
  const procedures = useApi(agencyProceduresRead(draft.agencyId));
  const listed = procedures.data?.items ?? [];
  const set = (changes: Partial<Filters>) => setDraft((previous) => ({ ...previous, ...changes }));
  const inUse = Object.values(applied).some(Boolean);
  // On a phone the filters start folded so that the list comes first, unless some are in use.
  const [openAtFirst] = useState(() => inUse || window.matchMedia('(min-width: 40rem)').matches);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Dates compare as text in YYYY-MM-DD.
    if (draft.from && draft.to && draft.to < draft.from) {
      setPeriodError(t(texts.toBeforeFrom));
      return;
    }
    setPeriodError('');
    onApply(draft);
  }

  return (
    <details className="filters card" open={openAtFirst}>
      <summary>{t(texts.filters)}</summary>
      <form aria-label={t(texts.filters)} onSubmit={submit} noValidate>
        <div className="filter-grid">
          <Field label={t(texts.agency)}>
            <select name="agencyId" value={draft.agencyId} onChange={(event) => set({ agencyId: event.target.value, procedure: '' })}>
              <AgencyOptions agencies={agencies.data ?? []} any={t(texts.anyAgency)} />
            </select>
          </Field>
          <Field label={t(texts.procedure)} hint={draft.agencyId ? undefined : t(texts.procedureHint)}>
            <select name="procedure" value={draft.procedure} onChange={(event) => set({ procedure: event.target.value })} disabled={!draft.agencyId && !draft.procedure}>
              <option value="">{t(texts.anyProcedure)}</option>
              {/* A procedure from the address that the agency's list does not hold stays choosable. */}
              {draft.procedure && !listed.some((procedure) => procedure.code === draft.procedure) && <option value={draft.procedure}>{draft.procedure}</option>}
              {listed.map((procedure) => (
                <option key={procedure.code} value={procedure.code}>
                  {procedure.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t(texts.from)} hint={t(texts.periodHint)}>
            <input type="date" name="from" value={draft.from} onChange={(event) => set({ from: event.target.value })} />
          </Field>
          <Field label={t(texts.to)} error={periodError || undefined}>
            <input type="date" name="to" value={draft.to} onChange={(event) => set({ to: event.target.value })} />
          </Field>
        </div>
        <div className="row">
          <button type="submit" className="button">
            {t(texts.apply)}
          </button>
          {inUse && (
            <button type="button" className="button button-secondary" onClick={() => onApply(NO_FILTERS)}>
              {t(texts.clearFilters)}
            </button>
          )}
        </div>
      </form>
    </details>
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
          <td data-label={t(texts.dueAt)}>
            {date(item.statutoryDueAt)}
            {item.dueAt !== item.statutoryDueAt && (
              <span className="block muted">
                {t(texts.extendedTo)} {date(item.dueAt)}
              </span>
            )}
          </td>
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

/**
 * The public board of results (công khai kết quả): decided dossiers, and late ones with the
 * agency's apology, filtered by agency, procedure and period, page after page by cursor.
 */
export function ResultsBoardPage() {
  const { language, t } = useI18n();
  useTitle(t(texts.title));
  const [params, setParams] = useSearchParams();
  const board = readResultsBoard(params);
  const { kind, cursor } = board;
  const filters: Filters = { agencyId: board.agencyId, procedure: board.procedure, from: board.from, to: board.to };
  const filtered = Object.values(filters).some(Boolean);
  const results = useApi(resultsRead(board));
  const heading = useRef<HTMLHeadingElement>(null);

  function show(next: Filters, nextCursor = '') {
    setParams(new URLSearchParams(boardAddress(kind, next, nextCursor).split('?')[1] ?? ''));
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      <KindSwitch kind={kind} filters={filters} />
      {/* Keyed by the address's filters: the back button or a shared link shows them in the form. */}
      <FilterForm key={JSON.stringify(filters)} applied={filters} onApply={(next) => show(next)} />
      <h2 ref={heading} tabIndex={-1}>
        {t(texts[kind])}
      </h2>
      {kind === 'late' && <p className="muted">{t(texts.lateRule)}</p>}
      {results.error ? (
        // The board is published by a service that may not be switched on yet: say so plainly.
        results.error.status === 404 ? <Alert>{t(texts.unavailable)}</Alert> : <ErrorMessage error={results.error} onRetry={results.reload} />
      ) : !results.data || results.loading ? (
        <Loading />
      ) : results.data.items.length === 0 ? (
        <p className="empty-state">{t(filtered ? texts.emptyFiltered : texts.empty)}</p>
      ) : (
        <>
          {results.data.total !== null && <p className="muted">{t(texts.total, { count: formatNumber(results.data.total, language) })}</p>}
          <ResultsTable kind={kind} items={results.data.items} />
          <CursorPages label={t(texts.pages)} atStart={!cursor} nextCursor={results.data.nextCursor} onCursor={(next) => show(filters, next)} />
        </>
      )}
    </div>
  );
}
