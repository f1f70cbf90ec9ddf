-- An agency's counters: dossier numbers (counted per day), register lines and fee receipts
-- (counted per year). Each series has a sequence per agency, made with the agency, and each period
-- counts from where that sequence stood at the period's first number (see migrations 003 and 017):
-- a counter row would instead stay locked, making every other draw at the agency wait, until the
-- statement that drew from it had flushed its commit to disk.
CREATE OR REPLACE FUNCTION agency_number_sequence(series text, agency uuid) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT series || '_' || replace(agency::text, '-', '')
$$;

CREATE OR REPLACE FUNCTION create_agency_number_sequences() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  series text;
BEGIN
  FOREACH series IN ARRAY ARRAY['dossier_numbers', 'register_lines', 'fee_receipts'] LOOP
    EXECUTE format('CREATE SEQUENCE %I', agency_number_sequence(series, NEW.id));
  END LOOP;
  RETURN NEW;
END $$;

-- The calendar year, in the installation's time (Vietnam, UTC+7 all year, as @motcua/core's
-- vietnam-time reckons it), that registers and receipt books restart in. (extract, not to_char:
-- it is drawn at every reception, and to_char takes twice as long.)
CREATE OR REPLACE FUNCTION installation_year(at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT extract(year FROM (at AT TIME ZONE 'UTC') + interval '7 hours')::int::text
$$;

-- The next number of an agency's period in a series, 1, 2, 3… Sequence values are never handed
-- out twice, so numbers are unique even when two instances open the same period at once; the draw
-- that loses that race draws again (one number is skipped at most), and a failed statement leaves a gap.
CREATE OR REPLACE FUNCTION next_agency_number(series text, agency uuid, period text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  sequence_name regclass := agency_number_sequence(series, agency)::regclass;
  drawn bigint := nextval(sequence_name);
  period_base bigint;
BEGIN
  SELECT p.base INTO period_base FROM agency_number_periods p
   WHERE p.series = next_agency_number.series AND p.agency_id = agency AND p.period = next_agency_number.period;
  IF NOT FOUND THEN
    INSERT INTO agency_number_periods (series, agency_id, period, base) VALUES (series, agency, period, drawn - 1) ON CONFLICT DO NOTHING;
    SELECT p.base INTO period_base FROM agency_number_periods p
     WHERE p.series = next_agency_number.series AND p.agency_id = agency AND p.period = next_agency_number.period;
  END IF;
  IF drawn <= period_base THEN
    -- Drawn before another statement opened the period: every value drawn from now on is above its base.
    drawn := nextval(sequence_name);
  END IF;
  RETURN drawn - period_base;
END $$;
