import { useEffect, useState } from 'react';
import { vietnamDate } from '@motcua/core';
import { apiRead } from '@motcua/contract';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { SearchForm } from '../ui.js';
import { useDocumentAgency } from './agency.js';
import { RegisterLines, RegisterTop } from './register-parts.js';
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
  return (
    <div className="page office-page">
      <RegisterTop title={t(texts.registerTitle)} direction="incoming" year={year} adds={isClerk ? [{ to: REGISTER_INCOMING_PATH, label: t(texts.registerNew) }] : []} />
      <SearchForm label={t(texts.searchLabel)} hint={t(texts.searchHint)} text={text} onText={setText} onSearch={search} button={t(texts.search)}>
        <Field label={t(texts.year)}>
          <input name="year" inputMode="numeric" size={6} value={yearText} onChange={(event) => setYearText(event.target.value)} />
        </Field>
      </SearchForm>
      <RegisterLines
        list={list}
        table={(page) => <DocumentTable items={page.items} caption={t(texts.registerCaption, { year })} />}
        more={(nextOffset) => `?${new URLSearchParams({ ...(q ? { q } : {}), nam: String(year), tu: String(nextOffset) }).toString()}`}
      />
    </div>
  );
}
