import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { canLookUpDigitisedDocuments } from '../../platform/policies.js';
import { iso } from '../dossiers/views.js';
import { type FileContent, readStoredFile } from '../files/service.js';

/**
 * The digitised documents (số hóa) of an applicant: the scans of the components of their received
 * dossiers and their signed results, recorded with the file's SHA-256, type, size and pages and
 * the dossier they came with (migration 006 records them as dossiers are received and results
 * signed). A later dossier of the same applicant reuses one by naming its `fileId` among a
 * component's files: nothing is uploaded again, and the reuse is recorded when it is received.
 */

export interface Applicant {
  type: 'citizen' | 'organisation';
  idNumber: string;
}

interface DigitisedRow {
  id: string;
  file_id: string;
  kind: 'component' | 'result';
  component_code: string | null;
  title: string;
  applicant_type: Applicant['type'];
  applicant_id_number: string;
  /** The citizen account the source dossier was submitted from, if any. */
  citizen_id: string | null;
  name: string;
  content_type: string;
  size: number;
  pages: number | null;
  sha256: string;
  dossier_code: string;
  digitised_at: Date;
  reuse_count: number;
  verification_code: string | null;
}

/** First records only (a reuse is counted, not listed again); revoked results are no longer reusable. */
const SELECT_REUSABLE = `
  SELECT g.id, g.file_id, g.kind, g.component_code, g.title, g.applicant_type, g.applicant_id_number, f.name, f.content_type, f.size,
         f.pages, f.sha256, d.code AS dossier_code, d.citizen_id, g.digitised_at,
         (SELECT count(*)::int FROM digitised_documents u WHERE u.reused_from = g.id) AS reuse_count, r.verification_code
    FROM digitised_documents g
    JOIN files f ON f.id = g.file_id
    JOIN dossiers d ON d.id = g.dossier_id
    LEFT JOIN signed_results r ON r.id = g.signed_result_id
   WHERE g.reused_from IS NULL AND r.revoked_at IS NULL`;

const view = (row: DigitisedRow) => ({
  id: row.id,
  fileId: row.file_id,
  kind: row.kind,
  componentCode: row.component_code,
  title: row.title,
  name: row.name,
  contentType: row.content_type,
  size: row.size,
  pages: row.pages,
  sha256: row.sha256,
  sourceDossierCode: row.dossier_code,
  digitisedAt: iso(row.digitised_at)!,
  reuseCount: row.reuse_count,
  verificationCode: row.verification_code,
});

export type DigitisedDocument = ReturnType<typeof view>;

async function reusable(db: Queryable, applicant: Applicant): Promise<DigitisedDocument[]> {
  const { rows } = await db.query<DigitisedRow>(
    `${SELECT_REUSABLE} AND g.applicant_id_number = $1 AND g.applicant_type = $2 ORDER BY g.digitised_at DESC, g.title`,
    [applicant.idNumber.trim(), applicant.type],
  );
  return rows.map(view);
}

async function findReusable(db: Queryable, id: string): Promise<DigitisedRow | undefined> {
  const { rows } = await db.query<DigitisedRow>(`${SELECT_REUSABLE} AND g.id = $1`, [id]);
  return rows[0];
}

/**
 * Which of these files are digitised documents that may be reused: those of an applicant (named by
 * the officers who handle the applicant's dossiers), or those of the dossiers a citizen submitted
 * from their account.
 */
export async function reusableFileIds(db: Queryable, holder: { applicant: Applicant } | { citizenId: string }, fileIds: readonly string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const { rows } =
    'applicant' in holder
      ? await db.query<{ file_id: string }>(`${SELECT_REUSABLE} AND g.file_id = ANY($1::uuid[]) AND g.applicant_id_number = $2 AND g.applicant_type = $3`, [
          fileIds,
          holder.applicant.idNumber.trim(),
          holder.applicant.type,
        ])
      : await db.query<{ file_id: string }>(`${SELECT_REUSABLE} AND g.file_id = ANY($1::uuid[]) AND d.citizen_id = $2`, [fileIds, holder.citizenId]);
  return new Set(rows.map((row) => row.file_id));
}

const DOCUMENT = { vi: 'giấy tờ đã số hóa', en: 'Digitised document' };

/** A receiving officer (or another officer working on dossiers) looks up what an applicant has handed in before; audited. */
export async function listForOfficer(db: Queryable, actor: Actor & { kind: 'officer' }, applicant: Applicant): Promise<DigitisedDocument[]> {
  if (!canLookUpDigitisedDocuments(actor.officer)) throw forbidden();
  const documents = await reusable(db, applicant);
  await appendAudit(db, actor, { action: 'digitised_documents.list', entityType: 'applicant', entityId: applicant.idNumber, details: { type: applicant.type, count: documents.length } });
  return documents;
}

export async function contentForOfficer(db: Queryable, actor: Actor & { kind: 'officer' }, id: string): Promise<FileContent> {
  if (!canLookUpDigitisedDocuments(actor.officer)) throw forbidden();
  const row = await findReusable(db, id);
  const file = row ? await readStoredFile(db, row.file_id) : undefined;
  if (!row || !file) throw notFound(DOCUMENT);
  await appendAudit(db, actor, { action: 'digitised_documents.view', entityType: 'applicant', entityId: row.applicant_id_number, details: { id, fileId: row.file_id } });
  return file;
}

/**
 * A citizen's own digitised documents: those of the dossiers they submitted from their account.
 * Not every document under the identity number of the account: that number is declared, not
 * proven, until accounts sign in through the national identity provider.
 */
export async function listForCitizen(db: Queryable, citizenId: string): Promise<DigitisedDocument[]> {
  const { rows } = await db.query<DigitisedRow>(`${SELECT_REUSABLE} AND d.citizen_id = $1 ORDER BY g.digitised_at DESC, g.title`, [citizenId]);
  return rows.map(view);
}

export async function contentForCitizen(db: Queryable, citizenId: string, id: string): Promise<FileContent> {
  const row = await findReusable(db, id);
  const file = row?.citizen_id === citizenId ? await readStoredFile(db, row.file_id) : undefined;
  if (!file) throw notFound(DOCUMENT);
  return file;
}
