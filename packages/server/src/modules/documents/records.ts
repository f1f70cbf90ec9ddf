import {
  ASSIGNMENT_ROLE_LABELS,
  type AssignmentRole,
  type Confidentiality,
  DOCUMENT_TYPES,
  type DocumentType,
  type IncomingState,
  type Urgency,
  type WorkCalendar,
  incomingDeadlineStatus,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { iso } from '../../platform/instants.js';

/** A document's row as the module reads it (documents, with the date as text). */
export interface DocumentRow {
  id: string;
  agency_id: string;
  register_year: number;
  register_number: number;
  channel: 'paper' | 'electronic';
  arrived_at: Date;
  number_symbol: string;
  number: number | null;
  symbol: string;
  type: DocumentType;
  document_date: string | null;
  sender: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  page_count: number;
  state: IncomingState;
  due_at: Date | null;
  finished_at: Date | null;
  answer_document_id: string | null;
}

export const DOCUMENT_COLUMNS = `d.id, d.agency_id, d.register_year, d.register_number, d.channel, d.arrived_at, d.number_symbol, d.number, d.symbol,
  d.type, d.document_date::text AS document_date, d.sender, d.subject, d.urgency, d.confidentiality, d.page_count, d.state, d.due_at,
  d.finished_at, d.answer_document_id`;

/** What a register line, a list and a queue show of an incoming document. */
export function summaryOf(row: DocumentRow, calendar: WorkCalendar, now: Date) {
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
    sender: row.sender,
    arrivedAt: iso(row.arrived_at)!,
    state: row.state,
    urgency: row.urgency,
    confidentiality: row.confidentiality,
    dueAt: iso(row.due_at),
    deadlineStatus: incomingDeadlineStatus(calendar, row.due_at, row.finished_at, now),
  };
}

export type IncomingSummary = ReturnType<typeof summaryOf>;

/** An assignment's row, with the unit and officer it is to. */
export interface AssignmentRow {
  id: string;
  document_id: string;
  parent_id: string | null;
  role: AssignmentRole;
  unit_id: string | null;
  unit_code: string | null;
  unit_name: string | null;
  officer_id: string | null;
  officer_name: string | null;
  instructions: string;
  assigned_at: Date;
  due_at: Date | null;
  progress_note: string;
  progress_at: Date | null;
  finished_at: Date | null;
}

export const ASSIGNMENT_SELECT = `SELECT a.id, a.document_id, a.parent_id, a.role, a.unit_id, u.code AS unit_code, u.name AS unit_name,
    a.officer_id, o.full_name AS officer_name, a.instructions, a.assigned_at, a.due_at, a.progress_note, a.progress_at, a.finished_at
  FROM document_assignments a
  LEFT JOIN unit_directory u ON u.id = a.unit_id
  LEFT JOIN officer_directory o ON o.id = a.officer_id`;

export async function assignmentsOf(db: Queryable, documentId: string): Promise<AssignmentRow[]> {
  const { rows } = await db.query<AssignmentRow>(`${ASSIGNMENT_SELECT} WHERE a.document_id = $1 ORDER BY a.assigned_at, a.id`, [documentId]);
  return rows;
}

export function assignmentView(row: AssignmentRow, calendar: WorkCalendar, now: Date) {
  return {
    id: row.id,
    parentId: row.parent_id,
    role: row.role,
    roleName: ASSIGNMENT_ROLE_LABELS[row.role].vi,
    unit: row.unit_id ? { id: row.unit_id, code: row.unit_code!, name: row.unit_name! } : null,
    officer: row.officer_id ? { id: row.officer_id, fullName: row.officer_name! } : null,
    instructions: row.instructions,
    assignedAt: iso(row.assigned_at)!,
    dueAt: iso(row.due_at),
    deadlineStatus: row.role === 'information' ? null : incomingDeadlineStatus(calendar, row.due_at, row.finished_at, now),
    progressNote: row.progress_note,
    progressAt: iso(row.progress_at),
    finishedAt: iso(row.finished_at),
  };
}

/** Who holds an assignment, as the rule book's holdsAssignment weighs it. */
export const holdOf = (row: AssignmentRow, agencyId: string) => ({
  agencyId,
  unitId: row.unit_id,
  officerId: row.officer_id,
  role: row.role,
  finished: row.finished_at !== null,
});
