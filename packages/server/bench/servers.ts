import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openPostgres } from '../src/db/postgres.js';

/**
 * One benchmark server per process: `app` is MotCua itself; `baseline` is the least a server can
 * do for the same requests — one Fastify route, one SELECT or INSERT with the same driver.
 */
const [kind, url, schema, port] = process.argv.slice(2) as [string, string, string, string];

if (kind === 'app') {
  const db = openPostgres({ connectionString: url, schema });
  const app = await buildApp({ ...loadConfig({}), publicRequestsPerMinute: 100_000_000 }, db, { logger: false });
  await app.listen({ port: Number(port), host: '127.0.0.1' });
} else {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema},public` });
  const app = Fastify();
  app.get<{ Params: { code: string } }>('/track/:code', async (request) => {
    const { rows } = await pool.query('SELECT code, state, due_at FROM dossiers WHERE code = $1', [request.params.code]);
    return rows[0];
  });
  app.post<{ Body: { name: string; idNumber: string } }>('/receive', async (request, reply) => {
    const { rows } = await pool.query('INSERT INTO bench_baseline (name, id_number) VALUES ($1, $2) RETURNING id', [request.body.name, request.body.idNumber]);
    return reply.status(201).send(rows[0]);
  });
  await app.listen({ port: Number(port), host: '127.0.0.1' });
}
process.send?.('ready');
