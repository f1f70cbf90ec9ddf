-- The land register (issue 18): each commune's parcels (thửa đất) named by map sheet and parcel
-- number, with their land uses, planning and shape as GeoJSON (WGS 84, longitude first); the zones
-- of the approved land-use plan; and the commune's boundary, drawn on the public map. A shape's
-- bounding box is kept in columns with a GiST index on the box they make, so that a click on the
-- map or a map view reads only the few rows whose box holds it; the exact point-in-polygon test
-- then runs on those (db/functions/land.sql), on PostgreSQL and PGlite alike, without PostGIS.
CREATE TABLE IF NOT EXISTS land_planning_zones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commune_id uuid NOT NULL REFERENCES agencies (id),
  code text NOT NULL,
  name text NOT NULL,
  planned_use text NOT NULL,
  decision text,
  geometry jsonb NOT NULL,
  min_lng double precision NOT NULL,
  min_lat double precision NOT NULL,
  max_lng double precision NOT NULL,
  max_lat double precision NOT NULL,
  imported_at timestamptz NOT NULL,
  UNIQUE (commune_id, code)
);
CREATE INDEX IF NOT EXISTS land_planning_zones_box ON land_planning_zones USING gist (box(point(min_lng, min_lat), point(max_lng, max_lat)));

CREATE TABLE IF NOT EXISTS land_parcels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commune_id uuid NOT NULL REFERENCES agencies (id),
  sheet_number integer NOT NULL CHECK (sheet_number BETWEEN 1 AND 9999),
  parcel_number integer NOT NULL CHECK (parcel_number BETWEEN 1 AND 99999),
  area_m2 numeric(12, 1) NOT NULL CHECK (area_m2 > 0),
  -- [{ "code": "ODT", "areaM2": 120.5 | null, "term": { "kind": "long_term" } | { "kind": "until", "date": "2064-10-15" } }]
  land_uses jsonb NOT NULL,
  address text,
  planned_use text,
  planning_status text CHECK (planning_status IN ('consistent', 'to_be_converted', 'partly_planned', 'to_be_acquired')),
  planning_zone_id uuid REFERENCES land_planning_zones (id),
  restrictions jsonb NOT NULL DEFAULT '[]',
  geometry jsonb NOT NULL,
  min_lng double precision NOT NULL,
  min_lat double precision NOT NULL,
  max_lng double precision NOT NULL,
  max_lat double precision NOT NULL,
  imported_at timestamptz NOT NULL,
  UNIQUE (commune_id, sheet_number, parcel_number)
);
CREATE INDEX IF NOT EXISTS land_parcels_box ON land_parcels USING gist (box(point(min_lng, min_lat), point(max_lng, max_lat)));

-- Who holds the land and the certificate issued for it, apart from what the public lookups read:
-- only the land office's officers see this table's rows (modules/land, rule keep-land-register).
CREATE TABLE IF NOT EXISTS land_parcel_holders (
  parcel_id uuid PRIMARY KEY REFERENCES land_parcels (id),
  certificate_serial text,
  holder_name text,
  holder_id_number text,
  holder_address text,
  CHECK (certificate_serial IS NOT NULL OR holder_name IS NOT NULL)
);

CREATE TABLE IF NOT EXISTS land_commune_boundaries (
  commune_id uuid PRIMARY KEY REFERENCES agencies (id),
  geometry jsonb NOT NULL,
  min_lng double precision NOT NULL,
  min_lat double precision NOT NULL,
  max_lng double precision NOT NULL,
  max_lat double precision NOT NULL,
  imported_at timestamptz NOT NULL
);

-- The land dossiers (a transfer, a certificate's issue) a land officer linked a parcel to.
CREATE TABLE IF NOT EXISTS land_parcel_dossiers (
  parcel_id uuid NOT NULL REFERENCES land_parcels (id),
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  purpose text NOT NULL CHECK (purpose IN ('transfer', 'certificate_issue', 'change_of_use', 'other')),
  linked_by uuid NOT NULL REFERENCES officers (id),
  linked_at timestamptz NOT NULL,
  PRIMARY KEY (parcel_id, dossier_id)
);
CREATE INDEX IF NOT EXISTS land_parcel_dossiers_dossier ON land_parcel_dossiers (dossier_id);
