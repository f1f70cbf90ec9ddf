import { type Position, readLandCollection } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recorded, rowsRead } from '../bench/scale/plans.js';
import type { Database } from '../src/db/database.js';
import { DEMO_WARD, wardCollection } from '../src/demo/land.js';
import { upsertParcels, upsertZones } from '../src/modules/land/repo.js';
import { mapLayer, parcelByNumber, parcelsAtPoint } from '../src/modules/land/service.js';
import { ENGINES } from './support/engines.js';

const COMMUNE = '000.00.77.H75';
const collection = readLandCollection(wardCollection(DEMO_WARD));

/**
 * The lookups read a handful of the register's rows, however many it holds: a parcel by its
 * number through the unique index, a point through the GiST index of the boxes (the exact test
 * then runs on those few), a map view through the same index.
 */
describe.each(ENGINES)('land lookups read few rows on $name', (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
    const { rows } = await db.query<{ id: string }>(`INSERT INTO agencies (code, name, short_name, kind) VALUES ($1, 'Phường Thử Nghiệm', 'Phường Thử Nghiệm', 'commune') RETURNING id`, [COMMUNE]);
    await db.transaction(async (tx) => {
      await upsertZones(tx, rows[0]!.id, collection.zones, new Date());
      await upsertParcels(tx, rows[0]!.id, collection.parcels, new Date());
    });
    await db.query('ANALYZE land_parcels');
  });
  afterAll(() => dispose?.());

  const landParcelRowsRead = async (lookup: (recording: Database) => Promise<unknown>) => {
    const { sent } = await recorded(db, lookup);
    const statement = sent.find((item) => item.sql.includes('land_parcels p'))!;
    return rowsRead(db, statement.sql, statement.params, 'land_parcels');
  };

  it(`finds a parcel by number or under a point reading at most a few of ${collection.parcels.length} rows`, async () => {
    const parcel = collection.parcels[1_234]!;
    const ring = (parcel.geometry.type === 'Polygon' ? parcel.geometry.coordinates[0] : parcel.geometry.coordinates[0]![0])!.slice(0, -1);
    const middle: Position = [ring.reduce((sum, [lng]) => sum + lng, 0) / ring.length, ring.reduce((sum, [, lat]) => sum + lat, 0) / ring.length];
    const deps = (recording: Database) => ({ db: recording, now: () => new Date() });
    expect(await landParcelRowsRead((recording) => parcelByNumber(deps(recording), { commune: COMMUNE, sheet: parcel.sheet, parcel: parcel.parcel }))).toBe(1);
    // The boxes holding the point: the lot's and perhaps a neighbour's whose slanted side reaches past it.
    expect(await landParcelRowsRead((recording) => parcelsAtPoint(deps(recording), { lng: middle[0], lat: middle[1] }))).toBeLessThanOrEqual(4);
    const view = `${middle[0] - 0.0003},${middle[1] - 0.0003},${middle[0] + 0.0003},${middle[1] + 0.0003}`;
    const { sent, result } = await recorded(db, (recording) => mapLayer(deps(recording), { bbox: view, layer: 'parcels', limit: 2_000 }));
    expect(result.features.length).toBeGreaterThan(10);
    expect(await rowsRead(db, sent[0]!.sql, sent[0]!.params, 'land_parcels')).toBe(result.features.length);
  });
});
