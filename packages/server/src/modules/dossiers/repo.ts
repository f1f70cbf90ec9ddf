import type { Channel, DossierAction, DossierState, ReturnMethod } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { AuditEntry } from '../../platform/audit.js';
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
}

export interface ReceivedComponent {
  code: string;
  name: string;
  form: string;
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

export type DossierChanges = Partial<
  Pick<
    DossierRow,
    | 'state'
    | 'received_at'
    | 'original_due_at'
    | 'due_at'
    | 'clock_paused_at'
    | 'current_step_index'
    | 'supplement_count'
    | 'extension_count'
    | 'finished_at'
    | 'outcome'
    | 'returned_at'
    | 'return_method'
    | 'components'
  >
>;

/** Whether a file belongs to the dossier: scanned with a component, or attached to a step. */
export async function holdsFile(db: Queryable, dossierId: string, fileId: string): Promise<boolean> {
  const { rows } = await db.query<{ holds: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM dossiers d, jsonb_array_elements(d.components) c, jsonb_array_elements_text(c->'fileIds') f
                     WHERE d.id = $1 AND f = $2::text)
         OR EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = $1 AND $2::uuid = ANY (e.attachment_ids)) AS holds`,
    [dossierId, fileId],
  );
  return rows[0]!.holds;
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
  dossierId: string;
  expectedVersion: number;
  /** The whole new row, or the changed columns. */
  dossier: DossierChanges | (DossierRow & { updated_at: Date });
  stepUpdates: StepUpdate[];
  stepInserts: NewStep[];
  event: NewEvent;
  audit: AuditEntry;
  /** A citizen's draft that becomes this new dossier: it is deleted by the same statement. */
  draft?: DraftSubmission | undefined;
}

export interface DraftSubmission {
  id: string;
  citizenId: string;
}

/**
 * Writes a planned transition in one statement (see `persist_dossier_change`); 409 if the dossier
 * moved on meanwhile. Returns the code the database gave a dossier numbered on the way.
 */
export async function persistChange(db: Queryable, change: DossierChange): Promise<string | null> {
  try {
    const persist = change.draft ? 'persist_draft_submission' : 'persist_dossier_change';
    const { rows } = await db.query<{ code: string | null }>(`SELECT ${persist}($1::jsonb) AS code`, [JSON.stringify(change)]);
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
