import { type FormEvent, useState } from 'react';
import { ARCHIVE_ROLES, type WorkRecordAction, nextWorkRecordState, workRecordTransitionOf } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { Link, useParams } from 'react-router';
import { requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { api, dataOf } from '../../shared/api.js';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { Alert, ErrorMessage, Loading, useOutcome } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { documentPath } from '../documents/texts.js';
import { Fact, OfficeList, RecordPage, SearchForm, TableCard } from '../ui.js';
import { SubmitRow, UnplacedError } from '../documents/FormParts.js';
import { WORK_RECORDS_PATH, workRecordTexts as texts } from './texts.js';

type WorkRecordDetail = ResponseOf<'/api/v1/work-records/{id}'>;

const STATE_ACTIONS = ['close', 'reopen', 'hand_over'] as const satisfies readonly WorkRecordAction[];

/**
 * One work record: what it holds and, while it is open, filing documents of the register and notes
 * into it; closing and reopening it, and the clerk's taking it over into the archive. Once taken
 * over it is only read.
 */
export function WorkRecordPage() {
  const { t, language } = useI18n();
  const id = useParams().id ?? '';
  const { officer } = useOfficerSession();
  const read = useApi(apiRead('/api/v1/work-records/{id}', { path: { id } }));
  const outcome = useOutcome();
  const record = read.data;
  useTitle(record ? `${record.code}: ${record.title}` : t(texts.nav));
  if (read.error) return <ErrorMessage error={read.error} onRetry={read.reload} />;
  if (!record) return <Loading />;
  const act = (action: (typeof STATE_ACTIONS)[number]) => {
    const path = { id: record.id };
    const call =
      action === 'close'
        ? api.POST('/api/v1/work-records/{id}/close', { params: { path } })
        : action === 'reopen'
          ? api.POST('/api/v1/work-records/{id}/reopen', { params: { path } })
          : api.POST('/api/v1/work-records/{id}/hand-over', { params: { path } });
    void outcome.run(async () => {
      await dataOf(call);
      read.reload();
      return t(texts.actionDone, { action: t(workRecordTransitionOf(action).label) });
    });
  };
  // As the rule book weighs it: the keeper, or a leader or unit head in their stead (the server checks which unit); the clerks are the archive.
  const mayAs = {
    keeper: officer?.id === record.keeper.id || Boolean(officer?.grants.some((grant) => grant.role === 'agency_leader' || grant.role === 'unit_head')),
    archive: Boolean(officer?.grants.some((grant) => ARCHIVE_ROLES.includes(grant.role))),
  };
  const offered = STATE_ACTIONS.filter((action) => 'state' in nextWorkRecordState(record.state, action) && mayAs[workRecordTransitionOf(action).by]);
  return (
    <RecordPage back={{ to: WORK_RECORDS_PATH, label: t(texts.nav) }} title={`${record.code}: ${record.title}`}>
      {outcome.view}
      {record.state === 'archived' && (
        <Alert kind="info">
          <p>{t(texts.archivedReadOnly)}</p>
        </Alert>
      )}
      <section className="card" aria-labelledby="record-facts">
        <h2 id="record-facts">{t(texts.facts)}</h2>
        <dl className="facts compact-facts">
          <Fact label={t(texts.state)}>{record.stateLabel}</Fact>
          <Fact label={t(texts.keeper)}>{record.keeper.name}</Fact>
          <Fact label={t(texts.unit)}>{record.unit?.name}</Fact>
          <Fact label={t(texts.retention)}>{record.retention.label}</Fact>
          <Fact label={t(texts.openedAt)}>{formatDate(record.openedAt, language)}</Fact>
          <Fact label={t(texts.closedAt)}>{record.closedAt && formatDate(record.closedAt, language)}</Fact>
          <Fact label={t(texts.handOverBy)}>{record.handOverBy && formatDate(record.handOverBy, language)}</Fact>
          <Fact label={t(texts.archivedAt)}>{record.archivedAt && formatDate(record.archivedAt, language)}</Fact>
        </dl>
        {offered.length > 0 && (
          <div className="row" role="group" aria-label={t(texts.recordActions)}>
            {offered.map((action) => (
              <button key={action} type="button" className="button" onClick={() => act(action)}>
                {t(workRecordTransitionOf(action).label)}
              </button>
            ))}
          </div>
        )}
      </section>
      <Entries record={record} onUnfiled={(message) => void outcome.run(async () => message())} reload={read.reload} />
      {record.state === 'open' && <FileDocument record={record} onFiled={read.reload} />}
      {record.state === 'open' && <FileNote record={record} onFiled={read.reload} />}
    </RecordPage>
  );
}

function Entries({ record, reload, onUnfiled }: { record: WorkRecordDetail; reload(): void; onUnfiled(message: () => Promise<string>): void }) {
  const { t, language } = useI18n();
  const nameOf = (entry: WorkRecordDetail['entries'][number]) => (entry.document ? `${entry.document.numberSymbol || entry.document.subject}` : (entry.note ?? ''));
  return (
    <TableCard
      id="record-entries"
      title={t(texts.entries)}
      empty={t(texts.noEntries)}
      items={record.entries}
      columns={[t(texts.entry), t(texts.filedBy), t(texts.filedAt), ...(record.state === 'open' ? [t(texts.unfile)] : [])]}
      row={(entry) => (
        <tr key={entry.id}>
          <th scope="row">
            {entry.document ? (
              <>
                {entry.document.direction === 'incoming' ? <Link to={documentPath(entry.document.id)}>{entry.document.numberSymbol || entry.document.subject}</Link> : entry.document.numberSymbol}
                <span className="muted small block">{entry.document.subject}</span>
              </>
            ) : (
              <>
                <span className="muted small block">{t(texts.note)}</span>
                {entry.note}
              </>
            )}
          </th>
          <td>{entry.filedBy}</td>
          <td className="nowrap">{formatDateTime(entry.filedAt, language)}</td>
          {record.state === 'open' && (
            <td>
              <button
                type="button"
                className="button button-secondary"
                aria-label={t(texts.unfileItem, { name: nameOf(entry) })}
                onClick={() =>
                  onUnfiled(async () => {
                    await dataOf(api.DELETE('/api/v1/work-records/{id}/entries/{itemId}', { params: { path: { id: record.id, itemId: entry.id } } }));
                    reload();
                    return t(texts.unfiled);
                  })
                }
              >
                {t(texts.unfile)}
              </button>
            </td>
          )}
        </tr>
      )}
    />
  );
}

/** Picks a document of the incoming register by a search, and files it. */
function FileDocument({ record, onFiled }: { record: WorkRecordDetail; onFiled(): void }) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string>();
  const found = useApi(q === undefined ? null : apiRead('/api/v1/documents/incoming', { query: { agency: record.agency.code, q, limit: 10, offset: 0 } }));
  const outcome = useOutcome();
  const filed = new Set(record.entries.map((entry) => entry.document?.id));
  return (
    <section className="card" aria-labelledby="file-document">
      <h2 id="file-document">{t(texts.fileDocument)}</h2>
      <SearchForm label={t(texts.findDocument)} hint={t(texts.findHint)} text={text} onText={setText} onSearch={() => setQ(text.trim())} button={t(texts.find)} />
      {outcome.view}
      {found.error && <ErrorMessage error={found.error} onRetry={found.reload} />}
      {found.data && (
        <OfficeList
          items={found.data.items.filter((document) => !filed.has(document.id))}
          caption={t(texts.found)}
          empty={t(texts.noneFound)}
          columns={[t(texts.entry), t(texts.filedAt), t(texts.fileThis)]}
          row={(document) => (
            <tr key={document.id}>
              <th scope="row">
                {document.registerNumber}/{document.registerYear} — {document.numberSymbol || '—'}
                <span className="muted small block">{document.subject}</span>
              </th>
              <td className="nowrap">{formatDate(document.arrivedAt, language)}</td>
              <td>
                <button
                  type="button"
                  className="button"
                  aria-label={t(texts.fileThisNamed, { number: `${document.registerNumber}/${document.registerYear}` })}
                  onClick={() =>
                    void outcome.run(async () => {
                      await dataOf(api.POST('/api/v1/work-records/{id}/entries', { params: { path: { id: record.id } }, body: { documentId: document.id } }));
                      onFiled();
                      return t(texts.filed);
                    })
                  }
                >
                  {t(texts.fileThis)}
                </button>
              </td>
            </tr>
          )}
        />
      )}
    </section>
  );
}

/** A note of the keeper's, filed as an item of the record. */
function FileNote({ record, onFiled }: { record: WorkRecordDetail; onFiled(): void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string>();
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    submit(note.trim() ? {} : { note: requiredText(texts.note) }, async () => {
      await dataOf(api.POST('/api/v1/work-records/{id}/entries', { params: { path: { id: record.id } }, body: { note: note.trim() } }));
      setNote('');
      setDone(t(texts.filed));
      onFiled();
      return undefined;
    });
  };
  return (
    <section className="card" aria-labelledby="file-note">
      <h2 id="file-note">{t(texts.fileNote)}</h2>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="stack">
        <UnplacedError error={submission.error} fields={['note']} />
        {done && <Alert kind="success"><p>{done}</p></Alert>}
        <Field label={t(texts.note)} required error={errorAt('note')}>
          <textarea name="note" rows={3} maxLength={5000} value={note} onChange={(event) => setNote(event.target.value)} />
        </Field>
        <SubmitRow label={t(texts.addNote)} busy={submission.busy} />
      </form>
    </section>
  );
}
