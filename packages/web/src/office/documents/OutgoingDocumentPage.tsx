import { useEffect, useState } from 'react';
import { CONFIDENTIALITIES, DOCUMENT_TYPES, OUTGOING_ACTIONS, OUTGOING_STATES, OUTGOING_STATE_LABELS, type OutgoingState, URGENCIES, outgoingTransition } from '@motcua/core';
import { apiRead } from '@motcua/contract';
import { useLocation, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { ActionStatus, Alert, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { Fact, RecordPage, TableCard } from '../ui.js';
import { DocumentHistory, type HistoryEntry } from './DocumentHistory.js';
import { FilesCard } from './FilesCard.js';
import { MeetingCard } from './MeetingCard.js';
import { OutgoingActions } from './OutgoingActions.js';
import { type OutgoingDocument, outgoingFileUrl } from './outgoing-api.js';
import { OUTGOING_PATH, outgoingTexts as texts } from './outgoing-texts.js';
import { documentTexts } from './texts.js';

/** How often the page asks whether the signer's phone has answered a remote signature. */
const SIGNATURE_POLL_MS = 3_000;

/** One outgoing document: what the officer may do to it now, its facts, files, versions, deliveries, the meeting of an invitation, and its course. */
export function OutgoingDocumentPage() {
  const { t, language } = useI18n();
  const eventLabel = useEventLabel();
  const id = useParams().id ?? '';
  const arrived = (useLocation().state as { message?: string } | null)?.message;
  const read = useApi(apiRead('/api/v1/documents/outgoing/{id}', { path: { id } }));
  // An action's answer stands until the next read of the document, which is newer.
  const [acted, setActed] = useState<{ document: OutgoingDocument; message: string; over: OutgoingDocument | undefined }>();
  const document = acted && acted.over === read.data ? acted.document : read.data;
  const pending = document?.signaturePending ?? false;
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(read.reload, SIGNATURE_POLL_MS);
    return () => clearInterval(timer);
  }, [pending, read.reload]);
  const title = document && (document.numberSymbol ? `${document.numberSymbol}: ${document.subject}` : document.subject);
  useTitle(title ?? t(texts.registerTitle));
  if (read.error && !document) return <ErrorMessage error={read.error} onRetry={read.reload} />;
  if (!document) return <Loading />;
  return (
    <RecordPage back={{ to: OUTGOING_PATH, label: t(texts.registerTitle) }} title={title}>
      <ActionStatus message={acted?.message ?? arrived} />
      {document.signature?.pending && (
        <Alert kind="info" title={t(texts.signatureWaiting)}>
          <p>{t(texts.signaturePending)}</p>
          <p>{t(texts.signaturePendingUntil, { at: formatDateTime(document.signature.expiresAt, language) })}</p>
        </Alert>
      )}
      <OutgoingActions document={document} onDone={(next, message) => setActed({ document: next, message, over: read.data })} />
      <div className="office-columns">
        <Facts document={document} />
        <Files document={document} />
      </div>
      {document.type === 'invitation' && <MeetingCard document={document} />}
      <Versions document={document} />
      <Deliveries document={document} />
      <DocumentHistory history={document.history} eventLabel={eventLabel} />
    </RecordPage>
  );
}

function Facts({ document }: { document: OutgoingDocument }) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-labelledby="document-facts">
      <h2 id="document-facts">{t(documentTexts.facts)}</h2>
      <dl className="facts compact-facts">
        <Fact label={t(documentTexts.state)}>{language === 'en' ? document.stateLabel.en : document.stateLabel.vi}</Fact>
        <Fact label={t(texts.number)}>{document.numberSymbol}</Fact>
        <Fact label={t(texts.issuedOn)}>{document.date && formatDate(document.date, language)}</Fact>
        <Fact label={t(documentTexts.type)}>{t(DOCUMENT_TYPES[document.type])}</Fact>
        <Fact label={t(documentTexts.urgency)}>{t(URGENCIES[document.urgency])}</Fact>
        <Fact label={t(documentTexts.confidentiality)}>{t(CONFIDENTIALITIES[document.confidentiality])}</Fact>
        <Fact label={t(texts.author)}>{[document.author.fullName, document.unit?.name].filter(Boolean).join(' — ')}</Fact>
        <Fact label={t(texts.signer)}>{document.signer.fullName}</Fact>
        <Fact label={t(texts.authorityLine)}>{document.signerLines.join(' / ')}</Fact>
        <Fact label={t(texts.version)}>{String(document.version)}</Fact>
        <Fact label={t(texts.recipients)}>{document.recipients.map((recipient) => recipient.name).join('; ')}</Fact>
      </dl>
    </section>
  );
}

type StoredFile = NonNullable<OutgoingDocument['draftFile']>;

/** The copy that stands now (released, else signed, else the current draft), then its attachments. */
function Files({ document }: { document: OutgoingDocument }) {
  const { t } = useI18n();
  const current: Array<[Text, StoredFile | null]> = [
    [texts.releasedFile, document.releasedFile],
    [texts.signedFile, document.signedFile],
    [texts.draftFile, document.draftFile],
  ];
  const standing = current.find(([, file]) => file !== null);
  const listed = (file: StoredFile, role?: Text) => ({ ...file, href: outgoingFileUrl(document.id, file.id), ...(role && { role: t(role) }) });
  const files = [...(standing ? [listed(standing[1]!, standing[0])] : []), ...document.attachments.map((file) => listed(file))];
  return <FilesCard title={t(texts.files)} empty={t(documentTexts.noAttachments)} files={files} />;
}

/** Every version of the draft, kept: who wrote it and when, how its body was given, what it changed. */
function Versions({ document }: { document: OutgoingDocument }) {
  const { t, language } = useI18n();
  return (
    <TableCard
      id="document-versions"
      title={t(texts.versions)}
      empty=""
      items={[...document.versions].reverse()}
      columns={[t(texts.version), t(documentTexts.when), t(documentTexts.who), t(texts.body), t(documentTexts.note)]}
      row={(version) => (
        <tr key={version.version}>
          <th scope="row">{version.file ? <a href={outgoingFileUrl(document.id, version.file.id)} target="_blank" rel="noreferrer">{`${t(texts.version)} ${version.version}`}</a> : `${t(texts.version)} ${version.version}`}</th>
          <td className="nowrap">{formatDateTime(version.createdAt, language)}</td>
          <td>{version.createdBy}</td>
          <td>{t(version.bodyKind === 'upload' ? texts.bodyKindUpload : texts.bodyKindTemplate)}</td>
          <td>{version.note || '—'}</td>
        </tr>
      )}
    />
  );
}

const CHANNELS = { internal: texts.channelInternal, email: texts.channelEmail, exchange: texts.channelExchange } as const;
const STATUSES: Record<string, Text> = { delivered: texts.statusDelivered, pending: texts.statusPending, sent: texts.statusSent, failed: texts.statusFailed };

/** Where the released document went, by which channel, and how each delivery stands. */
function Deliveries({ document }: { document: OutgoingDocument }) {
  const { t, language } = useI18n();
  if (document.deliveries.length === 0) return null;
  return (
    <TableCard
      id="document-deliveries"
      title={t(texts.deliveries)}
      empty=""
      items={document.deliveries}
      columns={[t(texts.recipients), t(documentTexts.channel), t(texts.deliveryStatus)]}
      row={(delivery, index) => (
        <tr key={index}>
          <th scope="row">{delivery.recipientName}</th>
          <td>{t(CHANNELS[delivery.channel])}</td>
          <td>
            {STATUSES[delivery.status] ? t(STATUSES[delivery.status]!) : delivery.status}
            {delivery.sentAt && <span className="muted small block">{formatDateTime(delivery.sentAt, language)}</span>}
            {delivery.lastError && <span className="muted small block">{delivery.lastError}</span>}
            {delivery.recalledAt && <span className="badge badge-warning block">{t(texts.recalledAt, { at: formatDateTime(delivery.recalledAt, language) })}</span>}
          </td>
        </tr>
      )}
    />
  );
}

const isAction = (value: string) => OUTGOING_ACTIONS.find((action) => action === value);
const isState = (value: string | null) => OUTGOING_STATES.find((state) => state === value) as OutgoingState | undefined;

/** An event by the step of the routing table it took (from the state it left), a new version by its name, else by the state it led to. */
function useEventLabel() {
  const { t } = useI18n();
  return ({ action, fromState, toState }: HistoryEntry) => {
    const known = isAction(action);
    const from = isState(fromState);
    const transition = known && from && outgoingTransition(from, known);
    if (transition) return t(transition.label);
    if (action === 'revise') return t(texts.revise);
    if (action === 'sign_requested') return t(texts.signatureWaiting);
    const state = isState(toState);
    return state ? t(OUTGOING_STATE_LABELS[state]) : action;
  };
}
