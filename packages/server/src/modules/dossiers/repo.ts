import type { Channel, ComponentForm, DossierAction, DossierState, FormValues, ReturnMethod } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { AuditEntry } from '../../platform/audit.js';
import type { PlannedNotification } from '../notifications/index.js';
import { AppError } from '../../platform/errors.js';

export interface DossierRow {
  id: string;
  code: string;
  lookup_code: string;
  procedure_id: string;
  procedure_version_id: string;
  receiving_agency_id: string;
  competent_agency_id: string;
  channel: Channel;
  state: DossierState;
  applicant_type: 'citizen' | 'organisation';
  applicant_name: string;
  applicant_id_number: string;
  applicant_phone: string;
  applicant_email: string;
  applicant_address: string;
  summary: string;
  components: ReceivedComponent[];
  submitted_at: Date;
  received_at: Date | null;
  original_due_at: Date | null;
  due_at: Date | null;
  clock_paused_at: Date | null;
  current_step_index: number | null;
  supplement_count: number;
  extension_count: number;
  finished_at: Date | null;
  outcome: 'approved' | 'rejected' | null;
  returned_at: Date | null;
  return_method: ReturnMethod | null;
  version: number;
  /** The citizen account the dossier was submitted from, if any. */
  citizen_id: string | null;
  /** Its line in the receiving agency's register of the year, given when it was received (never before). */
  register_line: number | null;
  /** The declaration filled in as its procedure version's form, if it has one (modules/dossiers/declaration.ts). */
  form_values: FormValues | null;
  form_search_text: string | null;
  /** How the applicant chose to receive the result (modules/dossiers/delivery.ts); null before the choice existed: at the counter. */
  delivery_method: ReturnMethod | null;
  delivery_address: string | null;
  /** The postal fee shown when the post was chosen (bigint: the driver may hand it over as text). */
  delivery_postal_fee_vnd: number | null;
}

export interface ReceivedComponent {
  code: string;
  name: string;
  form: ComponentForm;
  copies: number;
  fileIds: string[];
}

export interface StepRow {
  id: string;
  dossier_id: string;
  step_index: number;
  step_code: string;
  name: string;
  role: string;
  agency_id: string;
  unit_id: string | null;
  assignee_id: string | null;
  started_at: Date;
  due_at: Date;
  finished_at: Date | null;
}

export async function findDossier(db: Queryable, code: string): Promise<DossierRow | undefined> {
  const { rows } = await db.query<DossierRow>('SELECT * FROM dossiers WHERE code = $1', [code]);
  return rows[0];
}

export interface DossierAtStep {
  dossier: DossierRow;
  /** The step the dossier is at, if it is in a process step. */
  open: StepRow | undefined;
  /** Every agency a step of the dossier ran at. */
  stepAgencyIds: string[];
}

/** A dossier with the step it is at and the agencies it went through, in one round trip. */
export async function findDossierAtStep(db: Queryable, code: string): Promise<DossierAtStep | undefined> {
  const { rows } = await db.query<DossierRow & { open_step: Record<string, unknown> | null; step_agency_ids: string[] }>(
    `SELECT d.*,
            (SELECT row_to_json(s) FROM dossier_steps s WHERE s.dossier_id = d.id AND s.finished_at IS NULL) AS open_step,
            ARRAY(SELECT DISTINCT x.agency_id FROM dossier_steps x WHERE x.dossier_id = d.id) AS step_agency_ids
       FROM dossiers d WHERE d.code = $1`,
    [code],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { open_step, step_agency_ids, ...dossier } = row;
  const open = open_step
    ? ({ ...open_step, started_at: new Date(open_step.started_at as string), due_at: new Date(open_step.due_at as string), finished_at: null } as StepRow)
    : undefined;
  return { dossier, open, stepAgencyIds: step_agency_ids };
}

/** One line of the process-control record, with the agencies it went from and to. */
export interface DossierEventRow extends Omit<NewEvent, 'dossier_id'> {
  id: number;
  /** A payment's number in its agency's receipt book of the year, given when it was recorded. */
  fee_receipt_number: number | null;
  from_agency_name: string | null;
  to_agency_name: string | null;
}

export async function listEvents(db: Queryable, dossierId: string): Promise<DossierEventRow[]> {
  const { rows } = await db.query<DossierEventRow>(
    `SELECT e.id, e.action, e.from_state, e.to_state, e.from_step_index, e.to_step_index, e.from_agency_id, e.to_agency_id,
            fa.name AS from_agency_name, ta.name AS to_agency_name, e.actor_kind, e.actor_officer_id, e.actor_name, e.comment, e.comment_for_applicant, e.attachment_ids,
            e.data, e.occurred_at, r.number AS fee_receipt_number
       FROM dossier_events e LEFT JOIN agency_directory fa ON fa.id = e.from_agency_id LEFT JOIN agency_directory ta ON ta.id = e.to_agency_id
            LEFT JOIN fee_receipts r ON r.payment_event_id = e.id
      WHERE e.dossier_id = $1 ORDER BY e.id`,
    [dossierId],
  );
  return rows;
}

/**
 * The line of a received dossier in its agency's register of dossiers (sổ theo dõi hồ sơ), one
 * volume a year: dossiers are entered in the order they were received.
 */
export interface RegisterRow {
  line: number;
  code: string;
  state: DossierState;
  outcome: DossierRow['outcome'];
  applicant_name: string;
  applicant_address: string;
  applicant_phone: string;
  procedure_name: string;
  competent_agency_name: string;
  received_at: Date;
  original_due_at: Date | null;
  due_at: Date | null;
  clock_paused_at: Date | null;
  transferred_at: Date | null;
  finished_at: Date | null;
  returned_at: Date | null;
  supplement_count: number;
  extension_count: number;
}

/** The register lines of the dossiers an agency received in `[from, to)`, with the lines they were given then. */
export async function listRegister(db: Queryable, agencyId: string, from: Date, to: Date): Promise<RegisterRow[]> {
  const { rows } = await db.query<RegisterRow>(
    `SELECT d.register_line AS line, d.code, d.state, d.outcome, d.applicant_name, d.applicant_address, d.applicant_phone, p.name AS procedure_name,
            c.name AS competent_agency_name, d.received_at, d.original_due_at, d.due_at, d.clock_paused_at, d.finished_at,
            d.returned_at, d.supplement_count, d.extension_count,
            (SELECT min(s.started_at) FROM dossier_steps s WHERE s.dossier_id = d.id) AS transferred_at
       FROM dossiers d JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory c ON c.id = d.competent_agency_id
      WHERE d.receiving_agency_id = $1 AND d.received_at >= $2 AND d.received_at < $3
      ORDER BY d.received_at, d.register_line`,
    [agencyId, from, to],
  );
  return rows;
}

/**
 * The columns a dossier change may set, listed once: the type of a change is made from it, a
 * change is cut down to it before it is written, and the write (`persist_dossier_change`) updates
 * exactly the columns the change names.
 */
const DOSSIER_WRITES = [
  'state',
  'received_at',
  'original_due_at',
  'due_at',
  'clock_paused_at',
  'current_step_index',
  'supplement_count',
  'extension_count',
  'finished_at',
  'outcome',
  'returned_at',
  'return_method',
  'components',
] as const satisfies ReadonlyArray<keyof DossierRow>;

export type DossierChanges = Partial<Pick<DossierRow, (typeof DOSSIER_WRITES)[number]>>;

/** The writable columns of `changes`, whatever else was assigned to it along the way. */
function writableOf(changes: DossierChanges): DossierChanges {
  return Object.fromEntries(DOSSIER_WRITES.filter((column) => changes[column] !== undefined).map((column) => [column, changes[column]]));
}

/** The ids of every file a dossier holds: its components' scans and its events' attachments (lower case). */
export async function heldFileIds(db: Queryable, dossierId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT lower(f) AS id FROM dossiers d, jsonb_array_elements(d.components) c, jsonb_array_elements_text(c->'fileIds') f WHERE d.id = $1
     UNION
     SELECT a::text FROM dossier_events e, unnest(e.attachment_ids) a WHERE e.dossier_id = $1`,
    [dossierId],
  );
  return new Set(rows.map((row) => row.id));
}

export async function lastVisitOf(db: Queryable, dossierId: string, stepIndex: number): Promise<StepRow | undefined> {
  const { rows } = await db.query<StepRow>(
    'SELECT * FROM dossier_steps WHERE dossier_id = $1 AND step_index = $2 ORDER BY visit DESC LIMIT 1',
    [dossierId, stepIndex],
  );
  return rows[0];
}

export interface NewEvent {
  dossier_id: string;
  action: DossierAction;
  from_state: DossierState | null;
  to_state: DossierState;
  from_step_index: number | null;
  to_step_index: number | null;
  from_agency_id: string | null;
  to_agency_id: string | null;
  actor_kind: 'officer' | 'applicant' | 'system';
  actor_officer_id: string | null;
  actor_name: string;
  comment: string;
  /** The officer marked the comment for the applicant (core: commentReachesApplicant). */
  comment_for_applicant: boolean;
  attachment_ids: string[];
  data: Record<string, unknown>;
  occurred_at: Date;
}

export type NewStep = Omit<StepRow, 'id' | 'finished_at'>;

export interface StepUpdate {
  id: string;
  assignee_id?: string | null;
  due_at?: Date;
  finished_at?: Date;
  finished_by?: string | null;
}

/** Where a new dossier's code comes from: the next number of its receiving agency's day. */
export interface Numbering {
  agencyId: string;
  /** Vietnam date, `YYYY-MM-DD`. */
  day: string;
  prefix: string;
  digits: number;
}

export interface DossierChange {
  mode: 'insert' | 'update';
  numbering?: Numbering | undefined;
  /** A payment: its event takes the next number of this agency's receipt book for the year it is made in. */
  feeReceipt?: { agencyId: string } | undefined;
  dossierId: string;
  expectedVersion: number;
  /** The whole new row, or the changed columns. */
  dossier: DossierChanges | (DossierRow & { updated_at: Date });
  stepUpdates: StepUpdate[];
  stepInserts: NewStep[];
  event: NewEvent;
  /** The applicant's notices of this change, queued in the outbox by the same statement. */
  notifications: PlannedNotification[];
  audit: AuditEntry;
  /** A citizen's draft that becomes this new dossier: it is deleted by the same statement. */
  draft?: DraftSubmission | undefined;
}

export interface DraftSubmission {
  id: string;
  citizenId: string;
}

/**
 * Writes a planned transition in one statement (see `persist_transition`); 409 if the dossier
 * moved on meanwhile. Returns the code the database gave a dossier numbered on the way.
 */
export async function persistChange(db: Queryable, change: DossierChange): Promise<string | null> {
  try {
    // Most changes tell the applicant nothing (no channel, no contact, an internal step): they skip the notices' wrapper.
    const persist = change.notifications.length > 0 ? 'persist_transition' : change.draft ? 'persist_draft_submission' : 'persist_dossier_change';
    const written = change.mode === 'update' ? { ...change, dossier: writableOf(change.dossier as DossierChanges) } : change;
    const { rows } = await db.query<{ code: string | null }>(`SELECT ${persist}($1::jsonb) AS code`, [JSON.stringify(written)]);
    return rows[0]!.code;
  } catch (error) {
    if ((error as { code?: string }).code === 'MC404') {
      throw new AppError(404, 'not_found', 'Không tìm thấy hồ sơ nháp: có thể hồ sơ đã được nộp.', 'Draft not found: it may have been submitted already.');
    }
    if ((error as { code?: string }).code === 'MC409') {
      throw new AppError(409, 'version_conflict', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.', 'The dossier was changed by someone else. Reload it.', 'version');
    }
    throw error;
  }
}
