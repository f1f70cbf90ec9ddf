-- A procedure version is published by a decision (quyết định công bố) and applies from a day that
-- may still be to come; versions published before this kept no decision, hence the NULLs.
ALTER TABLE procedure_versions
  ADD COLUMN deciding_document text,
  ADD COLUMN decided_on date,
  ADD COLUMN published_at timestamptz;
UPDATE procedure_versions SET published_at = effective_from;
ALTER TABLE procedure_versions ALTER COLUMN published_at SET NOT NULL, ALTER COLUMN published_at SET DEFAULT now();

-- The version an administrator is preparing, one per procedure code (the procedure may not exist
-- yet): saved as often as needed, seen by no citizen or officer until it is published.
CREATE TABLE procedure_drafts (
  code text PRIMARY KEY,
  definition jsonb NOT NULL,
  -- The version the draft was started from, none for a new procedure.
  base_version integer,
  saved_by uuid NOT NULL REFERENCES officers (id),
  saved_at timestamptz NOT NULL
);
