import type { Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type DossierScope, involvedAgencyIds } from '../../platform/policies.js';
import { iso } from '../../platform/instants.js';
import { type FileRecord, readStoredFile } from '../files/index.js';
import { authorize } from '../../platform/rule-book.js';

/**
 * The digitised documents (số hóa) of an applicant: the scans of the components of their received
 * dossiers and their signed results, recorded with the file's SHA-256, type, size and pages and
 * the dossier they came with (as dossiers are received, by `digitise_components` in
 * db/functions/digitisation.sql; as results are signed, by `digitiseSignedResult`). A later
 * dossier of the same applicant reuses one by naming its `fileId` among a component's files:
 * nothing is uploaded again, and the reuse is recorded when it is received.
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
    JOIN file_facts f ON f.id = g.file_id
    JOIN dossier_facts d ON d.id = g.dossier_id
    LEFT JOIN signed_result_facts r ON r.id = g.signed_result_id
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

interface ApplicantDossierRow {
  code: string;
  applicant_type: Applicant['type'];
  applicant_id_number: string;
  receiving_agency_id: string;
  competent_agency_id: string;
  step_agency_ids: string[];
}

const SELECT_DOSSIER_SCOPE = `
  SELECT d.code, d.applicant_type, d.applicant_id_number, d.receiving_agency_id, d.competent_agency_id,
         ARRAY(SELECT DISTINCT x.agency_id FROM dossier_step_facts x WHERE x.dossier_id = d.id) AS step_agency_ids
    FROM dossier_facts d`;

const scopeOf = (row: ApplicantDossierRow): DossierScope => ({
  receivingAgencyId: row.receiving_agency_id,
  competentAgencyId: row.competent_agency_id,
  stepAgencyIds: row.step_agency_ids,
});

const DOSSIER = { vi: 'hồ sơ', en: 'Dossier' };

/**
 * Throws unless the officer may look up the applicant's digitised documents: for the dossier
 * named, which they must see and which must be the applicant's, or else as the rule
 * look-up-digitised-documents says over all the applicant's dossiers. Returns the dossier served.
 */
async function assertMayLookUp(db: Queryable, officer: AuthenticatedOfficer, applicant: Applicant, dossierCode: string | undefined): Promise<string | null> {
  const idNumber = applicant.idNumber.trim();
  if (dossierCode !== undefined) {
    const dossier = (await db.query<ApplicantDossierRow>(`${SELECT_DOSSIER_SCOPE} WHERE d.code = $1`, [dossierCode])).rows[0];
    if (!dossier) throw notFound(DOSSIER);
    authorize(officer, 'see-dossier', scopeOf(dossier));
    if (dossier.applicant_id_number !== idNumber || dossier.applicant_type !== applicant.type) {
      throw new AppError(
        400,
        'dossier_of_another_applicant',
        `Hồ sơ ${dossier.code} không phải của người nộp có số định danh này.`,
        `Dossier ${dossier.code} is not this applicant's.`,
        'dossierCode',
      );
    }
    return dossier.code;
  }
  const { rows } = await db.query<ApplicantDossierRow>(`${SELECT_DOSSIER_SCOPE} WHERE d.applicant_id_number = $1 AND d.applicant_type = $2`, [idNumber, applicant.type]);
  authorize(officer, 'look-up-digitised-documents', rows.map((row) => involvedAgencyIds(scopeOf(row))));
  return null;
}

/**
 * A receiving officer at the counter, or an officer handling a dossier of the applicant, looks up
 * what the applicant has handed in before; audited with the dossier it serves, when named.
 */
export async function listForOfficer(db: Queryable, actor: Actor & { kind: 'officer' }, applicant: Applicant, dossierCode?: string): Promise<DigitisedDocument[]> {
  const servedDossier = await assertMayLookUp(db, actor.officer, applicant, dossierCode);
  const documents = await reusable(db, applicant);
  await appendAudit(db, actor, {
    action: 'digitised_documents.list',
    entityType: 'applicant',
    entityId: applicant.idNumber,
    details: { type: applicant.type, count: documents.length, dossierCode: servedDossier },
  });
  return documents;
}

export async function contentForOfficer(db: Queryable, actor: Actor & { kind: 'officer' }, id: string, dossierCode?: string): Promise<FileRecord> {
  const row = await findReusable(db, id);
  if (!row) throw notFound(DOCUMENT);
  const servedDossier = await assertMayLookUp(db, actor.officer, { type: row.applicant_type, idNumber: row.applicant_id_number }, dossierCode);
  const file = await readStoredFile(db, row.file_id);
  if (!file) throw notFound(DOCUMENT);
  await appendAudit(db, actor, {
    action: 'digitised_documents.view',
    entityType: 'applicant',
    entityId: row.applicant_id_number,
    details: { id, fileId: row.file_id, dossierCode: servedDossier },
  });
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

export async function contentForCitizen(db: Queryable, citizenId: string, id: string): Promise<FileRecord> {
  const row = await findReusable(db, id);
  const file = row?.citizen_id === citizenId ? await readStoredFile(db, row.file_id) : undefined;
  if (!file) throw notFound(DOCUMENT);
  return file;
}

/** Records a signed result as a digitised document of its applicant, inside the caller's transaction. */
export async function digitiseSignedResult(
  db: Queryable,
  result: { fileId: string; title: string; applicant: Applicant & { name: string }; dossierId: string; signedResultId: string; at: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO digitised_documents (file_id, kind, title, applicant_type, applicant_id_number, applicant_name, dossier_id, signed_result_id, digitised_at)
     VALUES ($1, 'result', $2, $3, $4, $5, $6, $7, $8)`,
    [result.fileId, result.title, result.applicant.type, result.applicant.idNumber, result.applicant.name, result.dossierId, result.signedResultId, result.at],
  );
}
