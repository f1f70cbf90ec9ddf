-- Agency rollups of the statistics' tallies (issue 15): the month and year rows again, with the
-- procedure, unit and officer left out (spans 'M' and 'Y'), so that a figure of agencies, of the
-- province or of each month over five years adds a few rows per agency and month instead of one
-- per procedure, unit and officer. Only a figure narrowed to a procedure, unit or officer (or
-- grouped by one) reads the detailed month and year rows. The fold keeps both in the same
-- statement (db/functions/statistics.sql); the rollups are built from the month and year rows
-- once their functions are in place.
ALTER TABLE statistics_tallies DROP CONSTRAINT IF EXISTS statistics_tallies_span_check;
ALTER TABLE statistics_tallies ADD CONSTRAINT statistics_tallies_span_check CHECK (span IN ('d', 'm', 'y', 'M', 'Y'));
INSERT INTO pending_rebuilds (function_name) VALUES ('rebuild_statistics_rollups');
