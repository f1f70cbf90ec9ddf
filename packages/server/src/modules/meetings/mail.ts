import { type MeetingMailKind, meetingCalendar, meetingDescription, participationStatus, reminderDue, renderMeetingMail } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { CodeVault } from '../../platform/one-time-codes.js';
import { type OutboxTopic, PermanentDeliveryError, enqueue } from '../../platform/outbox.js';
import type { Senders } from '../notifications/index.js';
import { INVITEE_COLUMNS, type InviteeRow, MEETING_COLUMNS, type MeetingRow, detailsOf, documentFacts, inviteeColumns, inviteesOf, stillHearing } from './records.js';

/** An e-mail to an invitee with the meeting's calendar object: the outbox topic, and the page the links open. */
export const MEETING_MAIL_TOPIC = 'meeting.mail';
export const INVITATION_PAGE_PATH = '/giay-moi';

/**
 * Queues, in the caller's transaction, one e-mail of that kind to each of these invitees who has
 * an address; the mails to one invitee go out in the order queued.
 */
export async function queueMeetingMails(tx: Queryable, invitees: readonly InviteeRow[], kind: MeetingMailKind, sequence: number, now: Date): Promise<number> {
  const mailed = invitees.filter((invitee) => invitee.email !== '');
  if (mailed.length === 0) return 0;
  const { rows } = await tx.query<{ id: string; invitee_id: string }>(
    `INSERT INTO meeting_mails (invitee_id, kind, sequence, created_at) SELECT unnest($1::uuid[]), $2, $3, $4
     ON CONFLICT (invitee_id, kind, sequence) DO NOTHING RETURNING id, invitee_id`,
    [mailed.map((invitee) => invitee.id), kind, sequence, now],
  );
  for (const row of rows) await enqueue(tx, MEETING_MAIL_TOPIC, { mailId: Number(row.id) }, `meeting-invitee/${row.invitee_id}`);
  return rows.length;
}

interface MailRow {
  id: string;
  kind: MeetingMailKind;
  sequence: number;
  status: 'pending' | 'sent' | 'failed' | 'superseded';
  invitee_id: string;
}

/** The address in `Name <address>` (or the bare address): the organiser of the calendar object. */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/** Sends one invitee's e-mail with the meeting as it now stands: the outbox worker's handler for `meeting.mail`. */
export function meetingMailTopic(db: Queryable, senders: Senders, vault: CodeVault, site: { publicUrl: string; mailFrom: string }): OutboxTopic {
  return {
    async deliver(message) {
      const { rows } = await db.query<MailRow>('SELECT id, kind, sequence, status, invitee_id FROM meeting_mails WHERE id = $1', [message.payload.mailId]);
      const mail = rows[0];
      if (!mail) throw new PermanentDeliveryError(`No meeting mail ${String(message.payload.mailId)}`);
      if (mail.status === 'sent' || mail.status === 'superseded') return;
      const invitee = (await db.query<InviteeRow>(`SELECT ${INVITEE_COLUMNS} FROM meeting_invitees WHERE id = $1`, [mail.invitee_id])).rows[0]!;
      const meeting = (await db.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE document_id = $1`, [invitee.document_id])).rows[0]!;
      // A change sent after this one was queued tells the invitee more: this one stays unsent.
      if ((mail.kind === 'invitation' || mail.kind === 'update') && mail.sequence < meeting.sequence) {
        await db.query(`UPDATE meeting_mails SET status = 'superseded' WHERE id = $1`, [mail.id]);
        return;
      }
      const document = (await documentFacts(db, invitee.document_id))!;
      const [invitees, agency] = await Promise.all([
        inviteesOf(db, invitee.document_id),
        db.query<{ name: string }>('SELECT name FROM agency_directory WHERE id = $1', [document.agency_id]),
      ]);
      const agencyName = agency.rows[0]!.name;
      const details = detailsOf(meeting);
      const answerUrl = `${site.publicUrl}${INVITATION_PAGE_PATH}/${vault.open(Buffer.from(invitee.sealed_token!)).toString('utf8')}`;
      const method = meeting.cancelled_at ? 'CANCEL' : 'REQUEST';
      const calendar = meetingCalendar({
        uid: `${invitee.document_id}@${new URL(site.publicUrl).hostname}`,
        sequence: meeting.sequence,
        method,
        stamp: new Date(),
        startsAt: details.startsAt,
        endsAt: details.endsAt,
        summary: document.subject,
        location: details.place,
        videoUrl: details.videoUrl,
        description: meetingDescription(details, method === 'REQUEST' ? answerUrl : null),
        organiser: { name: agencyName, email: addressOf(site.mailFrom) },
        attendees: stillHearing(invitees).map((attendee) => ({
          id: attendee.id,
          name: attendee.name,
          email: attendee.email || null,
          status: participationStatus(attendee.answer, attendee.delegate_name),
        })),
      });
      const notice = renderMeetingMail({
        kind: mail.kind,
        inviteeName: invitee.name,
        agencyName,
        numberSymbol: document.number_symbol,
        subject: document.subject,
        meeting: details,
        answerUrl,
        cancelReason: meeting.cancel_reason,
      });
      try {
        const sender = senders.email;
        if (!sender) throw new PermanentDeliveryError('The email channel is not configured on this installation');
        await sender.send(
          invitee.email,
          { ...notice, attachments: [{ filename: 'giay-moi.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content: calendar }] },
          `motcua-meeting-mail-${mail.id}`,
        );
        await db.query(`UPDATE meeting_mails SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`, [mail.id]);
      } catch (error) {
        await db.query('UPDATE meeting_mails SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [mail.id, (error as Error).message.slice(0, 1000)]);
        throw error;
      }
    },
    async giveUp(message, error) {
      await db.query(`UPDATE meeting_mails SET status = 'failed', last_error = $2 WHERE id = $1`, [message.payload.mailId, error]);
    },
  };
}

/** The meetings whose reminders may fall due within this span: a reminder's time is never more than two days before the start. */
const LOOK_AHEAD_MS = 2 * 24 * 3_600_000;

/**
 * Reminds, once, the invitees of the meetings starting soon whose reminder has fallen due (core
 * reminderDue: 08:00 the day before). Each invitee is marked reminded in the same statement that
 * claims them, so that two instances running this together remind nobody twice; those with an
 * address are mailed. Returns how many were reminded.
 */
export async function remindInvitees(db: Database, now: Date): Promise<number> {
  const { rows } = await db.query<InviteeRow & { starts_at: Date; meeting_invited_at: Date; sequence: number }>(
    `SELECT ${inviteeColumns('i')}, m.starts_at, m.invited_at AS meeting_invited_at, m.sequence
       FROM meetings m JOIN meeting_invitees i ON i.document_id = m.document_id
      WHERE m.invited_at IS NOT NULL AND m.cancelled_at IS NULL AND m.starts_at > $1 AND m.starts_at <= $2 AND i.reminded_at IS NULL`,
    [now, new Date(now.getTime() + LOOK_AHEAD_MS)],
  );
  const due = rows.filter((row) =>
    reminderDue(
      {
        startsAt: new Date(row.starts_at),
        cancelled: false,
        invitedAt: new Date(row.invited_at ?? row.meeting_invited_at),
        remindedAt: null,
        answer: row.answer,
        delegateName: row.delegate_name,
      },
      now,
    ),
  );
  if (due.length === 0) return 0;
  return db.transaction(async (tx) => {
    const { rows: claimed } = await tx.query<{ id: string }>('UPDATE meeting_invitees SET reminded_at = $2 WHERE id = ANY($1::uuid[]) AND reminded_at IS NULL RETURNING id', [
      due.map((row) => row.id),
      now,
    ]);
    const ids = new Set(claimed.map((row) => row.id));
    const reminded = due.filter((row) => ids.has(row.id));
    for (const row of reminded) await queueMeetingMails(tx, [row], 'reminder', row.sequence, now);
    return reminded.length;
  });
}
