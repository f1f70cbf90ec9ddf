-- Who offers a procedure is matched against every agency (the procedure_offerings view: the
-- catalogue's agency filter, the scorecard). Read out of the version's whole definition, the
-- definition was fetched and decompressed once per procedure and agency: 90 ms for a province's
-- 58 procedures and 181 agencies. Kept beside it, it is a few bytes read in place.
ALTER TABLE procedure_versions ADD COLUMN offered_by jsonb GENERATED ALWAYS AS (definition->'offeredBy') STORED;
