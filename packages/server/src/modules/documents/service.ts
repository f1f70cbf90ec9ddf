import {
  CONFIDENTIALITIES,
  INCOMING_STATE_LABELS,
  type IncomingAction,
  type IncomingState,
  URGENCIES,
  assignmentDeadline,
  assignmentRefusal,
  contentRefusal,
  nextIncomingState,
  parseNumberSymbol,
  registerSequence,
} from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { type Actor, type AuthenticatedOfficer, actorId, actorName } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { documentAgencyIds } from '../../platform/policies.js';
import { authorize, may } from '../../platform/rule-book.js';
import { type AgencyRow, findAgency, findAgencyByCode, findUnit } from '../agencies/index.js';
import { checkUpload, describeFiles, insertFile, pdfTextOf, readStoredFile, receivedAsJson } from '../files/index.js';
import { officersForStep } from '../officers/index.js';
import { reportToSender, sentElectronically } from './arrivals.js';
import { drawRegisterNumber } from './register-numbers.js';
import { type AssignmentRow, DOCUMENT_COLUMNS, type DocumentRow, assignmentView, assignmentsOf, holdOf, summaryOf } from './records.js';

/** What the documents' services work with: the database, the files' store, the working calendar, the clock, and the key that signs statuses to senders. */
export type DocumentDeps = Pick<AppContext, 'db' | 'blobStore' | 'calendar' | 'now' | 'signing'>;

export const INCOMING_DOCUMENT = { vi: 'văn bản đến', en: 'Incoming document' };
type OfficerActor = Actor & { kind: 'officer' };

/**
 * The agency a request is about: the one named, or else the only one the officer works at.
 * Whether they may act there is the route's rule to check.
 */
export async function agencyOfRequest(ctx: DocumentDeps, officer: AuthenticatedOfficer, code: string | undefined): Promise<AgencyRow> {
  if (code) {
    const agency = await findAgencyByCode(ctx.db, code);
    if (!agency) throw notFound({ vi: `cơ quan có mã ${code}`, en: `Agency ${code}` });
    return agency;
  }
  const agencyIds = documentAgencyIds(officer);
  if (agencyIds.length !== 1) {
    throw new AppError(400, 'agency_required', 'Bạn làm việc tại nhiều cơ quan: hãy chọn cơ quan (mã cơ quan).', 'You work at several agencies: name the agency (its code).', 'agency');
  }
  return (await findAgency(ctx.db, agencyIds[0]!))!;
}

const refuseClassifiedContent = (confidentiality: DocumentRow['confidentiality'], field: string) => {
  const refusal = contentRefusal(confidentiality);
  if (refusal) throw new AppError(422, refusal.code, refusal.vi, refusal.en, field);
};

export interface IncomingInput {
  channel?: 'paper' | 'electronic' | undefined;
  arrivedAt?: string | undefined;
  numberSymbol?: string | undefined;
  type?: DocumentRow['type'] | undefined;
  documentDate?: string | undefined;
  sender: string;
  subject: string;
  urgency?: DocumentRow['urgency'] | undefined;
  confidentiality?: DocumentRow['confidentiality'] | undefined;
  pageCount?: number | undefined;
  scan?: { name: string; contentBase64: string } | undefined;
}

/** What a registration stores of the number and symbol: read when it is one, its type taken from it unless given. */
function readNumberSymbol(input: IncomingInput) {
  const written = input.numberSymbol?.trim() ?? '';
  if (written === '') {
    if (!input.type) throw invalid('type', 'Hãy chọn loại văn bản.', 'Choose the type of the document.');
    return { text: '', number: null, symbol: '', type: input.type };
  }
  const parsed = parseNumberSymbol(written);
  if (!parsed) {
    throw invalid('numberSymbol', `"${written}" không phải số, ký hiệu văn bản (ví dụ 12/QĐ-UBND, 45/UBND-VP).`, `"${written}" is not a number and symbol (such as 12/QĐ-UBND, 45/UBND-VP).`);
  }
  return { text: parsed.text, number: parsed.number, symbol: parsed.symbol, type: input.type ?? parsed.type };
}

export async function recordEvent(
  tx: Queryable,
  actor: Actor,
  event: { documentId: string; assignmentId?: string | null; action: string; from: IncomingState | null; to: IncomingState; note?: string | undefined; details?: Record<string, unknown> },
  at: Date,
) {
  await tx.query(
    `INSERT INTO document_events (document_id, assignment_id, action, from_state, to_state, actor_officer_id, actor_name, note, details, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [event.documentId, event.assignmentId ?? null, event.action, event.from, event.to, actorId(actor), actorName(actor), event.note ?? '', JSON.stringify(event.details ?? {}), at],
  );
  await appendAudit(tx, actor, {
    action: `document.incoming.${event.action}`,
    entityType: 'document',
    entityId: event.documentId,
    details: { from: event.from, to: event.to, assignmentId: event.assignmentId ?? null, ...(event.note ? { note: event.note } : {}), ...event.details },
  });
}

/** A checked file with the text of its pages (empty when it has none), read before the transaction that attaches it. */
export type ReadUpload = Awaited<ReturnType<typeof checkUpload>> & { text: string };

export const withText = async (upload: Awaited<ReturnType<typeof checkUpload>>): Promise<ReadUpload> => ({ ...upload, text: await pdfTextOf(upload) });

/**
 * Attaches a file to a document, its text kept folded: the register is searched by the words of
 * its documents' files as well (db/functions/documents.sql), and they join the agency's vocabulary.
 */
export async function attach(tx: Queryable, ctx: Pick<DocumentDeps, 'blobStore'>, actor: Actor, documentId: string, upload: ReadUpload, at: Date) {
  const file = await insertFile(tx, ctx.blobStore, actor, upload);
  await tx.query('INSERT INTO document_attachments (document_id, file_id, added_by, added_at, text_key) VALUES ($1, $2, $3, $4, search_key($5))', [
    documentId,
    file.id,
    actorId(actor),
    at,
    upload.text,
  ]);
  return file;
}

export interface IncomingLine {
  sequence: ReturnType<typeof registerSequence>;
  channel: DocumentRow['channel'];
  arrivedAt: Date;
  numberSymbol: { text: string; number: number | null; symbol: string; type: DocumentRow['type'] };
  documentDate: string | null;
  sender: string;
  subject: string;
  urgency: DocumentRow['urgency'];
  confidentiality: DocumentRow['confidentiality'];
  pageCount: number;
  /** The clerk who registered it; null when it registered itself (received electronically). */
  registeredBy: string | null;
  at: Date;
}

/**
 * Writes an incoming document's line in its agency's register of the year, in the caller's
 * transaction: its number drawn there, so consecutive and never twice.
 */
export async function insertIncoming(tx: Queryable, line: IncomingLine): Promise<{ id: string; registerNumber: number }> {
  const { sequence, numberSymbol } = line;
  const registerNumber = await drawRegisterNumber(tx, sequence);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO documents (agency_id, direction, register_year, register_number, channel, arrived_at, number_symbol, number, symbol, type,
                            document_date, sender, subject, urgency, confidentiality, page_count, state, registered_by, created_at, updated_at)
     VALUES ($1, 'incoming', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'registered', $16, $17, $17) RETURNING id`,
    [
      sequence.agencyId,
      sequence.year,
      registerNumber,
      line.channel,
      line.arrivedAt,
      numberSymbol.text,
      numberSymbol.number,
      numberSymbol.symbol,
      numberSymbol.type,
      line.documentDate,
      line.sender.normalize('NFC').trim(),
      line.subject.normalize('NFC').trim(),
      line.urgency,
      line.confidentiality,
      line.pageCount,
      line.registeredBy,
      line.at,
    ],
  );
  return { id: rows[0]!.id, registerNumber };
}

/**
 * Registers a document that arrived: its line in the agency's incoming register of the year (drawn
 * in the same transaction, so consecutive and never twice), its scan, its first event and audit.
 */
export async function registerIncoming(ctx: DocumentDeps, actor: OfficerActor, agency: AgencyRow, input: IncomingInput): Promise<string> {
  authorize(actor.officer, 'register-incoming-documents', agency.id);
  const confidentiality = input.confidentiality ?? 'normal';
  if (input.scan) refuseClassifiedContent(confidentiality, 'scan');
  const numberSymbol = readNumberSymbol(input);
  const scan = input.scan ? await withText(await checkUpload({ ...receivedAsJson(input.scan), field: 'scan' })) : null;
  const now = ctx.now();
  const arrivedAt = input.arrivedAt ? new Date(input.arrivedAt) : now;
  if (arrivedAt > now) throw invalid('arrivedAt', 'Thời điểm đến không thể ở tương lai.', 'The arrival cannot be in the future.');
  const sequence = registerSequence(agency.id, 'incoming', now);
  return ctx.db.transaction(async (tx) => {
    const { id, registerNumber } = await insertIncoming(tx, {
      sequence,
      channel: input.channel ?? 'paper',
      arrivedAt,
      numberSymbol,
      documentDate: input.documentDate ?? null,
      sender: input.sender,
      subject: input.subject,
      urgency: input.urgency ?? 'normal',
      confidentiality,
      pageCount: input.pageCount ?? scan?.pages ?? 1,
      registeredBy: actor.officer.id,
      at: now,
    });
    if (scan) await attach(tx, ctx, actor, id, scan, now);
    await recordEvent(tx, actor, { documentId: id, action: 'register', from: null, to: 'registered', details: { registerYear: sequence.year, registerNumber } }, now);
    return id;
  });
}

/** The incoming document, if the officer may see it: another agency's is as good as absent (404). */
async function visibleDocument(db: Queryable, officer: AuthenticatedOfficer, id: string, lock = false): Promise<DocumentRow> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1 AND d.direction = 'incoming'${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  const row = rows[0];
  if (!row || !may(officer, 'see-documents', row.agency_id)) throw notFound(INCOMING_DOCUMENT);
  return row;
}

export async function showIncoming(ctx: DocumentDeps, officer: AuthenticatedOfficer, id: string) {
  const row = await visibleDocument(ctx.db, officer, id);
  const [agency, calendar, assignments, attachments, events, electronic] = await Promise.all([
    findAgency(ctx.db, row.agency_id),
    ctx.calendar.current(),
    assignmentsOf(ctx.db, id),
    ctx.db.query<{ file_id: string }>('SELECT file_id FROM document_attachments WHERE document_id = $1 ORDER BY added_at, file_id', [id]),
    documentHistory(ctx.db, id),
    sentElectronically(ctx.db, id),
  ]);
  const files = await describeFiles(ctx.db, attachments.rows.map((attachment) => attachment.file_id));
  const now = ctx.now();
  return {
    ...summaryOf(row, calendar, now),
    agency: { id: agency!.id, code: agency!.code, name: agency!.name },
    channel: row.channel,
    pageCount: row.page_count,
    stateName: { code: row.state, ...INCOMING_STATE_LABELS[row.state] },
    finishedAt: iso(row.finished_at),
    answerDocumentId: row.answer_document_id,
    sentElectronically: electronic,
    attachments: attachments.rows.flatMap((attachment) => files.get(attachment.file_id) ?? []),
    assignments: assignments.map((assignment) => assignmentView(assignment, calendar, now)),
    history: events,
  };
}

/** Adds a file to a document the clerk registered: never to a classified one. */
export async function addAttachment(ctx: DocumentDeps, actor: OfficerActor, id: string, upload: { name: string; contentBase64: string }) {
  const row = await visibleDocument(ctx.db, actor.officer, id);
  authorize(actor.officer, 'register-incoming-documents', row.agency_id);
  refuseClassifiedContent(row.confidentiality, 'contentBase64');
  const checked = await withText(await checkUpload(receivedAsJson(upload)));
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const locked = await visibleDocument(tx, actor.officer, id, true);
    const file = await attach(tx, ctx, actor, id, checked, now);
    await recordEvent(tx, actor, { documentId: id, action: 'attach', from: locked.state, to: locked.state, details: { fileId: file.id, name: file.name } }, now);
    return { id: file.id, name: file.name, contentType: file.contentType, size: file.size };
  });
}

/** A document's course as its page shows it: every event, oldest first. */
export async function documentHistory(db: Queryable, documentId: string) {
  const { rows } = await db.query<{ action: string; from_state: string | null; to_state: string; actor_name: string; note: string; occurred_at: Date }>(
    'SELECT action, from_state, to_state, actor_name, note, occurred_at FROM document_events WHERE document_id = $1 ORDER BY id',
    [documentId],
  );
  return rows.map((event) => ({
    action: event.action,
    fromState: event.from_state,
    toState: event.to_state,
    actorName: event.actor_name,
    note: event.note,
    occurredAt: iso(event.occurred_at)!,
  }));
}

export async function attachmentFile(ctx: DocumentDeps, officer: AuthenticatedOfficer, id: string, fileId: string) {
  await visibleDocument(ctx.db, officer, id);
  const { rows } = await ctx.db.query('SELECT 1 FROM document_attachments WHERE document_id = $1 AND file_id = $2', [id, fileId]);
  const file = rows.length > 0 ? await readStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw notFound({ vi: 'tệp của văn bản', en: 'File of the document' });
  return file;
}

// ---- The course of the document ---------------------------------------------------------------

type Assignee = { unitCode: string } | { officerId: string };
interface Target {
  unitId: string | null;
  officerId: string | null;
}

/** A unit of the agency, or an officer who works there as one of these roles (in that unit, when one is given). */
async function resolveAssignee(db: Queryable, agencyId: string, assignee: Assignee, roles: readonly string[], unitId: string | null, field: string): Promise<Target> {
  if ('unitCode' in assignee) {
    const unit = await findUnit(db, agencyId, assignee.unitCode);
    if (!unit) throw invalid(field, `Cơ quan không có phòng, đơn vị mã ${assignee.unitCode}.`, `The agency has no unit ${assignee.unitCode}.`);
    return { unitId: unit.id, officerId: null };
  }
  for (const role of roles) {
    if ((await officersForStep(db, { role, agencyId, unitId }, assignee.officerId)).length > 0) return { unitId: null, officerId: assignee.officerId };
  }
  throw invalid(field, 'Cán bộ được chọn không làm việc tại cơ quan, đơn vị này với vai trò phù hợp.', 'The officer chosen does not work at this agency or unit in a suitable role.');
}

async function insertAssignment(
  tx: Queryable,
  documentId: string,
  assignment: Target & { role: string; parentId: string | null; instructions: string; dueAt: Date | null },
  by: string,
  at: Date,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO document_assignments (document_id, parent_id, role, unit_id, officer_id, instructions, due_at, assigned_by, assigned_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [documentId, assignment.parentId, assignment.role, assignment.unitId, assignment.officerId, assignment.instructions, assignment.dueAt, by, at],
  );
  return rows[0]!.id;
}

/** What an action does beyond the state, inside the transaction; it returns the details of the event. */
type Effect = (tx: Queryable, document: DocumentRow, assignment: AssignmentRow | null, at: Date) => Promise<Record<string, unknown>>;

/**
 * One step of the incoming course, in one transaction: the document locked, the officer checked
 * against the rule book (the role the routing table names at its agency; on an assignment, its
 * holder), the transition against the table, then the effect, the new state, the event and the audit.
 */
async function act(ctx: DocumentDeps, actor: OfficerActor, id: string, action: IncomingAction, assignmentId: string | null, note: string | undefined, effect: Effect) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const document = await visibleDocument(tx, actor.officer, id, true);
    const assignment = assignmentId ? (await assignmentsOf(tx, id)).find((row) => row.id === assignmentId) : null;
    if (assignment === undefined) throw notFound({ vi: 'phần việc được giao', en: 'Assignment' });
    authorize(actor.officer, 'route-incoming-document', { agencyId: document.agency_id, action, assignment: assignment && holdOf(assignment, document.agency_id) });
    const next = nextIncomingState(document.state, action);
    if ('refusal' in next) throw new AppError(409, next.refusal.code, next.refusal.vi, next.refusal.en);
    if (assignment) {
      const refusal = assignmentRefusal(action, holdOf(assignment, document.agency_id));
      if (refusal) throw new AppError(409, refusal.code, refusal.vi, refusal.en);
    }
    const details = await effect(tx, document, assignment, now);
    await tx.query('UPDATE documents SET state = $2, updated_at = $3 WHERE id = $1', [id, next.state, now]);
    await recordEvent(tx, actor, { documentId: id, assignmentId, action, from: document.state, to: next.state, note, details }, now);
    await reportToSender(tx, ctx, actor, { documentId: id, from: document.state, to: next.state, note });
  });
  return showIncoming(ctx, actor.officer, id);
}

const nothingMore: Effect = async () => ({});

export const presentIncoming = (ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) => act(ctx, actor, id, 'present', null, note, nothingMore);
export const returnIncoming = (ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) => act(ctx, actor, id, 'return', null, note, nothingMore);
export const withdrawIncoming = (ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) => act(ctx, actor, id, 'withdraw', null, note, nothingMore);

export interface AssignInput {
  lead: Assignee;
  cooperating?: Assignee[] | undefined;
  information?: Assignee[] | undefined;
  instructions?: string | undefined;
  workingDays?: number | undefined;
}

const HANDLING_ROLES = ['specialist', 'unit_head'];
const INFORMED_ROLES = ['agency_leader', 'unit_head', 'specialist', 'document_clerk'];

/** The leader's assignment (phân phối): the lead, those cooperating and those told, with the instructions and the deadline. */
export async function assignIncoming(ctx: DocumentDeps, actor: OfficerActor, id: string, input: AssignInput) {
  const calendar = await ctx.calendar.current();
  return act(ctx, actor, id, 'assign', null, input.instructions, async (tx, document, _assignment, at) => {
    const dueAt = input.workingDays === undefined ? null : assignmentDeadline(calendar, at, input.workingDays);
    const instructions = input.instructions?.normalize('NFC').trim() ?? '';
    const groups: Array<{ role: string; assignees: Assignee[]; roles: readonly string[]; dueAt: Date | null }> = [
      { role: 'lead', assignees: [input.lead], roles: HANDLING_ROLES, dueAt },
      { role: 'cooperating', assignees: input.cooperating ?? [], roles: HANDLING_ROLES, dueAt },
      { role: 'information', assignees: input.information ?? [], roles: INFORMED_ROLES, dueAt: null },
    ];
    const made: string[] = [];
    for (const group of groups) {
      for (const [index, assignee] of group.assignees.entries()) {
        const target = await resolveAssignee(tx, document.agency_id, assignee, group.roles, null, group.role === 'lead' ? 'lead' : `${group.role}/${index}`);
        made.push(await insertAssignment(tx, document.id, { ...target, role: group.role, parentId: null, instructions, dueAt: group.dueAt }, actor.officer.id, at));
      }
    }
    await tx.query('UPDATE documents SET due_at = $2 WHERE id = $1', [document.id, dueAt]);
    return { assignmentIds: made, dueAt: iso(dueAt), workingDays: input.workingDays ?? null };
  });
}

/** A unit head hands the unit's part to one of its officers (with others of the unit cooperating), within the unit's deadline. */
export async function passDown(ctx: DocumentDeps, actor: OfficerActor, id: string, assignmentId: string, input: { officerId: string; cooperatingOfficerIds?: string[] | undefined; instructions?: string | undefined }) {
  return act(ctx, actor, id, 'pass_down', assignmentId, input.instructions, async (tx, document, unitAssignment, at) => {
    const parent = unitAssignment!;
    const instructions = input.instructions?.normalize('NFC').trim() ?? '';
    const handlers = [
      { officerId: input.officerId, role: parent.role },
      ...(input.cooperatingOfficerIds ?? []).filter((officerId) => officerId !== input.officerId).map((officerId) => ({ officerId, role: 'cooperating' as const })),
    ];
    const made: string[] = [];
    for (const [index, handler] of handlers.entries()) {
      const target = await resolveAssignee(tx, document.agency_id, { officerId: handler.officerId }, ['specialist'], parent.unit_id, index === 0 ? 'officerId' : `cooperatingOfficerIds/${index - 1}`);
      made.push(await insertAssignment(tx, document.id, { ...target, role: handler.role, parentId: parent.id, instructions, dueAt: parent.due_at }, actor.officer.id, at));
    }
    return { assignmentIds: made };
  });
}

export async function recordProgress(ctx: DocumentDeps, actor: OfficerActor, id: string, assignmentId: string, note: string) {
  const text = note.normalize('NFC').trim();
  return act(ctx, actor, id, 'record_progress', assignmentId, text, async (tx, _document, assignment, at) => {
    await tx.query('UPDATE document_assignments SET progress_note = $2, progress_at = $3 WHERE id = $1', [assignment!.id, text, at]);
    return {};
  });
}

/** Marks the assignment finished, and the units' assignments it was passed down from when they are of the same role. */
async function finishAssignment(tx: Queryable, assignment: AssignmentRow, officerId: string, at: Date, note: string) {
  await tx.query(
    `WITH RECURSIVE chain (id, parent_id) AS (
       SELECT id, parent_id FROM document_assignments WHERE id = $1
       UNION ALL
       SELECT p.id, p.parent_id FROM document_assignments p JOIN chain c ON p.id = c.parent_id WHERE p.role = $2
     )
     UPDATE document_assignments SET finished_at = $3, finished_by = $4, progress_note = CASE WHEN $5 = '' THEN progress_note ELSE $5 END,
            progress_at = CASE WHEN $5 = '' THEN progress_at ELSE $3 END
      WHERE id IN (SELECT id FROM chain) AND finished_at IS NULL`,
    [assignment.id, assignment.role, at, officerId, note],
  );
}

/** The lead finishes the document, optionally naming the outgoing document of the agency that answers it. */
export async function finishIncoming(ctx: DocumentDeps, actor: OfficerActor, id: string, assignmentId: string, input: { note?: string | undefined; answerDocumentId?: string | undefined }) {
  const note = input.note?.normalize('NFC').trim() ?? '';
  return act(ctx, actor, id, 'finish', assignmentId, note, async (tx, document, assignment, at) => {
    if (input.answerDocumentId) {
      const { rows } = await tx.query(`SELECT 1 FROM documents WHERE id = $1 AND agency_id = $2 AND direction = 'outgoing'`, [input.answerDocumentId, document.agency_id]);
      if (rows.length === 0) throw invalid('answerDocumentId', 'Không có văn bản đi này của cơ quan.', 'The agency has no such outgoing document.');
    }
    await finishAssignment(tx, assignment!, actor.officer.id, at, note);
    await tx.query('UPDATE documents SET finished_at = $2, answer_document_id = $3 WHERE id = $1', [document.id, at, input.answerDocumentId ?? null]);
    return { answerDocumentId: input.answerDocumentId ?? null };
  });
}

export async function finishPart(ctx: DocumentDeps, actor: OfficerActor, id: string, assignmentId: string, note?: string) {
  const text = note?.normalize('NFC').trim() ?? '';
  return act(ctx, actor, id, 'finish_part', assignmentId, text, async (tx, _document, assignment, at) => {
    await finishAssignment(tx, assignment!, actor.officer.id, at, text);
    return {};
  });
}

/** Labels of the marks, for the register's notes. */
export const markLabels = (row: Pick<DocumentRow, 'urgency' | 'confidentiality'>) =>
  [row.urgency === 'normal' ? null : URGENCIES[row.urgency].vi, row.confidentiality === 'normal' ? null : CONFIDENTIALITIES[row.confidentiality].vi].filter((label) => label !== null);
