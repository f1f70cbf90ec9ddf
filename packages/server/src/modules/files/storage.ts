import type { Database, Queryable } from '../../db/database.js';
import { type BlobStore, contentAddress } from '../../platform/blob-store/index.js';

/**
 * How the rows of `files` and the blobs holding their bytes (platform/blob-store) stay together.
 * A blob is put first, then the row that names it by its sha256, in one transaction; a blob whose
 * transaction failed is an orphan, harmless, swept later. Identical contents share one blob, so a
 * blob may go only when no row at all has its address. Whoever writes a blob holds a shared lock
 * on its address until the row is committed; the sweep takes that lock exclusively before it
 * looks for rows, so it never deletes a blob that a row is about to name.
 */
const LOCK = `hashtextextended('blob:' || key, 0)`;

/** Stores `content` under `key` for a row the transaction `tx` writes. */
export async function storeContent(tx: Queryable, blobs: BlobStore, key: string, content: Buffer): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock_shared(${LOCK}) FROM (SELECT $1::text AS key) address`, [key]);
  await blobs.put(key, content);
}

const SWEEP_BATCH = 200;

/** Deletes the blobs no row names (expired uploads, orphans of failed writes); returns how many. */
export async function sweepUnreferencedBlobs(db: Database, blobs: BlobStore): Promise<number> {
  let deleted = 0;
  const sweep = (keys: string[]) =>
    db.transaction(async (tx) => {
      // In one order, as every batch of the start-up move takes them, so that neither waits on the other in a circle.
      await tx.query(`SELECT pg_advisory_xact_lock(${LOCK}) FROM (SELECT unnest($1::text[]) AS key ORDER BY 1) address`, [keys]);
      const { rows } = await tx.query<{ sha256: string }>('SELECT DISTINCT sha256 FROM files WHERE sha256 = ANY($1::text[])', [keys]);
      const named = new Set(rows.map((row) => row.sha256));
      const unreferenced = keys.filter((key) => !named.has(key));
      for (const key of unreferenced) await blobs.delete(key);
      deleted += unreferenced.length;
    });
  let batch: string[] = [];
  for await (const key of blobs.keys()) {
    batch.push(key);
    if (batch.length === SWEEP_BATCH) {
      await sweep(batch.sort());
      batch = [];
    }
  }
  if (batch.length > 0) await sweep(batch.sort());
  return deleted;
}

// Rows read into memory at once: at most 20 × 10 MB.
const MOVE_BATCH = 20;

/**
 * Moves the bytes that rows written before migration 015 hold in `files.content` to the blob
 * store, a batch per transaction. Safe to run on several instances starting together: each takes
 * rows the others have not locked, and none returns before every row is moved.
 */
export async function moveContentsToBlobStore(db: Database, blobs: BlobStore): Promise<number> {
  let moved = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; content: Uint8Array }>(
        'SELECT id, content FROM files WHERE content IS NOT NULL LIMIT $1 FOR UPDATE SKIP LOCKED',
        [MOVE_BATCH],
      );
      const addressed = rows.map(({ id, content }) => {
        const bytes = Buffer.from(content);
        return { id, bytes, key: contentAddress(bytes) };
      });
      for (const row of addressed.sort((a, b) => (a.key < b.key ? -1 : 1))) {
        await storeContent(tx, blobs, row.key, row.bytes);
        await tx.query('UPDATE files SET sha256 = $2, content = NULL WHERE id = $1', [row.id, row.key]);
      }
      return rows.length;
    });
    moved += count;
    if (count > 0) continue;
    // Rows another instance is moving: this waits for its transaction, then finds them moved.
    const { rows } = await db.query('SELECT id FROM files WHERE content IS NOT NULL LIMIT 1 FOR UPDATE');
    if (rows.length === 0) return moved;
  }
}
