-- Dossier numbers: a sequence per agency, made with the agency, and each day of the agency counted
-- from where its sequence stood at the day's first dossier (see migration 003 for why).
CREATE OR REPLACE FUNCTION dossier_number_sequence(agency_id uuid) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'dossier_numbers_' || replace(agency_id::text, '-', '')
$$;

CREATE OR REPLACE FUNCTION create_dossier_number_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE SEQUENCE %I', dossier_number_sequence(NEW.id));
  RETURN NEW;
END $$;

-- The next number of an agency's day, 1, 2, 3… Sequence values are never handed out twice, so
-- numbers are unique even when two instances open the same day at once; the reception that loses
-- that race draws again (one number is skipped at most), and a failed reception leaves a gap.
CREATE OR REPLACE FUNCTION next_dossier_number(agency_id uuid, day date) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  sequence_name regclass := dossier_number_sequence(agency_id)::regclass;
  drawn bigint := nextval(sequence_name);
  day_base bigint;
BEGIN
  SELECT d.base INTO day_base FROM dossier_number_days d WHERE d.agency_id = next_dossier_number.agency_id AND d.day = next_dossier_number.day;
  IF NOT FOUND THEN
    INSERT INTO dossier_number_days (agency_id, day, base) VALUES (agency_id, day, drawn - 1) ON CONFLICT DO NOTHING;
    SELECT d.base INTO day_base FROM dossier_number_days d WHERE d.agency_id = next_dossier_number.agency_id AND d.day = next_dossier_number.day;
  END IF;
  IF drawn <= day_base THEN
    -- Drawn before another reception opened the day: every value drawn from now on is above its base.
    drawn := nextval(sequence_name);
  END IF;
  RETURN drawn - day_base;
END $$;

-- Register lines: a sequence per agency too, made with the agency.
CREATE OR REPLACE FUNCTION register_line_sequence(agency_id uuid) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'register_lines_' || replace(agency_id::text, '-', '')
$$;

CREATE OR REPLACE FUNCTION create_register_line_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE SEQUENCE %I', register_line_sequence(NEW.id));
  RETURN NEW;
END $$;

-- The next line of an agency's register for the year (Vietnam time) a dossier is received in,
-- 1, 2, 3…, drawn as dossier numbers are: no reception waits for another's commit; the one that
-- loses the race to open a year draws again, and a failed reception leaves a gap.
CREATE OR REPLACE FUNCTION next_register_line(agency uuid, received timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  sequence_name regclass := register_line_sequence(agency)::regclass;
  drawn bigint := nextval(sequence_name);
  volume integer := extract(year FROM (received AT TIME ZONE 'UTC') + interval '7 hours')::int;
  year_base bigint;
BEGIN
  SELECT y.base INTO year_base FROM register_years y WHERE y.agency_id = agency AND y.year = volume;
  IF NOT FOUND THEN
    INSERT INTO register_years (agency_id, year, base) VALUES (agency, volume, drawn - 1) ON CONFLICT DO NOTHING;
    SELECT y.base INTO year_base FROM register_years y WHERE y.agency_id = agency AND y.year = volume;
  END IF;
  IF drawn <= year_base THEN
    drawn := nextval(sequence_name);
  END IF;
  RETURN drawn - year_base;
END $$;
