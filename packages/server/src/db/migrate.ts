import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { FUNCTIONS_DIR, MIGRATIONS_DIR } from '../paths.js';
import type { Database } from './database.js';

/** Any constant: instances starting together take turns at migrating. */
const MIGRATION_LOCK_KEY = 727_001;

/** A migration that ran on this database was edited since: its schema may not be what the code expects. */
export class EditedMigrationError extends Error {
  constructor(readonly migration: string) {
    super(
      `Migration ${migration} was edited after it was applied to this database. Applied migrations must never change: ` +
        'restore the file as it was and put the change in a new numbered migration.',
    );
  }
}

// Line endings as a checkout wrote them (CRLF on Windows) do not change what a migration does.
const checksumOf = (sql: string) => createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');

interface SqlFile {
  name: string;
  sql: string;
  checksum: string;
}

async function readSqlFiles(dir: URL): Promise<SqlFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(new URL(name, dir), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

/**
 * Applies the numbered SQL files of `dir` that have not run yet, each in its own transaction, and
 * refuses (EditedMigrationError) when one that ran was edited since; then (re)creates every SQL
 * function and trigger from its current text in `functionsDir`. Migrations change the schema only:
 * a function's text lives in one file, never copied from migration to migration.
 */
export async function migrate(db: Database, dir: URL = MIGRATIONS_DIR, functionsDir: URL | null = FUNCTIONS_DIR): Promise<string[]> {
  const migrations = await readSqlFiles(dir);
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
                   ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text`);
  });
  const { rows } = await db.query<{ name: string; checksum: string | null }>('SELECT name, checksum FROM schema_migrations');
  const recorded = new Map(rows.map((row) => [row.name, row.checksum]));
  for (const migration of migrations) {
    const checksum = recorded.get(migration.name);
    if (checksum && checksum !== migration.checksum) throw new EditedMigrationError(migration.name);
  }
  // Databases migrated before checksums were kept take the files as they are now.
  const unchecked = migrations.filter((migration) => recorded.has(migration.name) && recorded.get(migration.name) === null);
  for (const migration of unchecked) {
    await db.query('UPDATE schema_migrations SET checksum = $2 WHERE name = $1 AND checksum IS NULL', [migration.name, migration.checksum]);
  }
  const applied: string[] = [];
  for (const migration of migrations.filter((item) => !recorded.has(item.name))) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const done = await tx.query<{ checksum: string | null }>('SELECT checksum FROM schema_migrations WHERE name = $1', [migration.name]);
      if (done.rows[0]) {
        if (done.rows[0].checksum !== migration.checksum) throw new EditedMigrationError(migration.name);
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [migration.name, migration.checksum]);
      return true;
    });
    if (ran) applied.push(migration.name);
  }
  // The schema alone (an older installation's, in upgrade tests: today's functions need today's
  // tables): functions and rebuilds wait for the next migration with them.
  if (functionsDir === null) return applied;
  await applyFunctions(db, functionsDir, applied.length > 0);
  await runPendingRebuilds(db);
  return applied;
}

/** A function a migration names in `pending_rebuilds`: a plain SQL identifier, nothing else. */
const REBUILD_FUNCTION = /^[a-z_][a-z0-9_]*$/;

/**
 * Builds the derived data that migrations asked for (`pending_rebuilds`), now that the functions
 * that build it are there: each function runs and its request is removed in one transaction, once,
 * whichever instance gets there first.
 */
async function runPendingRebuilds(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    const { rows } = await tx.query<{ function_name: string }>('DELETE FROM pending_rebuilds RETURNING function_name');
    for (const { function_name: name } of rows.sort((a, b) => a.function_name.localeCompare(b.function_name))) {
      if (!REBUILD_FUNCTION.test(name)) throw new Error(`pending_rebuilds names ${JSON.stringify(name)}, which is not a function name`);
      await tx.query(`SELECT ${name}()`);
    }
  });
}

/** A trigger statement: it holds no function body, hence no semicolon before its end. */
const TRIGGER = /CREATE OR REPLACE TRIGGER\b[^;]*;/g;

/** How long re-creating the functions waits for a lock that live requests hold, and how often it tries. */
const FUNCTIONS_LOCK_TIMEOUT = '5s';
const FUNCTIONS_ATTEMPTS = 5;

/**
 * `CREATE OR REPLACE` keeps a function's grants and the plans that use it; a change of its
 * arguments or result type needs a migration that drops it first. The triggers come last, once
 * every function is there: a table's owner puts on it triggers that run other modules' functions.
 *
 * Re-creating views and triggers locks their tables, in an order no live request follows: an
 * instance restarting beside a busy one would deadlock with its requests. So the functions are
 * re-created only when their text changed since they were last (or a migration ran), waiting a
 * bounded time for each lock and trying again when PostgreSQL picks this transaction to break a
 * deadlock or a lock does not come.
 */
async function applyFunctions(db: Database, dir: URL, migrated: boolean): Promise<void> {
  const files = await readSqlFiles(dir);
  const checksum = checksumOf(files.map((file) => `${file.name}\n${file.checksum}`).join('\n'));
  await db.exec('CREATE TABLE IF NOT EXISTS schema_functions (checksum text NOT NULL)');
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
        const applied = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_functions');
        if (!migrated && applied.rows[0]?.checksum === checksum) return;
        await tx.exec(`SET LOCAL lock_timeout = '${FUNCTIONS_LOCK_TIMEOUT}'`);
        for (const file of files) await tx.exec(file.sql.replace(TRIGGER, ''));
        await tx.exec(files.flatMap((file) => file.sql.match(TRIGGER) ?? []).join('\n'));
        await tx.exec('DELETE FROM schema_functions');
        await tx.query('INSERT INTO schema_functions (checksum) VALUES ($1)', [checksum]);
      });
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= FUNCTIONS_ATTEMPTS || (code !== '40P01' && code !== '55P03')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
