import { readdir, readFile } from 'node:fs/promises';
import ts from 'typescript';
import { FUNCTION_FILE_OWNERS, TABLE_OWNERS } from '../../src/db/ownership.js';
import { FUNCTIONS_DIR } from '../../src/paths.js';

/** A file's SQL, and the module it belongs to. */
export interface SqlSource {
  module: string;
  /** Relative to packages/server. */
  file: string;
  sql: string[];
}

const SERVER_ROOT = new URL('../../', import.meta.url);
const MODULES_DIR = new URL('src/modules/', SERVER_ROOT);

/**
 * The text of every string and template literal of a TypeScript file; an interpolation reads as
 * `?`, so that a table name written beside it still stands out. Comments are not strings.
 */
export function stringsOf(fileName: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ? '));
    node.forEachChild(visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return found;
}

/** Every module's .ts files, then every file of db/functions, each with its owner. */
export async function readSqlSources(): Promise<SqlSource[]> {
  const modules = (await readdir(MODULES_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const perModule = await Promise.all(
    modules.map(async (module) => {
      const names = (await readdir(new URL(`${module}/`, MODULES_DIR), { recursive: true })).filter((name) => name.endsWith('.ts')).sort();
      return Promise.all(
        names.map(async (name) => {
          const file = `src/modules/${module}/${name}`;
          return { module, file, sql: stringsOf(file, await readFile(new URL(file, SERVER_ROOT), 'utf8')) };
        }),
      );
    }),
  );
  const functionFiles = (await readdir(FUNCTIONS_DIR)).filter((name) => name.endsWith('.sql')).sort();
  const functions = await Promise.all(
    functionFiles.map(async (name) => ({
      module: FUNCTION_FILE_OWNERS[name] ?? '(no owner in db/ownership.ts)',
      file: `src/db/functions/${name}`,
      sql: [await readFile(new URL(name, FUNCTIONS_DIR), 'utf8')],
    })),
  );
  return [...perModule.flat(), ...functions];
}

/** The SQL without its comments and quoted strings; dollar-quoted bodies stay, being SQL. */
function withoutCommentsAndStrings(sql: string): string {
  return sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, ' ');
}

/** How a statement uses a table it names, and where the name stands. */
const USES: ReadonlyArray<{ pattern: RegExp; use: (match: RegExpExecArray) => 'reads' | 'writes' | 'puts a trigger on' }> = [
  // FROM a x, b y: every table of the list; DELETE FROM writes.
  { pattern: /\b(DELETE\s+)?FROM\s+((?:ONLY\s+)?\w+(?:\s+(?:AS\s+)?\w+)?(?:\s*,\s*\w+(?:\s+(?:AS\s+)?\w+)?)*)/g, use: (match) => (match[1] ? 'writes' : 'reads') },
  { pattern: /\bJOIN\s+((?:ONLY\s+)?\w+)/g, use: () => 'reads' },
  { pattern: /\b(?:INSERT\s+INTO|UPDATE|TRUNCATE|MERGE\s+INTO|ALTER\s+TABLE)\s+((?:ONLY\s+)?\w+)/g, use: () => 'writes' },
  // A table's row type (jsonb_populate_record(NULL::dossiers, …)) is its columns.
  { pattern: /::(\w+)/g, use: () => 'reads' },
  { pattern: /\b(\w+)%ROWTYPE/g, use: () => 'reads' },
  { pattern: /\b(?:BEFORE|AFTER|INSTEAD\s+OF)\s+(?:INSERT|UPDATE|DELETE|TRUNCATE)\b[\w\s,]*?\bON\s+(\w+)/g, use: () => 'puts a trigger on' },
];

/** The tables a piece of SQL names, with how it uses each. */
export function tablesUsedBy(sql: string, caseSensitive: boolean): Array<{ table: string; use: string }> {
  const text = withoutCommentsAndStrings(sql);
  const used: Array<{ table: string; use: string }> = [];
  for (const { pattern, use } of USES) {
    const search = new RegExp(pattern.source, caseSensitive ? 'g' : 'gi');
    for (const match of text.matchAll(search)) {
      const named = match.at(-1)!;
      for (const item of named.split(',')) {
        const table = item.trim().replace(/^ONLY\s+/i, '').split(/\s+/)[0]!.toLowerCase();
        if (Object.hasOwn(TABLE_OWNERS, table)) used.push({ table, use: use(match as RegExpExecArray) });
      }
    }
  }
  return used;
}

/**
 * Each use of a table by a module that does not own it, as a line naming the module, the file and
 * the table. The code writes SQL keywords in upper case: in TypeScript, only those count, so that
 * prose ("files from agencies") is not taken for SQL.
 */
export function trespasses(sources: readonly SqlSource[]): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    const caseSensitive = source.file.endsWith('.ts');
    for (const sql of source.sql) {
      for (const { table, use } of tablesUsedBy(sql, caseSensitive)) {
        const owner = TABLE_OWNERS[table as keyof typeof TABLE_OWNERS];
        if (owner !== source.module) found.add(`${source.module}: ${source.file} ${use} ${table}, a table of ${owner}`);
      }
    }
  }
  return [...found];
}

/** The tables the migrations leave: those created, less those dropped since, under the names they were given last. */
export async function tablesOfMigrations(migrationsDir: URL): Promise<string[]> {
  const names = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  const tables = new Set<string>();
  for (const name of names) {
    const sql = withoutCommentsAndStrings(await readFile(new URL(name, migrationsDir), 'utf8'));
    // DROP TABLE may name several: `DROP TABLE a, b;`.
    for (const match of sql.matchAll(
      /\b(CREATE(?:\s+UNLOGGED)?\s+TABLE(?:\s+IF\s+NOT\s+EXISTS)?|DROP\s+TABLE(?:\s+IF\s+EXISTS)?|ALTER\s+TABLE(?:\s+IF\s+EXISTS)?)\s+(\w+(?:\s*,\s*\w+)*)(?:\s+RENAME\s+TO\s+(\w+))?/gi,
    )) {
      const named = match[2]!.split(',').map((table) => table.trim().toLowerCase());
      if (/^CREATE/i.test(match[1]!)) tables.add(named[0]!);
      else if (/^DROP/i.test(match[1]!)) for (const table of named) tables.delete(table);
      else if (match[3] && tables.delete(named[0]!)) tables.add(match[3].toLowerCase());
    }
  }
  return [...tables].sort();
}
