import { appendFile, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { EditedMigrationError, migrate } from '../src/db/migrate.js';
import { FUNCTIONS_DIR } from '../src/paths.js';
import { ENGINES, type OpenedDatabase } from './support/engines.js';
import { copyOfMigrations } from './support/migration-copies.js';

describe.each(ENGINES)('migrations on $name', (engine) => {
  let opened: OpenedDatabase;
  let db: Database;
  let copy: Awaited<ReturnType<typeof copyOfMigrations>>;

  beforeAll(async () => {
    opened = await engine.open();
    db = opened.db;
    copy = await copyOfMigrations();
  });
  afterAll(async () => {
    await opened.dispose();
    await copy.remove();
  });

  it('records a checksum of every applied migration and does nothing more on an up-to-date database', async () => {
    const { rows } = await db.query<{ name: string; checksum: string | null }>('SELECT name, checksum FROM schema_migrations');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum ?? ''))).toBe(true);
    expect(await migrate(db, copy.dir)).toEqual([]);
  });

  it('keeps the text of every SQL function and trigger of the schema in db/functions, and applies it', async () => {
    const texts = await Promise.all((await readdir(FUNCTIONS_DIR)).map((name) => readFile(new URL(name, FUNCTIONS_DIR), 'utf8')));
    const defined = new Set(texts.flatMap((text) => [...text.matchAll(/CREATE OR REPLACE (?:FUNCTION|TRIGGER) (\w+)/g)].map((match) => match[1]!)));
    const { rows } = await db.query<{ name: string }>(
      `SELECT p.proname AS name FROM pg_proc p
        WHERE p.pronamespace = current_schema()::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
       UNION
       SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal`,
    );
    expect(rows.map((row) => row.name).filter((name) => !defined.has(name))).toEqual([]);
    // What runs is the file's text, not an older migration's.
    const { rows: source } = await db.query<{ body: string }>("SELECT prosrc AS body FROM pg_proc WHERE proname = 'persist_transition' AND pronamespace = current_schema()::regnamespace");
    expect(texts.join('\n')).toContain(source[0]!.body.trim());
  });

  it('re-creates the functions, views and triggers only when their text changed or a migration ran', async () => {
    // Re-creating a function writes its catalogue row anew: a new xmin.
    const version = async () =>
      (await db.query<{ xmin: string }>("SELECT xmin::text FROM pg_proc WHERE proname = 'persist_transition' AND pronamespace = current_schema()::regnamespace")).rows[0]!.xmin;
    const before = await version();
    await migrate(db, copy.dir);
    expect(await version()).toBe(before);
    const functions = await mkdtemp(join(tmpdir(), 'motcua-functions-'));
    try {
      await cp(FUNCTIONS_DIR, functions, { recursive: true });
      await appendFile(join(functions, 'search.sql'), '\n-- A comment changes the text.\n');
      await migrate(db, copy.dir, pathToFileURL(`${functions}/`));
      expect(await version()).not.toBe(before);
    } finally {
      await rm(functions, { recursive: true, force: true });
    }
  });

  it('applies a new migration once', async () => {
    await writeFile(join(copy.path, '999_added_later.sql'), 'CREATE TABLE added_later (id int);\n');
    expect(await migrate(db, copy.dir)).toEqual(['999_added_later.sql']);
    expect(await migrate(db, copy.dir)).toEqual([]);
  });

  it('refuses a database whose applied migration was edited since, naming it', async () => {
    await appendFile(join(copy.path, copy.first), '\n-- an afterthought\n');
    const refusal = migrate(db, copy.dir);
    await expect(refusal).rejects.toBeInstanceOf(EditedMigrationError);
    await expect(refusal).rejects.toThrow(copy.first);
  });

  it('takes the files as they are on a database migrated before checksums were kept, then holds them to it', async () => {
    const pristine = await copyOfMigrations();
    try {
      await db.query('UPDATE schema_migrations SET checksum = NULL');
      await migrate(db, pristine.dir).catch(() => undefined);
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations WHERE checksum IS NULL');
      // The one migration only the edited copy had keeps no checksum; every file of the pristine set has one again.
      expect(rows[0]!.n).toBe(1);
      await appendFile(join(pristine.path, pristine.first), '\n-- edited\n');
      await expect(migrate(db, pristine.dir)).rejects.toBeInstanceOf(EditedMigrationError);
    } finally {
      await pristine.remove();
    }
  });
});
