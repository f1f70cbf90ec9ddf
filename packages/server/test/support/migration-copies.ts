import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MIGRATIONS_DIR } from '../../src/paths.js';

export interface MigrationsCopy {
  dir: URL;
  path: string;
  /** The name of the first migration. */
  first: string;
  remove(): Promise<void>;
}

/**
 * A copy of the migrations that a test may edit, as a developer would edit the real ones; with
 * `before`, without that migration and the later ones: the migrations as an older installation ran them.
 */
export async function copyOfMigrations(options: { before?: string } = {}): Promise<MigrationsCopy> {
  const path = await mkdtemp(join(tmpdir(), 'motcua-migrations-'));
  await cp(MIGRATIONS_DIR, path, { recursive: true });
  const names = (await readdir(path)).filter((name) => name.endsWith('.sql')).sort();
  for (const name of names) if (options.before && name >= options.before) await rm(join(path, name));
  return { dir: pathToFileURL(`${path}/`), path, first: names[0]!, remove: () => rm(path, { recursive: true, force: true }) };
}
