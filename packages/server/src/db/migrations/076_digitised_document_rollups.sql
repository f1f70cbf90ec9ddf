-- The digitised documents' tallies at month and year spans beside the day rows (issue 15): the
-- scorecard over five years adds a few rows per agency and year or month instead of one per agency
-- and day (330,000 rows for a province), as the statistics' tallies do. The fold keeps every span
-- in the same statement (db/functions/digitisation.sql); the new rows are built from the day rows
-- once the functions are in place.
DROP VIEW IF EXISTS digitised_document_rows;
ALTER TABLE digitised_document_tallies ADD COLUMN span char(1) NOT NULL DEFAULT 'd' CHECK (span IN ('d', 'm', 'y'));
ALTER TABLE digitised_document_tallies ALTER COLUMN span DROP DEFAULT;
ALTER TABLE digitised_document_tallies DROP CONSTRAINT digitised_document_tallies_pkey;
ALTER TABLE digitised_document_tallies ADD PRIMARY KEY (span, day, agency_id);
INSERT INTO pending_rebuilds (function_name) VALUES ('rebuild_digitised_document_rollups');
