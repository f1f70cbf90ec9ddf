import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Queryable } from './database.js';
import { acquireDataDirLock } from './data-dir-lock.js';

const NUMERIC_OID = 1700;
const DATE_OID = 1082;

function wrap(client: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query(sql, params) {
      const result = await client.query(sql, params as unknown[] | undefined);
      return { rows: result.rows as never[], rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
    },
    async exec(sql) {
      await client.exec(sql);
    },
  };
}

/** Embedded PostgreSQL in WASM. `dataDir` undefined = in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => undefined;
  try {
    const db = await PGlite.create({
      dataDir,
      extensions: { unaccent, pg_trgm, btree_gist },
      // Same JavaScript types as our node-postgres setup: numeric → number, date → 'YYYY-MM-DD'.
      parsers: { [NUMERIC_OID]: Number, [DATE_OID]: (value: string) => value },
    });
    const direct = wrap(db);
    return {
      kind: 'pglite',
      query: direct.query,
      exec: direct.exec,
      transaction: (work) => db.transaction((tx) => work(wrap(tx))),
      // One engine in this process: nothing to reconnect.
      listen: (channel, onNotification) => db.listen(channel, onNotification),
      async close() {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
