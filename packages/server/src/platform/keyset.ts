import { invalid } from './errors.js';

/**
 * Keyset pagination: a page ends at the sort key of its last row and the next page starts after
 * it, as cheap at the thousandth page as at the first (no OFFSET, no count of all rows). The key
 * travels as an opaque cursor, base64url of a JSON array. Instants in a key are carried in
 * microseconds since 1970, as PostgreSQL keeps them, since a JavaScript Date would round them to
 * milliseconds and pages would skip or repeat rows at a tie.
 */

export type KeyPart = string | null;

const MICROS = /^-?\d{1,17}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID = /^\d{1,18}$/;

/** What each part of a key may be. */
export const KEY_PARTS = {
  micros: (part: unknown) => typeof part === 'string' && MICROS.test(part),
  uuid: (part: unknown) => typeof part === 'string' && UUID.test(part),
  /** A bigserial id. */
  id: (part: unknown) => typeof part === 'string' && ID.test(part),
  text: (part: unknown) => typeof part === 'string' && part.length <= 100,
} satisfies Record<string, (part: unknown) => boolean>;

/** An instant column as the text of its microseconds since 1970. */
export const MICROSECONDS = (column: string) => `(extract(epoch FROM ${column}) * 1000000)::bigint::text`;
/** The instant of a placeholder holding microseconds since 1970. */
export const instantOf = (placeholder: string) => `(timestamptz 'epoch' + ${placeholder}::bigint * interval '1 microsecond')`;

export const encodeKey = (key: readonly KeyPart[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The key a cursor holds, each part checked; 400 (field `cursor`) when it is not one this list made. */
export function decodeKey(text: string, parts: ReadonlyArray<(part: unknown) => boolean>): KeyPart[] {
  const json = Buffer.from(text, 'base64url');
  let key: unknown;
  try {
    key = json.toString('base64url') === text ? JSON.parse(json.toString('utf8')) : undefined;
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== parts.length || !parts.every((valid, index) => valid(key[index]))) {
    throw invalid('cursor', 'Con trỏ trang không hợp lệ; hãy tải lại danh sách từ trang đầu.', 'Invalid cursor; load the list again from its first page.');
  }
  return key as KeyPart[];
}

/**
 * A page of `limit` rows out of the `limit + 1` a list query fetched (the one more says whether
 * another page follows), and the cursor of the next page: null on the last.
 */
export function pageOf<Row>(rows: Row[], limit: number, keyOf: (row: Row) => readonly KeyPart[]): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encodeKey(keyOf(last)) : null };
}
