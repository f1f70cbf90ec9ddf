import { type FormEvent, useEffect, useRef, useState } from 'react';
import { DOSSIER_STATES, STATE_LABELS, readDossierCode } from '@motcua/core';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate, formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { CursorPages } from '../shared/ui/CursorPages.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { StateBadge } from '../shared/ui/StateBadge.js';
import { useApi } from '../shared/use-api.js';
import { type OfficeDossierListItem, apiRead } from '@motcua/contract';
import { useTitle } from '../shared/use-title.js';
import { queueFromSlug, useOfficerQueues, useQueueCounts } from './queues.js';
import { queuePageTexts as texts } from './texts.js';
import { DueCell, OfficeList } from './ui.js';

const PAGE_SIZE = 30;

/**
 * One work queue: the officer's dossiers, the most urgent first, with search and filters kept in
 * the address. A page starts where the one before it ended (`cursor` in the address, so the
 * browser's Back returns to it); the number in the queue comes from the navigation's counts.
 */
export function QueuePage() {
  const { t, language } = useI18n();
  const slug = queueFromSlug(useParams().queue);
  const offered = useOfficerQueues().find((candidate) => candidate.queue === slug);
  const queue = offered?.queue;
  const { counts } = useQueueCounts();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const state = params.get('state') ?? '';
  const procedureCode = params.get('procedureCode') ?? '';
  const cursor = params.get('cursor') ?? '';
  const title = offered ? offered.label : t(texts.unknownQueue);
  useTitle(title);
  const list = useApi(queue ? apiRead('/api/v1/dossiers', { query: { queue, q, state: DOSSIER_STATES.find((known) => known === state), procedureCode, cursor, limit: PAGE_SIZE } }) : null);
  const total = queue && !q && !state && !procedureCode ? counts?.[queue] : undefined;

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // A new search or filter starts again from its first page.
    if (!('cursor' in changes)) next.delete('cursor');
    setParams(next);
  };

  if (!queue) {
    return (
      <div className="page">
        <h1>{title}</h1>
      </div>
    );
  }
  return (
    <div className="page office-page">
      <h1>{title}</h1>
      <QueueFilters q={q} state={state} procedureCode={procedureCode} onChange={update} />
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <>
          {total !== undefined && (
            <p className="muted" aria-live="polite">
              {t(texts.found, { count: formatNumber(total, language) })}
            </p>
          )}
          {list.data.items.length === 0 ? (
            <Alert kind="info">
              <p>{t(texts.empty)}</p>
            </Alert>
          ) : (
            <DossierTable items={list.data.items} caption={t(texts.caption, { queue: title })} />
          )}
          <CursorPages label={t(texts.pages)} atStart={!cursor} nextCursor={list.data.nextCursor} onCursor={(next) => update({ cursor: next })} />
        </>
      )}
    </div>
  );
}

function QueueFilters({ q, state, procedureCode, onChange }: { q: string; state: string; procedureCode: string; onChange(changes: Record<string, string>): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(q);
  const [code, setCode] = useState(procedureCode);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => setText(q), [q]);
  useEffect(() => setCode(procedureCode), [procedureCode]);
  // Keyboard first at the counter: "/" jumps to the search box from anywhere on the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A whole dossier code, typed or scanned off the receipt, opens that dossier rather than a list of one.
    const dossierCode = readDossierCode(text);
    if (dossierCode) void navigate(`/can-bo/ho-so/${encodeURIComponent(dossierCode)}`);
    else onChange({ q: text.trim(), procedureCode: code.trim() });
  };
  return (
    <form className="queue-filters" role="search" onSubmit={submit}>
      <div className="queue-search">
        <Field label={t(texts.searchLabel)} hint={t(texts.searchHint)}>
          <input ref={searchRef} type="search" value={text} onChange={(event) => setText(event.target.value)} maxLength={1000} />
        </Field>
      </div>
      <Field label={t(texts.stateFilter)}>
        <select value={state} onChange={(event) => onChange({ state: event.target.value })}>
          <option value="">{t(texts.anyState)}</option>
          {DOSSIER_STATES.map((value) => (
            <option key={value} value={value}>
              {t(STATE_LABELS[value])}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t(texts.procedureFilter)} hint={t(texts.procedureHint)}>
        <input value={code} size={12} onChange={(event) => setCode(event.target.value)} />
      </Field>
      <div className="row queue-filter-buttons">
        <button type="submit" className="button">
          {t(texts.search)}
        </button>
        {(q || state || procedureCode) && (
          <button type="button" className="button button-secondary" onClick={() => onChange({ q: '', state: '', procedureCode: '' })}>
            {t(texts.clearFilters)}
          </button>
        )}
      </div>
    </form>
  );
}

function DossierTable({ items, caption }: { items: OfficeDossierListItem[]; caption: string }) {
  const { t, language } = useI18n();
  return (
    <OfficeList
      items={items}
      caption={caption}
      columns={[t(texts.code), t(texts.procedure), t(texts.applicant), t(texts.state), t(texts.received), { label: t(texts.due), sort: 'ascending' }]}
      row={(item) => (
        <tr key={item.code}>
          <th scope="row">
            <Link to={`/can-bo/ho-so/${item.code}`} className="dossier-code">
              {item.code}
            </Link>
            {item.channel === 'online' && <span className="muted small"> · {t(texts.online)}</span>}
          </th>
          <td>
            {item.procedure.name}
            <span className="muted small"> ({item.procedure.code})</span>
            {item.currentStep && (
              <span className="muted small block">
                {t(texts.currentStep)}: {item.currentStep.name}
                {item.currentStep.assignee ? ` — ${item.currentStep.assignee}` : ''}
              </span>
            )}
          </td>
          <td>{item.applicantName}</td>
          <td>
            <StateBadge state={item.status.state} />
          </td>
          <td className="nowrap">{item.receivedAt ? formatDate(item.receivedAt, language) : formatDate(item.submittedAt, language)}</td>
          <DueCell dueAt={item.dueAt} status={item.deadlineStatus} />
        </tr>
      )}
    />
  );
}
