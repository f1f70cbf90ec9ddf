import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { type Centre, createCentre } from '../test/support/centre.js';
import { createProvince } from '../test/support/province.js';
import { TEST_CREDENTIAL_KEY } from '../test/support/signing.js';

const URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

export interface CentreBench {
  db: Database;
  centre: Centre;
  app: FastifyInstance;
  /** The app's address, e.g. http://127.0.0.1:41234 */
  base: string;
}

/**
 * Runs a centre's benchmark on PostgreSQL: a schema of its own with the test province and its
 * centre, an app listening on a free port without rate limits; all of it removed afterwards.
 */
export async function benchCentre(work: (bench: CentreBench) => Promise<void>): Promise<void> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE SCHEMA ${schema}`);
  const db = openPostgres({ connectionString: URL, schema });
  try {
    await migrate(db);
    const centre = await createCentre(db, await createProvince(db));
    const config = { ...loadConfig({}), publicRequestsPerMinute: 100_000_000, credentialKey: TEST_CREDENTIAL_KEY };
    const app = await buildApp(config, db, { logger: false, backgroundJobs: false });
    try {
      await work({ db, centre, app, base: await app.listen({ port: 0, host: '127.0.0.1' }) });
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    await admin(`DROP SCHEMA ${schema} CASCADE`);
  }
}
