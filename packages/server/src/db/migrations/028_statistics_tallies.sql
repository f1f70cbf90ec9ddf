-- Leaders' statistics at a province's scale (issue 15): every figure by agency, field, procedure,
-- channel, unit and officer over any period is a sum of tallies kept with each change, never a
-- count of dossiers at request time.
--
-- A tally row holds the measures (core/statistics/tallies.ts) of one day, one month (span 'm',
-- day = its first day) or one year (span 'y', day = 1 January), for one agency and the keys that apply to it: dossiers' rows name the
-- procedure and channel (and, on rows of their own holding only `finished_in_days`, the whole days a
-- result took: the 90th percentile's histogram, out of the way of every other figure); process
-- steps' rows name the unit and officer; ratings' rows the officer and, for a dossier's rating, its
-- procedure. Keys that do not apply are NULL, one row still per key set.
-- Writers append changes (no two writers wait on one row); a job folds them into the day, month
-- and year rows; readers add the changes not yet folded (db/functions/statistics.sql).
CREATE TABLE statistics_tallies (
  span char(1) NOT NULL CHECK (span IN ('d', 'm', 'y')),
  day date NOT NULL,
  agency_id uuid NOT NULL,
  procedure_id uuid,
  channel text,
  unit_id uuid,
  officer_id uuid,
  duration_days smallint,
  received bigint NOT NULL DEFAULT 0,
  digitised bigint NOT NULL DEFAULT 0,
  supplement_requests bigint NOT NULL DEFAULT 0,
  finished bigint NOT NULL DEFAULT 0,
  finished_early bigint NOT NULL DEFAULT 0,
  finished_on_time bigint NOT NULL DEFAULT 0,
  finished_late bigint NOT NULL DEFAULT 0,
  rejected bigint NOT NULL DEFAULT 0,
  withdrawn bigint NOT NULL DEFAULT 0,
  stopped bigint NOT NULL DEFAULT 0,
  processing_minutes bigint NOT NULL DEFAULT 0,
  refused bigint NOT NULL DEFAULT 0,
  open bigint NOT NULL DEFAULT 0,
  open_running_statutory bigint NOT NULL DEFAULT 0,
  open_paused_late bigint NOT NULL DEFAULT 0,
  became_overdue bigint NOT NULL DEFAULT 0,
  ceased_overdue bigint NOT NULL DEFAULT 0,
  fees_paid bigint NOT NULL DEFAULT 0,
  fees_paid_online bigint NOT NULL DEFAULT 0,
  steps_started bigint NOT NULL DEFAULT 0,
  steps_finished bigint NOT NULL DEFAULT 0,
  steps_late bigint NOT NULL DEFAULT 0,
  steps_open bigint NOT NULL DEFAULT 0,
  rated_very_satisfied bigint NOT NULL DEFAULT 0,
  rated_satisfied bigint NOT NULL DEFAULT 0,
  rated_not_satisfied bigint NOT NULL DEFAULT 0,
  finished_in_days bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX statistics_tallies_key ON statistics_tallies (span, day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days) NULLS NOT DISTINCT;
CREATE INDEX statistics_tallies_agency ON statistics_tallies (span, agency_id, day);
-- What is open now: the rows of the days that hold open dossiers or steps, a few weeks' worth. (In
-- a folded row the dossiers of the other two measures are among `open`; a change may move them alone.)
CREATE INDEX statistics_tallies_open ON statistics_tallies (day)
  WHERE span = 'd' AND (open <> 0 OR open_running_statutory <> 0 OR open_paused_late <> 0 OR steps_open <> 0);

-- A change is a tally row without its span: what a write moved on one day.
CREATE TABLE statistics_tally_changes (LIKE statistics_tallies INCLUDING DEFAULTS);
ALTER TABLE statistics_tally_changes DROP COLUMN span;
CREATE INDEX statistics_tally_changes_day ON statistics_tally_changes (day);

-- What a dossier, as the statistics see it, is made of: the dossiers module builds it in its triggers.
CREATE TYPE statistics_dossier AS (
  agency_id uuid,
  procedure_id uuid,
  channel text,
  state text,
  outcome text,
  received_at timestamptz,
  statutory_due_at timestamptz,
  clock_paused_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz,
  supplement_count integer,
  digitised boolean
);
CREATE TYPE statistics_step AS (
  agency_id uuid,
  unit_id uuid,
  officer_id uuid,
  started_at timestamptz,
  due_at timestamptz,
  finished_at timestamptz
);

INSERT INTO pending_rebuilds (function_name) VALUES ('rebuild_statistics_tallies');
