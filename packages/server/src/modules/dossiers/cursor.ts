import type { SqlParams } from '../../db/sql-params.js';
import { KEY_PARTS, decodeKey } from '../../platform/keyset.js';

/**
 * The cursor of the officers' queues (platform/keyset.ts): the key of a row is its queue entry's
 * band, its position in the band and the dossier's id (migrations/018_queues_and_tallies_at_scale.sql).
 */
export interface ListCursor {
  band: string;
  position: string;
  id: string;
}

export function decodeCursor(text: string): ListCursor {
  const [band, position, id] = decodeKey(text, [KEY_PARTS.id, KEY_PARTS.micros, KEY_PARTS.uuid]);
  return { band: band as string, position: position as string, id: id as string };
}

/** The entries after the cursor in the queues' order: a row comparison, which the entries' indexes serve. */
export function afterCursor(cursor: ListCursor, p: SqlParams): string {
  return `(e.band, e.position, e.dossier_id) > (${p.add(cursor.band)}::smallint, ${p.add(cursor.position)}::bigint, ${p.add(cursor.id)}::uuid)`;
}
