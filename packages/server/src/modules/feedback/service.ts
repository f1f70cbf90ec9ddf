import {
  FEEDBACK_CONFIRMATION_HOURS,
  FEEDBACK_COURSE,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATE_LABELS,
  type FeedbackAction,
  type FeedbackKind,
  type FeedbackOutcome,
  type FeedbackState,
  type NotificationChannel,
  type WorkCalendar,
  currentFeedbackDeadline,
  feedbackCode,
  feedbackDeadlines,
  feedbackKindRefusal,
  maskPersonName,
  MASKED,
  maskPersonalData,
  normaliseEmail,
  normalisePhone,
  questionRecipient,
  vietnamDate,
} from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { type Actor, type AuthenticatedOfficer, actorId, actorName } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { hashToken, loadGrants, newToken } from '../../platform/authentication.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { enqueue } from '../../platform/outbox.js';
import { authorize, may } from '../../platform/rule-book.js';
import { type AgencyRow, findAgencyByCode, lineage } from '../agencies/index.js';
import { type Enquirer, assertReachable } from '../notifications/index.js';
import { findCurrentVersion, offeringAgencies } from '../procedures/index.js';
import { subtreeOf } from '../statistics/index.js';
import type { FEEDBACK_VIEWS } from './schema.js';

type OfficerActor = Actor & { kind: 'officer' };

const FEEDBACK = { vi: 'phản ánh, kiến nghị', en: 'Feedback' };
/** The outbox topic of the messages to senders (notices.ts): the confirmation link, a request for information, how it ended. */
export const FEEDBACK_NOTICE_TOPIC = 'feedback.notice';
/** How many feedbacks one e-mail address or phone may send in a day, confirmed or not: more is someone flooding the agencies, or the contact. */
export const FEEDBACKS_PER_CONTACT_PER_DAY = 3;
const DAY_MS = 86_400_000;

export interface FeedbackTopic {
  kind: FeedbackKind;
  /** The dossier it is about, by its code; or else the rule. */
  dossierCode?: string | undefined;
  rule?: string | undefined;
  procedureCode?: string | undefined;
  agencyCode?: string | undefined;
  title: string;
  body: string;
}

type Routed = { subject: 'dossier'; dossierId: string; agencyId: string } | { subject: 'rule'; rule: string; procedureId: string | null; agencyId: string };

const clean = (text: string) => text.normalize('NFC').trim();

const RULE_REFUSALS = {
  agency_required: ['agencyCode', 'Thủ tục này do mọi xã, phường thực hiện: hãy chọn cơ quan nhận phản ánh, kiến nghị.', 'Every commune handles this procedure: choose the agency.'],
  agency_not_competent: ['agencyCode', 'Cơ quan đã chọn không thực hiện thủ tục này.', 'The agency chosen does not handle this procedure.'],
  topic_required: ['rule', 'Hãy nêu quy định hoặc mã hồ sơ mà phản ánh, kiến nghị liên quan.', 'Name the rule or the dossier it is about.'],
} as const;

/** The dossier's applicant gave this contact (or is this citizen): the only case a feedback may name the dossier. */
function sentByApplicant(dossier: { applicant_email: string; applicant_phone: string; citizen_id: string | null }, sender: Enquirer): boolean {
  if (sender.citizenId !== undefined && dossier.citizen_id === sender.citizenId) return true;
  return sender.channel === 'email' ? normaliseEmail(dossier.applicant_email) === sender.contact : normalisePhone(dossier.applicant_phone) === sender.contact;
}

/**
 * What a feedback is about and which agency gets it: a dossier's competent agency, once the
 * sender's contact is the applicant's (one that is not, and a code that does not exist, get the
 * same refusal: the portal tells nobody which dossiers exist); for a rule, the agency handling the
 * procedure named, or the one the sender chose.
 */
async function routeOf(db: Queryable, topic: FeedbackTopic, sender: Enquirer, now: Date): Promise<Routed> {
  if (topic.dossierCode !== undefined) {
    if (topic.rule !== undefined) throw invalid('rule', 'Phản ánh về một hồ sơ không kèm quy định: hãy gửi riêng.', 'Feedback on a dossier names no rule: send them apart.');
    const { rows } = await db.query<{ id: string; competent_agency_id: string; applicant_email: string; applicant_phone: string; citizen_id: string | null }>(
      'SELECT id, competent_agency_id, applicant_email, applicant_phone, citizen_id FROM dossier_facts WHERE code = $1',
      [topic.dossierCode.trim()],
    );
    const dossier = rows[0];
    if (!dossier || !sentByApplicant(dossier, sender)) {
      throw new AppError(
        422,
        'dossier_not_matched',
        'Không tìm thấy hồ sơ có mã này mà người nộp dùng thư điện tử hoặc số điện thoại đã cho. Hãy dùng liên hệ ghi trên giấy tiếp nhận hồ sơ.',
        'No dossier with this code has the contact given as its applicant’s. Use the contact on the dossier’s receipt.',
        'dossierCode',
      );
    }
    return { subject: 'dossier', dossierId: dossier.id, agencyId: dossier.competent_agency_id };
  }
  if (topic.rule === undefined) {
    const [field, vi, en] = RULE_REFUSALS.topic_required;
    throw new AppError(400, 'topic_required', vi, en, field);
  }
  let chosenAgencyId: string | undefined;
  if (topic.agencyCode) {
    const chosen = await findAgencyByCode(db, topic.agencyCode);
    if (!chosen) throw new AppError(400, 'unknown_agency', `Không có cơ quan mã ${topic.agencyCode}.`, `No agency ${topic.agencyCode}.`, 'agencyCode');
    chosenAgencyId = chosen.id;
  }
  let procedureId: string | null = null;
  let recipient: ReturnType<typeof questionRecipient>;
  if (topic.procedureCode) {
    const version = await findCurrentVersion(db, topic.procedureCode, now);
    if (!version) throw new AppError(400, 'unknown_procedure', `Không có thủ tục mã ${topic.procedureCode} đang áp dụng.`, `No procedure ${topic.procedureCode} is in force.`, 'procedureCode');
    procedureId = version.procedure_id;
    recipient = questionRecipient({ procedureAgencyIds: (await offeringAgencies(db, version.definition)).map((agency) => agency.id), chosenAgencyId });
  } else {
    recipient = chosenAgencyId ? { agencyId: chosenAgencyId } : { refusal: 'agency_required' };
  }
  if ('refusal' in recipient) {
    const [field, vi, en] = RULE_REFUSALS[recipient.refusal];
    throw new AppError(400, recipient.refusal, vi, en, field);
  }
  return { subject: 'rule', rule: clean(topic.rule), procedureId, agencyId: recipient.agencyId };
}

/** The deadline a feedback answers to in its state (core), from its clock's columns. */
function dueIn(calendar: WorkCalendar, state: FeedbackState, clock: { receivedAt: Date; waitedWorkingMinutes: number; handledAt: Date | null }): Date | null {
  return currentFeedbackDeadline(state, feedbackDeadlines(calendar, clock));
}

/**
 * Writes a new feedback in the caller's transaction, unless its contact sent its day's share
 * already (counted here, one request at a time per contact, on every instance).
 */
async function insertFeedback(
  tx: Queryable,
  sender: Enquirer,
  topic: FeedbackTopic,
  routed: Routed,
  at: { now: Date; ip: string },
  course: { state: 'unconfirmed'; tokenHash: string; confirmBy: Date } | { state: 'received'; dueAt: Date | null },
): Promise<{ id: string; code: string }> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`feedback-contact|${sender.contact}`]);
  const sent = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM feedbacks WHERE contact = $1 AND sent_at > $2', [sender.contact, new Date(at.now.getTime() - DAY_MS)]);
  if (sent.rows[0]!.count >= FEEDBACKS_PER_CONTACT_PER_DAY) {
    throw new AppError(
      429,
      'too_many_feedbacks',
      `Mỗi địa chỉ thư điện tử hoặc số điện thoại gửi được tối đa ${FEEDBACKS_PER_CONTACT_PER_DAY} phản ánh, kiến nghị trong một ngày. Vui lòng thử lại sau.`,
      `One e-mail address or phone may send at most ${FEEDBACKS_PER_CONTACT_PER_DAY} feedbacks a day. Try again later.`,
    );
  }
  const number = (await tx.query<{ number: string }>(`SELECT nextval('feedback_numbers') AS number`)).rows[0]!.number;
  const code = feedbackCode(Number(vietnamDate(at.now).slice(0, 4)), Number(number));
  const unconfirmed = course.state === 'unconfirmed';
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO feedbacks (code, kind, subject, state, sender_name, channel, contact, citizen_id, dossier_id, rule_text, procedure_id, agency_id, title, body,
                            sent_at, sent_ip, confirm_token_hash, confirm_by, received_at, due_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $15) RETURNING id`,
    [
      code,
      topic.kind,
      routed.subject,
      course.state,
      clean(sender.name),
      sender.channel,
      sender.contact,
      sender.citizenId ?? null,
      routed.subject === 'dossier' ? routed.dossierId : null,
      routed.subject === 'rule' ? routed.rule : null,
      routed.subject === 'rule' ? routed.procedureId : null,
      routed.agencyId,
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
  event: { feedbackId: string; action: FeedbackAction | 'send'; from: FeedbackState | null; to: FeedbackState; agencyId: string; actor: Actor; note?: string | null; at: Date },
): Promise<void> {
  await tx.query(
    'INSERT INTO feedback_events (feedback_id, action, from_state, to_state, agency_id, actor_id, actor_name, note, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [event.feedbackId, event.action, event.from, event.to, event.agencyId, actorId(event.actor), actorName(event.actor), event.note ?? null, event.at],
  );
}

/** A link for the sender, sealed for the outbox: no table holds it readable, only its hash. */
function sealedLink(ctx: AppContext): { token: string; hash: string; sealed: string } {
  const token = newToken();
  return { token, hash: hashToken(token), sealed: ctx.signing.vault.seal(Buffer.from(token)).toString('base64') };
}

/**
 * Someone not signed in sends feedback: it waits for its contact to be confirmed by the link sent
 * there, and is dropped unseen when not confirmed in FEEDBACK_CONFIRMATION_HOURS.
 */
export async function sendFeedback(ctx: AppContext, sender: Enquirer, topic: FeedbackTopic, ip: string) {
  assertReachable(ctx.notify, sender.channel);
  const now = ctx.now();
  const routed = await routeOf(ctx.db, topic, sender, now);
  const link = sealedLink(ctx);
  const confirmBy = new Date(now.getTime() + FEEDBACK_CONFIRMATION_HOURS * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    const { id, code } = await insertFeedback(tx, sender, topic, routed, { now, ip }, { state: 'unconfirmed', tokenHash: link.hash, confirmBy });
    await enqueue(tx, FEEDBACK_NOTICE_TOPIC, { feedbackId: id, kind: 'confirmation', sealedToken: link.sealed }, `feedback/${id}`);
    // Not confirmed yet, the sender may not be who they say: the log keeps no more of them than the public sees.
    await appendAudit(tx, { kind: 'applicant', name: maskPersonName(sender.name), ip }, { action: 'feedback.send', entityType: 'feedback', entityId: id, details: { code, kind: topic.kind, channel: sender.channel } });
  });
  return { state: 'unconfirmed' as const, channel: sender.channel, confirmBy: confirmBy.toISOString() };
}

async function receivedView(db: Queryable, id: string) {
  const { rows } = await db.query<{ code: string; kind: FeedbackKind; agency_code: string; agency_name: string; due_at: Date }>(
    'SELECT f.code, f.kind, a.code AS agency_code, a.name AS agency_name, f.due_at FROM feedbacks f JOIN agency_directory a ON a.id = f.agency_id WHERE f.id = $1',
    [id],
  );
  const row = rows[0]!;
  return { code: row.code, kind: row.kind, state: 'received' as const, agency: { code: row.agency_code, name: row.agency_name }, dueAt: row.due_at.toISOString() };
}

/** A signed-in citizen sends feedback: their account's contact is known, so it goes to the agency at once. */
export async function sendAsCitizen(ctx: AppContext, actor: Actor & { kind: 'applicant' }, sender: Enquirer, topic: FeedbackTopic) {
  const now = ctx.now();
  const routed = await routeOf(ctx.db, topic, sender, now);
  const dueAt = dueIn(await ctx.calendar.current(), 'received', { receivedAt: now, waitedWorkingMinutes: 0, handledAt: null });
  const id = await ctx.db.transaction(async (tx) => {
    const { id: feedbackId, code } = await insertFeedback(tx, sender, topic, routed, { now, ip: actor.ip }, { state: 'received', dueAt });
    await recordEvent(tx, { feedbackId, action: 'send', from: null, to: 'received', agencyId: routed.agencyId, actor, at: now });
    await appendAudit(tx, actor, { action: 'feedback.send', entityType: 'feedback', entityId: feedbackId, details: { code, kind: topic.kind } });
    return feedbackId;
  });
  return receivedView(ctx.db, id);
}

/** The sender opens the link: the feedback is the competent agency's from now, to be sorted within its deadline. */
export async function confirmFeedback(ctx: AppContext, token: string, ip: string) {
  const now = ctx.now();
  const calendar = await ctx.calendar.current();
  const id = await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; code: string; agency_id: string; confirm_by: Date }>(
      `SELECT id, code, agency_id, confirm_by FROM feedbacks WHERE confirm_token_hash = $1 AND state = 'unconfirmed' FOR UPDATE`,
      [hashToken(token)],
    );
    const feedback = rows[0];
    if (!feedback) throw new AppError(404, 'confirmation_unknown', 'Đường dẫn xác nhận không đúng hoặc đã được dùng.', 'The confirmation link is wrong or was used.', 'token');
    if (feedback.confirm_by <= now) {
      throw new AppError(410, 'confirmation_expired', `Đường dẫn xác nhận đã hết hạn (${FEEDBACK_CONFIRMATION_HOURS} giờ): vui lòng gửi lại.`, 'The confirmation link has expired: send it again.', 'token');
    }
    await tx.query(`UPDATE feedbacks SET state = 'received', confirm_token_hash = NULL, received_at = $2, due_at = $3, updated_at = $2 WHERE id = $1`, [
      feedback.id,
      now,
      dueIn(calendar, 'received', { receivedAt: now, waitedWorkingMinutes: 0, handledAt: null }),
    ]);
    const actor: Actor = { kind: 'applicant', name: 'Người gửi', ip };
    await recordEvent(tx, { feedbackId: feedback.id, action: 'confirm', from: 'unconfirmed', to: 'received', agencyId: feedback.agency_id, actor, at: now });
    await appendAudit(tx, actor, { action: 'feedback.confirm', entityType: 'feedback', entityId: feedback.id, details: { code: feedback.code } });
    return feedback.id;
  });
  return receivedView(ctx.db, id);
}

/**
 * The sender answers the agency's request by the link it sent: the clock starts again, the handling
 * deadline moved on by the working time spent waiting. One accepted before goes back to its
 * specialist; one asked about before it was accepted goes back to be sorted, having no specialist yet.
 */
export async function supplyInformation(ctx: AppContext, token: string, information: string, ip: string) {
  const now = ctx.now();
  const calendar = await ctx.calendar.current();
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; code: string; agency_id: string; received_at: Date; awaiting_since: Date; waited_working_minutes: number; assignee_id: string | null }>(
      `SELECT id, code, agency_id, received_at, awaiting_since, waited_working_minutes, assignee_id FROM feedbacks
        WHERE reply_token_hash = $1 AND state = 'awaiting_information' FOR UPDATE`,
      [hashToken(token)],
    );
    const feedback = rows[0];
    if (!feedback) throw new AppError(404, 'reply_link_unknown', 'Đường dẫn không đúng hoặc thông tin đã được bổ sung.', 'The link is wrong or the information was given already.', 'token');
    const waited = feedback.waited_working_minutes + calendar.workingMinutesBetween(feedback.awaiting_since, now);
    const to: FeedbackState = feedback.assignee_id ? FEEDBACK_COURSE.step('awaiting_information', 'supply_information')!.to : 'received';
    const dueAt = dueIn(calendar, to, { receivedAt: feedback.received_at, waitedWorkingMinutes: waited, handledAt: null });
    await tx.query(
      `UPDATE feedbacks SET state = $2, supplied_information = $3, awaiting_since = NULL, reply_token_hash = NULL, waited_working_minutes = $4, due_at = $5, updated_at = $6 WHERE id = $1`,
      [feedback.id, to, clean(information), waited, dueAt, now],
    );
    const actor: Actor = { kind: 'applicant', name: 'Người gửi', ip };
    await recordEvent(tx, { feedbackId: feedback.id, action: 'supply_information', from: 'awaiting_information', to, agencyId: feedback.agency_id, actor, note: clean(information), at: now });
    await appendAudit(tx, actor, { action: 'feedback.supply_information', entityType: 'feedback', entityId: feedback.id, details: { code: feedback.code, waitedWorkingMinutes: waited } });
    return { code: feedback.code, state: to, dueAt: dueAt?.toISOString() ?? null };
  });
}

/** Drops the feedbacks whose contact was not confirmed in time, with nothing of them left; returns how many. */
export async function purgeUnconfirmedFeedback(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM feedbacks WHERE state = 'unconfirmed' AND confirm_by < $1`, [now]);
  return rowCount ?? 0;
}

interface FeedbackRow {
  id: string;
  code: string;
  kind: FeedbackKind;
  subject: 'rule' | 'dossier';
  state: FeedbackState;
  sender_name: string;
  channel: NotificationChannel;
  contact: string;
  citizen_id: string | null;
  dossier_code: string | null;
  rule_text: string | null;
  procedure_code: string | null;
  procedure_name: string | null;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  title: string;
  body: string;
  sent_at: Date;
  received_at: Date;
  due_at: Date | null;
  assignee_id: string | null;
  assignee_name: string | null;
  information_request: string | null;
  awaiting_since: Date | null;
  waited_working_minutes: number;
  supplied_information: string | null;
  routed_to: string | null;
  answer: string | null;
  handled_at: Date | null;
  public_title: string | null;
  public_body: string | null;
  public_answer: string | null;
  published_at: Date | null;
}

const FEEDBACK_COLUMNS = `f.id, f.code, f.kind, f.subject, f.state, f.sender_name, f.channel, f.contact, f.citizen_id, d.code AS dossier_code, f.rule_text,
  p.code AS procedure_code, p.name AS procedure_name, f.agency_id, a.code AS agency_code, a.name AS agency_name, f.title, f.body, f.sent_at, f.received_at,
  f.due_at, f.assignee_id, o.full_name AS assignee_name, f.information_request, f.awaiting_since, f.waited_working_minutes, f.supplied_information,
  f.routed_to, f.answer, f.handled_at, f.public_title, f.public_body, f.public_answer, f.published_at`;
const FEEDBACK_FROM = `feedbacks f JOIN agency_directory a ON a.id = f.agency_id LEFT JOIN dossier_facts d ON d.id = f.dossier_id
  LEFT JOIN procedure_catalogue p ON p.id = f.procedure_id LEFT JOIN officer_directory o ON o.id = f.assignee_id`;

const rolesAt = (officer: AuthenticatedOfficer, agencyId: string) => officer.grants.filter((grant) => grant.agencyId === agencyId).map((grant) => grant.role);

/** The steps this officer may take now: the course's for their roles here, less what the kind forbids and an answer not theirs to give. */
function actionsOf(row: FeedbackRow, officer: AuthenticatedOfficer): FeedbackAction[] {
  return FEEDBACK_COURSE.actionsFor(row.state, rolesAt(officer, row.agency_id)).filter(
    (action, index, all) => all.indexOf(action) === index && !feedbackKindRefusal(row.kind, action) && (action !== 'answer' || row.assignee_id === officer.id),
  );
}

/** A feedback as the officers see it, with what this officer may do to it now. */
function present(row: FeedbackRow, officer: AuthenticatedOfficer, now: Date) {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    kindLabel: FEEDBACK_KIND_LABELS[row.kind].vi,
    subject: row.subject,
    state: row.state,
    stateLabel: FEEDBACK_STATE_LABELS[row.state].vi,
    title: row.title,
    body: row.body,
    sender: { name: row.sender_name, channel: row.channel, contact: row.contact, citizenAccount: row.citizen_id !== null },
    dossier: row.dossier_code ? { code: row.dossier_code } : null,
    rule: row.rule_text,
    procedure: row.procedure_code ? { code: row.procedure_code, name: row.procedure_name! } : null,
    agency: { code: row.agency_code, name: row.agency_name },
    sentAt: row.sent_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at?.toISOString() ?? null,
    overdue: row.due_at !== null && row.due_at < now,
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name! } : null,
    informationRequest: row.information_request,
    awaitingSince: row.awaiting_since?.toISOString() ?? null,
    waitedWorkingMinutes: row.waited_working_minutes,
    suppliedInformation: row.supplied_information,
    routedTo: row.routed_to,
    answer: row.answer,
    handledAt: row.handled_at?.toISOString() ?? null,
    publication:
      row.public_title !== null ? { title: row.public_title, body: row.public_body!, answer: row.public_answer!, publishedAt: row.published_at?.toISOString() ?? null } : null,
    actions: actionsOf(row, officer),
  };
}

export type FeedbackView = (typeof FEEDBACK_VIEWS)[number];

const VIEW_CONDITIONS: Record<Exclude<FeedbackView, 'all' | 'mine' | 'overdue'>, string> = {
  to_sort: `f.state = 'received'`,
  in_handling: `f.state IN ('in_handling', 'awaiting_information')`,
  to_approve: `f.state = 'answered'`,
  to_publish: `f.state = 'handled'`,
};

/**
 * The agency's feedback in one of the officers' views, the most urgent first. Overdue is by the
 * deadline of each one's state; to a leader of the agency it also holds the overdue feedback of
 * the agencies below it.
 */
export async function listFeedback(ctx: AppContext, officer: AuthenticatedOfficer, agency: AgencyRow, query: { view: FeedbackView; page: number; pageSize: number }) {
  authorize(officer, 'see-feedback', await lineage(ctx.db, agency.id));
  const now = ctx.now();
  const leads = officer.grants.some((grant) => grant.agencyId === agency.id && grant.role === 'agency_leader');
  const agencyIds = query.view === 'overdue' && leads ? ((await subtreeOf(ctx.db, { id: agency.id }))?.ids ?? [agency.id]) : [agency.id];
  const values: unknown[] = [agencyIds];
  const conditions = ['f.agency_id = ANY($1::uuid[])', `f.state <> 'unconfirmed'`];
  if (query.view === 'mine') conditions.push(`f.state = 'in_handling'`, `f.assignee_id = $${values.push(officer.id)}`);
  else if (query.view === 'overdue') conditions.push(`f.due_at < $${values.push(now)}`);
  else if (query.view !== 'all') conditions.push(VIEW_CONDITIONS[query.view]);
  const { rows } = await ctx.db.query<FeedbackRow & { total: number }>(
    `SELECT ${FEEDBACK_COLUMNS}, count(*) OVER ()::int AS total FROM ${FEEDBACK_FROM} WHERE ${conditions.join(' AND ')}
      ORDER BY f.due_at NULLS LAST, f.received_at, f.id LIMIT $${values.push(query.pageSize)} OFFSET $${values.push((query.page - 1) * query.pageSize)}`,
    values,
  );
  return { items: rows.map((row) => present(row, officer, now)), total: rows[0]?.total ?? 0 };
}

/** A feedback its agency's officers (and the leaders above it) may see; to any other officer it does not exist. */
async function visibleFeedback(db: Queryable, officer: AuthenticatedOfficer, id: string, lock = false): Promise<FeedbackRow> {
  if (lock) await db.query('SELECT 1 FROM feedbacks WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<FeedbackRow>(`SELECT ${FEEDBACK_COLUMNS} FROM ${FEEDBACK_FROM} WHERE f.id = $1 AND f.state <> 'unconfirmed'`, [id]);
  const row = rows[0];
  if (!row || !may(officer, 'see-feedback', await lineage(db, row.agency_id))) throw notFound(FEEDBACK);
  return row;
}

const stepLabel = (action: FeedbackAction | 'send') => (action === 'send' ? 'Gửi phản ánh, kiến nghị (tài khoản công dân)' : FEEDBACK_COURSE.steps.find((step) => step.action === action)!.label.vi);

/** A feedback with its history, oldest step first. */
export async function showFeedback(ctx: AppContext, officer: AuthenticatedOfficer, id: string) {
  const feedback = await visibleFeedback(ctx.db, officer, id);
  const { rows } = await ctx.db.query<{ action: FeedbackAction | 'send'; from_state: string | null; to_state: string; actor_name: string; agency_name: string; note: string | null; occurred_at: Date }>(
    `SELECT e.action, e.from_state, e.to_state, e.actor_name, a.name AS agency_name, e.note, e.occurred_at
       FROM feedback_events e JOIN agency_directory a ON a.id = e.agency_id WHERE e.feedback_id = $1 ORDER BY e.id`,
    [id],
  );
  return {
    ...present(feedback, officer, ctx.now()),
    history: rows.map((row) => ({
      action: row.action,
      label: stepLabel(row.action),
      fromState: row.from_state,
      toState: row.to_state,
      actor: row.actor_name,
      agency: row.agency_name,
      note: row.note,
      at: row.occurred_at.toISOString(),
    })),
  };
}

type Change = (
  tx: Queryable,
  feedback: FeedbackRow,
  now: Date,
) => Promise<{ set: Record<string, unknown>; note?: string | null; details?: Record<string, unknown>; clock?: { waitedWorkingMinutes?: number; handledAt?: Date } }>;

/**
 * Takes a step of a feedback's course in one transaction: the feedback locked, the step looked up
 * in the course (409 where it does not apply, or its kind forbids it), its taker checked against
 * the rule book (403), the change written with the deadline of the new state, an event row, audited.
 */
async function act(ctx: AppContext, actor: OfficerActor, id: string, action: FeedbackAction, change: Change) {
  const now = ctx.now();
  const calendar = await ctx.calendar.current();
  await ctx.db.transaction(async (tx) => {
    const feedback = await visibleFeedback(tx, actor.officer, id, true);
    const step = FEEDBACK_COURSE.step(feedback.state, action);
    if (!step) {
      throw new AppError(
        409,
        'invalid_transition',
        `Không thể "${stepLabel(action)}" khi phản ánh, kiến nghị đang ở trạng thái "${FEEDBACK_STATE_LABELS[feedback.state].vi}".`,
        `Feedback ${FEEDBACK_STATE_LABELS[feedback.state].en.toLowerCase()} cannot be taken this step (${action}).`,
      );
    }
    authorize(actor.officer, 'take-feedback-step', { agencyId: feedback.agency_id, state: feedback.state, action, assigneeId: feedback.assignee_id });
    const refusal = feedbackKindRefusal(feedback.kind, action);
    if (refusal) throw new AppError(409, refusal.code, refusal.vi, refusal.en);
    const { set, note, details, clock } = await change(tx, feedback, now);
    const dueAt = dueIn(calendar, step.to, {
      receivedAt: feedback.received_at,
      waitedWorkingMinutes: clock?.waitedWorkingMinutes ?? feedback.waited_working_minutes,
      handledAt: clock?.handledAt ?? feedback.handled_at,
    });
    const columns = { state: step.to, due_at: dueAt, updated_at: now, ...set };
    const names = Object.keys(columns);
    await tx.query(`UPDATE feedbacks SET ${names.map((name, index) => `${name} = $${index + 2}`).join(', ')} WHERE id = $1`, [id, ...Object.values(columns)]);
    await recordEvent(tx, { feedbackId: id, action, from: feedback.state, to: step.to, agencyId: feedback.agency_id, actor, note: note ?? null, at: now });
    await appendAudit(tx, actor, { action: `feedback.${action}`, entityType: 'feedback', entityId: id, details: { code: feedback.code, ...details } });
  });
  return showFeedback(ctx, actor.officer, id);
}

/** Tells the sender how their feedback ended, through the outbox, in the step's transaction. */
const tellOutcome = (tx: Queryable, feedback: FeedbackRow, outcome: FeedbackOutcome) => enqueue(tx, FEEDBACK_NOTICE_TOPIC, { feedbackId: feedback.id, kind: 'outcome', outcome }, `feedback/${feedback.id}`);

/** The unit head or leader accepts the feedback and gives it to a specialist of the agency. */
export const acceptFeedback = (ctx: AppContext, actor: OfficerActor, id: string, assigneeId: string) =>
  act(ctx, actor, id, 'accept', async (tx, feedback) => {
    const grants = await loadGrants(tx, assigneeId);
    if (!grants.some((grant) => grant.role === 'specialist' && grant.agencyId === feedback.agency_id)) {
      throw invalid('assigneeId', 'Người được giao phải là chuyên viên của cơ quan.', 'The assignee must be a specialist of the agency.');
    }
    return { set: { assignee_id: assigneeId }, details: { assigneeId } };
  });

/** Out of the agency's scope: refused, saying why; the sender is told. */
export const refuseFeedback = (ctx: AppContext, actor: OfficerActor, id: string, reason: string) =>
  act(ctx, actor, id, 'refuse', async (tx, feedback) => {
    await tellOutcome(tx, feedback, { kind: 'refused', reason: clean(reason) });
    return { set: {}, note: clean(reason) };
  });

/** The sender is asked for more, by a message with the link they answer by; the clock stops meanwhile. */
export async function requestInformation(ctx: AppContext, actor: OfficerActor, id: string, request: string) {
  const link = sealedLink(ctx);
  return act(ctx, actor, id, 'request_information', async (tx, feedback, now) => {
    await enqueue(tx, FEEDBACK_NOTICE_TOPIC, { feedbackId: feedback.id, kind: 'information_request', sealedToken: link.sealed }, `feedback/${feedback.id}`);
    return { set: { information_request: clean(request), awaiting_since: now, reply_token_hash: link.hash }, note: clean(request) };
  });
}

/** A complaint or denunciation goes to the body competent under its own law, named; the sender is told. */
export const routeFeedback = (ctx: AppContext, actor: OfficerActor, id: string, input: { body: string; reason: string }) =>
  act(ctx, actor, id, 'route', async (tx, feedback) => {
    await tellOutcome(tx, feedback, { kind: 'routed', body: clean(input.body), reason: clean(input.reason) });
    return { set: { routed_to: clean(input.body) }, note: clean(input.reason), details: { routedTo: clean(input.body) } };
  });

/** The assigned specialist submits the answer for approval. */
export const answerFeedback = (ctx: AppContext, actor: OfficerActor, id: string, answer: string) =>
  act(ctx, actor, id, 'answer', async (_tx, _feedback, now) => ({ set: { answer: clean(answer), answered_by: actor.officer.id, answered_at: now } }));

/** The leader sends the answer back to the specialist with comments. */
export const returnFeedback = (ctx: AppContext, actor: OfficerActor, id: string, comment: string) => act(ctx, actor, id, 'return', async () => ({ set: {}, note: clean(comment) }));

/** The leader approves the answer: handled, the sender told, to be published within its deadline. */
export const approveFeedback = (ctx: AppContext, actor: OfficerActor, id: string) =>
  act(ctx, actor, id, 'approve', async (tx, feedback, now) => {
    await tellOutcome(tx, feedback, { kind: 'answer', answer: feedback.answer! });
    return { set: { approved_by: actor.officer.id, handled_at: now }, clock: { handledAt: now } };
  });

/**
 * The leader publishes the feedback and its answer on the portal: by default as sent and
 * answered; whatever they write, masked of mail addresses, phone numbers, identity numbers and the
 * sender's name, which the portal never shows.
 */
export const publishFeedback = (ctx: AppContext, actor: OfficerActor, id: string, edits: { title?: string | undefined; body?: string | undefined; answer?: string | undefined }) =>
  act(ctx, actor, id, 'publish', async (_tx, feedback, now) => {
    const mask = (text: string) => maskPersonalData(clean(text), [feedback.sender_name], MASKED.sender);
    return {
      set: {
        public_title: mask(edits.title ?? feedback.title),
        public_body: mask(edits.body ?? feedback.body),
        public_answer: mask(edits.answer ?? feedback.answer!),
        published_at: now,
      },
      details: { edited: Object.keys(edits) },
    };
  });
