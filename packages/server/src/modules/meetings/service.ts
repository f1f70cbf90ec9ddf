import { randomBytes } from 'node:crypto';
import {
  MEETING_ANSWER_LABELS,
  type MeetingDetails,
  answerRefusal,
  meetingProblems,
  meetingTime,
  normaliseEmail,
  outgoingEditable,
  reminderDueAt,
  type OutgoingState,
} from '@motcua/core';
import type { Static } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { type Actor, type AuthenticatedOfficer, actorId } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { hashToken, loadGrants } from '../../platform/authentication.js';
import { AppError, FieldProblemsError, notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { authorize, may } from '../../platform/rule-book.js';
import { findAgency, findAgencyByCode } from '../agencies/index.js';
import { queueMeetingMails } from './mail.js';
import {
  type DocumentFacts,
  type InviteeRow,
  INVITEE_COLUMNS,
  inviteeColumns,
  MEETING,
  type MeetingRow,
  detailsOf,
  documentFacts,
  existingMeeting,
  inviteesOf,
  meetingOf,
  stillHearing,
} from './records.js';
import type { AnswerBody, MeetingBody, MeetingChangeBody } from './schema.js';

type OfficerActor = Actor & { kind: 'officer' };
export type MeetingDeps = Pick<AppContext, 'db' | 'signing' | 'now'>;

const INVITATION_DOCUMENT = { vi: 'giấy mời', en: 'Invitation document' };

/** The document as the officer may see it (404 otherwise, as for any document of another agency), which must be a giấy mời. */
async function invitationDocument(db: Queryable, officer: AuthenticatedOfficer, documentId: string): Promise<DocumentFacts> {
  const document = await documentFacts(db, documentId);
  if (!document || !may(officer, 'see-documents', document.agency_id)) throw notFound(INVITATION_DOCUMENT);
  if (document.direction !== 'outgoing' || document.type !== 'invitation') {
    throw new AppError(409, 'not_an_invitation', 'Chỉ giấy mời (văn bản đi loại GM) mới có cuộc họp.', 'Only an outgoing invitation (type GM) calls a meeting.');
  }
  return document;
}

function checkedDetails(body: Static<typeof MeetingChangeBody>, now: Date): MeetingDetails {
  const details: MeetingDetails = {
    startsAt: new Date(body.startsAt),
    endsAt: new Date(body.endsAt),
    place: body.place.trim().normalize('NFC'),
    videoUrl: body.videoUrl?.trim() || null,
    chair: body.chair.trim().normalize('NFC'),
    agenda: body.agenda.trim().normalize('NFC'),
  };
  const problems = meetingProblems(details, now);
  if (problems.length > 0) throw new FieldProblemsError('invalid_meeting', problems[0]!.vi, problems[0]!.en, problems);
  return details;
}

interface ResolvedInvitee {
  agencyId: string | null;
  officerId: string | null;
  name: string;
  email: string;
}

/** The invitees as given, each found in this installation or checked as an address; the same one twice is refused. */
async function resolveInvitees(db: Queryable, invitees: Static<typeof MeetingBody>['invitees']): Promise<ResolvedInvitee[]> {
  const resolved: ResolvedInvitee[] = [];
  for (const [index, invitee] of invitees.entries()) {
    const field = `invitees/${index}`;
    if ('agencyCode' in invitee) {
      const agency = await findAgencyByCode(db, invitee.agencyCode);
      if (!agency) throw new AppError(400, 'unknown_agency', `Không có cơ quan mã ${invitee.agencyCode}.`, `No agency ${invitee.agencyCode}.`, field);
      resolved.push({ agencyId: agency.id, officerId: null, name: agency.name, email: '' });
    } else if ('officerId' in invitee) {
      const { rows } = await db.query<{ full_name: string; email: string }>('SELECT full_name, email FROM officer_directory WHERE id = $1 AND active', [invitee.officerId]);
      const grants = await loadGrants(db, invitee.officerId);
      if (!rows[0] || grants.length === 0) throw new AppError(400, 'unknown_officer', 'Không có cán bộ này.', 'No such officer.', field);
      resolved.push({ agencyId: grants[0]!.agencyId, officerId: invitee.officerId, name: rows[0].full_name, email: normaliseEmail(rows[0].email) ?? '' });
    } else {
      const email = normaliseEmail(invitee.email);
      if (!email) throw new AppError(400, 'invalid_email', 'Địa chỉ thư điện tử không đúng.', 'The e-mail address is not valid.', `${field}/email`);
      resolved.push({ agencyId: null, officerId: null, name: invitee.name.trim().normalize('NFC'), email });
    }
  }
  const keys = resolved.map((invitee) => invitee.officerId ?? (invitee.email || invitee.agencyId));
  const repeated = keys.findIndex((key, index) => keys.indexOf(key) !== index);
  if (repeated >= 0) {
    throw new AppError(400, 'invitee_repeated', 'Một người hoặc cơ quan được mời hai lần.', 'The same invitee is named twice.', `invitees/${repeated}`);
  }
  return resolved;
}

async function replaceInvitees(tx: Queryable, documentId: string, invitees: readonly ResolvedInvitee[]): Promise<void> {
  await tx.query('DELETE FROM meeting_invitees WHERE document_id = $1', [documentId]);
  await tx.query(
    `INSERT INTO meeting_invitees (document_id, position, agency_id, officer_id, name, email)
     SELECT $1, ordinality, agency_id, officer_id, name, email
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[]) WITH ORDINALITY AS i (agency_id, officer_id, name, email)`,
    [documentId, invitees.map((i) => i.agencyId), invitees.map((i) => i.officerId), invitees.map((i) => i.name), invitees.map((i) => i.email)],
  );
}

const notEditable = () =>
  new AppError(
    409,
    'meeting_not_editable',
    'Giấy mời đang trình duyệt, chờ ký hoặc đã thu hồi: chỉ sửa cuộc họp khi còn là dự thảo, hoặc thay đổi, hủy sau khi đã phát hành.',
    'The invitation is in review, awaiting signature or recalled: its meeting is set while it is a draft, and changed or cancelled after release.',
  );

const cancelledAlready = () => new AppError(409, 'meeting_cancelled', 'Cuộc họp đã bị hủy.', 'The meeting is cancelled.');

/** Sets a draft invitation's meeting and invitees (POST), or changes them (PUT): while drafting freely, after release with an updated calendar to those still coming. */
export async function setMeeting(
  ctx: MeetingDeps,
  actor: OfficerActor,
  documentId: string,
  body: Static<typeof MeetingChangeBody>,
  mode: 'create' | 'change',
): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const document = await invitationDocument(tx, actor.officer, documentId);
    authorize(actor.officer, 'arrange-meeting', { agencyId: document.agency_id, authorId: document.author_id });
    const existing = await meetingOf(tx, documentId, true);
    if (mode === 'create' && existing) {
      throw new AppError(409, 'meeting_exists', 'Giấy mời đã có cuộc họp: dùng PUT để sửa.', 'The invitation has its meeting already: change it with PUT.');
    }
    if (mode === 'change' && !existing) throw notFound(MEETING);
    const details = checkedDetails(body, now);
    const released = existing?.invited_at != null;
    if (!released && !outgoingEditable(document.state as OutgoingState)) throw notEditable();
    if (released && existing!.cancelled_at) throw cancelledAlready();
    if (!existing && !body.invitees) throw new AppError(400, 'invitees_required', 'Cần ít nhất một người được mời.', 'Name at least one invitee.', 'invitees');
    if (released && body.invitees) {
      throw new AppError(409, 'meeting_invitees_fixed', 'Giấy mời đã phát hành: không đổi được danh sách người được mời.', 'The invitation is released: its invitees are fixed.', 'invitees');
    }
    const values = [documentId, details.startsAt, details.endsAt, details.place, details.videoUrl, details.chair, details.agenda, actorId(actor), now];
    await tx.query(
      `INSERT INTO meetings (document_id, starts_at, ends_at, place, video_url, chair, agenda, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (document_id) DO UPDATE SET starts_at = $2, ends_at = $3, place = $4, video_url = $5, chair = $6, agenda = $7, updated_by = $8, updated_at = $9,
         sequence = meetings.sequence + CASE WHEN meetings.invited_at IS NULL THEN 0 ELSE 1 END`,
      values,
    );
    if (body.invitees) await replaceInvitees(tx, documentId, await resolveInvitees(tx, body.invitees));
    let mailed = 0;
    if (released) {
      // A meeting moved to another day is reminded again, the day before its new date.
      if (reminderDueAt(details.startsAt).getTime() !== reminderDueAt(new Date(existing!.starts_at)).getTime()) {
        await tx.query('UPDATE meeting_invitees SET reminded_at = NULL WHERE document_id = $1', [documentId]);
      }
      mailed = await queueMeetingMails(tx, stillHearing(await inviteesOf(tx, documentId)), 'update', existing!.sequence + 1, now);
    }
    await appendAudit(tx, actor, {
      action: released ? 'meeting.change' : mode === 'create' ? 'meeting.set' : 'meeting.edit',
      entityType: 'document',
      entityId: documentId,
      details: { startsAt: details.startsAt.toISOString(), endsAt: details.endsAt.toISOString(), place: details.place, videoUrl: details.videoUrl, ...(released && { mailed }) },
    });
  });
}

/** Calls off a released invitation's meeting: everyone still coming gets the cancellation (METHOD:CANCEL). */
export async function cancelMeeting(ctx: MeetingDeps, actor: OfficerActor, documentId: string, reason: string): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const document = await invitationDocument(tx, actor.officer, documentId);
    authorize(actor.officer, 'arrange-meeting', { agencyId: document.agency_id, authorId: document.author_id });
    const meeting = await existingMeeting(tx, documentId, true);
    if (!meeting.invited_at) {
      throw new AppError(409, 'meeting_not_released', 'Giấy mời chưa phát hành: sửa hoặc bỏ dự thảo thay vì hủy cuộc họp.', 'The invitation is not released: change the draft instead.');
    }
    if (meeting.cancelled_at) throw cancelledAlready();
    await callOff(tx, actor, meeting, reason, now);
  });
}

/** Marks the meeting called off, one version on, and queues the cancellation to all still coming, with its audit entry. */
async function callOff(tx: Queryable, actor: Actor, meeting: MeetingRow, reason: string, now: Date): Promise<void> {
  const why = reason.trim().normalize('NFC');
  await tx.query('UPDATE meetings SET cancelled_at = $2, cancel_reason = $3, sequence = sequence + 1, updated_by = $4, updated_at = $2 WHERE document_id = $1', [
    meeting.document_id,
    now,
    why,
    actorId(actor),
  ]);
  const mailed = await queueMeetingMails(tx, stillHearing(await inviteesOf(tx, meeting.document_id)), 'cancellation', meeting.sequence + 1, now);
  await appendAudit(tx, actor, { action: 'meeting.cancel', entityType: 'document', entityId: meeting.document_id, details: { reason: why, mailed } });
}

/**
 * The recall of a released giấy mời calls its meeting off, inside the recall's transaction: the
 * invitees still coming get the cancellation (METHOD:CANCEL) with the recall's reason. Nothing
 * happens for another document, or a meeting not invited to or called off already. Returns
 * whether it called the meeting off.
 */
export async function cancelMeetingOfRecalled(tx: Queryable, ctx: Pick<AppContext, 'now'>, actor: Actor, documentId: string, reason: string): Promise<boolean> {
  const meeting = await meetingOf(tx, documentId, true);
  if (!meeting?.invited_at || meeting.cancelled_at) return false;
  await callOff(tx, actor, meeting, reason, ctx.now());
  return true;
}

const newInvitationToken = () => randomBytes(24).toString('base64url');

/**
 * The release of a giấy mời invites its meeting's invitees, inside the release's transaction:
 * each gets a personal link (its token kept hashed, and sealed for the later e-mails) and, if they
 * have an address, the invitation e-mail with the calendar object. An invitation without a
 * meeting cannot be released (409 meeting_required); another type of document has nothing to
 * do here. Invited once: a second call does nothing. Returns how many were invited.
 */
export async function inviteToMeeting(tx: Queryable, ctx: Pick<AppContext, 'signing' | 'now'>, actor: Actor, documentId: string): Promise<number> {
  const document = await documentFacts(tx, documentId);
  if (!document || document.type !== 'invitation' || document.direction !== 'outgoing') return 0;
  const meeting = await meetingOf(tx, documentId, true);
  if (!meeting) {
    throw new AppError(409, 'meeting_required', 'Giấy mời chưa có thông tin cuộc họp (thời gian, địa điểm, người được mời).', 'The invitation has no meeting yet (time, place, invitees).');
  }
  if (meeting.invited_at) return 0;
  const now = ctx.now();
  const invitees = await inviteesOf(tx, documentId);
  for (const invitee of invitees) {
    const token = newInvitationToken();
    await tx.query('UPDATE meeting_invitees SET token_hash = $2, sealed_token = $3, invited_at = $4 WHERE id = $1', [
      invitee.id,
      hashToken(token),
      ctx.signing.vault.seal(Buffer.from(token)),
      now,
    ]);
  }
  await tx.query('UPDATE meetings SET invited_at = $2 WHERE document_id = $1', [documentId, now]);
  const mailed = await queueMeetingMails(tx, invitees, 'invitation', meeting.sequence, now);
  await appendAudit(tx, actor, { action: 'meeting.invite', entityType: 'document', entityId: documentId, details: { invitees: invitees.length, mailed } });
  return invitees.length;
}

interface InviteeWithMail extends InviteeRow {
  mail_kind: string | null;
  mail_status: string | null;
  mail_sent_at: Date | null;
  agency_code: string | null;
  agency_name: string | null;
}

/** The organiser's view: the meeting, each invitee with their answer and the last e-mail sent them, and the count of answers. */
export async function showMeeting(ctx: MeetingDeps, officer: AuthenticatedOfficer, documentId: string) {
  await invitationDocument(ctx.db, officer, documentId);
  const meeting = await existingMeeting(ctx.db, documentId);
  const { rows } = await ctx.db.query<InviteeWithMail>(
    `SELECT ${inviteeColumns('i')}, a.code AS agency_code, a.name AS agency_name,
            m.kind AS mail_kind, m.status AS mail_status, m.sent_at AS mail_sent_at
       FROM meeting_invitees i LEFT JOIN agency_directory a ON a.id = i.agency_id
       LEFT JOIN LATERAL (SELECT kind, status, sent_at FROM meeting_mails x WHERE x.invitee_id = i.id ORDER BY x.id DESC LIMIT 1) m ON true
      WHERE i.document_id = $1 ORDER BY i.position`,
    [documentId],
  );
  return meetingView(meeting, rows);
}

function meetingView(meeting: MeetingRow, invitees: InviteeWithMail[]) {
  const details = detailsOf(meeting);
  const count = (answer: InviteeRow['answer']) => invitees.filter((invitee) => invitee.answer === answer).length;
  return {
    documentId: meeting.document_id,
    startsAt: iso(details.startsAt)!,
    endsAt: iso(details.endsAt)!,
    place: details.place,
    videoUrl: details.videoUrl,
    chair: details.chair,
    agenda: details.agenda,
    sequence: meeting.sequence,
    invitedAt: iso(meeting.invited_at),
    cancelledAt: iso(meeting.cancelled_at),
    cancelReason: meeting.cancel_reason,
    reminderAt: iso(reminderDueAt(details.startsAt))!,
    invitees: invitees.map((invitee) => ({
      id: invitee.id,
      kind: invitee.officer_id ? ('officer' as const) : invitee.agency_id ? ('agency' as const) : ('outside' as const),
      name: invitee.name,
      email: invitee.email,
      agency: invitee.agency_id ? { id: invitee.agency_id, code: invitee.agency_code!, name: invitee.agency_name! } : null,
      answer: invitee.answer,
      answerLabel: MEETING_ANSWER_LABELS[invitee.answer],
      delegateName: invitee.delegate_name,
      note: invitee.answer_note,
      answeredAt: iso(invitee.answered_at),
      invitedAt: iso(invitee.invited_at),
      remindedAt: iso(invitee.reminded_at),
      lastMail: invitee.mail_kind ? { kind: invitee.mail_kind, status: invitee.mail_status!, sentAt: iso(invitee.mail_sent_at) } : null,
    })),
    answers: { pending: count('pending'), accepted: count('accepted'), declined: count('declined') },
  };
}

const badLink = () =>
  new AppError(
    404,
    'invitation_link_unknown',
    'Đường dẫn trả lời giấy mời không đúng. Hãy mở lại đường dẫn trong thư mời, hoặc liên hệ cơ quan đã gửi giấy mời.',
    'This invitation link is not known. Open the link in the invitation e-mail again, or contact the agency that sent it.',
    'token',
  );

async function inviteeByToken(db: Queryable, token: string, lock = false): Promise<InviteeRow> {
  const { rows } = await db.query<InviteeRow>(`SELECT ${INVITEE_COLUMNS} FROM meeting_invitees WHERE token_hash = $1${lock ? ' FOR UPDATE' : ''}`, [hashToken(token)]);
  if (!rows[0]) throw badLink();
  return rows[0];
}

/** The invitation as its invitee sees it by their link. */
export async function invitationByToken(ctx: MeetingDeps, token: string) {
  const invitee = await inviteeByToken(ctx.db, token);
  return invitationView(ctx, invitee);
}

async function invitationView(ctx: MeetingDeps, invitee: InviteeRow) {
  const [meeting, document] = await Promise.all([existingMeeting(ctx.db, invitee.document_id), documentFacts(ctx.db, invitee.document_id)]);
  const agency = await findAgency(ctx.db, document!.agency_id);
  const details = detailsOf(meeting);
  return {
    inviteeName: invitee.name,
    agencyName: agency!.name,
    numberSymbol: document!.number_symbol,
    subject: document!.subject,
    startsAt: iso(details.startsAt)!,
    endsAt: iso(details.endsAt)!,
    time: meetingTime(details),
    place: details.place,
    videoUrl: details.videoUrl,
    chair: details.chair,
    agenda: details.agenda,
    cancelled: meeting.cancelled_at !== null,
    answer: invitee.answer,
    delegateName: invitee.delegate_name,
    note: invitee.answer_note,
    answerable: answerRefusal({ startsAt: details.startsAt, cancelled: meeting.cancelled_at !== null }, ctx.now()) === null,
  };
}

const REFUSALS = {
  meeting_cancelled: { vi: 'Cuộc họp đã bị hủy: không cần trả lời giấy mời.', en: 'The meeting is cancelled: no answer is needed.' },
  meeting_started: { vi: 'Cuộc họp đã bắt đầu: không thay đổi được câu trả lời.', en: 'The meeting has started: the answer can no longer change.' },
} as const;

/**
 * Records an invitee's answer in the caller's transaction, until the meeting starts: a
 * confirmation, or a decline naming a delegate or not; it may change until then.
 */
async function recordAnswer(tx: Queryable, invitee: InviteeRow, body: Static<typeof AnswerBody>, actor: Actor, now: Date): Promise<InviteeRow> {
  const delegateName = (body.delegateName ?? '').trim().normalize('NFC');
  if (body.answer === 'accepted' && delegateName !== '') {
    throw new AppError(400, 'delegate_with_decline', 'Chỉ cử người dự thay khi báo vắng.', 'A delegate is named with a decline only.', 'delegateName');
  }
  const meeting = await existingMeeting(tx, invitee.document_id);
  const refusal = answerRefusal({ startsAt: new Date(meeting.starts_at), cancelled: meeting.cancelled_at !== null }, now);
  if (refusal) throw new AppError(409, refusal, REFUSALS[refusal].vi, REFUSALS[refusal].en);
  const { rows } = await tx.query<InviteeRow>(
    `UPDATE meeting_invitees SET answer = $2, delegate_name = $3, answer_note = $4, answered_at = $5 WHERE id = $1 RETURNING ${INVITEE_COLUMNS}`,
    [invitee.id, body.answer, delegateName, (body.note ?? '').trim().normalize('NFC'), now],
  );
  await appendAudit(tx, actor, {
    action: 'meeting.answer',
    entityType: 'document',
    entityId: invitee.document_id,
    details: { inviteeId: invitee.id, answer: body.answer, delegateName },
  });
  return rows[0]!;
}

/** The invitee answers by their link: the one who holds it acts under the invitee's name. */
export async function answerInvitation(ctx: MeetingDeps, token: string, body: Static<typeof AnswerBody>, ip: string) {
  const invitee = await ctx.db.transaction(async (tx) => {
    const found = await inviteeByToken(tx, token, true);
    return recordAnswer(tx, found, body, { kind: 'applicant', name: found.name, ip }, ctx.now());
  });
  return invitationView(ctx, invitee);
}

/** An invitation inside the installation, as the officers it is for read it in the back office. */
const officerInvitation = async (ctx: MeetingDeps, invitee: InviteeRow) => ({ id: invitee.id, documentId: invitee.document_id, ...(await invitationView(ctx, invitee)) });

/**
 * The invitations the officer answers in the back office: their own, and those to an agency they
 * answer for (its document clerks and leaders, rule answer-meeting-invitation); released ones of
 * meetings not yet over, soonest first.
 */
export async function myInvitations(ctx: MeetingDeps, officer: AuthenticatedOfficer) {
  const answeringFor = officer.grants.filter((grant) => may(officer, 'answer-meeting-invitation', { officerId: null, agencyId: grant.agencyId })).map((grant) => grant.agencyId);
  const { rows } = await ctx.db.query<InviteeRow>(
    `SELECT ${inviteeColumns('i')}
       FROM meeting_invitees i JOIN meetings m ON m.document_id = i.document_id
      WHERE i.invited_at IS NOT NULL AND m.ends_at > $3
        AND (i.officer_id = $1 OR (i.officer_id IS NULL AND i.agency_id = ANY($2::uuid[])))
      ORDER BY m.starts_at, i.position`,
    [officer.id, answeringFor, ctx.now()],
  );
  return { items: await Promise.all(rows.map((row) => officerInvitation(ctx, row))) };
}

/** An officer answers an invitation to them, or to the agency they answer for, in the back office. */
export async function answerAsOfficer(ctx: MeetingDeps, actor: OfficerActor, inviteeId: string, body: Static<typeof AnswerBody>) {
  const invitee = await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<InviteeRow>(`SELECT ${INVITEE_COLUMNS} FROM meeting_invitees WHERE id = $1 AND invited_at IS NOT NULL FOR UPDATE`, [inviteeId]);
    const found = rows[0];
    const subject = found && { officerId: found.officer_id, agencyId: found.agency_id };
    // Someone else's invitation is not shown to be there at all.
    if (!found || !subject!.agencyId || !may(actor.officer, 'answer-meeting-invitation', subject!)) throw notFound({ vi: 'giấy mời', en: 'Invitation' });
    return recordAnswer(tx, found, body, actor, ctx.now());
  });
  return officerInvitation(ctx, invitee);
}
