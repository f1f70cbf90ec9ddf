import type { Queryable } from '../../db/database.js';

/**
 * Folds the tally changes that the dossiers' writes appended into the tallies (dossiers not in hand per
 * set of agencies, public figures per day and procedure: db/functions/dossier-queues.sql), so that
 * readers add few rows. Readers are exact whether or not a change is folded yet. Safe on several
 * instances at once; returns how many tallies it changed.
 */
export async function foldDossierTallies(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ folded: number }>('SELECT fold_dossier_tally_changes() AS folded');
  return rows[0]!.folded;
}
