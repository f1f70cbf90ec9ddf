import { type ReactNode, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ResponseOf } from '@motcua/contract';
import { formatDateTime } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { ActionStatus, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { Pagination } from '../../shared/ui/Pagination.js';
import type { ApiError } from '../../shared/api.js';
import { useTitle } from '../../shared/use-title.js';
import { DocumentAgencyPicker } from '../documents/agency.js';
import { DeadlineBadge, DueCell, Fact, OfficeList, RecordPage, TableCard } from '../ui.js';
import { type ActionInput, type ActionValues, EnquiryActions } from './EnquiryActions.js';
import { enquiryOfficeTexts as texts } from './texts.js';

type HistoryEntry = ResponseOf<'/api/v1/questions/{id}'>['history'][number];

/** What the lists of questions and of feedback show alike. */
export interface EnquiryRow {
  id: string;
  code: string;
  title: string;
  stateLabel: string;
  receivedAt: string;
  dueAt: string | null;
  overdue: boolean;
  assignee: { name: string } | null;
}

export const LIST_PAGE_SIZE = 20;

/** The list's view (the server's filter by state or overdue) and page, in the address so that a list can be reloaded and shared. */
export function useListView<View extends string>(views: readonly View[]) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('xem');
  const view = views.find((candidate) => candidate === asked) ?? views[0]!;
  const page = Math.max(1, Math.floor(Number(params.get('trang'))) || 1);
  const go = (next: { view: View; page: number }) => setParams(new URLSearchParams({ xem: next.view, ...(next.page > 1 && { trang: String(next.page) }) }));
  return { view, page, go };
}

/** The deadline's badge: overdue, or on time while it is still open (a closed one has no deadline left). */
const deadlineStatus = (row: EnquiryRow, open: boolean) => (row.overdue ? ('overdue' as const) : open && row.dueAt ? ('on_time' as const) : null);

/**
 * An agency's questions or feedback: the choice of view (waiting for the officer's step, overdue…),
 * then each with its number, title, sender, state, specialist and deadline with its badge.
 */
export function EnquiryListPage<View extends string, Row extends EnquiryRow>({
  title,
  views,
  list,
  listView,
  pathOf,
  senderOf,
  isOpen,
  extraColumn,
}: {
  title: string;
  views: ReadonlyArray<{ value: View; label: Text }>;
  list: { data: { items: readonly Row[]; total: number } | undefined; error: ApiError | undefined; loading: boolean; reload(): void };
  listView: ReturnType<typeof useListView<View>>;
  pathOf(id: string): string;
  senderOf(row: Row): string;
  isOpen(row: Row): boolean;
  extraColumn?: { label: Text; cell(row: Row): ReactNode };
}) {
  const { t, language } = useI18n();
  useTitle(title);
  const viewLabel = t(views.find((view) => view.value === listView.view)!.label);
  return (
    <div className="page office-page">
      <h1>{title}</h1>
      <DocumentAgencyPicker />
      <div className="queue-filters">
        <Field label={t(texts.view)}>
          <select name="view" value={listView.view} onChange={(event) => listView.go({ view: event.target.value as View, page: 1 })}>
            {views.map((view) => (
              <option key={view.value} value={view.value}>
                {t(view.label)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <>
          <OfficeList
            items={list.data.items}
            caption={t(texts.listCaption, { view: viewLabel, count: list.data.total })}
            empty={t(texts.empty)}
            columns={[t(texts.code), ...(extraColumn ? [t(extraColumn.label)] : []), t(texts.titleColumn), t(texts.sender), t(texts.state), t(texts.assignee), t(texts.receivedAt), t(texts.deadline)]}
            row={(row) => (
              <tr key={row.id}>
                <th scope="row" className="nowrap">
                  <Link to={pathOf(row.id)}>{row.code}</Link>
                </th>
                {extraColumn && <td>{extraColumn.cell(row)}</td>}
                <td>{row.title}</td>
                <td>{senderOf(row)}</td>
                <td>{row.stateLabel}</td>
                <td>{row.assignee?.name ?? '—'}</td>
                <td className="nowrap">{formatDateTime(row.receivedAt, language)}</td>
                <DueCell dueAt={row.dueAt} status={deadlineStatus(row, isOpen(row))} />
              </tr>
            )}
          />
          <Pagination page={listView.page} pageSize={LIST_PAGE_SIZE} total={list.data.total} onPage={(page) => listView.go({ view: listView.view, page })} />
        </>
      )}
    </div>
  );
}

/** The sender and how they are written to. */
export function SenderFact({ sender }: { sender: { name: string; channel: 'email' | 'sms'; contact: string; citizenAccount: boolean } }) {
  const { t } = useI18n();
  return (
    <>
      <Fact label={t(texts.sender)}>{sender.name}</Fact>
      <Fact label={t(texts.contact)}>
        {sender.contact} ({t(sender.channel === 'email' ? texts.byEmail : texts.bySms)}
        {sender.citizenAccount && `, ${t(texts.citizenAccount)}`})
      </Fact>
    </>
  );
}

/** The deadline with its badge, on a record's facts. */
export function DeadlineFact({ row, open }: { row: EnquiryRow; open: boolean }) {
  const { t, language } = useI18n();
  return (
    <Fact label={t(texts.deadline)}>
      {row.dueAt && (
        <>
          {formatDateTime(row.dueAt, language)} <DeadlineBadge status={deadlineStatus(row, open)} />
        </>
      )}
    </Fact>
  );
}

/** A text the sender or an officer wrote, its lines kept, under its own heading. */
export function TextCard({ id, title, text, empty }: { id: string; title: string; text: string | null; empty?: string }) {
  if (text === null && empty === undefined) return null;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {text === null ? <p className="muted">{empty}</p> : <p className="citizen-preserve-lines">{text}</p>}
    </section>
  );
}

/** What the portal shows of it once published. */
function PublicationCard({ publication }: { publication: { title: string; body: string; answer: string; publishedAt: string | null } | null }) {
  const { t, language } = useI18n();
  if (!publication) return null;
  return (
    <section className="card" aria-labelledby="enquiry-publication">
      <h2 id="enquiry-publication">{t(texts.publication)}</h2>
      {publication.publishedAt && <p className="muted">{formatDateTime(publication.publishedAt, language)}</p>}
      <h3>{publication.title}</h3>
      <p className="citizen-preserve-lines">{publication.body}</p>
      <p className="citizen-preserve-lines">{publication.answer}</p>
    </section>
  );
}

/** Each step taken, by whom, at which agency, with its note. */
function HistoryCard({ history }: { history: readonly HistoryEntry[] }) {
  const { t, language } = useI18n();
  return (
    <TableCard
      id="enquiry-history"
      title={t(texts.history)}
      empty=""
      items={history}
      columns={[t(texts.when), t(texts.who), t(texts.what)]}
      row={(entry, index) => (
        <tr key={index}>
          <th scope="row" className="nowrap">
            {formatDateTime(entry.at, language)}
          </th>
          <td>
            {entry.actor}
            <span className="muted small block">{entry.agency}</span>
          </td>
          <td>
            {entry.label}
            {entry.note && <span className="muted small block citizen-preserve-lines">{entry.note}</span>}
          </td>
        </tr>
      )}
    />
  );
}

/** What a record's page needs of a question or a feedback, whichever it is. */
interface CaseRecord extends EnquiryRow {
  body: string;
  agency: { code: string };
  answer: string | null;
  publication: Parameters<typeof PublicationCard>[0]['publication'];
  history: readonly HistoryEntry[];
}

/**
 * The page of one question or feedback: the steps the officer may take (the server lists them;
 * the page gives each its label, inputs and call), its facts beside its text, what the kind adds
 * (`more`), the answer, what the portal shows, and the history. Each step's answer replaces the record.
 */
export function CasePage<Detail extends CaseRecord, Action extends string>({
  read,
  back,
  listTitle,
  actionsOf,
  labelOf,
  inputsOf,
  send,
  facts,
  more,
}: {
  read: { data: Detail | undefined; error: ApiError | undefined; reload(): void };
  back: { to: string; label: string };
  listTitle: string;
  actionsOf(detail: Detail): readonly Action[];
  labelOf(detail: Detail, action: Action): string;
  inputsOf(action: Action): readonly ActionInput[];
  send(detail: Detail, action: Action, values: ActionValues): Promise<Detail>;
  facts(detail: Detail): ReactNode;
  more?(detail: Detail): ReactNode;
}) {
  const { t } = useI18n();
  const [updated, setUpdated] = useState<{ detail: Detail; message: string }>();
  const detail = updated?.detail ?? read.data;
  const title = detail && `${detail.code}: ${detail.title}`;
  useTitle(title ?? listTitle);
  if (read.error) return <ErrorMessage error={read.error} onRetry={read.reload} />;
  if (!detail) return <Loading />;
  return (
    <RecordPage back={back} title={title}>
      <ActionStatus message={updated?.message} />
      <EnquiryActions
        agencyCode={detail.agency.code}
        actions={actionsOf(detail)}
        labelOf={(action) => labelOf(detail, action)}
        inputsOf={inputsOf}
        send={(action, values) => send(detail, action, values)}
        onDone={(next, message) => setUpdated({ detail: next, message })}
      />
      <div className="office-columns">
        <section className="card" aria-labelledby="enquiry-facts">
          <h2 id="enquiry-facts">{t(texts.facts)}</h2>
          <dl className="facts compact-facts">{facts(detail)}</dl>
        </section>
        <TextCard id="enquiry-body" title={t(texts.content)} text={detail.body} />
      </div>
      {more?.(detail)}
      <TextCard id="enquiry-answer" title={t(texts.answer)} text={detail.answer} empty={t(texts.noAnswer)} />
      <PublicationCard publication={detail.publication} />
      <HistoryCard history={detail.history} />
    </RecordPage>
  );
}
