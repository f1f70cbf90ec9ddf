import {
  CONFIDENTIALITIES,
  DOCUMENT_TYPES,
  OUTGOING_QUEUES,
  OUTGOING_STATE_LABELS,
  OUTGOING_TRANSITIONS,
  type Confidentiality,
  type DocumentType,
  type OutgoingAction,
  type OutgoingHold,
  type OutgoingQueue,
  type OutgoingState,
  type Urgency,
  contentRefusal,
  outgoingTransition,
  outgoingEditable,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { type Actor, type AuthenticatedOfficer, actorId, actorName } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { readBlob } from '../../platform/blob-store/index.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { authorize, may } from '../../platform/rule-book.js';
import { type AgencyRow, findAgency, findAgencyByCode, findUnit } from '../agencies/index.js';
import { checkUpload, describeFiles, insertFile, readStoredFile, receivedAsJson } from '../files/index.js';
import { officersForStep, signingLinesAt } from '../officers/index.js';
import { type OutgoingLayout, type OutgoingParticulars, composeUploaded, composeWritten } from './outgoing-paper.js';
import { type DocumentDeps, type ReadUpload, attach, documentHistory, withText } from './service.js';

/**
 * Outgoing documents (văn bản đi): a specialist drafts one, every version kept; it goes through the
 * course of @motcua/core's outgoing routing table (review by the head of the drafting unit, the
 * office's format check, the chosen leader's signature), then the clerk numbers and releases it
 * (outgoing-release.ts). Each step is one transaction, audited, with its event in document_events.
 */

export const OUTGOING_DOCUMENT = { vi: 'văn bản đi', en: 'Outgoing document' };
export type OfficerActor = Actor & { kind: 'officer' };

export interface Recipient {
  /** `paper`: a recipient of a document released on paper only, by name (outgoing-paper-only.ts). */
  kind: 'agency' | 'email' | 'peer' | 'paper';
  /** An agency's code (of this installation, or of a peer's). */
  code?: string;
  address?: string;
  name: string;
}

/** An outgoing document's row as the module reads it: the register line and what only an outgoing one has. */
export interface OutgoingRow {
  id: string;
  agency_id: string;
  register_year: number | null;
  register_number: number | null;
  number_symbol: string;
  number: number | null;
  symbol: string;
  type: DocumentType;
  document_date: string | null;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  state: OutgoingState;
  updated_at: Date;
  author_id: string;
  author_name: string;
  unit_id: string | null;
  unit_name: string | null;
  signer_id: string;
  signer_name: string;
  signer_lines: string[];
  recipients: Recipient[];
  version: number;
  signed_file_id: string | null;
  released_file_id: string | null;
  released_at: Date | null;
  signature_box: { page: number; imageBox: { x: number; y: number; width: number; height: number } } | null;
  remote_request_id: string | null;
  awaiting: { expiresAt: string } | null;
}

export const OUTGOING_SELECT = `SELECT d.id, d.agency_id, d.register_year, d.register_number, d.number_symbol, d.number, d.symbol, d.type,
    d.document_date::text AS document_date, d.subject, d.urgency, d.confidentiality, d.state, d.updated_at,
    o.author_id, author.full_name AS author_name, o.unit_id, u.name AS unit_name, o.signer_id, signer.full_name AS signer_name, o.signer_lines,
    o.recipients, o.version, o.signed_file_id, o.released_file_id, o.released_at, o.signature_box, o.remote_request_id, o.awaiting
  FROM documents d JOIN outgoing_documents o ON o.document_id = d.id
  JOIN officer_directory author ON author.id = o.author_id
  JOIN officer_directory signer ON signer.id = o.signer_id
  LEFT JOIN unit_directory u ON u.id = o.unit_id`;

export const holdOfOutgoing = (row: OutgoingRow): OutgoingHold => ({ agencyId: row.agency_id, authorId: row.author_id, unitId: row.unit_id, signerId: row.signer_id });

/** The outgoing document, if the officer may see it: another agency's is as good as absent (404). */
export async function visibleOutgoing(db: Queryable, officer: AuthenticatedOfficer, id: string, lock = false): Promise<OutgoingRow> {
  const { rows } = await db.query<OutgoingRow>(`${OUTGOING_SELECT} WHERE d.id = $1 AND d.direction = 'outgoing'${lock ? ' FOR UPDATE OF d, o' : ''}`, [id]);
  const row = rows[0];
  if (!row || !may(officer, 'see-documents', row.agency_id)) throw notFound(OUTGOING_DOCUMENT);
  return row;
}

export async function recordOutgoingEvent(
  tx: Queryable,
  actor: Actor,
  event: { documentId: string; action: string; from: OutgoingState | null; to: OutgoingState; note?: string | undefined; details?: Record<string, unknown> },
  at: Date,
) {
  await tx.query(
    `INSERT INTO document_events (document_id, action, from_state, to_state, actor_officer_id, actor_name, note, details, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [event.documentId, event.action, event.from, event.to, actorId(actor), actorName(actor), event.note ?? '', JSON.stringify(event.details ?? {}), at],
  );
  await appendAudit(tx, actor, {
    action: `document.outgoing.${event.action}`,
    entityType: 'document',
    entityId: event.documentId,
    details: { from: event.from, to: event.to, ...(event.note ? { note: event.note } : {}), ...event.details },
  });
}

/** What a register line, a list and a queue show of an outgoing document. */
export function outgoingSummary(row: OutgoingRow) {
  return {
    id: row.id,
    registerYear: row.register_year,
    registerNumber: row.register_number,
    number: row.number,
    symbol: row.symbol,
    numberSymbol: row.number_symbol,
    type: row.type,
    typeName: DOCUMENT_TYPES[row.type].vi,
    subject: row.subject,
    date: row.document_date,
    state: row.state,
    stateName: OUTGOING_STATE_LABELS[row.state].vi,
    urgency: row.urgency,
    confidentiality: row.confidentiality,
    author: { id: row.author_id, fullName: row.author_name },
    signer: { id: row.signer_id, fullName: row.signer_name },
    version: row.version,
    signaturePending: row.remote_request_id !== null,
    updatedAt: iso(row.updated_at)!,
  };
}

// ---- Drafting ----------------------------------------------------------------------------------

export interface DraftInput {
  type: DocumentType;
  subject: string;
  urgency?: Urgency | undefined;
  confidentiality?: Confidentiality | undefined;
  unitCode?: string | undefined;
  signerId: string;
  recipients: { agencies?: string[] | undefined; emails?: string[] | undefined; peers?: Array<{ agencyCode: string; name: string }> | undefined };
  body: { file: { name: string; contentBase64: string } } | { text: string };
  /** Phụ lục, tài liệu kèm theo (PDF): sealed by the agency at release with the document's number and date. */
  attachments?: Array<{ name: string; contentBase64: string }> | undefined;
  note?: string | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The recipients, each checked: agencies of this installation by code (not the sender itself), e-mail addresses, agencies of peer installations. */
async function readRecipients(db: Queryable, agency: AgencyRow, input: DraftInput['recipients']): Promise<Recipient[]> {
  const recipients: Recipient[] = [];
  for (const [index, code] of (input.agencies ?? []).entries()) {
    const found = await findAgencyByCode(db, code);
    if (!found) throw invalid(`recipients/agencies/${index}`, `Không có cơ quan mã ${code} trong hệ thống này.`, `No agency ${code} in this installation.`);
    if (found.id === agency.id) throw invalid(`recipients/agencies/${index}`, 'Cơ quan không gửi văn bản cho chính mình.', 'An agency does not send a document to itself.');
    recipients.push({ kind: 'agency', code: found.code, name: found.name });
  }
  for (const [index, address] of (input.emails ?? []).entries()) {
    const normalised = address.trim().toLowerCase();
    if (!EMAIL.test(normalised)) throw invalid(`recipients/emails/${index}`, `"${address}" không phải địa chỉ thư điện tử.`, `"${address}" is not an e-mail address.`);
    recipients.push({ kind: 'email', address: normalised, name: normalised });
  }
  for (const [index, peer] of (input.peers ?? []).entries()) {
    if (await findAgencyByCode(db, peer.agencyCode)) {
      throw invalid(`recipients/peers/${index}`, `Cơ quan ${peer.agencyCode} thuộc hệ thống này: chọn trong danh sách cơ quan.`, `Agency ${peer.agencyCode} is in this installation: choose it among the agencies.`);
    }
    recipients.push({ kind: 'peer', code: peer.agencyCode, name: peer.name.normalize('NFC').trim() });
  }
  if (recipients.length === 0) throw invalid('recipients', 'Hãy chọn ít nhất một nơi nhận.', 'Choose at least one recipient.');
  return recipients;
}

/** The signer: a leader of the agency whose grant there says in which capacity they sign. */
export async function readSigner(db: Queryable, agency: AgencyRow, signerId: string): Promise<{ name: string; lines: string[] }> {
  const [leader] = await officersForStep(db, { role: 'agency_leader', agencyId: agency.id, unitId: null }, signerId);
  if (!leader) throw invalid('signerId', 'Người ký phải là lãnh đạo của cơ quan ban hành.', 'The signer must be a leader of the issuing agency.');
  const lines = await signingLinesAt(db, signerId, agency);
  if (!lines) {
    throw new AppError(
      422,
      'signer_without_authority',
      `${leader.fullName} chưa được giao thẩm quyền ký (TM., KT., TL., TUQ.) tại cơ quan; đề nghị quản trị hệ thống cập nhật.`,
      `${leader.fullName} has no signing authority (TM., KT., TL., TUQ.) at the agency; an administrator must set one.`,
      'signerId',
    );
  }
  return { name: leader.fullName, lines };
}

/** The drafting unit: the one named, else the author's own unit at the agency. */
export async function readUnit(db: Queryable, actor: OfficerActor, agency: AgencyRow, unitCode: string | undefined): Promise<string | null> {
  if (unitCode) {
    const unit = await findUnit(db, agency.id, unitCode);
    if (!unit) throw invalid('unitCode', `Cơ quan không có phòng, đơn vị mã ${unitCode}.`, `The agency has no unit ${unitCode}.`);
    return unit.id;
  }
  return actor.officer.grants.find((grant) => grant.agencyId === agency.id && grant.role === 'specialist' && grant.unitId !== null)?.unitId ?? null;
}

/** A classified document is drafted and signed on paper; the clerk enters it in the register (outgoing-paper-only.ts). */
const refuseClassified = (confidentiality: Confidentiality) => {
  const refusal = contentRefusal(confidentiality);
  if (refusal) {
    throw new AppError(
      422,
      refusal.code,
      `${refusal.vi} Văn bản được soạn, ký trên giấy; văn thư vào sổ văn bản đi để cấp số (văn bản chỉ phát hành bản giấy).`,
      `${refusal.en} It is drafted and signed on paper; the clerk enters it in the outgoing register for its number (a document released on paper only).`,
      'confidentiality',
    );
  }
};

const recipientLines = (recipients: Recipient[]) => [...recipients.map((recipient) => `${recipient.name};`), 'Lưu: VT.'];

/** The draft as it is signed: the author's body (uploaded or written) composed with the agency's heading and the signer's block. */
async function composeVersion(
  ctx: DocumentDeps,
  agency: AgencyRow,
  draft: { type: DocumentType; subject: string; recipients: Recipient[]; signer: { name: string; lines: string[] }; body: { upload: Buffer } | { text: string } },
) {
  const superior = agency.parent_id ? await findAgency(ctx.db, agency.parent_id) : undefined;
  const particulars: OutgoingParticulars = {
    agencyName: agency.name,
    superiorName: superior?.name,
    typeName: DOCUMENT_TYPES[draft.type].abbreviation === null ? null : DOCUMENT_TYPES[draft.type].vi,
    subject: draft.subject,
    addressees: draft.recipients.filter((recipient) => recipient.kind !== 'email').map((recipient) => recipient.name),
    recipients: recipientLines(draft.recipients),
    signerLines: draft.signer.lines,
    signerName: draft.signer.name,
    draftedAt: ctx.now(),
  };
  return 'upload' in draft.body ? composeUploaded(particulars, draft.body.upload) : composeWritten(particulars, draft.body.text);
}

const pdfUpload = async (name: string, content: Buffer, field: string) => {
  const checked = await checkUpload({ name, content, field });
  if (checked.contentType !== 'application/pdf') throw new AppError(415, 'unsupported_file_type', 'Dự thảo văn bản phải là tệp PDF.', 'The draft must be a PDF file.', field);
  return checked;
};

/** What the body of a version is: the uploaded file checked as a PDF, or the written text. */
async function readBody(body: DraftInput['body']) {
  if ('file' in body) {
    const upload = await pdfUpload(body.file.name, receivedAsJson(body.file).content, 'body/file');
    return { kind: 'upload' as const, upload, text: '' };
  }
  const text = body.text.normalize('NFC').trim();
  if (!text) throw invalid('body/text', 'Hãy viết nội dung văn bản.', 'Write the body of the document.');
  return { kind: 'template' as const, upload: null, text };
}

/** The attachments, each checked as a PDF with its text read (the register is searched by it). */
const readAttachments = (attachments: DraftInput['attachments']) =>
  Promise.all((attachments ?? []).map(async (file, index) => withText(await pdfUpload(file.name, receivedAsJson(file).content, `attachments/${index}`))));

/** Replaces the draft's attachments with these (a revision that gives none keeps them). */
async function putAttachments(tx: Queryable, ctx: DocumentDeps, actor: OfficerActor, documentId: string, files: ReadUpload[], at: Date) {
  await tx.query('DELETE FROM document_attachments WHERE document_id = $1', [documentId]);
  for (const file of files) await attach(tx, ctx, actor, documentId, file, at);
}

async function insertVersion(
  tx: Queryable,
  ctx: DocumentDeps,
  actor: OfficerActor,
  documentId: string,
  version: number,
  content: { kind: 'upload' | 'template'; upload: Awaited<ReturnType<typeof pdfUpload>> | null; text: string; subject: string; note: string },
  composed: { pdf: Uint8Array; layout: OutgoingLayout },
  at: Date,
) {
  const bodyFile = content.upload ? await insertFile(tx, ctx.blobStore, actor, content.upload) : null;
  const draft = await pdfUpload(`du-thao-v${version}.pdf`, Buffer.from(composed.pdf), 'body');
  const file = await insertFile(tx, ctx.blobStore, actor, draft);
  await tx.query(
    `INSERT INTO outgoing_document_versions (document_id, version, body_kind, body_text, body_file_id, file_id, layout, subject, note, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [documentId, version, content.kind, content.text, bodyFile?.id ?? null, file.id, JSON.stringify(composed.layout), content.subject, content.note, actor.officer.id, at],
  );
}

/** A specialist's new draft: its first version, composed for signing. */
export async function createDraft(ctx: DocumentDeps, actor: OfficerActor, agency: AgencyRow, input: DraftInput): Promise<string> {
  authorize(actor.officer, 'draft-outgoing-documents', agency.id);
  const confidentiality = input.confidentiality ?? 'normal';
  refuseClassified(confidentiality);
  const subject = input.subject.normalize('NFC').trim();
  const [recipients, signer, unitId, body, attachments] = await Promise.all([
    readRecipients(ctx.db, agency, input.recipients),
    readSigner(ctx.db, agency, input.signerId),
    readUnit(ctx.db, actor, agency, input.unitCode),
    readBody(input.body),
    readAttachments(input.attachments),
  ]);
  const composed = await composeVersion(ctx, agency, { type: input.type, subject, recipients, signer, body: body.upload ? { upload: body.upload.content } : { text: body.text } });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO documents (agency_id, direction, channel, type, sender, recipients, subject, urgency, confidentiality, state, registered_by, created_at, updated_at)
       VALUES ($1, 'outgoing', 'electronic', $2, $3, $4, $5, $6, $7, 'draft', $8, $9, $9) RETURNING id`,
      [agency.id, input.type, agency.name, JSON.stringify(recipients), subject, input.urgency ?? 'normal', confidentiality, actor.officer.id, now],
    );
    const id = rows[0]!.id;
    await tx.query(
      `INSERT INTO outgoing_documents (document_id, author_id, unit_id, signer_id, signer_lines, recipients, version) VALUES ($1, $2, $3, $4, $5, $6, 1)`,
      [id, actor.officer.id, unitId, input.signerId, JSON.stringify(signer.lines), JSON.stringify(recipients)],
    );
    await insertVersion(tx, ctx, actor, id, 1, { ...body, subject, note: input.note?.normalize('NFC').trim() ?? '' }, composed, now);
    await putAttachments(tx, ctx, actor, id, attachments, now);
    await recordOutgoingEvent(tx, actor, { documentId: id, action: 'draft', from: null, to: 'draft', details: { version: 1, bodyKind: body.kind } }, now);
    return id;
  });
}

export type RevisionInput = Partial<Omit<DraftInput, 'body' | 'recipients'>> & { body?: DraftInput['body'] | undefined; recipients?: DraftInput['recipients'] | undefined };

interface VersionRow {
  version: number;
  body_kind: 'upload' | 'template';
  body_text: string;
  body_file_id: string | null;
  file_id: string;
  layout: OutgoingLayout;
  subject: string;
  note: string;
  created_by_name: string;
  created_at: Date;
}

async function versionsOf(db: Queryable, documentId: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `SELECT v.version, v.body_kind, v.body_text, v.body_file_id, v.file_id, v.layout, v.subject, v.note, o.full_name AS created_by_name, v.created_at
       FROM outgoing_document_versions v JOIN officer_directory o ON o.id = v.created_by WHERE v.document_id = $1 ORDER BY v.version`,
    [documentId],
  );
  return rows;
}

export async function currentVersion(db: Queryable, row: Pick<OutgoingRow, 'id' | 'version'>): Promise<VersionRow> {
  return (await versionsOf(db, row.id)).find((version) => version.version === row.version)!;
}

/** The author's next version, while they hold the draft: what is not given stays as it was; the earlier versions are kept. */
export async function reviseDraft(ctx: DocumentDeps, actor: OfficerActor, id: string, input: RevisionInput) {
  const row = await visibleOutgoing(ctx.db, actor.officer, id);
  const agency = (await findAgency(ctx.db, row.agency_id))!;
  assertEditable(actor, row);
  const previous = await currentVersion(ctx.db, row);
  const type = input.type ?? row.type;
  const confidentiality = input.confidentiality ?? row.confidentiality;
  refuseClassified(confidentiality);
  const subject = input.subject?.normalize('NFC').trim() ?? row.subject;
  const [recipients, signer, unitId, body, attachments] = await Promise.all([
    input.recipients ? readRecipients(ctx.db, agency, input.recipients) : row.recipients,
    readSigner(ctx.db, agency, input.signerId ?? row.signer_id),
    input.unitCode ? readUnit(ctx.db, actor, agency, input.unitCode) : row.unit_id,
    input.body ? readBody(input.body) : null,
    input.attachments ? readAttachments(input.attachments) : null,
  ]);
  const kept = body ?? { kind: previous.body_kind, upload: null, text: previous.body_text };
  const source = body?.upload
    ? { upload: body.upload.content }
    : kept.kind === 'upload'
      ? { upload: await readBlob(ctx.blobStore, (await readStoredFile(ctx.db, previous.body_file_id!))!.sha256) }
      : { text: kept.text };
  const composed = await composeVersion(ctx, agency, { type, subject, recipients, signer, body: source });
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await visibleOutgoing(tx, actor.officer, id, true);
    assertEditable(actor, locked);
    const version = locked.version + 1;
    const upload = body?.upload ?? (kept.kind === 'upload' ? await pdfUpload('du-thao.pdf', Buffer.from((source as { upload: Buffer }).upload), 'body/file') : null);
    await insertVersion(tx, ctx, actor, id, version, { kind: kept.kind, upload, text: kept.text, subject, note: input.note?.normalize('NFC').trim() ?? '' }, composed, now);
    await tx.query('UPDATE documents SET type = $2, subject = $3, urgency = $4, confidentiality = $5, recipients = $6, updated_at = $7 WHERE id = $1', [
      id,
      type,
      subject,
      input.urgency ?? locked.urgency,
      confidentiality,
      JSON.stringify(recipients),
      now,
    ]);
    await tx.query('UPDATE outgoing_documents SET version = $2, unit_id = $3, signer_id = $4, signer_lines = $5, recipients = $6 WHERE document_id = $1', [
      id,
      version,
      unitId,
      input.signerId ?? locked.signer_id,
      JSON.stringify(signer.lines),
      JSON.stringify(recipients),
    ]);
    if (attachments) await putAttachments(tx, ctx, actor, id, attachments, now);
    await recordOutgoingEvent(tx, actor, { documentId: id, action: 'revise', from: locked.state, to: locked.state, note: input.note, details: { version } }, now);
  });
  return showOutgoing(ctx, actor.officer, id);
}

function assertEditable(actor: OfficerActor, row: OutgoingRow): void {
  authorize(actor.officer, 'draft-outgoing-documents', row.agency_id);
  if (row.author_id !== actor.officer.id) {
    throw new AppError(403, 'not_the_author', 'Chỉ người soạn thảo được sửa dự thảo.', 'Only the author edits the draft.');
  }
  if (!outgoingEditable(row.state)) {
    throw new AppError(
      409,
      'draft_not_editable',
      `Văn bản đang ở bước "${OUTGOING_STATE_LABELS[row.state].vi}": chỉ sửa được dự thảo khi đang soạn hoặc được trả lại.`,
      `The document is at "${OUTGOING_STATE_LABELS[row.state].en}": a draft is edited only while drafted or returned.`,
    );
  }
}

// ---- The course ---------------------------------------------------------------------------------

/** What an action does beyond the state, inside the transaction; it returns the event's details. */
export type OutgoingEffect = (tx: Queryable, row: OutgoingRow, at: Date) => Promise<Record<string, unknown>>;

/** Refuses what the table or the step's holder does not allow, as the rule book says (403), or the state (409). */
export function assertMayTake(actor: OfficerActor, row: OutgoingRow, action: OutgoingAction): OutgoingState {
  const transition = outgoingTransition(row.state, action);
  if (!transition) {
    throw new AppError(409, 'invalid_transition', `Thao tác không áp dụng khi văn bản ở bước "${OUTGOING_STATE_LABELS[row.state].vi}".`, `The action does not apply at "${OUTGOING_STATE_LABELS[row.state].en}".`);
  }
  authorize(actor.officer, 'route-outgoing-document', { state: row.state, action, hold: holdOfOutgoing(row) });
  if (row.remote_request_id !== null) {
    throw new AppError(409, 'signature_pending', 'Văn bản đang chờ người ký xác nhận ký số trên điện thoại.', 'The document is waiting for the signer to confirm the signature on their phone.');
  }
  return transition.to;
}

/** Whether the officer may see an action of the table offered for this document now (the rule book, as assertMayTake checks it). */
const mayOffer = (officer: AuthenticatedOfficer, row: OutgoingRow, action: OutgoingAction) =>
  row.remote_request_id === null && may(officer, 'route-outgoing-document', { state: row.state, action, hold: holdOfOutgoing(row) });

/**
 * One step of the outgoing course in one transaction: the document locked, the officer checked
 * against the rule book (the table's role at its agency, the step's holder), then the effect, the
 * new state, the event and the audit.
 */
export async function actOnOutgoing(ctx: DocumentDeps, actor: OfficerActor, id: string, action: OutgoingAction, note: string | undefined, effect?: OutgoingEffect) {
  const now = ctx.now();
  const text = note?.normalize('NFC').trim() ?? '';
  await ctx.db.transaction(async (tx) => {
    const row = await visibleOutgoing(tx, actor.officer, id, true);
    const to = assertMayTake(actor, row, action);
    if (action === 'return' && !text) throw invalid('note', 'Hãy ghi ý kiến khi trả lại.', 'Write your comments when returning it.');
    const details = effect ? await effect(tx, row, now) : {};
    await tx.query('UPDATE documents SET state = $2, updated_at = $3 WHERE id = $1', [id, to, now]);
    await recordOutgoingEvent(tx, actor, { documentId: id, action, from: row.state, to, note: text, details: { version: row.version, ...details } }, now);
  });
  return showOutgoing(ctx, actor.officer, id);
}

export const submitOutgoing = (ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) => actOnOutgoing(ctx, actor, id, 'submit', note);
export const returnOutgoing = (ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) => actOnOutgoing(ctx, actor, id, 'return', note);
export const forwardOutgoing = (ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) => actOnOutgoing(ctx, actor, id, 'forward', note);
export const approveFormat = (ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) => actOnOutgoing(ctx, actor, id, 'approve_format', note);

// ---- Views ------------------------------------------------------------------------------------------

interface DeliveryRow {
  channel: 'internal' | 'email' | 'exchange';
  recipient: string;
  recipient_name: string;
  incoming_document_id: string | null;
  package_id: string | null;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  recalled_at: Date | null;
}

/** The files of an outgoing document an officer of its agency may open: every version's, the signed and the released PDF. */
export async function outgoingFileIds(db: Queryable, row: OutgoingRow): Promise<Set<string>> {
  const [versions, attachments] = await Promise.all([versionsOf(db, row.id), attachmentIdsOf(db, row.id)]);
  return new Set([...versions.flatMap((version) => [version.file_id, version.body_file_id ?? []].flat()), row.signed_file_id ?? [], row.released_file_id ?? [], ...attachments].flat());
}

/** The document's attachments (sealed ones once it is released), in the order they were given. */
export async function attachmentIdsOf(db: Queryable, documentId: string): Promise<string[]> {
  const { rows } = await db.query<{ file_id: string }>('SELECT file_id FROM document_attachments WHERE document_id = $1 ORDER BY added_at, file_id', [documentId]);
  return rows.map((row) => row.file_id);
}

export async function showOutgoing(ctx: DocumentDeps, officer: AuthenticatedOfficer, id: string) {
  const row = await visibleOutgoing(ctx.db, officer, id);
  const [agency, versions, events, deliveries] = await Promise.all([
    findAgency(ctx.db, row.agency_id),
    versionsOf(ctx.db, id),
    documentHistory(ctx.db, id),
    ctx.db.query<DeliveryRow>(
      `SELECT channel, recipient, recipient_name, incoming_document_id, package_id, status, attempts, last_error, sent_at, recalled_at
         FROM outgoing_document_deliveries WHERE document_id = $1 ORDER BY created_at, recipient`,
      [id],
    ),
  ]);
  const [fileIds, attachmentIds] = await Promise.all([outgoingFileIds(ctx.db, row), attachmentIdsOf(ctx.db, id)]);
  const files = await describeFiles(ctx.db, [...fileIds]);
  const file = (fileId: string | null) => (fileId ? (files.get(fileId) ?? null) : null);
  return {
    ...outgoingSummary(row),
    agency: { id: agency!.id, code: agency!.code, name: agency!.name },
    unit: row.unit_id ? { id: row.unit_id, name: row.unit_name! } : null,
    stateLabel: { code: row.state, ...OUTGOING_STATE_LABELS[row.state] },
    confidentialityName: CONFIDENTIALITIES[row.confidentiality].vi,
    signerLines: row.signer_lines,
    recipients: row.recipients,
    signature: row.awaiting ? { pending: true, expiresAt: row.awaiting.expiresAt } : null,
    draftFile: file(versions.find((version) => version.version === row.version)?.file_id ?? null),
    signedFile: file(row.signed_file_id),
    releasedFile: file(row.released_file_id),
    releasedAt: iso(row.released_at),
    attachments: attachmentIds.flatMap((fileId) => files.get(fileId) ?? []),
    versions: versions.map((version) => ({
      version: version.version,
      bodyKind: version.body_kind,
      subject: version.subject,
      note: version.note,
      createdBy: version.created_by_name,
      createdAt: iso(version.created_at)!,
      file: file(version.file_id),
    })),
    deliveries: deliveries.rows.map((delivery) => ({
      channel: delivery.channel,
      recipient: delivery.recipient,
      recipientName: delivery.recipient_name,
      incomingDocumentId: delivery.incoming_document_id,
      packageId: delivery.package_id,
      status: delivery.status,
      attempts: delivery.attempts,
      lastError: delivery.last_error,
      sentAt: iso(delivery.sent_at),
      recalledAt: iso(delivery.recalled_at),
    })),
    actions: [
      ...(row.author_id === officer.id && outgoingEditable(row.state) && may(officer, 'draft-outgoing-documents', row.agency_id) ? (['revise'] as const) : []),
      ...OUTGOING_TRANSITIONS.filter((transition) => transition.from === row.state && mayOffer(officer, row, transition.action)).map((transition) => transition.action),
    ],
    history: events,
  };
}

export async function outgoingFile(ctx: DocumentDeps, officer: AuthenticatedOfficer, id: string, fileId: string) {
  const row = await visibleOutgoing(ctx.db, officer, id);
  const file = (await outgoingFileIds(ctx.db, row)).has(fileId) ? await readStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw notFound({ vi: 'tệp của văn bản đi', en: 'File of the outgoing document' });
  return file;
}

/**
 * An officer's outgoing queues: drafts to review (the heads of the drafting units), to check the
 * format of and to release (the agencies' clerks), to sign (the chosen signer).
 */
export async function myOutgoing(db: Queryable, officer: AuthenticatedOfficer, queue: OutgoingQueue) {
  const state = OUTGOING_QUEUES[queue];
  const agencyIds = [...new Set(officer.grants.map((grant) => grant.agencyId))];
  const { rows } = await db.query<OutgoingRow>(`${OUTGOING_SELECT} WHERE d.direction = 'outgoing' AND d.state = $1 AND d.agency_id = ANY($2::uuid[]) ORDER BY d.updated_at LIMIT 500`, [
    state,
    agencyIds,
  ]);
  const action = OUTGOING_TRANSITIONS.find((transition) => transition.from === state && transition.action !== 'return')!.action;
  return rows.filter((row) => may(officer, 'route-outgoing-document', { state, action, hold: holdOfOutgoing(row) })).map(outgoingSummary);
}
