import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

export interface OpenedDatabase {
  db: Database;
  /** A second connection pool on the same data, as another app instance would have (PostgreSQL only). */
  openAnotherInstance?: () => Database;
  dispose: () => Promise<void>;
}

export interface Engine {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; `dispose` removes it. */
  /** A database migrated to the latest schema, or empty (`migrated: false`) for a test that migrates it step by step. */
  open(options?: { migrated?: boolean }): Promise<OpenedDatabase>;
}

const pglite: Engine = {
  name: 'pglite',
  async open({ migrated = true } = {}) {
    const db = await openPglite();
    if (migrated) await migrate(db);
    return { db, dispose: () => db.close() };
  },
};

function postgres(url: string): Engine {
  return {
    name: 'postgres',
    async open({ migrated = true } = {}) {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const db = openPostgres({ connectionString: url, schema });
      if (migrated) await migrate(db);
      const others: Database[] = [];
      return {
        db,
        openAnotherInstance() {
          const other = openPostgres({ connectionString: url, schema });
          others.push(other);
          return other;
        },
        async dispose() {
          await Promise.all([db, ...others].map((pool) => pool.close()));
          const cleanup = new pg.Client({ connectionString: url });
          await cleanup.connect();
          await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
          await cleanup.end();
        },
      };
    },
  };
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? [pglite, postgres(process.env.TEST_DATABASE_URL)] : [pglite];

export const POSTGRES: Engine | undefined = ENGINES.find((engine) => engine.name === 'postgres');
