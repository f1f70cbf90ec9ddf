import { QUESTION_OPEN_STATES, type QuestionState } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import { typedContact } from '../notifications/index.js';

/** The states in which the asker has been sent the answer. */
const ANSWERED: readonly QuestionState[] = ['approved', 'published'];

/**
 * The asker's own question, by its number and the contact it was sent with: where it stands, its
 * deadline, and the answer once a leader approved it. Numbers follow one another, so the contact is
 * what proves it is theirs: a wrong number and a wrong contact are the same 404, and a question
 * not confirmed yet is not found either (nothing of it reached an agency).
 */
export async function trackQuestion(db: Queryable, now: Date, code: string, contactText: string) {
  const contact = typedContact(contactText);
  const { rows } = contact
    ? await db.query<{ state: QuestionState; agency_code: string; agency_name: string; received_at: Date; due_at: Date; answer: string | null }>(
        `SELECT q.state, a.code AS agency_code, a.name AS agency_name, q.received_at, q.due_at, q.answer
           FROM questions q JOIN agency_directory a ON a.id = q.agency_id
          WHERE q.code = $1 AND q.channel = $2 AND q.contact = $3 AND q.state <> 'unconfirmed'`,
        [code, contact.channel, contact.contact],
      )
    : { rows: [] };
  const row = rows[0];
  if (!row) throw notFound({ vi: `câu hỏi ${code} gửi từ liên hệ này`, en: `Question ${code} sent from this contact` });
  return {
    code,
    state: row.state,
    agency: { code: row.agency_code, name: row.agency_name },
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    overdue: QUESTION_OPEN_STATES.includes(row.state) && row.due_at < now,
    answer: ANSWERED.includes(row.state) ? row.answer : null,
  };
}
