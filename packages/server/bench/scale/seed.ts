import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../../src/db/migrate.js';
import { openPostgres } from '../../src/db/postgres.js';
import { seedProvince } from './seed-province.js';

/**
 * `npm run seed:scale -- --dossiers 1000000`: a province at scale in a PostgreSQL schema of its own
 * (made afresh), for measuring the back office and the portal as a real province would use them.
 */
const { values } = parseArgs({
  options: {
    dossiers: { type: 'string' },
    communes: { type: 'string', default: '166' },
    years: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    schema: { type: 'string', default: 'motcua_scale' },
    url: { type: 'string', default: process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
const count = (name: string, value: string | undefined, max: number) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > max) {
    console.error(`--${name} takes a whole number from 0 to ${max.toLocaleString('en')} (got ${value ?? 'nothing'}).`);
    process.exit(2);
  }
  return number;
};
const dossiers = count('dossiers', values.dossiers, 5_000_000);
const options = { dossiers, communes: count('communes', values.communes, 2000), years: count('years', values.years, 20), seed: count('seed', values.seed, 2 ** 31) };
if (!/^[a-z_][a-z0-9_]*$/.test(values.schema)) {
  console.error('--schema takes a plain lower-case name.');
  process.exit(2);
}

const admin = new pg.Client({ connectionString: values.url });
await admin.connect();
await admin.query(`DROP SCHEMA IF EXISTS ${values.schema} CASCADE; CREATE SCHEMA ${values.schema}`);
await admin.end();
const db = openPostgres({ connectionString: values.url, schema: values.schema, maxConnections: 2 });
try {
  await migrate(db);
  const result = await seedProvince(db, { ...options, log: (line) => console.log(line) });
  console.log(`Seeded ${result.dossiers.toLocaleString('en')} dossiers in ${Math.round(result.seconds)} s into schema ${values.schema}.`);
  console.log(`Run MotCua on it with DATABASE_URL='${values.url}?options=-c%20search_path%3D${values.schema},public'.`);
} finally {
  await db.close();
}
