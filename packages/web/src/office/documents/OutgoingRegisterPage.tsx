import { useState } from 'react';
import { OUTGOING_STATES, OUTGOING_STATE_LABELS, type OutgoingState } from '@motcua/core';
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
import { NEW_OUTGOING_PATH, PAPER_ONLY_OUTGOING_PATH, outgoingTexts as texts } from './outgoing-texts.js';
import { OutgoingTable } from './OutgoingTable.js';
import { thisYear } from './RegisterPage.js';
import { documentTexts } from './texts.js';

const PAGE_SIZE = 50;
/** The filters as the address keeps them (Vietnamese words), and as the API names them. */
const FILTERS = { q: 'q', symbol: 'ky-hieu', from: 'tu-ngay', to: 'den-ngay', state: 'trang-thai' } as const;
type Filter = keyof typeof FILTERS;

const isState = (value: string): value is OutgoingState => (OUTGOING_STATES as readonly string[]).includes(value);

/** The agency's outgoing documents: drafts on their way, then the register of a year, searched, printed and exported. */
export function OutgoingRegisterPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  useTitle(t(texts.registerTitle));
  const [params, setParams] = useSearchParams();
  // Drafts have no register year yet: the list shows them until a year is asked for; the printed register is always of one year.
  const chosenYear = Number(params.get('nam')) || undefined;
  const year = chosenYear ?? thisYear();
  const offset = Number(params.get('tu')) || 0;
  const applied = Object.fromEntries(Object.entries(FILTERS).map(([filter, key]) => [filter, params.get(key) ?? ''])) as Record<Filter, string>;
  const [typed, setTyped] = useState(applied);
  const [yearText, setYearText] = useState(chosenYear ? String(chosenYear) : '');
  const agency = useDocumentAgency();
  const query = {
    ...agency.query,
    ...(chosenYear && { year: chosenYear }),
    offset,
    limit: PAGE_SIZE,
    ...(applied.q && { q: applied.q }),
    ...(applied.symbol && { symbol: applied.symbol }),
    ...(applied.from && { from: applied.from }),
    ...(applied.to && { to: applied.to }),
    ...(isState(applied.state) && { state: applied.state }),
  };
  const list = useApi(agency.ready ? apiRead('/api/v1/documents/outgoing', { query }) : null);
  const holds = (role: string) => officer?.grants.some((grant) => grant.role === role);
  const adds = [...(holds('specialist') ? [{ to: NEW_OUTGOING_PATH, label: t(texts.newDraft) }] : []), ...(holds('document_clerk') ? [{ to: PAPER_ONLY_OUTGOING_PATH, label: t(texts.paperOnlyTitle) }] : [])];
  const type = (filter: Filter) => (event: { target: { value: string } }) => setTyped((previous) => ({ ...previous, [filter]: event.target.value }));
  const search = () => {
    const next = new URLSearchParams();
    for (const [filter, key] of Object.entries(FILTERS)) if (typed[filter as Filter].trim()) next.set(key, typed[filter as Filter].trim());
    if (/^\d{4}$/.test(yearText)) next.set('nam', yearText);
    setParams(next);
  };
  const more = (nextOffset: number) => {
    const next = new URLSearchParams(params);
    next.set('tu', String(nextOffset));
    return `?${next.toString()}`;
  };
  return (
    <div className="page office-page">
      <RegisterTop title={t(texts.registerTitle)} direction="outgoing" year={year} adds={adds} />
      <SearchForm label={t(documentTexts.searchLabel)} hint={t(texts.searchHint)} text={typed.q} onText={(q) => setTyped((previous) => ({ ...previous, q }))} onSearch={search} button={t(documentTexts.search)}>
        <Field label={t(texts.symbol)} hint={t(texts.symbolHint)}>
          <input name="symbol" maxLength={100} size={12} value={typed.symbol} onChange={type('symbol')} />
        </Field>
        <Field label={t(texts.from)}>
          <input type="date" name="from" value={typed.from} onChange={type('from')} />
        </Field>
        <Field label={t(texts.to)}>
          <input type="date" name="to" value={typed.to} onChange={type('to')} />
        </Field>
        <Field label={t(documentTexts.state)}>
          <select name="state" value={typed.state} onChange={type('state')}>
            <option value="">{t(texts.anyState)}</option>
            {OUTGOING_STATES.map((state) => (
              <option key={state} value={state}>
                {t(OUTGOING_STATE_LABELS[state])}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t(documentTexts.year)} hint={t(texts.yearHint)}>
          <input name="year" inputMode="numeric" size={6} value={yearText} onChange={(event) => setYearText(event.target.value)} />
        </Field>
      </SearchForm>
      <RegisterLines list={list} table={(page) => <OutgoingTable items={page.items} caption={chosenYear ? t(texts.registerCaption, { year: chosenYear }) : t(texts.listCaption)} />} more={more} />
    </div>
  );
}
