import {
  type NotificationChannel,
  QUESTION_CONFIRMATION_HOURS,
  QUESTION_COURSE,
  QUESTION_OPEN_STATES,
  QUESTION_STATE_LABELS,
  type QuestionAction,
  type QuestionState,
  maskPersonName,
  maskPersonalData,
  questionCode,
  questionDeadline,
  questionRecipient,
  vietnamDate,
} from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { hashToken, loadGrants, newToken } from '../../platform/authentication.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { enqueue } from '../../platform/outbox.js';
import { authorize, may } from '../../platform/rule-book.js';
import { type AgencyRow, findAgencyByCode } from '../agencies/index.js';
import { type Enquirer, assertReachable } from '../notifications/index.js';
import { findCurrentVersion, offeringAgencies } from '../procedures/index.js';
import { forgetPublishedWords } from './published.js';
import type { QUESTION_VIEWS } from './schema.js';

type OfficerActor = Actor & { kind: 'officer' };

/** What the questions' use cases need of the application: the routes give it the app's context, the demo its own clock. */
export type QuestionDeps = Pick<AppContext, 'db' | 'calendar' | 'now' | 'notify' | 'signing'>;

const QUESTION = { vi: 'câu hỏi', en: 'Question' };
/** The outbox topic of the messages to askers (notices.ts): the confirmation link and the approved answer. */
export const QUESTION_NOTICE_TOPIC = 'question.notice';
/** How many questions one e-mail address or phone may ask in a day, confirmed or not: more is someone flooding the agencies, or the contact. */
export const QUESTIONS_PER_CONTACT_PER_DAY = 3;
const DAY_MS = 86_400_000;

export interface QuestionTopic {
  procedureCode?: string | undefined;
  fieldCode?: string | undefined;
  agencyCode?: string | undefined;
  title: string;
  body: string;
}

const TOPIC_REFUSALS = {
  agency_required: ['agencyCode', 'Thủ tục này do mọi xã, phường thực hiện: hãy chọn xã, phường của ông/bà.', 'Every commune handles this procedure: choose yours.'],
  agency_not_competent: ['agencyCode', 'Cơ quan đã chọn không thực hiện thủ tục này.', 'The agency chosen does not handle this procedure.'],
  topic_required: ['procedureCode', 'Hãy chọn thủ tục hoặc lĩnh vực mà câu hỏi liên quan.', 'Name the procedure or the field the question is about.'],
} as const;

/**
 * What a question is about and where it goes (core questionRecipient): the agency handling its
 * procedure (the asker's commune, for one every commune handles), or the agency that decides most
 * of the field's procedures.
 */
async function topicOf(db: Queryable, topic: QuestionTopic, now: Date): Promise<{ procedureId: string | null; fieldCode: string; agencyId: string }> {
  let procedureId: string | null = null;
  let fieldCode: string | undefined = topic.fieldCode;
  let recipient: ReturnType<typeof questionRecipient>;
  if (topic.procedureCode) {
    const version = await findCurrentVersion(db, topic.procedureCode, now);
    if (!version) throw new AppError(400, 'unknown_procedure', `Không có thủ tục mã ${topic.procedureCode} đang áp dụng.`, `No procedure ${topic.procedureCode} is in force.`, 'procedureCode');
    procedureId = version.procedure_id;
    fieldCode = version.definition.fieldCode;
    let chosenAgencyId: string | undefined;
    if (topic.agencyCode) {
      const chosen = await findAgencyByCode(db, topic.agencyCode);
      if (!chosen) throw new AppError(400, 'unknown_agency', `Không có cơ quan mã ${topic.agencyCode}.`, `No agency ${topic.agencyCode}.`, 'agencyCode');
      chosenAgencyId = chosen.id;
    }
    recipient = questionRecipient({ procedureAgencyIds: (await offeringAgencies(db, version.definition)).map((agency) => agency.id), chosenAgencyId });
  } else if (fieldCode) {
    const field = await db.query('SELECT 1 FROM field_catalogue WHERE code = $1', [fieldCode]);
    if (field.rows.length === 0) throw new AppError(400, 'unknown_field', `Không có lĩnh vực mã "${fieldCode}".`, `No field "${fieldCode}".`, 'fieldCode');
    const { rows } = await db.query<{ agency_id: string }>(
      `SELECT competent_agency_id AS agency_id FROM procedure_catalogue WHERE field_code = $1 AND active
        GROUP BY competent_agency_id ORDER BY count(*) DESC, competent_agency_id LIMIT 1`,
      [fieldCode],
    );
    if (!rows[0]) throw new AppError(400, 'field_without_agency', 'Chưa có cơ quan nào giải quyết thủ tục của lĩnh vực này: hãy chọn một thủ tục.', 'No agency handles procedures of this field yet: choose a procedure.', 'fieldCode');
    recipient = questionRecipient({ fieldAgencyId: rows[0].agency_id });
  } else {
    recipient = questionRecipient({});
  }
  if ('refusal' in recipient) {
    const [field, vi, en] = TOPIC_REFUSALS[recipient.refusal];
    throw new AppError(400, recipient.refusal, vi, en, field);
  }
  return { procedureId, fieldCode: fieldCode!, agencyId: recipient.agencyId };
}

const clean = (text: string) => text.normalize('NFC').trim();

/**
 * Writes a new question in the caller's transaction, unless its contact asked its day's share
 * already (counted here, one request at a time per contact, on every instance).
 */
async function insertQuestion(
  tx: Queryable,
  asker: Enquirer,
  topic: QuestionTopic & Awaited<ReturnType<typeof topicOf>>,
  at: { now: Date; ip: string },
  course: { state: 'unconfirmed'; tokenHash: string; confirmBy: Date } | { state: 'received'; dueAt: Date },
): Promise<{ id: string; code: string }> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`question-contact|${asker.contact}`]);
  const asked = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM questions WHERE contact = $1 AND asked_at > $2', [asker.contact, new Date(at.now.getTime() - DAY_MS)]);
  if (asked.rows[0]!.count >= QUESTIONS_PER_CONTACT_PER_DAY) {
    throw new AppError(
      429,
      'too_many_questions',
      `Mỗi địa chỉ thư điện tử hoặc số điện thoại gửi được tối đa ${QUESTIONS_PER_CONTACT_PER_DAY} câu hỏi trong một ngày. Vui lòng thử lại sau.`,
      `One e-mail address or phone may ask at most ${QUESTIONS_PER_CONTACT_PER_DAY} questions a day. Try again later.`,
    );
  }
  const number = (await tx.query<{ number: string }>(`SELECT nextval('question_numbers') AS number`)).rows[0]!.number;
  const code = questionCode(Number(vietnamDate(at.now).slice(0, 4)), Number(number));
  const unconfirmed = course.state === 'unconfirmed';
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO questions (code, state, asker_name, channel, contact, citizen_id, procedure_id, field_code, agency_id, title, body, asked_at, asked_ip,
                            confirm_token_hash, confirm_by, received_at, due_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $12) RETURNING id`,
    [
      code,
      course.state,
      clean(asker.name),
      asker.channel,
      asker.contact,
      asker.citizenId ?? null,
      topic.procedureId,
      topic.fieldCode,
      topic.agencyId,
      clean(topic.title),
      clean(topic.body),
      at.now,
      at.ip,
      unconfirmed ? course.tokenHash : null,
      unconfirmed ? course.confirmBy : null,
      unconfirmed ? null : at.now,
      unconfirmed ? null : course.dueAt,
    ],
  );
  return { id: rows[0]!.id, code };
}

async function recordEvent(
  tx: Queryable,
  event: { questionId: string; action: QuestionAction | 'ask'; from: QuestionState | null; to: QuestionState; agencyId: string; actor: Actor; note?: string | null; at: Date },
): Promise<void> {
  const actorId = event.actor.kind === 'officer' ? event.actor.officer.id : null;
  const actorName = event.actor.kind === 'officer' ? event.actor.officer.fullName : event.actor.kind === 'applicant' ? 'Người hỏi' : 'Hệ thống MotCua';
  await tx.query(
    'INSERT INTO question_events (question_id, action, from_state, to_state, agency_id, actor_id, actor_name, note, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [event.questionId, event.action, event.from, event.to, event.agencyId, actorId, actorName, event.note ?? null, event.at],
  );
}

/**
 * Someone not signed in asks: the question waits for its contact to be confirmed by the link sent
 * there (only the link's hash is kept; the link itself travels sealed through the outbox), and is
 * dropped unseen when not confirmed in QUESTION_CONFIRMATION_HOURS.
 */
export async function askQuestion(ctx: QuestionDeps, asker: Enquirer, topic: QuestionTopic, ip: string) {
  assertReachable(ctx.notify, asker.channel);
  const now = ctx.now();
  const routed = await topicOf(ctx.db, topic, now);
  const token = newToken();
  const confirmBy = new Date(now.getTime() + QUESTION_CONFIRMATION_HOURS * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    const { id, code } = await insertQuestion(tx, asker, { ...topic, ...routed }, { now, ip }, { state: 'unconfirmed', tokenHash: hashToken(token), confirmBy });
    await enqueue(tx, QUESTION_NOTICE_TOPIC, { questionId: id, kind: 'confirmation', sealedToken: ctx.signing.vault.seal(Buffer.from(token)).toString('base64') }, `question/${id}`);
    // Not confirmed yet, the asker may not be who they say: the log keeps no more of them than the public sees.
    await appendAudit(tx, { kind: 'applicant', name: maskPersonName(asker.name), ip }, { action: 'question.ask', entityType: 'question', entityId: id, details: { code, channel: asker.channel } });
  });
  return { state: 'unconfirmed' as const, channel: asker.channel, confirmBy: confirmBy.toISOString() };
}

async function receivedView(db: Queryable, id: string) {
  const { rows } = await db.query<{ code: string; agency_code: string; agency_name: string; due_at: Date }>(
    'SELECT q.code, a.code AS agency_code, a.name AS agency_name, q.due_at FROM questions q JOIN agency_directory a ON a.id = q.agency_id WHERE q.id = $1',
    [id],
  );
  const row = rows[0]!;
  return { code: row.code, state: 'received' as const, agency: { code: row.agency_code, name: row.agency_name }, dueAt: row.due_at.toISOString() };
}

/** A signed-in citizen asks: their account's contact is known, so the question goes to the agency at once. */
export async function askAsCitizen(ctx: QuestionDeps, actor: Actor & { kind: 'applicant' }, asker: Enquirer, topic: QuestionTopic) {
  const now = ctx.now();
  const routed = await topicOf(ctx.db, topic, now);
  const dueAt = questionDeadline(await ctx.calendar.current(), now);
  const id = await ctx.db.transaction(async (tx) => {
    const { id: questionId, code } = await insertQuestion(tx, asker, { ...topic, ...routed }, { now, ip: actor.ip }, { state: 'received', dueAt });
    await recordEvent(tx, { questionId, action: 'ask', from: null, to: 'received', agencyId: routed.agencyId, actor, at: now });
    await appendAudit(tx, actor, { action: 'question.ask', entityType: 'question', entityId: questionId, details: { code } });
    return questionId;
  });
  return receivedView(ctx.db, id);
}

/** The asker opens the link: the question is the competent agency's from now, due on the working day its deadline falls. */
export async function confirmQuestion(ctx: QuestionDeps, token: string, ip: string) {
  const now = ctx.now();
  const calendar = await ctx.calendar.current();
  const id = await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; code: string; agency_id: string; confirm_by: Date }>(
      `SELECT id, code, agency_id, confirm_by FROM questions WHERE confirm_token_hash = $1 AND state = 'unconfirmed' FOR UPDATE`,
      [hashToken(token)],
    );
    const question = rows[0];
    if (!question) throw new AppError(404, 'confirmation_unknown', 'Đường dẫn xác nhận không đúng hoặc câu hỏi đã được xác nhận.', 'The confirmation link is wrong or was used.', 'token');
    if (question.confirm_by <= now) {
      throw new AppError(410, 'confirmation_expired', `Đường dẫn xác nhận đã hết hạn (${QUESTION_CONFIRMATION_HOURS} giờ): vui lòng gửi lại câu hỏi.`, 'The confirmation link has expired: ask the question again.', 'token');
    }
    await tx.query(
      `UPDATE questions SET state = 'received', confirm_token_hash = NULL, received_at = $2, due_at = $3, updated_at = $2 WHERE id = $1`,
      [question.id, now, questionDeadline(calendar, now)],
    );
    const actor: Actor = { kind: 'applicant', name: 'Người hỏi', ip };
    await recordEvent(tx, { questionId: question.id, action: 'confirm', from: 'unconfirmed', to: 'received', agencyId: question.agency_id, actor, at: now });
    await appendAudit(tx, actor, { action: 'question.confirm', entityType: 'question', entityId: question.id, details: { code: question.code } });
    return question.id;
  });
  return receivedView(ctx.db, id);
}

/** Drops the questions whose contact was not confirmed in time, with nothing of them left; returns how many. */
export async function purgeUnconfirmedQuestions(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM questions WHERE state = 'unconfirmed' AND confirm_by < $1`, [now]);
  return rowCount ?? 0;
}

interface QuestionRow {
  id: string;
  code: string;
  state: QuestionState;
  asker_name: string;
  channel: NotificationChannel;
  contact: string;
  citizen_id: string | null;
  procedure_code: string | null;
  procedure_name: string | null;
  field_code: string;
  field_name: string;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  title: string;
  body: string;
  asked_at: Date;
  received_at: Date;
  due_at: Date;
  assignee_id: string | null;
  assignee_name: string | null;
  answer: string | null;
  public_title: string | null;
  public_body: string | null;
  public_answer: string | null;
  published_at: Date | null;
}

const QUESTION_COLUMNS = `q.id, q.code, q.state, q.asker_name, q.channel, q.contact, q.citizen_id, p.code AS procedure_code, p.name AS procedure_name,
  q.field_code, f.name AS field_name, q.agency_id, a.code AS agency_code, a.name AS agency_name, q.title, q.body, q.asked_at, q.received_at, q.due_at,
  q.assignee_id, o.full_name AS assignee_name, q.answer, q.public_title, q.public_body, q.public_answer, q.published_at`;
const QUESTION_FROM = `questions q JOIN agency_directory a ON a.id = q.agency_id JOIN field_catalogue f ON f.code = q.field_code
  LEFT JOIN procedure_catalogue p ON p.id = q.procedure_id LEFT JOIN officer_directory o ON o.id = q.assignee_id`;

const rolesAt = (officer: AuthenticatedOfficer, agencyId: string) => officer.grants.filter((grant) => grant.agencyId === agencyId).map((grant) => grant.role);

/** A question as its agency's officers see it, with what this officer may do to it now. */
function present(row: QuestionRow, officer: AuthenticatedOfficer, now: Date) {
  const actions = QUESTION_COURSE.actionsFor(row.state, rolesAt(officer, row.agency_id)).filter((action) => action !== 'answer' || row.assignee_id === officer.id);
  return {
    id: row.id,
    code: row.code,
    state: row.state,
    stateLabel: QUESTION_STATE_LABELS[row.state].vi,
    title: row.title,
    body: row.body,
    asker: { name: row.asker_name, channel: row.channel, contact: row.contact, citizenAccount: row.citizen_id !== null },
    procedure: row.procedure_code ? { code: row.procedure_code, name: row.procedure_name! } : null,
    field: { code: row.field_code, name: row.field_name },
    agency: { code: row.agency_code, name: row.agency_name },
    askedAt: row.asked_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    overdue: QUESTION_OPEN_STATES.includes(row.state) && row.due_at < now,
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name! } : null,
    answer: row.answer,
    publication:
      row.public_title !== null ? { title: row.public_title, body: row.public_body!, answer: row.public_answer!, publishedAt: row.published_at?.toISOString() ?? null } : null,
    actions,
  };
}

export type QuestionView = (typeof QUESTION_VIEWS)[number];

/** The agency's questions in one of the officers' views, the most urgent first. */
export async function listQuestions(ctx: QuestionDeps, officer: AuthenticatedOfficer, agency: AgencyRow, query: { view: QuestionView; page: number; pageSize: number }) {
  authorize(officer, 'see-questions', agency.id);
  const now = ctx.now();
  const values: unknown[] = [agency.id];
  const conditions = ['q.agency_id = $1', `q.state <> 'unconfirmed'`];
  if (query.view === 'to_assign') conditions.push(`q.state = 'received'`);
  if (query.view === 'mine') conditions.push(`q.state = 'assigned'`, `q.assignee_id = $${values.push(officer.id)}`);
  if (query.view === 'to_approve') conditions.push(`q.state = 'answered'`);
  if (query.view === 'overdue') conditions.push(`q.state = ANY($${values.push(QUESTION_OPEN_STATES)}::text[])`, `q.due_at < $${values.push(now)}`);
  const { rows } = await ctx.db.query<QuestionRow & { total: number }>(
    `SELECT ${QUESTION_COLUMNS}, count(*) OVER ()::int AS total FROM ${QUESTION_FROM} WHERE ${conditions.join(' AND ')}
      ORDER BY q.due_at, q.id LIMIT $${values.push(query.pageSize)} OFFSET $${values.push((query.page - 1) * query.pageSize)}`,
    values,
  );
  return { items: rows.map((row) => present(row, officer, now)), total: rows[0]?.total ?? 0 };
}

/** A question its agency's officers may see; to any other officer it does not exist. */
async function visibleQuestion(db: Queryable, officer: AuthenticatedOfficer, id: string, lock = false): Promise<QuestionRow> {
  if (lock) await db.query('SELECT 1 FROM questions WHERE id = $1 FOR UPDATE', [id]);
  const row = await findQuestion(db, id);
  if (!row || !may(officer, 'see-questions', row.agency_id)) throw notFound(QUESTION);
  return row;
}

async function findQuestion(db: Queryable, id: string): Promise<QuestionRow | undefined> {
  const { rows } = await db.query<QuestionRow>(`SELECT ${QUESTION_COLUMNS} FROM ${QUESTION_FROM} WHERE q.id = $1 AND q.state <> 'unconfirmed'`, [id]);
  return rows[0];
}

/** A question with its history, oldest step first. */
export async function showQuestion(ctx: QuestionDeps, officer: AuthenticatedOfficer, id: string) {
  return detailOf(ctx, officer, await visibleQuestion(ctx.db, officer, id));
}

async function detailOf(ctx: QuestionDeps, officer: AuthenticatedOfficer, question: QuestionRow) {
  const { id } = question;
  const { rows } = await ctx.db.query<{ action: QuestionAction | 'ask'; from_state: string | null; to_state: string; actor_name: string; agency_name: string; note: string | null; occurred_at: Date }>(
    `SELECT e.action, e.from_state, e.to_state, e.actor_name, a.name AS agency_name, e.note, e.occurred_at
       FROM question_events e JOIN agency_directory a ON a.id = e.agency_id WHERE e.question_id = $1 ORDER BY e.id`,
    [id],
  );
  return {
    ...present(question, officer, ctx.now()),
    history: rows.map((row) => ({
      action: row.action,
      label: row.action === 'ask' ? 'Gửi câu hỏi (tài khoản công dân)' : QUESTION_COURSE.steps.find((step) => step.action === row.action)!.label.vi,
      fromState: row.from_state,
      toState: row.to_state,
      actor: row.actor_name,
      agency: row.agency_name,
      note: row.note,
      at: row.occurred_at.toISOString(),
    })),
  };
}

type Change = (tx: Queryable, question: QuestionRow, now: Date) => Promise<{ set: Record<string, unknown>; note?: string | null; details?: Record<string, unknown> }>;

/**
 * Takes a step of a question's course in one transaction: the question locked, the step looked up
 * in the course (409 where it does not apply), its taker checked against the rule book (403), the
 * change written with an event row, audited.
 */
async function act(ctx: QuestionDeps, actor: OfficerActor, id: string, action: QuestionAction, change: Change) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const question = await visibleQuestion(tx, actor.officer, id, true);
    const step = QUESTION_COURSE.step(question.state, action);
    if (!step) {
      throw new AppError(
        409,
        'invalid_transition',
        `Không thể "${QUESTION_COURSE.steps.find((each) => each.action === action)!.label.vi}" câu hỏi đang ở trạng thái "${QUESTION_STATE_LABELS[question.state].vi}".`,
        `A question ${QUESTION_STATE_LABELS[question.state].en.toLowerCase()} cannot be taken this step (${action}).`,
      );
    }
    authorize(actor.officer, 'take-question-step', { agencyId: question.agency_id, state: question.state, action, assigneeId: question.assignee_id });
    const { set, note, details } = await change(tx, question, now);
    const columns = { state: step.to, updated_at: now, ...set };
    const names = Object.keys(columns);
    await tx.query(`UPDATE questions SET ${names.map((name, index) => `${name} = $${index + 2}`).join(', ')} WHERE id = $1`, [id, ...Object.values(columns)]);
    const agencyId = typeof set.agency_id === 'string' ? set.agency_id : question.agency_id;
    await recordEvent(tx, { questionId: id, action, from: question.state, to: step.to, agencyId, actor, note: note ?? null, at: now });
    await appendAudit(tx, actor, { action: `question.${action}`, entityType: 'question', entityId: id, details: { code: question.code, ...details } });
  });
  if (action === 'publish' || action === 'unpublish') forgetPublishedWords(ctx.db);
  // Whoever took the step sees where it led, even a question they just transferred to another agency.
  return detailOf(ctx, actor.officer, (await findQuestion(ctx.db, id))!);
}

/** The unit head or leader gives the question to a specialist of the agency. */
export const assignQuestion = (ctx: QuestionDeps, actor: OfficerActor, id: string, assigneeId: string) =>
  act(ctx, actor, id, 'assign', async (tx, question) => {
    const grants = await loadGrants(tx, assigneeId);
    if (!grants.some((grant) => grant.role === 'specialist' && grant.agencyId === question.agency_id)) {
      throw invalid('assigneeId', 'Người được giao phải là chuyên viên của cơ quan.', 'The assignee must be a specialist of the agency.');
    }
    return { set: { assignee_id: assigneeId }, details: { assigneeId } };
  });

/** The question belongs to another agency: it goes there, received afresh, with the full time to answer. */
export async function transferQuestion(ctx: QuestionDeps, actor: OfficerActor, id: string, input: { agencyCode: string; reason: string }) {
  const calendar = await ctx.calendar.current();
  return act(ctx, actor, id, 'transfer', async (tx, question, now) => {
    const agency = await findAgencyByCode(tx, input.agencyCode);
    if (!agency) throw new AppError(400, 'unknown_agency', `Không có cơ quan mã ${input.agencyCode}.`, `No agency ${input.agencyCode}.`, 'agencyCode');
    if (agency.id === question.agency_id) throw invalid('agencyCode', 'Câu hỏi đã ở cơ quan này: hãy chọn cơ quan khác.', 'The question is at this agency already: choose another.');
    return {
      set: { agency_id: agency.id, assignee_id: null, received_at: now, due_at: questionDeadline(calendar, now) },
      note: clean(input.reason),
      details: { from: question.agency_code, to: agency.code },
    };
  });
}

/** The assigned specialist submits the answer for approval. */
export const answerQuestion = (ctx: QuestionDeps, actor: OfficerActor, id: string, answer: string) =>
  act(ctx, actor, id, 'answer', async (_tx, _question, now) => ({ set: { answer: clean(answer), answered_by: actor.officer.id, answered_at: now } }));

/** The leader sends the answer back to the specialist with comments. */
export const returnQuestion = (ctx: QuestionDeps, actor: OfficerActor, id: string, comment: string) => act(ctx, actor, id, 'return', async () => ({ set: {}, note: clean(comment) }));

/** The leader approves the answer, which goes to the asker on their contact through the outbox. */
export const approveQuestion = (ctx: QuestionDeps, actor: OfficerActor, id: string) =>
  act(ctx, actor, id, 'approve', async (tx, question, now) => {
    await enqueue(tx, QUESTION_NOTICE_TOPIC, { questionId: question.id, kind: 'answer' }, `question/${question.id}`);
    return { set: { approved_by: actor.officer.id, approved_at: now } };
  });

/**
 * The leader publishes the question and its answer on the portal: by default as asked and
 * answered; whatever they write, masked of mail addresses, phone numbers, identity numbers and the
 * asker's name, which the portal never shows.
 */
export const publishQuestion = (ctx: QuestionDeps, actor: OfficerActor, id: string, edits: { title?: string | undefined; body?: string | undefined; answer?: string | undefined }) =>
  act(ctx, actor, id, 'publish', async (_tx, question, now) => {
    const names = [question.asker_name];
    return {
      set: {
        public_title: maskPersonalData(clean(edits.title ?? question.public_title ?? question.title), names),
        public_body: maskPersonalData(clean(edits.body ?? question.public_body ?? question.body), names),
        public_answer: maskPersonalData(clean(edits.answer ?? question.public_answer ?? question.answer!), names),
        published_at: now,
      },
      details: { edited: Object.keys(edits) },
    };
  });

/** The leader takes the question off the portal; its published text stays, to publish again. */
export const unpublishQuestion = (ctx: QuestionDeps, actor: OfficerActor, id: string, reason: string) =>
  act(ctx, actor, id, 'unpublish', async () => ({ set: { published_at: null }, note: clean(reason) }));

/** The leader declines to answer (a duplicate, out of scope, abusive), saying why. */
export const rejectQuestion = (ctx: QuestionDeps, actor: OfficerActor, id: string, reason: string) => act(ctx, actor, id, 'reject', async () => ({ set: {}, note: clean(reason) }));
