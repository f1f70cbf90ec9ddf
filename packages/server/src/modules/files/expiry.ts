import type { Database } from '../../db/database.js';
import { appendAudit } from '../../platform/audit.js';

/** How long an upload may wait to be named by a draft, a dossier or a document before it goes. */
export const UNUSED_UPLOAD_LIFETIME_MS = 24 * 3_600_000;
const BATCH = 500;

/**
 * Deletes uploads, by anyone, that nothing names a day after they were stored: no citizen's draft,
 * no component or event attachment of a dossier, no form template, signed result, digitised
 * document or official document. Each module that keeps files says which in a view (`…_file_ids`, as text: ids in
 * dossiers and drafts are JSON, not foreign keys). Returns how many went; each pass is one
 * transaction with its audit entry.
 */
export async function expireUnusedUploads(db: Database, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `WITH named (id) AS (
         SELECT file_id FROM dossier_file_ids
         UNION SELECT file_id FROM draft_file_ids
         UNION SELECT file_id FROM component_template_file_ids
         UNION SELECT file_id FROM digitised_file_ids
         UNION SELECT file_id FROM signed_result_file_ids
         UNION SELECT file_id FROM document_file_ids
       ), expired AS (
         SELECT f.id FROM files f
          WHERE f.created_at < $1 AND NOT EXISTS (SELECT 1 FROM named n WHERE n.id = f.id::text)
          ORDER BY f.created_at LIMIT $2
          FOR UPDATE SKIP LOCKED
       )
       DELETE FROM files WHERE id IN (SELECT id FROM expired) RETURNING id`,
      [new Date(now.getTime() - UNUSED_UPLOAD_LIFETIME_MS), BATCH],
    );
    if (rows.length > 0) {
      await appendAudit(tx, { kind: 'system', ip: '' }, { action: 'file.expire', entityType: 'file', details: { fileIds: rows.map((row) => row.id) } });
    }
    return rows.length;
  });
}
