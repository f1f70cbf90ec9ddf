import { randomBytes } from 'node:crypto';
import { type Position, readLandCollection } from '@motcua/core';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { wardCollection } from '../src/demo/land.js';
import { upsertParcels, upsertZones } from '../src/modules/land/repo.js';
import { parcelByNumber, parcelsAtPoint } from '../src/modules/land/service.js';
import { BENCH_DATABASE_URL, admin } from './bench-database.js';

/**
 * `npm run bench`: the p95 of the public parcel lookups over about 100,000 parcels (target under
 * 20 ms): by commune, sheet and number (the unique index), and by a point (the GiST index of the
 * boxes, then the exact point-in-polygon test in SQL), on PostgreSQL and on PGlite.
 */
const RUNS = 200;
const COMMUNE = '000.00.77.H75';
// 60 × 60 blocks of the demo ward's shape: about 100,500 parcels.
const PLAN = { origin: [106.7, 10.9] as Position, blocksAcross: 60, blocksDown: 60, seed: 77 };

const collection = readLandCollection(wardCollection(PLAN));
if (collection.problems.length > 0) throw new Error(`the bench's land file is wrong: ${collection.problems[0]!.en}`);
const parcels = collection.parcels;

/** Deterministic picks spread over the whole register. */
const picks = Array.from({ length: RUNS }, (_, run) => parcels[Math.floor(((run * 7919) % RUNS) * (parcels.length / RUNS))]!);
/** The mean of a lot's corners lies inside it. */
const middleOf = (parcel: (typeof parcels)[number]): Position => {
  const ring = (parcel.geometry.type === 'Polygon' ? parcel.geometry.coordinates[0] : parcel.geometry.coordinates[0]![0])!;
  const corners = ring.slice(0, -1);
  return [corners.reduce((sum, [lng]) => sum + lng, 0) / corners.length, corners.reduce((sum, [, lat]) => sum + lat, 0) / corners.length];
};

async function p95(run: (index: number) => Promise<unknown>): Promise<number> {
  const timings: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    await run(index);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.ceil(RUNS * 0.95) - 1]!;
}

async function measure(name: string, db: Database): Promise<void> {
  await migrate(db);
  const { rows } = await db.query<{ id: string }>(`INSERT INTO agencies (code, name, short_name, kind) VALUES ($1, 'Phường Thử Nghiệm', 'Phường Thử Nghiệm', 'commune') RETURNING id`, [COMMUNE]);
  const communeId = rows[0]!.id;
  const loading = performance.now();
  await db.transaction(async (tx) => {
    await upsertZones(tx, communeId, collection.zones, new Date());
    await upsertParcels(tx, communeId, parcels, new Date());
  });
  await db.query('ANALYZE land_parcels');
  const deps = { db, now: () => new Date() };
  const byNumber = await p95((index) => parcelByNumber(deps, { commune: COMMUNE, sheet: picks[index]!.sheet, parcel: picks[index]!.parcel }));
  const byPoint = await p95(async (index) => {
    const [lng, lat] = middleOf(picks[index]!);
    const found = await parcelsAtPoint(deps, { lng, lat });
    if (found.parcels.length !== 1) throw new Error(`the point inside ${picks[index]!.sheet}/${picks[index]!.parcel} found ${found.parcels.length} parcels`);
  });
  console.log(`Parcel lookup over ${parcels.length.toLocaleString('en')} parcels (${name}, loaded in ${((performance.now() - loading) / 1000).toFixed(0)} s), p95 of ${RUNS}:`);
  console.log(`  by number          p95 ${byNumber.toFixed(1)} ms (target < 20 ms)`);
  console.log(`  by point           p95 ${byPoint.toFixed(1)} ms (target < 20 ms)`);
}

const schema = `bench_land_${randomBytes(4).toString('hex')}`;
await admin(`CREATE SCHEMA ${schema}`);
const postgres = openPostgres({ connectionString: BENCH_DATABASE_URL, schema });
try {
  await measure('PostgreSQL', postgres);
} finally {
  await postgres.close();
  await admin(`DROP SCHEMA ${schema} CASCADE`);
}
const pglite = await openPglite();
try {
  await measure('PGlite', pglite);
} finally {
  await pglite.close();
}
