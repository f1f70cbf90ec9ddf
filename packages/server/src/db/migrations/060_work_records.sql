-- eOffice: work records (hồ sơ công việc, Decree 30/2020 and the Law on Archives). Each agency
-- keeps, per year, the list of its records: a code, a title, a retention period (years, or NULL:
-- permanent) and the officer who keeps it (with their unit). Documents in and out and the keeper's
-- notes are filed into an open record; the keeper closes it, and the archive (the agency's
-- document clerk) takes it over, after which the record and its items are read-only
-- (db/functions/work-records.sql).
CREATE TABLE IF NOT EXISTS work_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  year integer NOT NULL,
  code text NOT NULL,
  title text NOT NULL,
  retention_years integer CHECK (retention_years BETWEEN 1 AND 70),
  keeper_id uuid NOT NULL REFERENCES officers (id),
  unit_id uuid REFERENCES units (id),
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'archived')),
  opened_at timestamptz NOT NULL,
  closed_at timestamptz,
  archived_at timestamptz,
  archived_by uuid REFERENCES officers (id),
  created_by uuid NOT NULL REFERENCES officers (id),
  updated_at timestamptz NOT NULL,
  UNIQUE (agency_id, year, code),
  CHECK ((state = 'open') = (closed_at IS NULL)),
  CHECK ((state = 'archived') = (archived_at IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS work_records_keeper ON work_records (keeper_id, state);

-- What a record holds, in the order it was filed: a document of its agency (filed once per
-- record), or a note.
CREATE TABLE IF NOT EXISTS work_record_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  filed_order bigint GENERATED ALWAYS AS IDENTITY,
  record_id uuid NOT NULL REFERENCES work_records (id),
  document_id uuid REFERENCES documents (id),
  note text,
  filed_by uuid NOT NULL REFERENCES officers (id),
  filed_at timestamptz NOT NULL,
  CHECK ((document_id IS NULL) <> (note IS NULL)),
  UNIQUE (record_id, document_id)
);
CREATE INDEX IF NOT EXISTS work_record_items_record ON work_record_items (record_id, filed_order);
CREATE INDEX IF NOT EXISTS work_record_items_document ON work_record_items (document_id) WHERE document_id IS NOT NULL;
