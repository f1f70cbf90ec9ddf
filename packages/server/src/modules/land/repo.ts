import type { AreaGeometry, LandUse, LandUseCode, ParcelRecord, PlanningStatus, PlanningZoneRecord } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/** A shape as the database gives it back: the GeoJSON the import checked. */
export interface StoredGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
}

/** A parcel's row as the public reads it: the columns of land_parcels and its zone, never land_parcel_holders. */
export interface PublicParcelRow {
  id: string;
  commune_code: string;
  commune_name: string;
  sheet_number: number;
  parcel_number: number;
  area_m2: string;
  land_uses: LandUse[];
  address: string | null;
  planned_use: LandUseCode | null;
  planning_status: PlanningStatus | null;
  restrictions: string[];
  geometry: StoredGeometry;
  zone_code: string | null;
  zone_name: string | null;
  zone_planned_use: LandUseCode | null;
  zone_decision: string | null;
}

const PUBLIC_COLUMNS = `p.id, a.code AS commune_code, a.name AS commune_name, p.sheet_number, p.parcel_number, p.area_m2, p.land_uses, p.address,
  p.planned_use, p.planning_status, p.restrictions, p.geometry, z.code AS zone_code, z.name AS zone_name, z.planned_use AS zone_planned_use,
  z.decision AS zone_decision`;
const PUBLIC_FROM = `land_parcels p JOIN agency_directory a ON a.id = p.commune_id LEFT JOIN land_planning_zones z ON z.id = p.planning_zone_id`;

/**
 * The box of a shape's bounding-box columns, as the GiST indexes of migration 068 are built on it:
 * a query names it in the same words for the planner to use the index.
 */
const BOX = (alias: string) => `box(point(${alias}.min_lng, ${alias}.min_lat), point(${alias}.max_lng, ${alias}.max_lat))`;

export async function findParcelByNumber(db: Queryable, communeCode: string, sheet: number, parcel: number): Promise<PublicParcelRow | undefined> {
  const { rows } = await db.query<PublicParcelRow>(
    `SELECT ${PUBLIC_COLUMNS} FROM ${PUBLIC_FROM} WHERE a.code = $1 AND p.sheet_number = $2 AND p.parcel_number = $3`,
    [communeCode, sheet, parcel],
  );
  return rows[0];
}

export async function findParcelById(db: Queryable, id: string): Promise<(PublicParcelRow & { commune_id: string }) | undefined> {
  const { rows } = await db.query<PublicParcelRow & { commune_id: string }>(`SELECT ${PUBLIC_COLUMNS}, p.commune_id FROM ${PUBLIC_FROM} WHERE p.id = $1`, [id]);
  return rows[0];
}

/** The parcels whose shape holds the point: the few whose box holds it, by the index, then the exact test (land.sql). */
export async function findParcelsAtPoint(db: Queryable, lng: number, lat: number): Promise<PublicParcelRow[]> {
  const { rows } = await db.query<PublicParcelRow>(
    `SELECT ${PUBLIC_COLUMNS} FROM ${PUBLIC_FROM}
      WHERE ${BOX('p')} && box(point($1, $2), point($1, $2)) AND land_geometry_contains(p.geometry, $1, $2)
      ORDER BY a.code, p.sheet_number, p.parcel_number LIMIT 10`,
    [lng, lat],
  );
  return rows;
}

export interface Box {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export interface MapFeatureRow {
  id: string;
  geometry: StoredGeometry;
  properties: Record<string, string | number | null>;
}

const MAP_LAYERS = {
  parcels: {
    from: 'land_parcels t JOIN agency_directory a ON a.id = t.commune_id',
    properties: `jsonb_build_object('commune', a.code, 'sheet', t.sheet_number, 'parcel', t.parcel_number,
      'landUse', (SELECT string_agg(u->>'code', '+') FROM jsonb_array_elements(t.land_uses) u), 'areaM2', t.area_m2, 'planningStatus', t.planning_status)`,
    id: `a.code || '/' || t.sheet_number || '/' || t.parcel_number`,
  },
  planning_zones: {
    from: 'land_planning_zones t JOIN agency_directory a ON a.id = t.commune_id',
    properties: `jsonb_build_object('commune', a.code, 'code', t.code, 'name', t.name, 'plannedUse', t.planned_use)`,
    id: `a.code || '/' || t.code`,
  },
  commune_boundaries: {
    from: 'land_commune_boundaries t JOIN agency_directory a ON a.id = t.commune_id',
    properties: `jsonb_build_object('commune', a.code, 'name', a.name)`,
    id: 'a.code',
  },
} as const;

export type MapLayer = keyof typeof MAP_LAYERS;

/** Up to `limit` + 1 shapes of a layer whose box meets the map's (the one more tells that the answer was cut). */
export async function mapFeatures(db: Queryable, layer: MapLayer, box: Box, limit: number): Promise<MapFeatureRow[]> {
  const { from, properties, id } = MAP_LAYERS[layer];
  const { rows } = await db.query<MapFeatureRow>(
    `SELECT ${id} AS id, t.geometry, ${properties} AS properties FROM ${from}
      WHERE ${BOX('t')} && box(point($1, $2), point($3, $4)) LIMIT $5`,
    [box.minLng, box.minLat, box.maxLng, box.maxLat, limit + 1],
  );
  return rows;
}

export interface LandCommuneRow {
  code: string;
  name: string;
  parcels: number;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}

/** The communes that have a land register, with the box of their parcels and boundary, for a map to open on. */
export async function listLandCommunes(db: Queryable): Promise<LandCommuneRow[]> {
  const { rows } = await db.query<LandCommuneRow>(
    `SELECT a.code, a.name, s.parcels, least(s.min_lng, b.min_lng) AS min_lng, least(s.min_lat, b.min_lat) AS min_lat,
            greatest(s.max_lng, b.max_lng) AS max_lng, greatest(s.max_lat, b.max_lat) AS max_lat
       FROM (SELECT commune_id, count(*)::int AS parcels, min(min_lng) AS min_lng, min(min_lat) AS min_lat, max(max_lng) AS max_lng, max(max_lat) AS max_lat
               FROM land_parcels GROUP BY commune_id) s
       JOIN agency_directory a ON a.id = s.commune_id
       LEFT JOIN land_commune_boundaries b ON b.commune_id = s.commune_id
      ORDER BY a.name`,
  );
  return rows;
}

export interface HolderRow {
  certificate_serial: string | null;
  holder_name: string | null;
  holder_id_number: string | null;
  holder_address: string | null;
}

/** Who holds a parcel and its certificate: for the land office only (rule see-land-holders). */
export async function findHolder(db: Queryable, parcelId: string): Promise<HolderRow | undefined> {
  const { rows } = await db.query<HolderRow>('SELECT certificate_serial, holder_name, holder_id_number, holder_address FROM land_parcel_holders WHERE parcel_id = $1', [parcelId]);
  return rows[0];
}

export interface LinkedDossierRow {
  code: string;
  state: string;
  purpose: string;
  linked_at: Date;
}

export async function linkedDossiers(db: Queryable, parcelId: string): Promise<LinkedDossierRow[]> {
  const { rows } = await db.query<LinkedDossierRow>(
    `SELECT d.code, d.state, l.purpose, l.linked_at FROM land_parcel_dossiers l JOIN dossier_facts d ON d.id = l.dossier_id
      WHERE l.parcel_id = $1 ORDER BY l.linked_at, d.code`,
    [parcelId],
  );
  return rows;
}

export async function linkDossier(db: Queryable, link: { parcelId: string; dossierId: string; purpose: string; officerId: string; at: Date }): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO land_parcel_dossiers (parcel_id, dossier_id, purpose, linked_by, linked_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (parcel_id, dossier_id) DO NOTHING`,
    [link.parcelId, link.dossierId, link.purpose, link.officerId, link.at],
  );
  return (rowCount ?? 0) > 0;
}

export async function unlinkDossier(db: Queryable, parcelId: string, dossierId: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM land_parcel_dossiers WHERE parcel_id = $1 AND dossier_id = $2', [parcelId, dossierId]);
  return (rowCount ?? 0) > 0;
}

/** The codes of the commune's planning zones already on file. */
export async function zoneCodes(db: Queryable, communeId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ code: string }>('SELECT code FROM land_planning_zones WHERE commune_id = $1', [communeId]);
  return new Set(rows.map((row) => row.code));
}

const boxColumns = (record: { bbox: { minLng: number; minLat: number; maxLng: number; maxLat: number } }) => ({
  min_lng: record.bbox.minLng,
  min_lat: record.bbox.minLat,
  max_lng: record.bbox.maxLng,
  max_lat: record.bbox.maxLat,
});

/** Adds or replaces the commune's zones by code; returns how many were written. */
export async function upsertZones(db: Queryable, communeId: string, zones: readonly PlanningZoneRecord[], at: Date): Promise<number> {
  if (zones.length === 0) return 0;
  const records = zones.map((zone) => ({ code: zone.code, name: zone.name, planned_use: zone.plannedUse, decision: zone.decision, geometry: zone.geometry, ...boxColumns(zone) }));
  const { rowCount } = await db.query(
    `INSERT INTO land_planning_zones AS z (commune_id, code, name, planned_use, decision, geometry, min_lng, min_lat, max_lng, max_lat, imported_at)
     SELECT $1, r.code, r.name, r.planned_use, r.decision, r.geometry, r.min_lng, r.min_lat, r.max_lng, r.max_lat, $3
       FROM jsonb_to_recordset($2::jsonb) AS r(code text, name text, planned_use text, decision text, geometry jsonb,
                                             min_lng double precision, min_lat double precision, max_lng double precision, max_lat double precision)
     ON CONFLICT (commune_id, code) DO UPDATE SET name = EXCLUDED.name, planned_use = EXCLUDED.planned_use, decision = EXCLUDED.decision,
       geometry = EXCLUDED.geometry, min_lng = EXCLUDED.min_lng, min_lat = EXCLUDED.min_lat, max_lng = EXCLUDED.max_lng, max_lat = EXCLUDED.max_lat,
       imported_at = EXCLUDED.imported_at
     WHERE (z.name, z.planned_use, z.decision, z.geometry) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.planned_use, EXCLUDED.decision, EXCLUDED.geometry)`,
    [communeId, JSON.stringify(records), at],
  );
  return rowCount ?? 0;
}

/** Parcels written at once: one statement's JSON stays a few megabytes. */
const PARCEL_BATCH = 2_000;

/**
 * Adds the parcels not on file and replaces those that differ, by commune, sheet and parcel number;
 * a parcel the same as on file is left alone, so importing a file twice changes nothing. Their
 * holders and certificates go to land_parcel_holders; a parcel that names none keeps what is on file.
 */
export async function upsertParcels(db: Queryable, communeId: string, parcels: readonly ParcelRecord[], at: Date): Promise<{ added: number; changed: number; holdersChanged: number }> {
  const totals = { added: 0, changed: 0, holdersChanged: 0 };
  for (let start = 0; start < parcels.length; start += PARCEL_BATCH) {
    const records = parcels.slice(start, start + PARCEL_BATCH).map((parcel) => ({
      sheet_number: parcel.sheet,
      parcel_number: parcel.parcel,
      area_m2: parcel.areaM2,
      land_uses: parcel.uses,
      address: parcel.address,
      planned_use: parcel.plannedUse,
      planning_status: parcel.planningStatus,
      planning_zone: parcel.planningZone,
      restrictions: parcel.restrictions,
      geometry: parcel.geometry,
      ...boxColumns(parcel),
      certificate_serial: parcel.certificateSerial,
      holder_name: parcel.holder?.name ?? null,
      holder_id_number: parcel.holder?.idNumber ?? null,
      holder_address: parcel.holder?.address ?? null,
    }));
    const json = JSON.stringify(records);
    const written = await db.query<{ added: boolean }>(
      `INSERT INTO land_parcels AS p (commune_id, sheet_number, parcel_number, area_m2, land_uses, address, planned_use, planning_status, planning_zone_id,
                                      restrictions, geometry, min_lng, min_lat, max_lng, max_lat, imported_at)
       SELECT $1, r.sheet_number, r.parcel_number, r.area_m2, r.land_uses, r.address, r.planned_use, r.planning_status, z.id, r.restrictions, r.geometry,
              r.min_lng, r.min_lat, r.max_lng, r.max_lat, $3
         FROM jsonb_to_recordset($2::jsonb) AS r(sheet_number integer, parcel_number integer, area_m2 numeric, land_uses jsonb, address text, planned_use text,
                                               planning_status text, planning_zone text, restrictions jsonb, geometry jsonb, min_lng double precision,
                                               min_lat double precision, max_lng double precision, max_lat double precision)
         LEFT JOIN land_planning_zones z ON z.commune_id = $1 AND z.code = r.planning_zone
       ON CONFLICT (commune_id, sheet_number, parcel_number) DO UPDATE SET area_m2 = EXCLUDED.area_m2, land_uses = EXCLUDED.land_uses, address = EXCLUDED.address,
         planned_use = EXCLUDED.planned_use, planning_status = EXCLUDED.planning_status, planning_zone_id = EXCLUDED.planning_zone_id,
         restrictions = EXCLUDED.restrictions, geometry = EXCLUDED.geometry, min_lng = EXCLUDED.min_lng, min_lat = EXCLUDED.min_lat,
         max_lng = EXCLUDED.max_lng, max_lat = EXCLUDED.max_lat, imported_at = EXCLUDED.imported_at
       WHERE (p.area_m2, p.land_uses, p.address, p.planned_use, p.planning_status, p.planning_zone_id, p.restrictions, p.geometry)
             IS DISTINCT FROM (EXCLUDED.area_m2, EXCLUDED.land_uses, EXCLUDED.address, EXCLUDED.planned_use, EXCLUDED.planning_status,
                               EXCLUDED.planning_zone_id, EXCLUDED.restrictions, EXCLUDED.geometry)
       RETURNING (p.xmax = 0) AS added`,
      [communeId, json, at],
    );
    for (const row of written.rows) totals[row.added ? 'added' : 'changed'] += 1;
    const holders = await db.query(
      `INSERT INTO land_parcel_holders AS h (parcel_id, certificate_serial, holder_name, holder_id_number, holder_address)
       SELECT p.id, r.certificate_serial, r.holder_name, r.holder_id_number, r.holder_address
         FROM jsonb_to_recordset($2::jsonb) AS r(sheet_number integer, parcel_number integer, certificate_serial text, holder_name text,
                                               holder_id_number text, holder_address text)
         JOIN land_parcels p ON p.commune_id = $1 AND p.sheet_number = r.sheet_number AND p.parcel_number = r.parcel_number
        WHERE r.certificate_serial IS NOT NULL OR r.holder_name IS NOT NULL
       ON CONFLICT (parcel_id) DO UPDATE SET certificate_serial = EXCLUDED.certificate_serial, holder_name = EXCLUDED.holder_name,
         holder_id_number = EXCLUDED.holder_id_number, holder_address = EXCLUDED.holder_address
       WHERE (h.certificate_serial, h.holder_name, h.holder_id_number, h.holder_address)
             IS DISTINCT FROM (EXCLUDED.certificate_serial, EXCLUDED.holder_name, EXCLUDED.holder_id_number, EXCLUDED.holder_address)`,
      [communeId, json],
    );
    totals.holdersChanged += holders.rowCount ?? 0;
  }
  return totals;
}

export async function upsertBoundary(db: Queryable, communeId: string, boundary: { geometry: AreaGeometry; bbox: Box }, at: Date): Promise<void> {
  const box = boxColumns(boundary);
  await db.query(
    `INSERT INTO land_commune_boundaries (commune_id, geometry, min_lng, min_lat, max_lng, max_lat, imported_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (commune_id) DO UPDATE SET geometry = EXCLUDED.geometry, min_lng = EXCLUDED.min_lng, min_lat = EXCLUDED.min_lat,
       max_lng = EXCLUDED.max_lng, max_lat = EXCLUDED.max_lat, imported_at = EXCLUDED.imported_at`,
    [communeId, JSON.stringify(boundary.geometry), box.min_lng, box.min_lat, box.max_lng, box.max_lat, at],
  );
}
