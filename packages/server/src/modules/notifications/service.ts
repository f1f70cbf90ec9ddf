import {
  type ApplicantNoticeFacts,
  type NotificationChannel,
  dossierTrackingPath,
  normaliseEmail,
  normalisePhone,
  renderApplicantNotice,
  toVietnamIso,
} from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { KEY_PARTS, decodeKey, pageOf } from '../../platform/keyset.js';
import { type OutboxTopic, PermanentDeliveryError, enqueue } from '../../platform/outbox.js';
import type { Senders } from './senders.js';

/**
 * Notices to applicants: planned with the dossier transition (and written by its statement, with
 * their outbox rows), sent by the outbox worker, and shown to officers and to the applicant.
 */
export const NOTIFICATION_TOPIC = 'notification.send';

/** What a notice says, as known when the action is taken; the dossier code, agency name and portal address are added when it is sent. */
export type NoticeFactsAtAction = Omit<ApplicantNoticeFacts, 'dossierCode' | 'agencyName' | 'trackingUrl'> & { agencyId: string };

export interface PlannedNotification {
  channel: NotificationChannel;
  recipient: string;
  facts: NoticeFactsAtAction;
}

/** One notice a channel for each contact the applicant gave that the channel can reach. */
export function applicantNotifications(
  channels: ReadonlySet<NotificationChannel>,
  contact: { email: string; phone: string },
  facts: NoticeFactsAtAction,
): PlannedNotification[] {
  const recipients: Record<NotificationChannel, string | null> = {
    email: channels.has('email') ? normaliseEmail(contact.email) : null,
    sms: channels.has('sms') ? normalisePhone(contact.phone) : null,
  };
  return (Object.entries(recipients) as Array<[NotificationChannel, string | null]>).flatMap(([channel, recipient]) =>
    recipient ? [{ channel, recipient, facts }] : [],
  );
}

interface StoredFacts extends Omit<NoticeFactsAtAction, 'occurredAt' | 'dueAt'> {
  occurredAt: string;
  dueAt: string | null;
}

interface SendingRow {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  status: NotificationStatus;
  facts: StoredFacts;
  dossier_code: string;
  agency_name: string | null;
}

/** Sends one notice: the outbox worker's handler for `notification.send`. */
export function notificationTopic(db: Queryable, senders: Senders, publicUrl: string): OutboxTopic {
  return {
    async deliver(message) {
      const { rows } = await db.query<SendingRow>(
        `SELECT n.id, n.channel, n.recipient, n.status, n.facts, d.code AS dossier_code, a.name AS agency_name
           FROM notifications n JOIN dossier_facts d ON d.id = n.dossier_id LEFT JOIN agency_directory a ON a.id = (n.facts->>'agencyId')::uuid
          WHERE n.id = $1`,
        [message.payload.notificationId],
      );
      const row = rows[0];
      // Sent on an earlier attempt whose outbox row was not marked done: at least once, but not twice where we can tell.
      if (!row || row.status === 'sent') return;
      const { agencyId: _agencyId, ...facts } = row.facts;
      const notice = renderApplicantNotice(
        {
          ...facts,
          occurredAt: new Date(facts.occurredAt),
          dueAt: facts.dueAt ? new Date(facts.dueAt) : null,
          dossierCode: row.dossier_code,
          agencyName: row.agency_name ?? '',
          trackingUrl: `${publicUrl}${dossierTrackingPath(row.dossier_code)}`,
        },
        row.channel,
      );
      try {
        const sender = senders[row.channel];
        if (!sender) throw new PermanentDeliveryError(`The ${row.channel} channel is not configured on this installation`);
        const reference = await sender.send(row.recipient, notice, `motcua-notification-${row.id}`);
        await db.query(
          `UPDATE notifications SET status = 'sent', subject = $2, body = $3, attempts = attempts + 1, sent_at = now(), provider_reference = $4, last_error = NULL
            WHERE id = $1`,
          [row.id, notice.subject, notice.text, reference],
        );
      } catch (error) {
        await db.query('UPDATE notifications SET subject = $2, body = $3, attempts = attempts + 1, last_error = $4 WHERE id = $1', [
          row.id,
          notice.subject,
          notice.text,
          (error as Error).message.slice(0, 1000),
        ]);
        throw error;
      }
    },
    async giveUp(message, error) {
      await db.query(`UPDATE notifications SET status = 'failed', last_error = $2 WHERE id = $1`, [message.payload.notificationId, error]);
    },
  };
}

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

interface NotificationRow {
  id: string;
  dossier_code: string;
  action: string;
  channel: NotificationChannel;
  recipient: string;
  status: NotificationStatus;
  subject: string;
  body: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const SELECT_NOTIFICATIONS = `
  SELECT n.id, d.code AS dossier_code, n.about AS action, n.channel, n.recipient, n.status, n.subject, n.body, n.attempts,
         n.last_error, n.created_at, n.sent_at
    FROM notifications n JOIN dossier_facts d ON d.id = n.dossier_id`;

function notificationView(row: NotificationRow) {
  return {
    id: Number(row.id),
    dossierCode: row.dossier_code,
    action: row.action,
    channel: row.channel,
    recipient: row.recipient,
    status: row.status,
    subject: row.subject,
    text: row.body,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: toVietnamIso(row.created_at),
    sentAt: row.sent_at ? toVietnamIso(row.sent_at) : null,
  };
}
export type NotificationView = ReturnType<typeof notificationView>;

/** Every notice of a dossier, oldest first. */
export async function dossierNotifications(db: Queryable, dossierId: string): Promise<NotificationView[]> {
  const { rows } = await db.query<NotificationRow>(`${SELECT_NOTIFICATIONS} WHERE n.dossier_id = $1 ORDER BY n.id`, [dossierId]);
  return rows.map(notificationView);
}

/**
 * A page of the notices of the dossiers received by these agencies, newest first, after the cursor
 * (platform/keyset.ts: the key of a notice is its id): the counter follows up what did not reach
 * the applicant. How many failed is `failedNoticeCount`.
 */
export async function agencyNotifications(
  db: Queryable,
  agencyIds: string[],
  filter: { status?: NotificationStatus | undefined; limit: number; cursor?: string | undefined },
) {
  const p = new SqlParams();
  const conditions = ['n.agency_id = counter.agency_id'];
  if (filter.status) conditions.push(`n.status = ${p.add(filter.status)}`);
  if (filter.cursor) conditions.push(`n.id < ${p.add(decodeKey(filter.cursor, [KEY_PARTS.id])[0])}::bigint`);
  const limit = p.add(filter.limit + 1);
  // Each counter's newest notices in the order of its index (migrations/020), a page of each at most, then the newest of those.
  const { rows } = await db.query<NotificationRow>(
    `WITH page AS (
       SELECT found.id FROM unnest(${p.add(agencyIds)}::uuid[]) AS counter (agency_id)
        CROSS JOIN LATERAL (SELECT n.id FROM notifications n WHERE ${conditions.join(' AND ')} ORDER BY n.agency_id DESC, n.id DESC LIMIT ${limit}) found
        ORDER BY found.id DESC LIMIT ${limit})
     ${SELECT_NOTIFICATIONS} JOIN page ON page.id = n.id ORDER BY n.id DESC`,
    p.values,
    // The failed ones are read from their partial index, which a plan for any status could not use.
    { planEachRun: filter.status !== undefined },
  );
  const page = pageOf(rows, filter.limit, (row) => [String(row.id)]);
  return { nextCursor: page.nextCursor, items: page.rows.map(notificationView) };
}

/** How many notices of the dossiers these agencies received could not be delivered: the counter's to-do, shown in its navigation. */
export async function failedNoticeCount(db: Queryable, agencyIds: string[]): Promise<number> {
  const { rows } = await db.query<{ failed: number }>(
    `SELECT count(*)::int AS failed FROM notifications n WHERE n.status = 'failed' AND n.agency_id = ANY($1::uuid[])`,
    [agencyIds],
  );
  return rows[0]!.failed;
}

/** The receiving agency of a notice's dossier, for the caller's authorisation check. */
export async function notificationAgency(db: Queryable, id: number): Promise<{ receivingAgencyId: string; status: NotificationStatus } | undefined> {
  const { rows } = await db.query<{ receiving_agency_id: string; status: NotificationStatus }>(
    'SELECT n.agency_id AS receiving_agency_id, n.status FROM notifications n WHERE n.id = $1',
    [id],
  );
  return rows[0] && { receivingAgencyId: rows[0].receiving_agency_id, status: rows[0].status };
}

/** Sends a failed notice again (after the contact or the channel was put right), in one transaction with its audit entry. */
export async function resendNotification(db: Database, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ key: string }>(
      `UPDATE notifications SET status = 'pending', last_error = NULL WHERE id = $1 AND status = 'failed' RETURNING dossier_id || '/' || channel AS key`,
      [id],
    );
    if (rows.length === 0) {
      throw new AppError(409, 'notification_not_failed', 'Chỉ gửi lại được thông báo đã gửi không thành công.', 'Only a failed notification can be sent again.', 'id');
    }
    await enqueue(tx, NOTIFICATION_TOPIC, { notificationId: id }, rows[0]!.key);
    await appendAudit(tx, actor, { action: 'notification.resend', entityType: 'notification', entityId: String(id) });
  });
}
