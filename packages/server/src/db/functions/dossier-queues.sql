-- The work queues' entries and the tallies kept with every change of a dossier (the tables are
-- described in migrations/018_queues_and_tallies_at_scale.sql). Each is defined here once, as a
-- view or function of a dossier, and read two ways: by the write of one dossier's change, and by
-- the rebuild of all of them (after a migration, or a bulk load).

-- Through UTC's wall clock: extract() of a timestamptz is only STABLE, and an IMMUTABLE SQL function
-- whose body is not immutable is called rather than inlined, planned afresh at every reception.
CREATE OR REPLACE FUNCTION epoch_microseconds(at timestamptz) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT (extract(epoch FROM at AT TIME ZONE 'UTC') * 1000000)::bigint
$$;

CREATE OR REPLACE FUNCTION vietnam_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT ((at AT TIME ZONE 'UTC') + interval '7 hours')::date
$$;

-- What the back office's search box finds a dossier by: the applicant's name without diacritics,
-- its codes, the applicant's identity number, the digits of their phone, and the names and numbers
-- written in its declaration form, if it has one (bounded: migrations/038). (plpgsql, which keeps
-- its plan: concat_ws is only STABLE, so an SQL body would be planned afresh at every write.)
CREATE OR REPLACE FUNCTION dossier_search_text(code text, lookup_code text, applicant_name text, id_number text, phone text, form_text text)
  RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN concat_ws(' ', search_key(applicant_name), lower(code), lower(lookup_code), lower(id_number), nullif(regexp_replace(phone, '\D', '', 'g'), ''),
                   search_key(nullif(form_text, '')));
END $$;

-- What the back office's search box was given, as the search text holds it: a phone or identity
-- number by its digits (however it was spaced), anything else without diacritics.
CREATE OR REPLACE FUNCTION dossier_search_term(typed text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT CASE WHEN typed ~ '^[0-9 .()+]+$' THEN regexp_replace(typed, '\D', '', 'g') ELSE search_key(btrim(typed)) END
$$;

-- Text of letters given to the search box (a name, a word of it), as a query of the whole words of
-- the search text, without diacritics: all of them, in any order (migrations/021).
CREATE OR REPLACE FUNCTION dossier_search_words(typed text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT plainto_tsquery('simple', search_key(btrim(typed)))
$$;

-- The entries each dossier should have: one per agency it has to do with.
CREATE OR REPLACE VIEW dossier_queue_entry_sources AS
  SELECT d.id AS dossier_id, involved.agency_id, d.receiving_agency_id, d.procedure_id, d.state,
         (CASE WHEN d.finished_at IS NOT NULL THEN 2 WHEN d.clock_paused_at IS NULL AND d.due_at IS NOT NULL THEN 0 ELSE 1 END)::smallint AS band,
         CASE WHEN d.finished_at IS NOT NULL THEN -epoch_microseconds(d.finished_at)
              WHEN d.clock_paused_at IS NULL AND d.due_at IS NOT NULL THEN epoch_microseconds(d.due_at)
              ELSE -epoch_microseconds(d.submitted_at) END AS position,
         s.agency_id AS step_agency_id, s.role AS step_role, s.unit_id AS step_unit_id, s.assignee_id AS step_assignee_id,
         dossier_search_text(d.code, d.lookup_code, d.applicant_name, d.applicant_id_number, d.applicant_phone, d.form_search_text) AS search_text
    FROM dossiers d
    LEFT JOIN LATERAL (SELECT o.agency_id, o.role, o.unit_id, o.assignee_id FROM dossier_steps o
                        WHERE o.dossier_id = d.id AND o.finished_at IS NULL ORDER BY o.visit DESC LIMIT 1) s ON true
   CROSS JOIN LATERAL (SELECT d.receiving_agency_id UNION SELECT d.competent_agency_id
                       UNION SELECT x.agency_id FROM dossier_steps x WHERE x.dossier_id = d.id) involved (agency_id);

-- In hand: running towards a due date, or being processed; the counts read these entries one by one
-- (their queues depend on the clock or the step) and all others from the state tallies.
-- modules/dossiers/queries.ts IN_HAND_ENTRY says the same of an entry `e`.
CREATE OR REPLACE FUNCTION queue_entry_in_hand(band smallint, state text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT band = 0 OR state = 'processing'
$$;

-- Brings one dossier's entries to what it is now, and moves it between the state tallies when what
-- they count it by changes (its agencies, reception desk, state or band) while it is not in hand.
-- Called by the write of every change of a dossier.
CREATE OR REPLACE FUNCTION refresh_dossier_queue_entries(dossier uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  before record;
  after record;
BEGIN
  WITH gone AS (DELETE FROM dossier_queue_entries e WHERE e.dossier_id = dossier RETURNING e.agency_id, e.receiving_agency_id, e.state, e.band)
  SELECT array_agg(agency_id ORDER BY agency_id) AS agency_ids, (array_agg(receiving_agency_id))[1] AS receiving_agency_id,
         (array_agg(state))[1] AS state, (array_agg(band))[1] AS band
    INTO before FROM gone;
  WITH made AS (INSERT INTO dossier_queue_entries SELECT * FROM dossier_queue_entry_sources s WHERE s.dossier_id = dossier
                RETURNING agency_id, receiving_agency_id, state, band)
  SELECT array_agg(agency_id ORDER BY agency_id) AS agency_ids, (array_agg(receiving_agency_id))[1] AS receiving_agency_id,
         (array_agg(state))[1] AS state, (array_agg(band))[1] AS band
    INTO after FROM made;
  IF (before.agency_ids, before.receiving_agency_id, before.state, before.band) IS NOT DISTINCT FROM
     (after.agency_ids, after.receiving_agency_id, after.state, after.band) THEN
    RETURN;
  END IF;
  IF before.agency_ids IS NOT NULL AND NOT queue_entry_in_hand(before.band, before.state) THEN
    INSERT INTO dossier_state_tally_changes (agency_ids, receiving_agency_id, state, band, dossiers)
    VALUES (before.agency_ids, before.receiving_agency_id, before.state, before.band, -1);
  END IF;
  IF after.agency_ids IS NOT NULL AND NOT queue_entry_in_hand(after.band, after.state) THEN
    INSERT INTO dossier_state_tally_changes (agency_ids, receiving_agency_id, state, band, dossiers)
    VALUES (after.agency_ids, after.receiving_agency_id, after.state, after.band, 1);
  END IF;
END $$;

-- Folds the appended changes into the tallies. Safe on several instances at once: a change row is
-- deleted, hence folded, by one of them only.
CREATE OR REPLACE FUNCTION fold_dossier_tally_changes() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  folded integer;
BEGIN
  WITH moved AS (DELETE FROM dossier_state_tally_changes RETURNING *)
  INSERT INTO dossier_state_tallies (agency_ids, receiving_agency_id, state, band, dossiers)
  SELECT agency_ids, receiving_agency_id, state, band, sum(dossiers) FROM moved GROUP BY agency_ids, receiving_agency_id, state, band
  ON CONFLICT (agency_ids, receiving_agency_id, state, band) DO UPDATE SET dossiers = dossier_state_tallies.dossiers + excluded.dossiers;
  GET DIAGNOSTICS folded = ROW_COUNT;
  RETURN folded;
END $$;

-- The tallies as they stand, folded and not yet folded: rows to add up (a set of agencies and
-- state may have several).
CREATE OR REPLACE VIEW dossier_state_counts AS
  SELECT agency_ids, receiving_agency_id, state, band, dossiers::bigint AS dossiers FROM dossier_state_tallies
  UNION ALL
  SELECT agency_ids, receiving_agency_id, state, band, dossiers FROM dossier_state_tally_changes;

-- Each derived table made anew from what it derives from: after the migration that added or changed
-- it, and after a bulk load that wrote dossiers without their entries (bench/scale).
CREATE OR REPLACE FUNCTION rebuild_dossier_state_tallies() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dossier_state_tallies, dossier_state_tally_changes;
  INSERT INTO dossier_state_tallies (agency_ids, receiving_agency_id, state, band, dossiers)
  SELECT agency_ids, receiving_agency_id, state, band, count(*) FROM (
    SELECT array_agg(agency_id ORDER BY agency_id) AS agency_ids, receiving_agency_id, state, band FROM dossier_queue_entries
     WHERE NOT queue_entry_in_hand(band, state) GROUP BY dossier_id, receiving_agency_id, state, band) settled
   GROUP BY agency_ids, receiving_agency_id, state, band;
END $$;

CREATE OR REPLACE FUNCTION rebuild_dossier_queues_and_tallies() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dossier_queue_entries;
  INSERT INTO dossier_queue_entries SELECT * FROM dossier_queue_entry_sources;
  PERFORM rebuild_dossier_state_tallies();
END $$;
