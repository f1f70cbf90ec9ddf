import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FUNCTION_FILE_OWNERS, TABLE_OWNERS } from '../src/db/ownership.js';
import { FUNCTIONS_DIR, MIGRATIONS_DIR } from '../src/paths.js';
import { type SqlSource, readSqlSources, stringsOf, tablesOfMigrations, trespasses } from './support/table-ownership.js';

describe('modules own their tables (db/ownership.ts)', () => {
  it('names the owner of every table the migrations leave, and of no other', async () => {
    expect(Object.keys(TABLE_OWNERS).sort()).toEqual(await tablesOfMigrations(MIGRATIONS_DIR));
  });

  it('names the owner of every file of db/functions, and of no other', async () => {
    const files = (await readdir(FUNCTIONS_DIR)).filter((name) => name.endsWith('.sql')).sort();
    expect(Object.keys(FUNCTION_FILE_OWNERS).sort()).toEqual(files);
  });

  it('finds no module reading or writing a table of another, in its TypeScript or its SQL functions', async () => {
    expect(trespasses(await readSqlSources())).toEqual([]);
  });

  it('fails naming the module, the file and the table on a planted read, write or trigger', () => {
    const planted: SqlSource[] = [
      {
        module: 'statistics',
        file: 'src/modules/statistics/planted.ts',
        sql: stringsOf('planted.ts', 'const sql = `SELECT d.code, a.name FROM dossier_facts d, agencies a WHERE a.id = ${id}`;'),
      },
      { module: 'files', file: 'src/modules/files/planted.ts', sql: stringsOf('planted.ts', "db.query('DELETE FROM dossier_drafts WHERE id = $1')") },
      {
        module: 'digitisation',
        file: 'src/db/functions/planted.sql',
        sql: ['CREATE OR REPLACE TRIGGER t AFTER UPDATE OF state, components ON dossiers FOR EACH ROW EXECUTE FUNCTION f();\n' +
          'CREATE OR REPLACE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN insert into notifications SELECT * FROM jsonb_populate_record(NULL::outbox, $1); END $$;'],
      },
    ];
    expect(trespasses(planted)).toEqual([
      'statistics: src/modules/statistics/planted.ts reads agencies, a table of agencies',
      'files: src/modules/files/planted.ts writes dossier_drafts, a table of citizens',
      'digitisation: src/db/functions/planted.sql writes notifications, a table of notifications',
      'digitisation: src/db/functions/planted.sql reads outbox, a table of platform',
      'digitisation: src/db/functions/planted.sql puts a trigger on dossiers, a table of dossiers',
    ]);
  });

  it('takes neither prose nor comments for SQL', () => {
    const sources: SqlSource[] = [
      {
        module: 'statistics',
        file: 'src/modules/statistics/prose.ts',
        sql: stringsOf('prose.ts', "// SELECT * FROM dossiers\nconst title = 'Files from agencies, into officers';"),
      },
    ];
    expect(trespasses(sources)).toEqual([]);
  });
});
