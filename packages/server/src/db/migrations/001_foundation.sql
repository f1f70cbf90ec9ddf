-- MotCua foundation: administrative structure, procedures, dossiers, calendar, sessions, audit.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- Diacritics-insensitive search key: NFC, lower case, accents removed (đ → d). IMMUTABLE so that it can be indexed.
CREATE FUNCTION search_key(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))) $$;

CREATE TABLE agencies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^\d{3}\.\d{2}\.\d{2}\.[HG]\d{2}$'),
  name text NOT NULL,
  short_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('province', 'centre', 'department', 'district', 'commune')),
  parent_id uuid REFERENCES agencies (id),
  address text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  abolished_on date,
  successor_id uuid REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agencies_parent ON agencies (parent_id);

CREATE TABLE units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  code text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('one_stop', 'processing')),
  UNIQUE (agency_id, code)
);

CREATE TABLE officers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  full_name text NOT NULL,
  title text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE officer_roles (
  officer_id uuid NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
  role text NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  unit_id uuid REFERENCES units (id),
  UNIQUE NULLS NOT DISTINCT (officer_id, role, agency_id, unit_id)
);
CREATE INDEX officer_roles_agency ON officer_roles (agency_id, role);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  officer_id uuid NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text NOT NULL DEFAULT ''
);

CREATE TABLE fields (
  code text PRIMARY KEY,
  name text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE procedures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  search_name text GENERATED ALWAYS AS (search_key(name)) STORED,
  search_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_key(name))) STORED,
  field_code text NOT NULL REFERENCES fields (code),
  level text NOT NULL,
  competent_agency_id uuid NOT NULL REFERENCES agencies (id),
  processing_days numeric NOT NULL,
  online_mode text NOT NULL,
  current_version integer NOT NULL,
  active boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX procedures_search_name ON procedures USING gin (search_name gin_trgm_ops);
CREATE INDEX procedures_search_words ON procedures USING gin (search_words);
CREATE INDEX procedures_code_prefix ON procedures (code text_pattern_ops);
CREATE INDEX procedures_field ON procedures (field_code);

-- Each publication is kept: a dossier follows the version in force on the day it was received.
CREATE TABLE procedure_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id uuid NOT NULL REFERENCES procedures (id),
  version integer NOT NULL,
  definition jsonb NOT NULL,
  effective_from timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES officers (id),
  UNIQUE (procedure_id, version)
);

CREATE TABLE calendar_overrides (
  date date PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('day_off', 'working_day')),
  name text NOT NULL
);

CREATE TABLE dossier_code_counters (
  agency_code text NOT NULL,
  day date NOT NULL,
  last_sequence integer NOT NULL,
  PRIMARY KEY (agency_code, day)
);

CREATE TABLE files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES officers (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dossiers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  lookup_code text NOT NULL,
  procedure_id uuid NOT NULL REFERENCES procedures (id),
  procedure_version_id uuid NOT NULL REFERENCES procedure_versions (id),
  receiving_agency_id uuid NOT NULL REFERENCES agencies (id),
  competent_agency_id uuid NOT NULL REFERENCES agencies (id),
  channel text NOT NULL CHECK (channel IN ('in_person', 'online', 'post')),
  state text NOT NULL,
  applicant_type text NOT NULL CHECK (applicant_type IN ('citizen', 'organisation')),
  applicant_name text NOT NULL,
  applicant_id_number text NOT NULL,
  applicant_phone text NOT NULL DEFAULT '',
  applicant_email text NOT NULL DEFAULT '',
  applicant_address text NOT NULL DEFAULT '',
  summary text NOT NULL DEFAULT '',
  components jsonb NOT NULL DEFAULT '[]',
  submitted_at timestamptz NOT NULL,
  received_at timestamptz,
  original_due_at timestamptz,
  due_at timestamptz,
  clock_paused_at timestamptz,
  current_step_index integer,
  supplement_count integer NOT NULL DEFAULT 0,
  extension_count integer NOT NULL DEFAULT 0,
  finished_at timestamptz,
  outcome text CHECK (outcome IN ('approved', 'rejected')),
  returned_at timestamptz,
  return_method text,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_receiving_state ON dossiers (receiving_agency_id, state);
CREATE INDEX dossiers_competent_state ON dossiers (competent_agency_id, state);
CREATE INDEX dossiers_due ON dossiers (due_at) WHERE finished_at IS NULL;

-- One row per visit of a dossier to a process step: who held it, from when, until when, by when.
CREATE TABLE dossier_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of visits: several can start in the same instant when a step is returned at once.
  visit bigint GENERATED ALWAYS AS IDENTITY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  step_index integer NOT NULL,
  step_code text NOT NULL,
  name text NOT NULL,
  role text NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  unit_id uuid REFERENCES units (id),
  assignee_id uuid REFERENCES officers (id),
  started_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  finished_at timestamptz,
  finished_by uuid REFERENCES officers (id)
);
CREATE INDEX dossier_steps_dossier ON dossier_steps (dossier_id, visit);

-- The process-control record (phiếu kiểm soát): every transition, append-only. Like the audit log,
-- it records facts as they were, so agencies and officers are named without foreign keys: the
-- record outlives any later change to them.
CREATE TABLE dossier_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  action text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  from_step_index integer,
  to_step_index integer,
  from_agency_id uuid,
  to_agency_id uuid,
  actor_kind text NOT NULL CHECK (actor_kind IN ('officer', 'applicant', 'system')),
  actor_officer_id uuid,
  actor_name text NOT NULL,
  comment text NOT NULL DEFAULT '',
  attachment_ids uuid[] NOT NULL DEFAULT '{}',
  data jsonb NOT NULL DEFAULT '{}',
  occurred_at timestamptz NOT NULL
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id);

-- Append-only audit log. Writers only insert (no lock, so busy counters never queue on it); a
-- background sealer then chains committed entries: each sealed entry's hash covers its content, its
-- position in the chain and the previous entry's hash, so any later change or removal shows.
CREATE TABLE audit_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The writing transaction: entries of transactions older than every running one are final and can be sealed.
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  occurred_at timestamptz NOT NULL,
  actor_kind text NOT NULL,
  actor_id text,
  actor_name text NOT NULL,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  ip text NOT NULL DEFAULT '',
  details jsonb NOT NULL DEFAULT '{}',
  chain_position bigint,
  prev_hash text,
  hash text
);
CREATE INDEX audit_log_unsealed ON audit_log (seq) WHERE hash IS NULL;
-- Partial, so that writers inserting unsealed entries never touch it.
CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_position) WHERE chain_position IS NOT NULL;

-- The end of the chain; its row lock also keeps two sealers from running at once.
CREATE TABLE audit_chain_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  position bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (position, hash) VALUES (0, repeat('0', 64));

-- (Its SQL functions live in db/functions/, applied after the migrations at every start.)
