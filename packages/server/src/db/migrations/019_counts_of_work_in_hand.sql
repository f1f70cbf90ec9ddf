-- The counts at a province's scale, second part. Measured at 5,000,000 dossiers, what was still
-- read row by row at request time had grown with the years, not with the work in hand: the results
-- waiting to be collected (a department's "to return" backlog), the open and overdue dossiers of the
-- portal's statistics, the open ones past their appointment on the late board.

-- 1. Counted by state: every entry whose queues depend neither on the clock nor on the step (not
--    running towards a due date, not being processed), per set of agencies the dossier has to do
--    with, its reception desk, state and band. An officer's counts read one by one only the entries
--    in hand (queue_entry_in_hand(), db/functions/dossier-queues.sql) and add these rows, the same
--    queue conditions holding on both. They replace the tallies of closed dossiers, a part of them.
-- (The views and functions exist where an installation ran 018 before: db/functions is applied after all migrations.)
DROP VIEW IF EXISTS dossier_closed_counts;
DROP FUNCTION IF EXISTS refresh_dossier_queue_entries(uuid);
DROP FUNCTION IF EXISTS queue_entry_closed(smallint, text);
DROP TABLE dossier_closed_tallies, dossier_closed_tally_changes;
CREATE TABLE dossier_state_tallies (
  agency_ids uuid[] NOT NULL,
  receiving_agency_id uuid NOT NULL,
  state text NOT NULL,
  band smallint NOT NULL,
  dossiers bigint NOT NULL,
  PRIMARY KEY (agency_ids, receiving_agency_id, state, band)
);
CREATE TABLE dossier_state_tally_changes (
  agency_ids uuid[] NOT NULL,
  receiving_agency_id uuid NOT NULL,
  state text NOT NULL,
  band smallint NOT NULL,
  dossiers integer NOT NULL
);

-- 2. The open dossiers on the day tallies, each on the Vietnam day of its appointment: all of them,
--    those whose clock runs (by their current appointment, and by the statutory one that an
--    extension does not move), and those waiting for the applicant that were already past it when
--    their clock stopped. Overdue now = the running ones of the days before today, the paused ones
--    past it, and today's read from the dossiers (one day's appointments).
DROP FUNCTION IF EXISTS dossier_day_contributions(dossiers);
ALTER TABLE dossier_day_tallies
  ADD COLUMN open bigint NOT NULL DEFAULT 0,
  ADD COLUMN open_running bigint NOT NULL DEFAULT 0,
  ADD COLUMN open_running_statutory bigint NOT NULL DEFAULT 0,
  ADD COLUMN open_paused_overdue bigint NOT NULL DEFAULT 0,
  ADD COLUMN open_paused_late bigint NOT NULL DEFAULT 0;
ALTER TABLE dossier_day_tally_changes
  ADD COLUMN open integer NOT NULL DEFAULT 0,
  ADD COLUMN open_running integer NOT NULL DEFAULT 0,
  ADD COLUMN open_running_statutory integer NOT NULL DEFAULT 0,
  ADD COLUMN open_paused_overdue integer NOT NULL DEFAULT 0,
  ADD COLUMN open_paused_late integer NOT NULL DEFAULT 0;
-- The days that hold open dossiers: a few weeks' worth, however many years the tallies cover.
-- (Every other open measure of a day is counted in `open` of the same day, but the statutory one.)
CREATE INDEX dossier_day_tallies_open ON dossier_day_tallies (day) WHERE open <> 0 OR open_running_statutory <> 0;

-- The late board's open part, latest statutory appointment first, bounded by the page; and the
-- count of today's passed statutory appointments.
CREATE INDEX dossiers_open_by_statutory_due ON dossiers ((coalesce(original_due_at, due_at)) DESC, code DESC)
  WHERE received_at IS NOT NULL AND finished_at IS NULL;

-- The back office's search by a whole phone number, by its digits however it was typed: the
-- dossiers of that number, wherever they are (an identity number has dossiers_applicant).
CREATE INDEX dossiers_applicant_phone ON dossiers ((regexp_replace(applicant_phone, '\D', '', 'g'))) WHERE applicant_phone <> '';

INSERT INTO pending_rebuilds (function_name) VALUES ('rebuild_dossier_state_tallies'), ('rebuild_dossier_day_tallies');
