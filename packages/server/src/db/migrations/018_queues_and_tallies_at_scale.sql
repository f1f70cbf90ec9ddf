-- The back office at a province's scale: what the work queues, their counts and the public figures
-- read, kept with every change of a dossier so that no page scans the dossiers of past years.
--
-- 1. Queue entries: one row per dossier and agency it has to do with (where it was received, who
--    decides it, where its steps ran), carrying what the queue rules weigh and the dossier's place
--    in the queues' order. A queue page is a few index scans bounded by the page size, one per
--    agency (and state, or step) of the officer. Written by refresh_dossier_queue_entries() in the
--    statement that changes the dossier (db/functions/dossier-queues.sql).
CREATE TABLE dossier_queue_entries (
  dossier_id uuid NOT NULL,
  agency_id uuid NOT NULL,
  receiving_agency_id uuid NOT NULL,
  procedure_id uuid NOT NULL,
  state text NOT NULL,
  -- 0: its clock runs towards a due date; 1: open with no running clock (not yet received, waiting
  -- for the applicant); 2: finished. Within a band, `position` orders it: the due date, or the
  -- latest submitted / latest finished first (microseconds since 1970, negated for those).
  band smallint NOT NULL,
  position bigint NOT NULL,
  -- The step the dossier is at, on every row of the dossier.
  step_agency_id uuid,
  step_role text,
  step_unit_id uuid,
  step_assignee_id uuid,
  -- The applicant's name without diacritics, the codes, the identity number and the phone's digits.
  search_text text NOT NULL,
  PRIMARY KEY (dossier_id, agency_id)
);
CREATE INDEX dossier_queue_entries_agency ON dossier_queue_entries (agency_id, band, position, dossier_id);
CREATE INDEX dossier_queue_entries_state ON dossier_queue_entries (agency_id, state, band, position, dossier_id);
-- A queue narrowed to procedures (the procedure filter, a search by a procedure's name).
CREATE INDEX dossier_queue_entries_procedure ON dossier_queue_entries (agency_id, procedure_id, band, position, dossier_id);
-- One row per dossier at a step: the row of the step's agency.
CREATE INDEX dossier_queue_entries_step ON dossier_queue_entries (step_agency_id, step_role, band, position, dossier_id)
  WHERE agency_id = step_agency_id;
CREATE INDEX dossier_queue_entries_assignee ON dossier_queue_entries (step_assignee_id, band, position, dossier_id)
  WHERE agency_id = step_agency_id AND step_assignee_id IS NOT NULL;
-- The search box: the applicant, a code, an identity number or phone. Trigrams alone: with the
-- agency in the index, a search would read the posting list of every entry of a department.
CREATE INDEX dossier_queue_entries_search ON dossier_queue_entries USING gin (search_text gin_trgm_ops);

-- 2. Closed dossiers (finished, result returned or none to return) counted per set of agencies they
--    had to do with: an officer's "all" and "finished" counts add the sets that meet their agencies,
--    each dossier once. Changes are appended (no two writers wait on one counter) and folded into
--    the tallies by a background job; readers add both.
CREATE TABLE dossier_closed_tallies (
  agency_ids uuid[] PRIMARY KEY,
  dossiers bigint NOT NULL
);
CREATE TABLE dossier_closed_tally_changes (
  agency_ids uuid[] NOT NULL,
  dossiers integer NOT NULL
);

-- 3. The public figures per Vietnam day and procedure: received (and online), finished with a
--    result (on time, late by the statutory appointment). Appended and folded the same way.
CREATE TABLE dossier_day_tallies (
  day date NOT NULL,
  procedure_id uuid NOT NULL,
  received bigint NOT NULL,
  received_online bigint NOT NULL,
  finished bigint NOT NULL,
  finished_on_time bigint NOT NULL,
  finished_late bigint NOT NULL,
  PRIMARY KEY (day, procedure_id)
);
CREATE TABLE dossier_day_tally_changes (
  day date NOT NULL,
  procedure_id uuid NOT NULL,
  received integer NOT NULL,
  received_online integer NOT NULL,
  finished integer NOT NULL,
  finished_on_time integer NOT NULL,
  finished_late integer NOT NULL
);

-- The public results boards, newest first, bounded by the page.
CREATE INDEX dossiers_results ON dossiers (finished_at DESC, code DESC) WHERE state IN ('result_ready', 'returned');
CREATE INDEX dossiers_results_late ON dossiers (finished_at DESC, due_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND finished_at > coalesce(original_due_at, due_at);

-- The reminders' job: the dossiers waiting for their applicant (a supplement, the fee, collecting the result).
CREATE INDEX dossiers_waiting_for_applicant ON dossiers (state)
  WHERE state IN ('supplement_before_reception', 'supplement_requested', 'awaiting_fee', 'result_ready');

-- The queues read their entries now; these served only the scans they replace.
DROP INDEX dossiers_receiving_state, dossiers_competent_state;

-- Derived data that a migration asks to be built from what the tables hold, once the functions
-- that build it exist (they are applied after the migrations): db/migrate.ts calls each function
-- named here, then forgets it, in one transaction.
CREATE TABLE pending_rebuilds (
  function_name text PRIMARY KEY
);
INSERT INTO pending_rebuilds (function_name) VALUES ('rebuild_dossier_queues_and_tallies');
