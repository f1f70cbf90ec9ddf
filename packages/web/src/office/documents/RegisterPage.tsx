import { useEffect, useState } from 'react';
import { vietnamDate } from '@motcua/core';
import { apiRead } from '@motcua/contract';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { SearchForm } from '../ui.js';
import { DocumentAgencyPicker, useDocumentAgency } from './agency.js';
import { DocumentTable } from './DocumentTable.js';
import { REGISTER_INCOMING_PATH, documentTexts as texts } from './texts.js';

const PAGE_SIZE = 50;
export const thisYear = () => Number(vietnamDate(new Date()).slice(0, 4));

/** The agency's incoming register of a year: searched on the server (diacritics and typos forgiven), printed and exported. */
export function RegisterPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  useTitle(t(texts.registerTitle));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const year = Number(params.get('nam')) || thisYear();
  const offset = Number(params.get('tu')) || 0;
  const agency = useDocumentAgency();
  const list = useApi(agency.ready ? apiRead('/api/v1/documents/incoming', { query: { ...agency.query, q: q || undefined, year, offset, limit: PAGE_SIZE } }) : null);
  const [text, setText] = useState(q);
  const [yearText, setYearText] = useState(String(year));
  useEffect(() => setText(q), [q]);
  const isClerk = officer?.grants.some((grant) => grant.role === 'document_clerk');
  const search = () => {
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    if (/^\d{4}$/.test(yearText)) next.set('nam', yearText);
    setParams(next);
  };
  const fileQuery = `?${new URLSearchParams({ ...agency.query, year: String(year) }).toString()}`;
  return (
    <div className="page office-page">
      <h1>{t(texts.registerTitle)}</h1>
      <DocumentAgencyPicker />
      <div className="row">
        {isClerk && (
          <Link className="button" to={REGISTER_INCOMING_PATH}>
            {t(texts.registerNew)}
          </Link>
        )}
        <a className="button button-secondary" href={`/api/v1/documents/incoming/register.pdf${fileQuery}`} target="_blank" rel="noreferrer">
          {t(texts.printRegister)}
        </a>
        <a className="button button-secondary" href={`/api/v1/documents/incoming/register.xlsx${fileQuery}`} download>
          {t(texts.exportRegister)}
        </a>
      </div>
      <SearchForm label={t(texts.searchLabel)} hint={t(texts.searchHint)} text={text} onText={setText} onSearch={search} button={t(texts.search)}>
        <Field label={t(texts.year)}>
          <input name="year" inputMode="numeric" size={6} value={yearText} onChange={(event) => setYearText(event.target.value)} />
        </Field>
      </SearchForm>
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <>
          <DocumentTable items={list.data.items} caption={t(texts.registerCaption, { year })} />
          {list.data.nextOffset !== null && (
            <p>
              <Link to={`?${new URLSearchParams({ ...(q ? { q } : {}), nam: String(year), tu: String(list.data.nextOffset) }).toString()}`}>{t(texts.more)}</Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
