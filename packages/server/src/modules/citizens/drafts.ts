import type { Static } from '@fastify/type-provider-typebox';
import { Value } from 'typebox/value';
import type { Database, Queryable } from '../../db/database.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { PROCEDURE, findCurrentVersion } from '../procedures/index.js';
import { type CreatedDossier, type DossierDeps, submitOnline } from '../dossiers/index.js';
import { fileNotYours, sortNamedFiles } from '../dossiers/index.js';
import { iso } from '../../platform/instants.js';
import { type DraftContentSchema, DraftSubmissionSchema } from './schema.js';
import type { CitizenActor } from '../../platform/citizen-authentication.js';

export type DraftContent = Static<typeof DraftContentSchema>;

const DRAFT = { vi: 'hồ sơ nháp', en: 'Draft' };
/** A generous form, far below what a database row can hold. */
export const MAX_DRAFT_BYTES = 64 * 1024;

interface DraftRow {
  id: string;
  procedure_code: string;
  content: DraftContent;
  updated_at: Date;
}

const draftFileIds = (content: DraftContent) => [...new Set((content.components ?? []).flatMap((component) => component.fileIds))];
const citizen = (citizenId: string) => ({ user: { kind: 'citizen', citizenId } as const });

/**
 * A draft as the form left it, with the name, type and size of each file it holds, so that a
 * reopened form shows what was uploaded (files that no longer exist, or that are not the
 * citizen's, are left out).
 */
async function draftView(db: Queryable, citizenId: string, row: DraftRow) {
  const ids = draftFileIds(row.content);
  const { usable } = await sortNamedFiles(db, citizen(citizenId), ids);
  const files = ids.flatMap((id) => usable.get(id.toLowerCase()) ?? []);
  return { id: row.id, procedureCode: row.procedure_code, content: row.content, files, updatedAt: iso(row.updated_at)! };
}

/**
 * A draft may name the citizen's own uploads and digitised documents, and ids of no file (the form
 * keeps what it was given; submitting refuses them), but not someone else's file (403).
 */
async function assertOwnFiles(db: Queryable, citizenId: string, content: DraftContent): Promise<void> {
  const naming = citizen(citizenId);
  const { foreign } = await sortNamedFiles(db, naming, draftFileIds(content));
  if (foreign.size > 0) throw fileNotYours(naming.user, 'content.components');
}

function serialised(content: DraftContent): string {
  const json = JSON.stringify(content);
  if (Buffer.byteLength(json) > MAX_DRAFT_BYTES) {
    throw new AppError(413, 'draft_too_large', 'Hồ sơ nháp quá lớn.', `A draft holds at most ${MAX_DRAFT_BYTES / 1024} KB.`, 'content');
  }
  return json;
}

export async function listDrafts(db: Queryable, citizenId: string) {
  const { rows } = await db.query<{ id: string; procedure_code: string; procedure_name: string; updated_at: Date }>(
    `SELECT d.id, d.procedure_code, coalesce(p.name, d.procedure_code) AS procedure_name, d.updated_at
       FROM dossier_drafts d LEFT JOIN procedure_catalogue p ON p.code = d.procedure_code
      WHERE d.citizen_id = $1 ORDER BY d.updated_at DESC, d.id`,
    [citizenId],
  );
  return { items: rows.map((row) => ({ id: row.id, procedureCode: row.procedure_code, procedureName: row.procedure_name, updatedAt: iso(row.updated_at)! })) };
}

/** A draft of one of the citizen's own; anybody else's is as good as absent. */
export async function findDraft(db: Queryable, citizenId: string, id: string): Promise<DraftRow> {
  const { rows } = await db.query<DraftRow>('SELECT id, procedure_code, content, updated_at FROM dossier_drafts WHERE id = $1 AND citizen_id = $2', [id, citizenId]);
  if (!rows[0]) throw notFound(DRAFT);
  return rows[0];
}

export async function getDraft(db: Queryable, citizenId: string, id: string) {
  return draftView(db, citizenId, await findDraft(db, citizenId, id));
}

/** Starts a draft of a procedure that can be submitted online. */
export async function createDraft(db: Database, actor: CitizenActor, now: Date, input: { procedureCode: string; content: DraftContent }) {
  const procedure = await findCurrentVersion(db, input.procedureCode, now);
  if (!procedure) throw new AppError(404, 'not_found', `Không tìm thấy ${PROCEDURE.vi}.`, `${PROCEDURE.en} not found.`, 'procedureCode');
  if (procedure.definition.onlineMode === 'none') {
    throw new AppError(400, 'not_online', 'Thủ tục này chưa cung cấp dịch vụ công trực tuyến; vui lòng nộp trực tiếp.', 'This procedure cannot be submitted online.', 'procedureCode');
  }
  const content = serialised(input.content);
  await assertOwnFiles(db, actor.citizenId, input.content);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<DraftRow>(
      `INSERT INTO dossier_drafts (citizen_id, procedure_code, content, created_at, updated_at) VALUES ($1, $2, $3::jsonb, $4, $4)
       RETURNING id, procedure_code, content, updated_at`,
      [actor.citizenId, input.procedureCode, content, now],
    );
    const draft = rows[0]!;
    await appendAudit(tx, actor, { action: 'draft.create', entityType: 'dossier_draft', entityId: draft.id, details: { procedureCode: input.procedureCode } });
    return draftView(tx, actor.citizenId, draft);
  });
}

export async function updateDraft(db: Database, actor: CitizenActor, now: Date, id: string, content: DraftContent) {
  const json = serialised(content);
  await assertOwnFiles(db, actor.citizenId, content);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<DraftRow>(
      `UPDATE dossier_drafts SET content = $3::jsonb, updated_at = $4 WHERE id = $1 AND citizen_id = $2
       RETURNING id, procedure_code, content, updated_at`,
      [id, actor.citizenId, json, now],
    );
    if (!rows[0]) throw notFound(DRAFT);
    await appendAudit(tx, actor, { action: 'draft.update', entityType: 'dossier_draft', entityId: id });
    return draftView(tx, actor.citizenId, rows[0]);
  });
}

export async function deleteDraft(db: Database, actor: CitizenActor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { rowCount } = await tx.query('DELETE FROM dossier_drafts WHERE id = $1 AND citizen_id = $2', [id, actor.citizenId]);
    if (rowCount === 0) throw notFound(DRAFT);
    await appendAudit(tx, actor, { action: 'draft.delete', entityType: 'dossier_draft', entityId: id });
  });
}

/** A form's optional fields left empty are absent, not invalid. */
function withoutBlankOptionals(content: DraftContent): DraftContent {
  const present = <T extends Record<string, unknown>>(record: T, keys: readonly string[]): T =>
    Object.fromEntries(Object.entries(record).filter(([key, value]) => !(keys.includes(key) && typeof value === 'string' && value.trim() === ''))) as T;
  return {
    ...present(content, ['summary']),
    ...(content.applicant ? { applicant: present(content.applicant, ['phone', 'email', 'address']) } : {}),
  };
}

/** Where in the draft a submission rule fails, as `content.applicant.idNumber`. */
function submissionError(content: DraftContent): AppError | undefined {
  const first = Value.Errors(DraftSubmissionSchema, content)[0];
  if (!first) return undefined;
  const missing = (first.params as { requiredProperties?: string[]; missingProperty?: string } | undefined) ?? {};
  const path = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const field = ['content', path, missing.missingProperty ?? missing.requiredProperties?.[0]].filter(Boolean).join('.');
  return new AppError(
    400,
    'validation_failed',
    `Hồ sơ chưa đầy đủ hoặc không hợp lệ ở trường "${field}": ${first.message}`,
    `Incomplete or invalid draft in "${field}": ${first.message}`,
    field,
  );
}

/**
 * Submits a draft exactly as POST /api/public/dossiers would, on behalf of the signed-in citizen:
 * the dossier is linked to the account and the draft deleted by the statement that saves it. A
 * refused submission leaves the draft as it was.
 */
export async function submitDraft(ctx: DossierDeps, actor: CitizenActor, id: string): Promise<CreatedDossier> {
  const draft = await findDraft(ctx.db, actor.citizenId, id);
  const content = withoutBlankOptionals(draft.content);
  const error = submissionError(content);
  if (error) throw error;
  const submission = content as Static<typeof DraftSubmissionSchema>;
  return submitOnline(
    ctx,
    actor.ip,
    { procedureCode: draft.procedure_code, receivingAgencyId: submission.receivingAgencyId, applicant: submission.applicant, summary: submission.summary, components: submission.components, form: submission.form, delivery: submission.delivery },
    { citizen: { id: actor.citizenId, fullName: actor.name }, draftId: draft.id },
  );
}
