import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, Queryable } from './database.js';

// Dates and timestamps stay as the driver's Date objects; bigint counts come back as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface PostgresOptions {
  connectionString: string;
  /** Schema to work in; tests give each run its own. */
  schema?: string | undefined;
  maxConnections?: number | undefined;
}

// Every statement is prepared once per connection under a name derived from its text, so that
// PostgreSQL parses and plans the hot queries once instead of on every request.
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query(sql, params, options) {
      const name = options?.planEachRun ? undefined : statementName(sql);
      const result = await client.query({ ...(name && { name }), text: sql, values: params as unknown[] | undefined });
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    async exec(sql) {
      await client.query(sql);
    },
  };
}

/**
 * The server settings of every connection: those the address gives (`?options=-c …`), the schema
 * (first, so that unqualified names resolve there; public keeps the extensions' operators), and JIT
 * off — it pays only for long analytical queries, and on the back office's lists it compiled for
 * half a second queries that then ran in milliseconds.
 */
export function connectionOptions(options: Pick<PostgresOptions, 'connectionString' | 'schema'>): string {
  const given = URL.canParse(options.connectionString) ? new URL(options.connectionString).searchParams.get('options') : null;
  return [given, options.schema && `-c search_path=${options.schema},public`, '-c jit=off'].filter(Boolean).join(' ');
}

/** The address without its `options`, which pg would otherwise let override the merged ones. */
function withoutOptions(connectionString: string): string {
  if (!URL.canParse(connectionString)) return connectionString;
  const url = new URL(connectionString);
  url.searchParams.delete('options');
  return url.toString();
}

export function openPostgres(options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: withoutOptions(options.connectionString),
    max: options.maxConnections ?? 10,
    options: connectionOptions(options),
  });
  const direct = wrap(pool);
  return {
    kind: 'postgres',
    query: direct.query,
    exec: direct.exec,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
