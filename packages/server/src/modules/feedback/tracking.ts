import type { FeedbackKind, FeedbackState } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import { typedContact } from '../notifications/index.js';

/** The states in which the sender has been sent the answer. */
const ANSWERED: readonly FeedbackState[] = ['handled', 'published'];

/**
 * The sender's own feedback, by its number and the contact it was sent with: where it stands, its
 * deadline, what the agency asks while it waits for the sender, where a complaint was routed, and
 * the answer once a leader approved it. A wrong number and a wrong contact are the same 404, and a
 * feedback not confirmed yet is not found either.
 */
export async function trackFeedback(db: Queryable, now: Date, code: string, contactText: string) {
  const contact = typedContact(contactText);
  const { rows } = contact
    ? await db.query<{
        kind: FeedbackKind;
        state: FeedbackState;
        agency_code: string;
        agency_name: string;
        received_at: Date;
        due_at: Date | null;
        information_request: string | null;
        routed_to: string | null;
        answer: string | null;
      }>(
        `SELECT f.kind, f.state, a.code AS agency_code, a.name AS agency_name, f.received_at, f.due_at, f.information_request, f.routed_to, f.answer
           FROM feedbacks f JOIN agency_directory a ON a.id = f.agency_id
          WHERE f.code = $1 AND f.channel = $2 AND f.contact = $3 AND f.state <> 'unconfirmed'`,
        [code, contact.channel, contact.contact],
      )
    : { rows: [] };
  const row = rows[0];
  if (!row) throw notFound({ vi: `phản ánh, kiến nghị ${code} gửi từ liên hệ này`, en: `Feedback ${code} sent from this contact` });
  return {
    code,
    kind: row.kind,
    state: row.state,
    agency: { code: row.agency_code, name: row.agency_name },
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at?.toISOString() ?? null,
    overdue: row.due_at !== null && row.due_at < now,
    informationRequest: row.state === 'awaiting_information' ? row.information_request : null,
    routedTo: row.routed_to,
    answer: ANSWERED.includes(row.state) ? row.answer : null,
  };
}
