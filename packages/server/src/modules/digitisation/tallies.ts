import type { Queryable } from '../../db/database.js';

/**
 * Folds the counts that insertions of digitised documents appended into their day rows
 * (db/functions/digitisation.sql), so that readers add few rows; readers are exact either way.
 * Safe on several instances at once; returns how many day rows it changed.
 */
export async function foldDigitisedDocumentTallies(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ folded: number }>('SELECT fold_digitised_document_changes() AS folded');
  return rows[0]!.folded;
}
