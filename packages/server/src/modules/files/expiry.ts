import type { Database } from '../../db/database.js';
import { appendAudit } from '../../platform/audit.js';

/** How long an upload may wait to be named by a draft, a dossier or a document before it goes. */
export const UNUSED_UPLOAD_LIFETIME_MS = 24 * 3_600_000;
const BATCH = 500;

/**
 * Deletes uploads, by anyone, that nothing names a day after they were stored: no citizen's draft,
 * no component or event attachment of a dossier, no form template, signed result or digitised
 * document. File ids in dossiers and drafts are JSON, not foreign keys, hence the search for them
 * as text. Returns how many went; each pass is one transaction with its audit entry.
 */
export async function expireUnusedUploads(db: Database, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `WITH named (id) AS (
         SELECT listed FROM dossiers d
          CROSS JOIN LATERAL jsonb_array_elements(d.components) c
          CROSS JOIN LATERAL jsonb_array_elements_text(CASE jsonb_typeof(c->'fileIds') WHEN 'array' THEN c->'fileIds' ELSE '[]' END) listed
         UNION SELECT listed FROM dossier_drafts d
          CROSS JOIN LATERAL jsonb_array_elements(CASE jsonb_typeof(d.content->'components') WHEN 'array' THEN d.content->'components' ELSE '[]' END) c
          CROSS JOIN LATERAL jsonb_array_elements_text(CASE jsonb_typeof(c->'fileIds') WHEN 'array' THEN c->'fileIds' ELSE '[]' END) listed
         UNION SELECT unnest(attachment_ids)::text FROM dossier_events
         UNION SELECT file_id::text FROM component_templates
         UNION SELECT file_id::text FROM digitised_documents
         UNION SELECT file_id::text FROM signed_results
         UNION SELECT source_file_id::text FROM signed_results WHERE source_file_id IS NOT NULL
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
