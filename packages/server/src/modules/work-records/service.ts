import {
  type Retention,
  WORK_RECORD_STATE_LABELS,
  type WorkRecordAction,
  type WorkRecordState,
  handOverDeadline,
  handOverOverdue,
  nextWorkRecordState,
  retentionLabel,
  vietnamDate,
  workRecordCodeProblem,
} from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { loadGrants } from '../../platform/authentication.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { authorize, may } from '../../platform/rule-book.js';
import type { AgencyRow } from '../agencies/index.js';

type OfficerActor = Actor & { kind: 'officer' };

const WORK_RECORD = { vi: 'hồ sơ công việc', en: 'Work record' };

interface WorkRecordRow {
  id: string;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  year: number;
  code: string;
  title: string;
  retention_years: number | null;
  keeper_id: string;
  keeper_name: string;
  unit_id: string | null;
  unit_code: string | null;
  unit_name: string | null;
  state: WorkRecordState;
  opened_at: Date;
  closed_at: Date | null;
  archived_at: Date | null;
  items: number;
}

const RECORD_COLUMNS = `r.id, r.agency_id, a.code AS agency_code, a.name AS agency_name, r.year, r.code, r.title, r.retention_years, r.keeper_id,
  k.full_name AS keeper_name, r.unit_id, u.code AS unit_code, u.name AS unit_name, r.state, r.opened_at, r.closed_at, r.archived_at,
  (SELECT count(*)::int FROM work_record_items i WHERE i.record_id = r.id) AS items`;
const RECORD_FROM = `work_records r JOIN agency_directory a ON a.id = r.agency_id JOIN officer_directory k ON k.id = r.keeper_id
  LEFT JOIN unit_directory u ON u.id = r.unit_id`;

const retentionOf = (years: number | null): Retention => (years === null ? 'permanent' : { years });

/** A record as the API shows it, with what the archive is waiting for. */
function present(row: WorkRecordRow, now: Date) {
  const closedOn = row.closed_at ? vietnamDate(row.closed_at) : null;
  return {
    id: row.id,
    agency: { code: row.agency_code, name: row.agency_name },
    year: row.year,
    code: row.code,
    title: row.title,
    retention: { years: row.retention_years, label: retentionLabel(retentionOf(row.retention_years)).vi },
    keeper: { id: row.keeper_id, name: row.keeper_name },
    unit: row.unit_id ? { code: row.unit_code!, name: row.unit_name! } : null,
    state: row.state,
    stateLabel: WORK_RECORD_STATE_LABELS[row.state].vi,
    openedAt: row.opened_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    archivedAt: row.archived_at?.toISOString() ?? null,
    handOverBy: closedOn && row.state === 'closed' ? handOverDeadline(closedOn) : null,
    handOverOverdue: handOverOverdue(row.state, closedOn, vietnamDate(now)),
    items: row.items,
  };
}
export type WorkRecordView = ReturnType<typeof present>;

export interface RecordListFilter {
  year: number;
  state?: WorkRecordState | undefined;
  /** Only the records the officer keeps. */
  mine?: boolean | undefined;
}

/** The agency's list of records for a year (danh mục hồ sơ), in the order of their codes. */
export async function listWorkRecords(ctx: AppContext, officer: AuthenticatedOfficer, agency: AgencyRow, filter: RecordListFilter): Promise<WorkRecordView[]> {
  const values: unknown[] = [agency.id, filter.year];
  const conditions = ['r.agency_id = $1', 'r.year = $2'];
  if (filter.state) conditions.push(`r.state = $${values.push(filter.state)}`);
  if (filter.mine) conditions.push(`r.keeper_id = $${values.push(officer.id)}`);
  const { rows } = await ctx.db.query<WorkRecordRow>(`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE ${conditions.join(' AND ')} ORDER BY r.code`, values);
  const now = ctx.now();
  return rows.map((row) => present(row, now));
}

async function findRecord(db: Queryable, id: string, lock = false): Promise<WorkRecordRow> {
  if (lock) await db.query('SELECT 1 FROM work_records WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<WorkRecordRow>(`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE r.id = $1`, [id]);
  if (!rows[0]) throw notFound(WORK_RECORD);
  return rows[0];
}

/** A record the officer may see: one of an agency they work at; any other is "not found", as if it did not exist. */
async function visibleRecord(db: Queryable, officer: AuthenticatedOfficer, id: string, lock = false): Promise<WorkRecordRow> {
  const record = await findRecord(db, id, lock);
  if (!may(officer, 'see-work-records', record.agency_id)) throw notFound(WORK_RECORD);
  return record;
}

export interface NewWorkRecord {
  year: number;
  code: string;
  title: string;
  /** Null: kept permanently. */
  retentionYears: number | null;
  keeperId: string;
}

/** The officer who keeps a record must work at its agency; their unit there becomes the record's. */
async function keeperAt(db: Queryable, agencyId: string, keeperId: string): Promise<{ unitId: string | null }> {
  const grants = (await loadGrants(db, keeperId)).filter((grant) => grant.agencyId === agencyId && grant.role !== 'assisting_helper');
  if (grants.length === 0) {
    throw invalid('keeperId', 'Người lập hồ sơ phải là cán bộ của cơ quan.', 'The keeper must be an officer of the agency.');
  }
  return { unitId: grants.find((grant) => grant.unitId !== null)?.unitId ?? null };
}

/** Opens a record of the agency's list for the year. */
export async function openWorkRecord(ctx: AppContext, actor: OfficerActor, agency: AgencyRow, input: NewWorkRecord): Promise<WorkRecordView> {
  authorize(actor.officer, 'keep-work-record-list', agency.id);
  const problem = workRecordCodeProblem(input.code);
  if (problem) throw invalid('code', problem.vi, problem.en);
  const code = input.code.normalize('NFC').trim();
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const { unitId } = await keeperAt(tx, agency.id, input.keeperId);
    const taken = await tx.query('SELECT 1 FROM work_records WHERE agency_id = $1 AND year = $2 AND code = $3', [agency.id, input.year, code]);
    if (taken.rows.length > 0) {
      throw new AppError(409, 'work_record_code_taken', `Danh mục hồ sơ năm ${input.year} đã có hồ sơ số ${code}.`, `The ${input.year} list already has a record ${code}.`, 'code');
    }
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO work_records (agency_id, year, code, title, retention_years, keeper_id, unit_id, opened_at, created_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8) RETURNING id`,
      [agency.id, input.year, code, input.title.normalize('NFC').trim(), input.retentionYears, input.keeperId, unitId, now, actor.officer.id],
    );
    const recordId = rows[0]!.id;
    await appendAudit(tx, actor, { action: 'work_record.open', entityType: 'work_record', entityId: recordId, details: { agencyCode: agency.code, year: input.year, code } });
    return recordId;
  });
  return present(await findRecord(ctx.db, id), now);
}

/** A record with what is filed in it, oldest first. */
export async function showWorkRecord(ctx: AppContext, officer: AuthenticatedOfficer, id: string) {
  const record = await visibleRecord(ctx.db, officer, id);
  const { rows } = await ctx.db.query<{
    id: string;
    note: string | null;
    filed_by: string;
    filed_at: Date;
    document_id: string | null;
    direction: 'incoming' | 'outgoing' | null;
    register_year: number | null;
    register_number: number | null;
    number_symbol: string | null;
    type: string | null;
    subject: string | null;
    document_date: string | null;
  }>(
    `SELECT i.id, i.note, f.full_name AS filed_by, i.filed_at, i.document_id, d.direction, d.register_year, d.register_number, d.number_symbol, d.type, d.subject,
            d.document_date::text AS document_date
       FROM work_record_items i JOIN officer_directory f ON f.id = i.filed_by LEFT JOIN document_summaries d ON d.id = i.document_id
      WHERE i.record_id = $1 ORDER BY i.filed_order`,
    [id],
  );
  return {
    ...present(record, ctx.now()),
    entries: rows.map((row) => ({
      id: row.id,
      kind: row.document_id ? ('document' as const) : ('note' as const),
      document: row.document_id
        ? {
            id: row.document_id,
            direction: row.direction!,
            registerNumber: row.register_number,
            registerYear: row.register_year,
            numberSymbol: row.number_symbol!,
            type: row.type!,
            subject: row.subject!,
            documentDate: row.document_date,
          }
        : null,
      note: row.note,
      filedBy: row.filed_by,
      filedAt: row.filed_at.toISOString(),
    })),
  };
}

/**
 * Takes an action on a record in one transaction: the record locked, the action checked against its
 * course (core/work-records) and its taker against the rule book, the change made, audited.
 */
async function act(
  ctx: AppContext,
  actor: OfficerActor,
  id: string,
  action: WorkRecordAction,
  change: (tx: Queryable, record: WorkRecordRow, now: Date) => Promise<Record<string, unknown>>,
): Promise<WorkRecordView> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const record = await visibleRecord(tx, actor.officer, id, true);
    if (action === 'hand_over') authorize(actor.officer, 'archive-work-records', record.agency_id);
    else authorize(actor.officer, 'keep-work-record', { agencyId: record.agency_id, keeperId: record.keeper_id, unitId: record.unit_id });
    const next = nextWorkRecordState(record.state, action);
    if ('refusal' in next) throw new AppError(409, next.refusal.code, next.refusal.vi, next.refusal.en);
    const details = await change(tx, record, now);
    if (next.state !== record.state) {
      await tx.query(
        `UPDATE work_records SET state = $2, updated_at = $3,
                closed_at = CASE WHEN $2 = 'open' THEN NULL WHEN $2 = 'closed' THEN $3 ELSE closed_at END,
                archived_at = CASE WHEN $2 = 'archived' THEN $3 END, archived_by = CASE WHEN $2 = 'archived' THEN $4::uuid END
          WHERE id = $1`,
        [id, next.state, now, actor.officer.id],
      );
    } else {
      await tx.query('UPDATE work_records SET updated_at = $2 WHERE id = $1', [id, now]);
    }
    await appendAudit(tx, actor, { action: `work_record.${action}`, entityType: 'work_record', entityId: id, details: { code: record.code, year: record.year, ...details } });
  });
  return present(await findRecord(ctx.db, id), now);
}

/** Files a document of the record's agency (once) or a note into an open record. */
export function fileIntoWorkRecord(ctx: AppContext, actor: OfficerActor, id: string, entry: { documentId: string } | { note: string }) {
  return act(ctx, actor, id, 'file', async (tx, record, now) => {
    if ('note' in entry) {
      const { rows } = await tx.query<{ id: string }>('INSERT INTO work_record_items (record_id, note, filed_by, filed_at) VALUES ($1, $2, $3, $4) RETURNING id', [
        id,
        entry.note.normalize('NFC').trim(),
        actor.officer.id,
        now,
      ]);
      return { itemId: rows[0]!.id, note: true };
    }
    const document = await tx.query('SELECT 1 FROM document_summaries WHERE id = $1 AND agency_id = $2', [entry.documentId, record.agency_id]);
    if (document.rows.length === 0) throw notFound({ vi: 'văn bản của cơ quan', en: 'Document of the agency' });
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO work_record_items (record_id, document_id, filed_by, filed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (record_id, document_id) DO NOTHING RETURNING id`,
      [id, entry.documentId, actor.officer.id, now],
    );
    if (!rows[0]) throw new AppError(409, 'already_filed', 'Văn bản này đã có trong hồ sơ.', 'The document is already in the record.', 'documentId');
    return { itemId: rows[0].id, documentId: entry.documentId };
  });
}

/** Takes an item out of an open record. */
export function unfileFromWorkRecord(ctx: AppContext, actor: OfficerActor, id: string, itemId: string) {
  return act(ctx, actor, id, 'unfile', async (tx) => {
    const { rows } = await tx.query<{ document_id: string | null }>('DELETE FROM work_record_items WHERE id = $1 AND record_id = $2 RETURNING document_id', [itemId, id]);
    if (!rows[0]) throw notFound({ vi: 'mục trong hồ sơ', en: 'Item of the record' });
    return { itemId, documentId: rows[0].document_id };
  });
}

const noChange = async () => ({});
export const closeWorkRecord = (ctx: AppContext, actor: OfficerActor, id: string) => act(ctx, actor, id, 'close', noChange);
export const reopenWorkRecord = (ctx: AppContext, actor: OfficerActor, id: string) => act(ctx, actor, id, 'reopen', noChange);
export const handOverWorkRecord = (ctx: AppContext, actor: OfficerActor, id: string) => act(ctx, actor, id, 'hand_over', noChange);
