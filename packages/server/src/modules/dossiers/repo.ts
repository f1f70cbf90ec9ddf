import type { Channel, DossierAction, DossierState, ReturnMethod } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

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

/**
 * Next sequence of an agency's day, atomic across instances. It commits on its own without waiting
 * for the disk: the row lock is then held for an instant instead of a disk flush, and the dossier's
 * own (durable) commit, written after it in the log, makes it durable too. A crash can only forget
 * numbers that no saved dossier carries.
 */
export async function nextSequence(db: Queryable, agencyCode: string, localDate: string): Promise<number> {
  const { rows } = await db.query<{ last_sequence: number }>(
    `WITH no_wait AS (SELECT set_config('synchronous_commit', 'off', true))
     INSERT INTO dossier_code_counters (agency_code, day, last_sequence) SELECT $1, $2, 1 FROM no_wait
     ON CONFLICT (agency_code, day) DO UPDATE SET last_sequence = dossier_code_counters.last_sequence + 1
     RETURNING last_sequence`,
    [agencyCode, localDate],
  );
  return rows[0]!.last_sequence;
}

const DOSSIER_COLUMNS = [
  'id', 'code', 'lookup_code', 'procedure_id', 'procedure_version_id', 'receiving_agency_id', 'competent_agency_id', 'channel', 'state',
  'applicant_type', 'applicant_name', 'applicant_id_number', 'applicant_phone', 'applicant_email', 'applicant_address', 'summary',
  'components', 'submitted_at', 'received_at', 'original_due_at', 'due_at', 'clock_paused_at', 'current_step_index', 'supplement_count',
  'extension_count', 'finished_at', 'outcome', 'returned_at', 'return_method', 'version',
] as const satisfies ReadonlyArray<keyof DossierRow>;

/** Writes a new dossier whole, in the state its first transition left it in. */
export async function insertDossier(tx: Queryable, dossier: DossierRow): Promise<void> {
  const values = DOSSIER_COLUMNS.map((column) => (column === 'components' ? JSON.stringify(dossier.components) : dossier[column]));
  await tx.query(
    `INSERT INTO dossiers (${DOSSIER_COLUMNS.join(', ')}) VALUES (${DOSSIER_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})`,
    values,
  );
}

export async function findDossier(db: Queryable, code: string, forUpdate = false): Promise<DossierRow | undefined> {
  const { rows } = await db.query<DossierRow>(`SELECT * FROM dossiers WHERE code = $1${forUpdate ? ' FOR UPDATE' : ''}`, [code]);
  return rows[0];
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

/** Writes the changes only if nobody else changed the dossier since `expectedVersion` was read. */
export async function updateDossier(tx: Queryable, id: string, expectedVersion: number, changes: DossierChanges): Promise<boolean> {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
  const sets = entries.map(([column], index) => `${column} = $${index + 3}`);
  const values = entries.map(([column, value]) => (column === 'components' ? JSON.stringify(value) : value));
  const result = await tx.query(
    `UPDATE dossiers SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 AND version = $2`,
    [id, expectedVersion, ...values],
  );
  return result.rowCount === 1;
}

export async function openStep(tx: Queryable, step: Omit<StepRow, 'id' | 'finished_at'>): Promise<void> {
  await tx.query(
    `INSERT INTO dossier_steps (dossier_id, step_index, step_code, name, role, agency_id, unit_id, assignee_id, started_at, due_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [step.dossier_id, step.step_index, step.step_code, step.name, step.role, step.agency_id, step.unit_id, step.assignee_id, step.started_at, step.due_at],
  );
}

export async function currentStep(db: Queryable, dossierId: string): Promise<StepRow | undefined> {
  const { rows } = await db.query<StepRow>('SELECT * FROM dossier_steps WHERE dossier_id = $1 AND finished_at IS NULL', [dossierId]);
  return rows[0];
}

export async function lastVisitOf(db: Queryable, dossierId: string, stepIndex: number): Promise<StepRow | undefined> {
  const { rows } = await db.query<StepRow>(
    'SELECT * FROM dossier_steps WHERE dossier_id = $1 AND step_index = $2 ORDER BY visit DESC LIMIT 1',
    [dossierId, stepIndex],
  );
  return rows[0];
}

export async function closeStep(tx: Queryable, stepId: string, at: Date, by: string | null): Promise<void> {
  await tx.query('UPDATE dossier_steps SET finished_at = $2, finished_by = $3 WHERE id = $1', [stepId, at, by]);
}

export async function updateOpenStep(tx: Queryable, stepId: string, changes: { assignee_id?: string | null; due_at?: Date }): Promise<void> {
  await tx.query('UPDATE dossier_steps SET assignee_id = coalesce($2, assignee_id), due_at = coalesce($3, due_at) WHERE id = $1', [
    stepId,
    changes.assignee_id ?? null,
    changes.due_at ?? null,
  ]);
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

export async function insertEvent(tx: Queryable, event: NewEvent): Promise<void> {
  await tx.query(
    `INSERT INTO dossier_events (dossier_id, action, from_state, to_state, from_step_index, to_step_index, from_agency_id, to_agency_id,
       actor_kind, actor_officer_id, actor_name, comment, attachment_ids, data, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      event.dossier_id,
      event.action,
      event.from_state,
      event.to_state,
      event.from_step_index,
      event.to_step_index,
      event.from_agency_id,
      event.to_agency_id,
      event.actor_kind,
      event.actor_officer_id,
      event.actor_name,
      event.comment,
      event.attachment_ids,
      JSON.stringify(event.data),
      event.occurred_at,
    ],
  );
}
