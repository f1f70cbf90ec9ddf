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
CREATE OR REPLACE TRIGGER agencies_dossier_numbers AFTER INSERT ON agencies
  FOR EACH ROW EXECUTE FUNCTION create_dossier_number_sequence();

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

-- The next line of an agency's register for the year (Vietnam time) a dossier is received in:
-- 1, 2, 3… with no gap, since the volume's row is locked until the reception commits.
CREATE OR REPLACE FUNCTION next_register_line(agency uuid, received timestamptz) RETURNS integer LANGUAGE sql AS $$
  INSERT INTO register_volumes AS v (agency_id, year, last_line)
  VALUES (agency, extract(year FROM (received AT TIME ZONE 'UTC') + interval '7 hours')::int, 1)
  ON CONFLICT (agency_id, year) DO UPDATE SET last_line = v.last_line + 1
  RETURNING v.last_line
$$;
