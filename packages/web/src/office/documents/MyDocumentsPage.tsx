import { outgoingEditable } from '@motcua/core';
import { apiRead } from '@motcua/contract';
import { NavLink, useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { type Officer, useOfficerSession } from '../../shared/officer-session.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { DocumentTable } from './DocumentTable.js';
import { OutgoingTable } from './OutgoingTable.js';
import { outgoingTexts } from './outgoing-texts.js';
import { MY_DOCUMENTS_PATH, OVERDUE_BY_UNIT_PATH, documentTexts as texts } from './texts.js';
import { DocumentAgencyPicker, useDocumentAgency } from './agency.js';

const VIEWS = [
  { view: 'to_handle', slug: 'can-xu-ly', label: texts.viewToHandle, role: null },
  { view: 'overdue', slug: 'qua-han', label: texts.viewOverdue, role: null },
  { view: 'for_information', slug: 'de-biet', label: texts.viewInformation, role: null },
  { view: 'to_present', slug: 'cho-trinh', label: texts.viewToPresent, role: 'document_clerk' },
  { view: 'to_assign', slug: 'cho-phan-phoi', label: texts.viewToAssign, role: 'agency_leader' },
  { view: 'drafts', slug: 'du-thao', label: outgoingTexts.myDrafts, role: 'specialist' },
  { view: 'to_review', slug: 'cho-duyet', label: outgoingTexts.viewToReview, role: 'unit_head' },
  { view: 'to_format_check', slug: 'kiem-tra-the-thuc', label: outgoingTexts.viewToFormatCheck, role: 'document_clerk' },
  { view: 'to_sign', slug: 'cho-ky', label: outgoingTexts.viewToSign, role: 'agency_leader' },
  { view: 'to_release', slug: 'cho-phat-hanh', label: outgoingTexts.viewToRelease, role: 'document_clerk' },
] as const;

type View = (typeof VIEWS)[number]['view'];
const OUTGOING_VIEWS: readonly View[] = ['to_review', 'to_format_check', 'to_sign', 'to_release'];

/** Overdue by unit is for those who answer for the units: leaders and unit heads. */
export const seesOverdueByUnit = (officer: Officer | null | undefined) => Boolean(officer?.grants.some((grant) => grant.role === 'agency_leader' || grant.role === 'unit_head'));

/** The officer's documents: what they hold to handle, of it what is overdue, what they were told of; the clerk's to present and the leader's to assign; their drafts, and the outgoing documents waiting for their review, format check, signature or release. */
export function MyDocumentsPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const [params] = useSearchParams();
  const views = VIEWS.filter((entry) => entry.role === null || officer?.grants.some((grant) => grant.role === entry.role));
  const current = views.find((entry) => entry.slug === params.get('xem')) ?? views[0]!;
  useTitle(`${t(texts.mineTitle)}: ${t(current.label)}`);
  return (
    <div className="page office-page">
      <h1>{t(texts.mineTitle)}</h1>
      <nav aria-label={t(texts.views)}>
        <ul className="row plain-list">
          {views.map((entry) => (
            <li key={entry.view}>
              <NavLink to={`${MY_DOCUMENTS_PATH}?xem=${entry.slug}`} aria-current={entry === current ? 'page' : undefined} className={entry === current ? 'button' : 'button button-secondary'}>
                {t(entry.label)}
              </NavLink>
            </li>
          ))}
          {seesOverdueByUnit(officer) && (
            <li>
              <NavLink to={OVERDUE_BY_UNIT_PATH} className="button button-secondary">
                {t(texts.overdueTitle)}
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      <h2>{t(current.label)}</h2>
      {current.view === 'drafts' ? <MyDrafts caption={t(current.label)} /> : <Queue view={current.view} caption={t(current.label)} />}
    </div>
  );
}

/** One of the officer's queues: incoming documents they hold, or outgoing ones waiting for their step. */
function Queue({ view, caption }: { view: Exclude<View, 'drafts'>; caption: string }) {
  const list = useApi(apiRead('/api/v1/documents/mine', { query: { view } }));
  if (list.error) return <ErrorMessage error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  if (OUTGOING_VIEWS.includes(view)) return <OutgoingTable items={list.data.outgoing} caption={caption} />;
  return <DocumentTable items={list.data.items.map((item) => (item.assignment ? { ...item.document, dueAt: item.assignment.dueAt, deadlineStatus: item.assignment.deadlineStatus } : item.document))} caption={caption} />;
}

/** The drafts the officer wrote that are theirs to work on: new, or returned with comments. The agency's list puts drafts first. */
function MyDrafts({ caption }: { caption: string }) {
  const { officer } = useOfficerSession();
  const agency = useDocumentAgency();
  const list = useApi(agency.ready ? apiRead('/api/v1/documents/outgoing', { query: { ...agency.query, limit: 200, offset: 0 } }) : null);
  if (list.error) return <ErrorMessage error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  return <OutgoingTable items={list.data.items.filter((item) => item.author.id === officer?.id && outgoingEditable(item.state))} caption={caption} />;
}

/** The agency's overdue documents, unit by unit, for its leaders and unit heads. */
export function OverdueByUnitPage() {
  const { t } = useI18n();
  useTitle(t(texts.overdueTitle));
  const agency = useDocumentAgency();
  const overdue = useApi(agency.ready ? apiRead('/api/v1/documents/incoming/overdue', { query: agency.query }) : null);
  return (
    <div className="page office-page">
      <h1>{t(texts.overdueTitle)}</h1>
      <DocumentAgencyPicker />
      {overdue.error && <ErrorMessage error={overdue.error} onRetry={overdue.reload} />}
      {overdue.loading && !overdue.data && <Loading />}
      {overdue.data && overdue.data.units.length === 0 && <p>{t(texts.overdueEmpty)}</p>}
      {overdue.data?.units.map((entry) => {
        const name = entry.unit?.name ?? t(texts.directToOfficers);
        const heading = t(texts.overdueCount, { name, count: entry.count });
        return (
          <section key={entry.unit?.id ?? 'officers'} aria-label={heading}>
            <h2>{heading}</h2>
            <DocumentTable items={entry.documents} caption={heading} />
          </section>
        );
      })}
    </div>
  );
}
