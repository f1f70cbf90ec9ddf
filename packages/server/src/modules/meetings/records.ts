import { type MeetingAnswer, type MeetingDetails, keepsHearing } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';

export const MEETING = { vi: 'cuộc họp của giấy mời', en: 'Meeting of the invitation' };

export interface MeetingRow {
  document_id: string;
  starts_at: Date;
  ends_at: Date;
  place: string;
  video_url: string | null;
  chair: string;
  agenda: string;
  sequence: number;
  invited_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string;
}

export interface InviteeRow {
  id: string;
  document_id: string;
  position: number;
  agency_id: string | null;
  officer_id: string | null;
  name: string;
  email: string;
  sealed_token: Buffer | null;
  invited_at: Date | null;
  answer: MeetingAnswer;
  delegate_name: string;
  answer_note: string;
  answered_at: Date | null;
  reminded_at: Date | null;
}

/** What a document is to its meeting (the documents module's view document_course_facts). */
export interface DocumentFacts {
  id: string;
  agency_id: string;
  direction: 'incoming' | 'outgoing';
  type: string;
  state: string;
  number_symbol: string;
  subject: string;
  author_id: string | null;
}

export const MEETING_COLUMNS = 'document_id, starts_at, ends_at, place, video_url, chair, agenda, sequence, invited_at, cancelled_at, cancel_reason';
const INVITEE_COLUMN_NAMES = [
  'id',
  'document_id',
  'position',
  'agency_id',
  'officer_id',
  'name',
  'email',
  'sealed_token',
  'invited_at',
  'answer',
  'delegate_name',
  'answer_note',
  'answered_at',
  'reminded_at',
];
/** An invitee's columns, of the table or (in a join) of its alias. */
export const inviteeColumns = (alias?: string) => INVITEE_COLUMN_NAMES.map((column) => (alias ? `${alias}.${column}` : column)).join(', ');
export const INVITEE_COLUMNS = inviteeColumns();

export async function documentFacts(db: Queryable, documentId: string): Promise<DocumentFacts | undefined> {
  const { rows } = await db.query<DocumentFacts>(
    'SELECT id, agency_id, direction, type, state, number_symbol, subject, author_id FROM document_course_facts WHERE id = $1',
    [documentId],
  );
  return rows[0];
}

export async function meetingOf(db: Queryable, documentId: string, lock = false): Promise<MeetingRow | undefined> {
  const { rows } = await db.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE document_id = $1${lock ? ' FOR UPDATE' : ''}`, [documentId]);
  return rows[0];
}

export async function existingMeeting(db: Queryable, documentId: string, lock = false): Promise<MeetingRow> {
  const meeting = await meetingOf(db, documentId, lock);
  if (!meeting) throw notFound(MEETING);
  return meeting;
}

export async function inviteesOf(db: Queryable, documentId: string): Promise<InviteeRow[]> {
  const { rows } = await db.query<InviteeRow>(`SELECT ${INVITEE_COLUMNS} FROM meeting_invitees WHERE document_id = $1 ORDER BY position`, [documentId]);
  return rows;
}

/** Those still to be told of a change: all but who declined outright. */
export const stillHearing = (invitees: readonly InviteeRow[]) => invitees.filter((invitee) => keepsHearing(invitee.answer, invitee.delegate_name));

export const detailsOf = (row: MeetingRow): MeetingDetails => ({
  startsAt: new Date(row.starts_at),
  endsAt: new Date(row.ends_at),
  place: row.place,
  videoUrl: row.video_url,
  chair: row.chair,
  agenda: row.agenda,
});
