import { useState } from 'react';
import { ASSIGNMENT_ROLE_LABELS, CONFIDENTIALITIES, DOCUMENT_TYPES, INCOMING_ACTIONS, INCOMING_STATES, INCOMING_STATE_LABELS, URGENCIES, incomingTransitionOf } from '@motcua/core';
import { apiRead } from '@motcua/contract';
import { useLocation, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { ActionStatus, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { DeadlineBadge, DueCell, Fact, RecordPage, TableCard } from '../ui.js';
import { type IncomingDocument, holderName } from './api.js';
import { DocumentActions } from './DocumentActions.js';
import { FilesCard } from './FilesCard.js';
import { DocumentHistory, type HistoryEntry } from './DocumentHistory.js';
import { DOCUMENTS_PATH, documentTexts as texts } from './texts.js';

/** One incoming document: its facts, files, assignments with their progress, its history, and what the officer may do to it now. */
export function IncomingDocumentPage() {
  const { t } = useI18n();
  const id = useParams().id ?? '';
  const arrived = (useLocation().state as { message?: string } | null)?.message;
  const read = useApi(apiRead('/api/v1/documents/incoming/{id}', { path: { id } }));
  const [updated, setUpdated] = useState<{ document: IncomingDocument; message: string }>();
  const document = updated?.document ?? read.data;
  const title = document && `${t(texts.arrivalNumber)} ${document.registerNumber}/${document.registerYear}: ${document.subject}`;
  useTitle(title ?? t(texts.registerTitle));
  if (read.error) return <ErrorMessage error={read.error} onRetry={read.reload} />;
  if (!document) return <Loading />;
  return (
    <RecordPage back={{ to: DOCUMENTS_PATH, label: t(texts.registerTitle) }} title={title}>
      <ActionStatus message={updated?.message ?? arrived} />
      <DocumentActions document={document} onDone={(next, message) => setUpdated({ document: next, message })} />
      <DocumentFacts document={document} />
      <Assignments document={document} />
      <IncomingHistory document={document} />
    </RecordPage>
  );
}

function DocumentFacts({ document }: { document: IncomingDocument }) {
  const { t, language } = useI18n();
  return (
    <div className="office-columns">
      <section className="card" aria-labelledby="document-facts">
        <h2 id="document-facts">{t(texts.facts)}</h2>
        <dl className="facts compact-facts">
          <Fact label={t(texts.state)}>{language === 'en' ? document.stateName.en : document.stateName.vi}</Fact>
          <Fact label={t(texts.numberSymbol)}>{document.numberSymbol}</Fact>
          <Fact label={t(texts.type)}>{t(DOCUMENT_TYPES[document.type])}</Fact>
          <Fact label={t(texts.documentDate)}>{document.date && formatDate(document.date, language)}</Fact>
          <Fact label={t(texts.sender)}>{document.sender}</Fact>
          <Fact label={t(texts.arrivedAt)}>{formatDateTime(document.arrivedAt, language)}</Fact>
          <Fact label={t(texts.channel)}>{t(document.channel === 'paper' ? texts.channelPaper : texts.channelElectronic)}</Fact>
          <Fact label={t(texts.urgency)}>{t(URGENCIES[document.urgency])}</Fact>
          <Fact label={t(texts.confidentiality)}>{t(CONFIDENTIALITIES[document.confidentiality])}</Fact>
          <Fact label={t(texts.pageCount)}>{String(document.pageCount)}</Fact>
          <Fact label={t(texts.deadline)}>
            {document.dueAt && (
              <>
                {formatDateTime(document.dueAt, language)} <DeadlineBadge status={document.deadlineStatus} />
              </>
            )}
          </Fact>
        </dl>
      </section>
      <FilesCard
        title={t(texts.attachments)}
        empty={t(texts.noAttachments)}
        files={document.attachments.map((file) => ({ ...file, href: `/api/v1/documents/incoming/${document.id}/attachments/${file.id}` }))}
      />
    </div>
  );
}

function Assignments({ document }: { document: IncomingDocument }) {
  const { t, language } = useI18n();
  return (
    <TableCard
      id="document-assignments"
      title={t(texts.assignments)}
      empty={t(texts.noAssignments)}
      items={document.assignments}
      columns={[t(texts.holder), t(texts.role), t(texts.instructions), t(texts.deadline), t(texts.progress)]}
      row={(assignment) => (
        <tr key={assignment.id}>
          <th scope="row">
            {assignment.parentId && <span aria-hidden="true">↳ </span>}
            {holderName(assignment)}
          </th>
          <td>{t(ASSIGNMENT_ROLE_LABELS[assignment.role])}</td>
          <td>{assignment.instructions || '—'}</td>
          <DueCell dueAt={assignment.dueAt} status={assignment.deadlineStatus} />
          <td>
            {assignment.progressNote || '—'}
            {assignment.progressAt && <span className="muted small block">{formatDateTime(assignment.progressAt, language)}</span>}
            {assignment.finishedAt && <span className="badge badge-success">{t(texts.finishedAt, { at: formatDateTime(assignment.finishedAt, language) })}</span>}
          </td>
        </tr>
      )}
    />
  );
}

/** An event of the history by the action's name in the routing table, or else by the state it led to (registration). */
function IncomingHistory({ document }: { document: IncomingDocument }) {
  const { t } = useI18n();
  const eventLabel = ({ action, toState }: HistoryEntry) => {
    const known = INCOMING_ACTIONS.find((candidate) => candidate === action);
    if (known) return t(incomingTransitionOf(known).label);
    if (action === 'attach') return t(texts.attached);
    const state = INCOMING_STATES.find((candidate) => candidate === toState);
    return state ? t(INCOMING_STATE_LABELS[state]) : action;
  };
  return <DocumentHistory history={document.history} eventLabel={eventLabel} />;
}
