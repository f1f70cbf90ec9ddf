-- eOffice: the official documents an agency receives and sends (Decree 30/2020), their
-- assignments for handling, their history and the yearly registers they are numbered in.

-- The abbreviations agencies and units sign their documents' symbols with (`12/QĐ-UBND`,
-- `45/UBND-VP`). NULL means the default @motcua/core derives from the kind and name
-- (defaultAgencyAbbreviation: `UBND` for People's Committees, `SNV` for Sở Nội vụ; for a unit
-- defaultUnitAbbreviation: `VP` for Văn phòng), so existing and seeded agencies have one at once;
-- an administrator sets the column only where usage differs.
ALTER TABLE agencies ADD COLUMN IF NOT EXISTS symbol_abbreviation text CHECK (symbol_abbreviation ~ '^[[:alnum:]]{1,20}$');
ALTER TABLE units ADD COLUMN IF NOT EXISTS symbol_abbreviation text CHECK (symbol_abbreviation ~ '^[[:alnum:]]{1,20}$');

-- One row per document, incoming and outgoing alike. For an incoming one, number_symbol, sender
-- and document_date are what the sender wrote; register_number is its line in the agency's
-- incoming register of register_year.
CREATE TABLE IF NOT EXISTS documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  direction text NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
  register_year integer,
  register_number integer CHECK (register_number > 0),
  channel text NOT NULL DEFAULT 'paper' CHECK (channel IN ('paper', 'electronic')),
  arrived_at timestamptz,
  number_symbol text NOT NULL DEFAULT '',
  number integer,
  symbol text NOT NULL DEFAULT '',
  type text NOT NULL,
  document_date date,
  sender text NOT NULL DEFAULT '',
  recipients jsonb NOT NULL DEFAULT '[]',
  subject text NOT NULL,
  urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent', 'very_urgent', 'flash')),
  confidentiality text NOT NULL DEFAULT 'normal' CHECK (confidentiality IN ('normal', 'confidential', 'secret', 'top_secret')),
  page_count integer NOT NULL DEFAULT 1 CHECK (page_count > 0),
  state text NOT NULL,
  due_at timestamptz,
  finished_at timestamptz,
  answer_document_id uuid REFERENCES documents (id),
  registered_by uuid REFERENCES officers (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- What the register is searched by, folded (no diacritics, lower case) for unaccent + pg_trgm.
  search_text text GENERATED ALWAYS AS (search_key(number_symbol || ' ' || sender || ' ' || subject)) STORED,
  UNIQUE (agency_id, direction, register_year, register_number),
  CHECK ((register_year IS NULL) = (register_number IS NULL))
);
CREATE INDEX IF NOT EXISTS documents_search ON documents USING gin (search_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS documents_by_date ON documents (agency_id, direction, document_date);
CREATE INDEX IF NOT EXISTS documents_open_deadlines ON documents (agency_id, due_at) WHERE state IN ('assigned', 'in_progress');

-- Files of a document (its scan, its attachments). Never for a classified one (enforced in code by
-- @motcua/core contentRefusal, and here).
CREATE TABLE IF NOT EXISTS document_attachments (
  document_id uuid NOT NULL REFERENCES documents (id),
  file_id uuid NOT NULL REFERENCES files (id),
  added_by uuid REFERENCES officers (id),
  added_at timestamptz NOT NULL,
  PRIMARY KEY (document_id, file_id)
);

-- Who handles a document: a unit (held by its head) or an officer, as lead, cooperating or for
-- information; parent_id is the unit's assignment an officer's was passed down from.
CREATE TABLE IF NOT EXISTS document_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL REFERENCES documents (id),
  parent_id uuid REFERENCES document_assignments (id),
  role text NOT NULL CHECK (role IN ('lead', 'cooperating', 'information')),
  unit_id uuid REFERENCES units (id),
  officer_id uuid REFERENCES officers (id),
  instructions text NOT NULL DEFAULT '',
  due_at timestamptz,
  assigned_by uuid REFERENCES officers (id),
  assigned_at timestamptz NOT NULL,
  progress_note text NOT NULL DEFAULT '',
  progress_at timestamptz,
  finished_at timestamptz,
  finished_by uuid REFERENCES officers (id),
  CHECK ((unit_id IS NULL) <> (officer_id IS NULL))
);
CREATE INDEX IF NOT EXISTS document_assignments_document ON document_assignments (document_id);
CREATE INDEX IF NOT EXISTS document_assignments_open_officer ON document_assignments (officer_id) WHERE finished_at IS NULL;
CREATE INDEX IF NOT EXISTS document_assignments_open_unit ON document_assignments (unit_id) WHERE finished_at IS NULL;

-- Every step of a document's course, append-only (the trigger is in db/functions/documents.sql).
CREATE TABLE IF NOT EXISTS document_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents (id),
  assignment_id uuid REFERENCES document_assignments (id),
  action text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  actor_officer_id uuid REFERENCES officers (id),
  actor_name text NOT NULL,
  note text NOT NULL DEFAULT '',
  details jsonb NOT NULL DEFAULT '{}',
  occurred_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS document_events_document ON document_events (document_id, id);

-- The last number drawn in each register of each agency and year. Drawn by an upsert in the
-- registration's own transaction: the row stays locked until it commits, so numbers are
-- consecutive with no gap, as a paper register's lines are (registrations at one agency are a few
-- hundred a day, so the wait is short).
CREATE TABLE IF NOT EXISTS document_register_counters (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  register text NOT NULL CHECK (register IN ('incoming', 'outgoing')),
  year integer NOT NULL,
  last_number integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (agency_id, register, year)
);
