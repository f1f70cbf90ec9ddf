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
  const listener = createListener(options);
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
    listen: listener.listen,
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

interface Listening {
  channel: string;
  onNotification: (payload: string) => void;
  onReconnect: (() => void) | undefined;
}

const RECONNECT_DELAYS_MS = [100, 500, 1000, 2000, 5000];

/**
 * The instance's one listening connection, outside the pool (a pooled connection is shared, and
 * LISTEN belongs to a session). It opens with the first listener and, when it drops, reconnects
 * with growing pauses and listens again to every channel.
 */
function createListener(options: PostgresOptions) {
  const listenings = new Set<Listening>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;
  let failures = 0;

  const quoted = (channel: string) => `"${channel.replaceAll('"', '""')}"`;

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString: withoutOptions(options.connectionString), options: connectionOptions(options) });
    next.on('notification', (message) => {
      for (const listening of listenings) if (listening.channel === message.channel) listening.onNotification(message.payload ?? '');
    });
    next.on('error', () => dropped(next));
    next.on('end', () => dropped(next));
    await next.connect();
    for (const channel of new Set([...listenings].map((listening) => listening.channel))) await next.query(`LISTEN ${quoted(channel)}`);
    failures = 0;
    return next;
  }

  function dropped(which: pg.Client): void {
    if (client !== which || closed) return;
    client = undefined;
    which.end().catch(() => undefined);
    void reconnect();
  }

  async function reconnect(): Promise<void> {
    while (!closed && listenings.size > 0 && !client) {
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAYS_MS[Math.min(failures, RECONNECT_DELAYS_MS.length - 1)]));
      try {
        await ensureClient();
        for (const listening of listenings) listening.onReconnect?.();
      } catch {
        failures++;
      }
    }
  }

  async function ensureClient(): Promise<pg.Client> {
    if (client) return client;
    connecting ??= connect().finally(() => (connecting = undefined));
    client = await connecting;
    return client;
  }

  return {
    async listen(channel: string, onNotification: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>> {
      const listening: Listening = { channel, onNotification, onReconnect };
      const alreadyHeard = [...listenings].some((other) => other.channel === channel);
      listenings.add(listening);
      try {
        const current = await ensureClient();
        if (!alreadyHeard) await current.query(`LISTEN ${quoted(channel)}`);
      } catch (error) {
        listenings.delete(listening);
        throw error;
      }
      return async () => {
        listenings.delete(listening);
        if (client && ![...listenings].some((other) => other.channel === channel)) await client.query(`UNLISTEN ${quoted(channel)}`).catch(() => undefined);
      };
    },
    async close(): Promise<void> {
      closed = true;
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
