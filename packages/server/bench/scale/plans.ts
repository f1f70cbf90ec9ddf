import type { Database, Queryable } from '../../src/db/database.js';
import { createCalendarService } from '../../src/modules/calendar/service.js';
import { type ListFilters, listDossiers } from '../../src/modules/dossiers/queries.js';
import type { AuthenticatedOfficer } from '../../src/platform/actor.js';

/**
 * The shape of a query's plan, as PostgreSQL's EXPLAIN (FORMAT JSON) gives it: whether every read
 * of the big tables is an index scan that a LIMIT stops after a page, so that the query costs the
 * same at 300 dossiers and at 5,000,000. Used by the scale bench on a seeded province and by
 * test/query-plans.test.ts.
 */

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows'?: number;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** Tables that grow with the dossiers: reading one whole, or sorting all it holds, costs with the years. */
const GROWING = new Set(['dossiers', 'dossier_steps', 'dossier_events', 'dossier_queue_entries', 'notifications']);

export interface PlanProblem {
  node: string;
  relation: string;
  why: string;
}

/**
 * What is wrong with a plan: a sequential or bitmap scan of a growing table, or an index scan of
 * the queue entries with no LIMIT above it (it would read every entry of a key). Reading a
 * dossier, its open step or its events by their id under a nested loop is fine: one row at a time.
 */
export function unboundedReads(plan: PlanNode): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const visit = (node: PlanNode, limited: boolean) => {
    const relation = node['Relation Name'];
    if (relation && GROWING.has(relation)) {
      if (node['Node Type'] === 'Seq Scan') problems.push({ node: node['Node Type'], relation, why: 'reads the whole table' });
      if (relation === 'dossier_queue_entries' && /Index/.test(node['Node Type']) && !limited) {
        problems.push({ node: `${node['Node Type']} using ${node['Index Name']}`, relation, why: 'reads entries with no LIMIT above it' });
      }
    }
    const below = limited || node['Node Type'] === 'Limit';
    for (const child of node.Plans ?? []) visit(child, below);
  };
  visit(plan, false);
  return problems;
}

/** How many rows of `relation` a query run under EXPLAIN ANALYZE read: those its scans returned and those their filters threw away. */
export async function rowsRead(db: Queryable, sql: string, params: readonly unknown[], relation: string): Promise<number> {
  const { rows } = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params as unknown[]);
  const count = (node: PlanNode): number =>
    (node['Relation Name'] === relation ? ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1) : 0) +
    (node.Plans ?? []).reduce((sum, child) => sum + count(child), 0);
  return count(rows[0]!['QUERY PLAN'][0]!.Plan);
}

/** The plan PostgreSQL makes for a query with these parameters, as a custom plan (these values) or as a generic one (any values). */
export async function planOf(db: Queryable, sql: string, params: readonly unknown[], kind: 'custom' | 'generic' = 'custom'): Promise<PlanNode> {
  if (kind === 'custom') {
    const { rows } = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${sql}`, params as unknown[]);
    return rows[0]!['QUERY PLAN'][0]!.Plan;
  }
  // What the sixth run of a prepared statement may switch to: planned for any values.
  const name = `plan_${Math.random().toString(36).slice(2)}`;
  await db.query(`PREPARE ${name} AS ${sql}`);
  try {
    await db.query('SET plan_cache_mode = force_generic_plan');
    const literals = params.map((value) => literalOf(value));
    const { rows } = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) EXECUTE ${name}${literals.length ? `(${literals.join(', ')})` : ''}`);
    return rows[0]!['QUERY PLAN'][0]!.Plan;
  } finally {
    await db.query('RESET plan_cache_mode');
    await db.query(`DEALLOCATE ${name}`);
  }
}

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
function literalOf(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return quoted(value.toISOString());
  if (Array.isArray(value)) return quoted(`{${value.map((item) => `"${String(item).replaceAll('"', '\\"')}"`).join(',')}}`);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return quoted(String(value));
}

/** The statement a page of a work queue runs, with its parameters, as the list sends it. */
export async function listStatementOf(
  db: Database,
  officer: AuthenticatedOfficer,
  filters: Omit<ListFilters, 'limit'>,
): Promise<Statement | undefined> {
  const { sent } = await recorded(db, (recording) => listDossiers({ db: recording, calendar: createCalendarService(db), now: () => new Date() }, officer, { ...filters, limit: 20 }));
  return sent.find((statement) => statement.sql.includes('dossier_queue_entries'));
}

export interface Statement {
  sql: string;
  params: readonly unknown[];
}

/** What `run` returns, and the statements it sent through the database it was given. */
export async function recorded<T>(db: Database, run: (recording: Database) => Promise<T>): Promise<{ result: T; sent: Statement[] }> {
  const sent: Statement[] = [];
  const recording: Database = { ...db, query: async (sql, params, options) => (sent.push({ sql, params: params ?? [] }), db.query(sql, params, options)) };
  return { result: await run(recording), sent };
}

/** What is wrong with the plans of a list's statement, custom and generic: nothing, for a page that costs the same at any size. */
export async function listPlanProblems(db: Database, officer: AuthenticatedOfficer, filters: Omit<ListFilters, 'limit'>): Promise<string[]> {
  const statement = await listStatementOf(db, officer, filters);
  // An officer with no key to scan (no dossier role) is answered without a query.
  if (!statement) return [];
  const { sql, params } = statement;
  const problems: string[] = [];
  for (const kind of ['custom', 'generic'] as const) {
    const plan = await db.transaction((tx) => planOf(tx, sql, params, kind));
    problems.push(...unboundedReads(plan).map((problem) => `${kind}: ${problem.node} on ${problem.relation} ${problem.why}`));
  }
  return problems;
}
