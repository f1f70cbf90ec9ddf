-- Where a point is relative to a closed GeoJSON ring: 0 on an edge, 1 inside, -1 outside. The same
-- arithmetic as ringPosition in packages/core/src/land/geometry.ts (cross product for the edge, a ray
-- to the east with one end of each edge open), so that both decide a point on an edge alike.
CREATE OR REPLACE FUNCTION land_ring_position(ring jsonb, x double precision, y double precision) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  n integer := jsonb_array_length(ring);
  xi double precision;
  yi double precision;
  xj double precision := (ring -> (n - 1) ->> 0)::double precision;
  yj double precision := (ring -> (n - 1) ->> 1)::double precision;
  inside boolean := false;
BEGIN
  FOR i IN 0 .. n - 1 LOOP
    xi := (ring -> i ->> 0)::double precision;
    yi := (ring -> i ->> 1)::double precision;
    IF (x - xi) * (yj - yi) = (y - yi) * (xj - xi)
       AND x >= least(xi, xj) AND x <= greatest(xi, xj) AND y >= least(yi, yj) AND y <= greatest(yi, yj) THEN
      RETURN 0;
    END IF;
    IF (yi > y) <> (yj > y) AND x < (xj - xi) * (y - yi) / (yj - yi) + xi THEN
      inside := NOT inside;
    END IF;
    xj := xi;
    yj := yi;
  END LOOP;
  RETURN CASE WHEN inside THEN 1 ELSE -1 END;
END $$;

-- Whether a GeoJSON Polygon or MultiPolygon holds the point, its boundary included (a hole's edge is
-- the shape's boundary, a hole's inside is outside), as geometryContains in core.
CREATE OR REPLACE FUNCTION land_geometry_contains(geometry jsonb, x double precision, y double precision) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  polygons jsonb := CASE geometry ->> 'type' WHEN 'Polygon' THEN jsonb_build_array(geometry -> 'coordinates') ELSE geometry -> 'coordinates' END;
  polygon jsonb;
  position integer;
  in_hole boolean;
BEGIN
  FOR polygon IN SELECT value FROM jsonb_array_elements(polygons) LOOP
    position := land_ring_position(polygon -> 0, x, y);
    IF position = 0 THEN
      RETURN true;
    ELSIF position = 1 THEN
      in_hole := false;
      FOR i IN 1 .. jsonb_array_length(polygon) - 1 LOOP
        position := land_ring_position(polygon -> i, x, y);
        IF position = 0 THEN
          RETURN true;
        ELSIF position = 1 THEN
          in_hole := true;
          EXIT;
        END IF;
      END LOOP;
      IF NOT in_hole THEN
        RETURN true;
      END IF;
    END IF;
  END LOOP;
  RETURN false;
END $$;

-- What the dossiers module reads of the parcels linked to its dossiers: the public facts of each
-- parcel, never its holder.
CREATE OR REPLACE VIEW dossier_land_parcels AS
  SELECT l.dossier_id, l.purpose, l.linked_at, p.id AS parcel_id, p.commune_id, p.sheet_number, p.parcel_number, p.area_m2, p.land_uses,
         p.address, p.planned_use, p.planning_status
    FROM land_parcel_dossiers l JOIN land_parcels p ON p.id = l.parcel_id;
