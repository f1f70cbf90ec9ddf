-- The work queues' entries and the tallies kept with every change of a dossier (the tables are
-- described in migrations/018_queues_and_tallies_at_scale.sql). Each is defined here once, as a
-- view or function of a dossier, and read two ways: by the write of one dossier's change, and by
-- the rebuild of all of them (after a migration, or a bulk load).

CREATE OR REPLACE FUNCTION epoch_microseconds(at timestamptz) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT (extract(epoch FROM at) * 1000000)::bigint
$$;

CREATE OR REPLACE FUNCTION vietnam_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT ((at AT TIME ZONE 'UTC') + interval '7 hours')::date
$$;

-- What the back office's search box finds a dossier by: the applicant's name without diacritics,
-- its codes, the applicant's identity number and the digits of their phone.
CREATE OR REPLACE FUNCTION dossier_search_text(code text, lookup_code text, applicant_name text, id_number text, phone text)
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(' ', search_key(applicant_name), lower(code), lower(lookup_code), lower(id_number), nullif(regexp_replace(phone, '\D', '', 'g'), ''))
$$;

-- What the back office's search box was given, as the search text holds it: a phone or identity
-- number by its digits (however it was spaced), anything else without diacritics.
CREATE OR REPLACE FUNCTION dossier_search_term(typed text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT CASE WHEN typed ~ '^[0-9 .()+]+$' THEN regexp_replace(typed, '\D', '', 'g') ELSE search_key(btrim(typed)) END
$$;

-- The entries each dossier should have: one per agency it has to do with.
CREATE OR REPLACE VIEW dossier_queue_entry_sources AS
  SELECT d.id AS dossier_id, involved.agency_id, d.receiving_agency_id, d.procedure_id, d.state,
         (CASE WHEN d.finished_at IS NOT NULL THEN 2 WHEN d.clock_paused_at IS NULL AND d.due_at IS NOT NULL THEN 0 ELSE 1 END)::smallint AS band,
         CASE WHEN d.finished_at IS NOT NULL THEN -epoch_microseconds(d.finished_at)
              WHEN d.clock_paused_at IS NULL AND d.due_at IS NOT NULL THEN epoch_microseconds(d.due_at)
              ELSE -epoch_microseconds(d.submitted_at) END AS position,
         s.agency_id AS step_agency_id, s.role AS step_role, s.unit_id AS step_unit_id, s.assignee_id AS step_assignee_id,
         dossier_search_text(d.code, d.lookup_code, d.applicant_name, d.applicant_id_number, d.applicant_phone) AS search_text
    FROM dossiers d
    LEFT JOIN LATERAL (SELECT o.agency_id, o.role, o.unit_id, o.assignee_id FROM dossier_steps o
                        WHERE o.dossier_id = d.id AND o.finished_at IS NULL ORDER BY o.visit DESC LIMIT 1) s ON true
   CROSS JOIN LATERAL (SELECT d.receiving_agency_id UNION SELECT d.competent_agency_id
                       UNION SELECT x.agency_id FROM dossier_steps x WHERE x.dossier_id = d.id) involved (agency_id);

-- Closed: finished, and in a state no work queue holds but "finished" and "all" (a result waiting to
-- be returned is not closed). platform/dossier-rules.ts CLOSED_STATES names the same states.
CREATE OR REPLACE FUNCTION queue_entry_closed(band smallint, state text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT band = 2 AND state IN ('refused', 'withdrawn', 'stopped', 'returned')
$$;

-- Brings one dossier's entries to what it is now, and moves it between the closed tallies when it
-- closes (or its agencies change once closed). Called by the write of every change of a dossier.
CREATE OR REPLACE FUNCTION refresh_dossier_queue_entries(dossier uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  agencies_before uuid[];
  closed_before boolean;
  agencies_after uuid[];
  closed_after boolean;
BEGIN
  WITH gone AS (DELETE FROM dossier_queue_entries e WHERE e.dossier_id = dossier RETURNING e.agency_id, e.band, e.state)
  SELECT array_agg(agency_id ORDER BY agency_id), coalesce(bool_or(queue_entry_closed(band, state)), false)
    INTO agencies_before, closed_before FROM gone;
  WITH made AS (INSERT INTO dossier_queue_entries SELECT * FROM dossier_queue_entry_sources s WHERE s.dossier_id = dossier
                RETURNING agency_id, band, state)
  SELECT array_agg(agency_id ORDER BY agency_id), coalesce(bool_or(queue_entry_closed(band, state)), false)
    INTO agencies_after, closed_after FROM made;
  IF closed_before AND NOT (closed_after AND agencies_after = agencies_before) THEN
    INSERT INTO dossier_closed_tally_changes (agency_ids, dossiers) VALUES (agencies_before, -1);
  END IF;
  IF closed_after AND NOT (closed_before AND agencies_after = agencies_before) THEN
    INSERT INTO dossier_closed_tally_changes (agency_ids, dossiers) VALUES (agencies_after, 1);
  END IF;
END $$;

-- What one dossier adds to the public figures: its reception on the day it was received, its
-- result on the day it finished (on time by the statutory appointment, which an extension does not
-- move, or late). None for a dossier that is not there (NULL: the other side of an insert or delete).
CREATE OR REPLACE FUNCTION dossier_day_contributions(d dossiers)
  RETURNS TABLE (day date, procedure_id uuid, received integer, received_online integer, finished integer, finished_on_time integer, finished_late integer)
  LANGUAGE sql IMMUTABLE AS $$
  SELECT vietnam_day(d.received_at), d.procedure_id, 1, (d.channel = 'online')::int, 0, 0, 0 WHERE d.received_at IS NOT NULL
  UNION ALL
  SELECT vietnam_day(d.finished_at), d.procedure_id, 0, 0, 1,
         coalesce(d.finished_at <= coalesce(d.original_due_at, d.due_at), false)::int,
         coalesce(d.finished_at > coalesce(d.original_due_at, d.due_at), false)::int
   WHERE d.state IN ('result_ready', 'returned') AND d.finished_at IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION tally_dossier_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dossier_day_tally_changes (day, procedure_id, received, received_online, finished, finished_on_time, finished_late)
  SELECT c.day, c.procedure_id, sum(c.received), sum(c.received_online), sum(c.finished), sum(c.finished_on_time), sum(c.finished_late)
    FROM (SELECT * FROM dossier_day_contributions(NEW)
          UNION ALL
          SELECT o.day, o.procedure_id, -o.received, -o.received_online, -o.finished, -o.finished_on_time, -o.finished_late
            FROM dossier_day_contributions(OLD) o) c
   GROUP BY c.day, c.procedure_id
  HAVING sum(c.received) <> 0 OR sum(c.received_online) <> 0 OR sum(c.finished) <> 0 OR sum(c.finished_on_time) <> 0 OR sum(c.finished_late) <> 0;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER dossiers_day_tallies AFTER INSERT OR DELETE ON dossiers
  FOR EACH ROW EXECUTE FUNCTION tally_dossier_days();
CREATE OR REPLACE TRIGGER dossiers_day_tallies_changed AFTER UPDATE OF state, received_at, finished_at, due_at, original_due_at, channel, procedure_id ON dossiers
  FOR EACH ROW EXECUTE FUNCTION tally_dossier_days();

-- Folds the appended changes into the tallies. Safe on several instances at once: a change row is
-- deleted, hence folded, by one of them only.
CREATE OR REPLACE FUNCTION fold_dossier_tally_changes() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  closed_folded integer;
  days_folded integer;
BEGIN
  WITH moved AS (DELETE FROM dossier_closed_tally_changes RETURNING agency_ids, dossiers)
  INSERT INTO dossier_closed_tallies (agency_ids, dossiers)
  SELECT agency_ids, sum(dossiers) FROM moved GROUP BY agency_ids
  ON CONFLICT (agency_ids) DO UPDATE SET dossiers = dossier_closed_tallies.dossiers + excluded.dossiers;
  GET DIAGNOSTICS closed_folded = ROW_COUNT;
  WITH moved AS (DELETE FROM dossier_day_tally_changes RETURNING *)
  INSERT INTO dossier_day_tallies (day, procedure_id, received, received_online, finished, finished_on_time, finished_late)
  SELECT day, procedure_id, sum(received), sum(received_online), sum(finished), sum(finished_on_time), sum(finished_late)
    FROM moved GROUP BY day, procedure_id
  ON CONFLICT (day, procedure_id) DO UPDATE SET
    received = dossier_day_tallies.received + excluded.received,
    received_online = dossier_day_tallies.received_online + excluded.received_online,
    finished = dossier_day_tallies.finished + excluded.finished,
    finished_on_time = dossier_day_tallies.finished_on_time + excluded.finished_on_time,
    finished_late = dossier_day_tallies.finished_late + excluded.finished_late;
  GET DIAGNOSTICS days_folded = ROW_COUNT;
  RETURN closed_folded + days_folded;
END $$;

-- The tallies as they stand, folded and not yet folded: rows to add up (a set of agencies, a day
-- and procedure may have several).
CREATE OR REPLACE VIEW dossier_closed_counts AS
  SELECT agency_ids, dossiers::bigint AS dossiers FROM dossier_closed_tallies
  UNION ALL
  SELECT agency_ids, dossiers FROM dossier_closed_tally_changes;
CREATE OR REPLACE VIEW dossier_day_figures AS
  SELECT day, procedure_id, received, received_online, finished, finished_on_time, finished_late FROM dossier_day_tallies
  UNION ALL
  SELECT day, procedure_id, received, received_online, finished, finished_on_time, finished_late FROM dossier_day_tally_changes;

-- Every entry and tally made anew from the dossiers: after the migration that added them, and after
-- a bulk load that wrote dossiers without their entries (bench/scale).
CREATE OR REPLACE FUNCTION rebuild_dossier_queues_and_tallies() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dossier_queue_entries, dossier_closed_tallies, dossier_closed_tally_changes, dossier_day_tallies, dossier_day_tally_changes;
  INSERT INTO dossier_queue_entries SELECT * FROM dossier_queue_entry_sources;
  INSERT INTO dossier_closed_tallies (agency_ids, dossiers)
  SELECT agency_ids, count(*) FROM (
    SELECT array_agg(agency_id ORDER BY agency_id) AS agency_ids FROM dossier_queue_entries
     WHERE queue_entry_closed(band, state) GROUP BY dossier_id) closed
   GROUP BY agency_ids;
  INSERT INTO dossier_day_tallies (day, procedure_id, received, received_online, finished, finished_on_time, finished_late)
  SELECT c.day, c.procedure_id, sum(c.received), sum(c.received_online), sum(c.finished), sum(c.finished_on_time), sum(c.finished_late)
    FROM dossiers d CROSS JOIN LATERAL dossier_day_contributions(d) c
   GROUP BY c.day, c.procedure_id;
END $$;
