-- Citizen accounts on the public service portal: a realm of their own, apart from officers.
CREATE TABLE citizens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  -- Lower case; at least one of email and phone identifies the account at sign-in.
  email text UNIQUE CHECK (email = lower(email)),
  -- Vietnamese mobile number as 0xxxxxxxxx.
  phone text UNIQUE CHECK (phone ~ '^0\d{9}$'),
  -- Số định danh cá nhân (CCCD), 12 digits.
  id_number text CHECK (id_number ~ '^\d{12}$'),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (email IS NOT NULL OR phone IS NOT NULL)
);

CREATE TABLE citizen_sessions (
  token_hash text PRIMARY KEY,
  citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text NOT NULL DEFAULT ''
);
CREATE INDEX citizen_sessions_citizen ON citizen_sessions (citizen_id);

-- A submission the citizen is still preparing, kept as the form left it: checked only when submitted.
CREATE TABLE dossier_drafts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
  procedure_code text NOT NULL,
  content jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_drafts_citizen ON dossier_drafts (citizen_id, updated_at DESC);

-- The account a dossier was submitted from (none for counter and anonymous online submissions).
ALTER TABLE dossiers ADD COLUMN citizen_id uuid REFERENCES citizens (id);
CREATE INDEX dossiers_citizen ON dossiers (citizen_id, submitted_at DESC) WHERE citizen_id IS NOT NULL;
-- The public figures count by these instants.
CREATE INDEX dossiers_received_at ON dossiers (received_at);
CREATE INDEX dossiers_finished_at ON dossiers (finished_at);

-- A draft becomes its dossier in one statement: persist_draft_submission, in db/functions/dossier-writes.sql.
