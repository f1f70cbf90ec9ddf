import type { SqlParams } from '../../db/sql-params.js';
import { KEY_PARTS, decodeKey, instantOf } from '../../platform/keyset.js';

/**
 * The cursor of the officers' queues (platform/keyset.ts): the key of a row is its due date, the
 * time of its submission and its id.
 */
export interface ListCursor {
  /** Microseconds since 1970 of the due date; null for a dossier with none (they come last). */
  due: string | null;
  submitted: string;
  id: string;
}

export function decodeCursor(text: string): ListCursor {
  const [due, submitted, id] = decodeKey(text, [KEY_PARTS.microsOrNull, KEY_PARTS.micros, KEY_PARTS.uuid]);
  return { due: due ?? null, submitted: submitted as string, id: id as string };
}

/**
 * The rows after the cursor in the order `due_at ASC NULLS LAST, submitted_at DESC, id ASC`: a
 * later due date, or none at all; or the same due date (both none) and an earlier submission; or
 * the same both and a greater id.
 */
export function afterCursor(cursor: ListCursor, p: SqlParams): string {
  const submitted = instantOf(p.add(cursor.submitted));
  const id = p.add(cursor.id);
  const afterWithinDue = `(d.submitted_at < ${submitted} OR (d.submitted_at = ${submitted} AND d.id > ${id}::uuid))`;
  if (cursor.due === null) return `(d.due_at IS NULL AND ${afterWithinDue})`;
  const due = instantOf(p.add(cursor.due));
  return `(d.due_at > ${due} OR d.due_at IS NULL OR (d.due_at = ${due} AND ${afterWithinDue}))`;
}
