import { buffer } from 'node:stream/consumers';
import type { Database } from '../../db/database.js';
import type { BlobStore } from '../../platform/blob-store/index.js';
import { pdfTextOf } from '../files/index.js';

/** How many files one pass reads: each may be up to 10 MB, read while its row is locked. */
export const FILE_TEXT_BATCH = 20;

interface Position {
  addedAt: Date;
  documentId: string;
  fileId: string;
}

/**
 * Reads the text of the PDFs attached to documents before migration 066, which kept none, so that
 * the registers find them by their words too. A file attached since then had its text read on
 * attaching: empty there means a scan, not to be read again. One before without a text layer keeps
 * its empty text, indistinguishable from one never read, so each pass starts after the last file
 * this process looked at: the backlog is walked once per process, bounded by FILE_TEXT_BATCH a
 * pass. Rows another instance is reading are skipped (SKIP LOCKED) and a row is only written while
 * its text is still empty, so instances side by side never read a file twice at once nor undo
 * each other. Returns how many files got text.
 */
export function backfillAttachmentText(db: Database, blobs: BlobStore): () => Promise<number> {
  let after: Position | undefined;
  return () =>
    db.transaction(async (tx) => {
      const { rows } = await tx.query<{ document_id: string; file_id: string; added_at: Date; sha256: string }>(
        `SELECT a.document_id, a.file_id, a.added_at, f.sha256
           FROM document_attachments a JOIN file_facts f ON f.id = a.file_id
          WHERE a.text_key = '' AND f.content_type = 'application/pdf'
            AND a.added_at < (SELECT applied_at FROM schema_migrations WHERE name = '066_document_file_text.sql')
            AND ($1::timestamptz IS NULL OR (a.added_at, a.document_id, a.file_id) > ($1, $2::uuid, $3::uuid))
          ORDER BY a.added_at, a.document_id, a.file_id
          LIMIT $4
          FOR UPDATE OF a SKIP LOCKED`,
        [after?.addedAt ?? null, after?.documentId ?? null, after?.fileId ?? null, FILE_TEXT_BATCH],
      );
      let read = 0;
      for (const row of rows) {
        const text = await pdfTextOf({ content: await buffer(await blobs.get(row.sha256)), contentType: 'application/pdf' });
        if (text.trim() !== '') {
          await tx.query(`UPDATE document_attachments SET text_key = search_key($3) WHERE document_id = $1 AND file_id = $2 AND text_key = ''`, [row.document_id, row.file_id, text]);
          read += 1;
        }
      }
      const last = rows.at(-1);
      if (last) after = { addedAt: last.added_at, documentId: last.document_id, fileId: last.file_id };
      return read;
    });
}
