import type { SqlParams } from '../../db/sql-params.js';
import { invalid } from '../../platform/errors.js';

/**
 * Keyset pagination of dossier lists: a page ends at the sort key of its last row (due date, the
 * time of submission, id), and the next page starts after it, as cheap at the thousandth page as
 * at the first. The key travels as an opaque cursor (base64url of JSON). Instants are carried in
 * microseconds since 1970, as PostgreSQL keeps them, since a JavaScript Date would round them to
 * milliseconds and pages would skip or repeat rows at a tie.
 */

export interface ListCursor {
  /** Microseconds since 1970 of the due date; null for a dossier with none (they come last). */
  due: string | null;
  submitted: string;
  id: string;
}

const MICROS = /^-?\d{1,17}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An instant column as the text of its microseconds since 1970. */
export const MICROSECONDS = (column: string) => `(extract(epoch FROM ${column}) * 1000000)::bigint::text`;
const instant = (placeholder: string) => `(timestamptz 'epoch' + ${placeholder}::bigint * interval '1 microsecond')`;

export const encodeCursor = (cursor: ListCursor): string => Buffer.from(JSON.stringify([cursor.due, cursor.submitted, cursor.id])).toString('base64url');

/** The JSON a cursor holds, or undefined when it is not canonical base64url of JSON. */
function parseCursor(text: string): unknown {
  const json = Buffer.from(text, 'base64url');
  if (json.toString('base64url') !== text) return undefined;
  try {
    return JSON.parse(json.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function decodeCursor(text: string): ListCursor {
  const parsed = parseCursor(text);
  const [due, submitted, id] = Array.isArray(parsed) && parsed.length === 3 ? (parsed as unknown[]) : [];
  const dueValid = due === null || (typeof due === 'string' && MICROS.test(due));
  if (!dueValid || typeof submitted !== 'string' || !MICROS.test(submitted) || typeof id !== 'string' || !UUID.test(id)) {
    throw invalid('cursor', 'Con trỏ trang không hợp lệ; hãy tải lại danh sách từ trang đầu.', 'Invalid cursor; load the list again from its first page.');
  }
  return { due: due as string | null, submitted, id };
}

/**
 * The rows after the cursor in the order `due_at ASC NULLS LAST, submitted_at DESC, id ASC`: a
 * later due date, or none at all; or the same due date (both none) and an earlier submission; or
 * the same both and a greater id.
 */
export function afterCursor(cursor: ListCursor, p: SqlParams): string {
  const submitted = instant(p.add(cursor.submitted));
  const id = p.add(cursor.id);
  const afterWithinDue = `(d.submitted_at < ${submitted} OR (d.submitted_at = ${submitted} AND d.id > ${id}::uuid))`;
  if (cursor.due === null) return `(d.due_at IS NULL AND ${afterWithinDue})`;
  const due = instant(p.add(cursor.due));
  return `(d.due_at > ${due} OR d.due_at IS NULL OR (d.due_at = ${due} AND ${afterWithinDue}))`;
}
