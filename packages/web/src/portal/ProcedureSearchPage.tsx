import { IMPLEMENTING_LEVELS, ONLINE_MODES } from '@motcua/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Pagination } from '../shared/ui/Pagination.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { AgencyOptions, LEVEL_LABELS, ONLINE_MODE_LABELS, OnlineModeBadge, fieldName, labelOf, useProcessingDays } from './catalogue.js';
import { AGENCIES, FIELDS, POPULAR_PROCEDURES, type ProcedureSearch, type ProcedureSummary, SEARCH_PAGE_SIZE, procedureSearchRead, readProcedureSearch } from '@motcua/contract';
import { procedureSearchTexts as texts } from './procedure-search-texts.js';


const TYPING_PAUSE_MS = 250;

/**
 * Everything the search shows is in the address (q, field, level, agencyId, online, page), so a
 * search can be bookmarked, shared and revisited with the back button.
 */
function useSearchState() {
  const [params, setParams] = useSearchParams();
  const state = readProcedureSearch(params);
  /** Any change but a page turn starts again at the first page. */
  function update(changes: Partial<Record<'q' | 'field' | 'level' | 'agencyId' | 'online' | 'page', string>>, options: { replace?: boolean } = {}) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: options.replace ?? false },
    );
  }
  return { state, update };
}

/** How many of the filters (not the words searched) narrow the search. */
const filtersInUse = (state: ProcedureSearch) => [state.field, state.level, state.agencyId, state.online].filter(Boolean).length;

function SearchBox({ q, onSearch }: { q: string; onSearch(text: string, options: { replace: boolean }): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(q);
  // The latest callback, without restarting the typing pause each time the page re-renders.
  const search = useRef(onSearch);
  useEffect(() => {
    search.current = onSearch;
  });
  // The address may change under the box (back button, a link): show what it now says.
  useEffect(() => setText((current) => (current.trim() === q ? current : q)), [q]);
  // Search once typing pauses; each keystroke replaces the address rather than adding history.
  useEffect(() => {
    const wanted = text.trim();
    if (wanted === q) return;
    const timer = setTimeout(() => search.current(wanted, { replace: true }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, q]);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text.trim(), { replace: false });
  }
  return (
    <form role="search" className="inline-form" onSubmit={submit}>
      <Field label={t(texts.searchLabel)} hint={t(texts.searchHint)}>
        <input type="search" name="q" value={text} onChange={(event) => setText(event.target.value)} maxLength={200} enterKeyHint="search" />
      </Field>
    </form>
  );
}

function Filters({ state, update }: ReturnType<typeof useSearchState>) {
  const { language, t } = useI18n();
  const fields = useApi(FIELDS);
  const agencies = useApi(AGENCIES);
  const activeCount = filtersInUse(state);
  // On a phone the filters start folded so that the results come first, unless some are in use.
  const [openAtFirst] = useState(() => activeCount > 0 || window.matchMedia('(min-width: 40rem)').matches);
  return (
    <details className="filters card" open={openAtFirst}>
      <summary>
        {t(texts.filters)}
        {activeCount > 0 && ` (${t(texts.activeFilters, { count: activeCount })})`}
      </summary>
      <div className="filter-grid">
        <Field label={t(texts.field)}>
          <select value={state.field} onChange={(event) => update({ field: event.target.value })}>
            <option value="">{t(texts.any)}</option>
            {fields.data?.map((field) => (
              <option key={field.code} value={field.code}>
                {fieldName(field, language)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t(texts.level)}>
          <select value={state.level} onChange={(event) => update({ level: event.target.value })}>
            <option value="">{t(texts.any)}</option>
            {IMPLEMENTING_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(LEVEL_LABELS[level])}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t(texts.agency)}>
          <select value={state.agencyId} onChange={(event) => update({ agencyId: event.target.value })}>
            <AgencyOptions agencies={agencies.data ?? []} any={t(texts.any)} />
          </select>
        </Field>
        <Field label={t(texts.online)}>
          <select value={state.online} onChange={(event) => update({ online: event.target.value })}>
            <option value="">{t(texts.any)}</option>
            {ONLINE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {mode === 'none' ? t(texts.onlineNoneOption) : t(ONLINE_MODE_LABELS[mode])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {activeCount > 0 && (
        <button type="button" className="button button-secondary" onClick={() => update({ field: '', level: '', agencyId: '', online: '' })}>
          {t(texts.clearFilters)}
        </button>
      )}
    </details>
  );
}

function ResultItem({ procedure }: { procedure: ProcedureSummary }) {
  const { t } = useI18n();
  const processingDays = useProcessingDays();
  return (
    <li className="card result">
      <h3>
        <Link to={`/thu-tuc/${procedure.code}`}>{procedure.name}</Link>
      </h3>
      <div className="row">
        <OnlineModeBadge mode={procedure.onlineMode} />
        <span className="badge badge-neutral">{labelOf(LEVEL_LABELS, procedure.level, t)}</span>
      </div>
      <dl className="result-facts">
        <div>
          <dt>{t(texts.code)}</dt>
          <dd>{procedure.code}</dd>
        </div>
        <div>
          <dt>{t(texts.field)}</dt>
          <dd>{procedure.fieldName}</dd>
        </div>
        <div>
          <dt>{t(texts.agencyLabel)}</dt>
          <dd>{procedure.competentAgencyName}</dd>
        </div>
        <div>
          <dt>{t(texts.time)}</dt>
          <dd>{processingDays(procedure.processingDays)}</dd>
        </div>
      </dl>
    </li>
  );
}

/** How many popular procedures and fields a search that found nothing suggests. */
const SUGGESTIONS = 6;

/**
 * What to do when nothing matched: tips on the query, the procedures people file most, and the
 * fields to browse, busiest first (a field is also where a procedure whose name one does not know is found).
 */
function NoResult({ filtersInUse }: { filtersInUse: boolean }) {
  const { language, t } = useI18n();
  const popular = useApi(POPULAR_PROCEDURES);
  const fields = useApi(FIELDS);
  const busiestFields = [...(fields.data ?? [])].filter((field) => field.procedures > 0).sort((a, b) => b.procedures - a.procedures).slice(0, SUGGESTIONS);
  return (
    <div className="no-result">
      <h3>{t(texts.tipsHeading)}</h3>
      <ul>
        <li>{t(texts.tipSpelling)}</li>
        <li>{t(texts.tipFewerWords)}</li>
        {filtersInUse && <li>{t(texts.tipFilters)}</li>}
        <li>{t(texts.tipCode)}</li>
      </ul>
      {popular.data && popular.data.items.length > 0 && (
        <>
          <h3>{t(texts.popularHeading)}</h3>
          <ul>
            {popular.data.items.slice(0, SUGGESTIONS).map((procedure) => (
              <li key={procedure.code}>
                <Link to={`/thu-tuc/${procedure.code}`}>{procedure.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {busiestFields.length > 0 && (
        <>
          <h3>{t(texts.fieldsHeading)}</h3>
          <ul className="no-result-fields">
            {busiestFields.map((field) => (
              <li key={field.code}>
                <Link to={`/thu-tuc?field=${encodeURIComponent(field.code)}`}>{fieldName(field, language)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ProcedureSearchPage() {
  const { language, t } = useI18n();
  useTitle(t(texts.title));
  const search = useSearchState();
  const { state, update } = search;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const results = useApi(procedureSearchRead(state));
  const total = results.data?.total;
  const count = results.loading || total === undefined ? '' : total === 0 ? t(texts.empty) : total === 1 ? t(texts.foundOne) : t(texts.found, { count: formatNumber(total, language) });

  function turnPage(page: number) {
    update({ page: String(page) });
    // Readers of a new page start at its top, not at the pagination they just used.
    resultsHeading.current?.focus();
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  }

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <SearchBox q={state.q} onSearch={(text, options) => update({ q: text }, options)} />
      <Filters {...search} />
      <h2 ref={resultsHeading} tabIndex={-1}>
        {t(texts.resultsHeading)}
      </h2>
      {/* One live region says how many were found, or that none were, with what to try next. */}
      <p className={total === 0 && count ? 'result-count empty-state' : 'result-count'} role="status">
        {count}
      </p>
      {/* A new search clears the answers to the one before, in a space kept as high so that the page does not jump. */}
      <div className="search-results" aria-busy={results.loading}>
        {results.error ? (
          <ErrorMessage error={results.error} onRetry={results.reload} />
        ) : !results.data || results.loading ? (
          <Loading />
        ) : results.data.items.length === 0 ? (
          <NoResult filtersInUse={filtersInUse(state) > 0} />
        ) : (
          <>
            <ul className="result-list">
              {results.data.items.map((procedure) => (
                <ResultItem key={procedure.code} procedure={procedure} />
              ))}
            </ul>
            <Pagination page={state.page} pageSize={SEARCH_PAGE_SIZE} total={results.data.total} onPage={turnPage} />
          </>
        )}
      </div>
    </div>
  );
}
