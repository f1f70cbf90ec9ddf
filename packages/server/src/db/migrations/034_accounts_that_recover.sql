-- Accounts that recover: passwords officers must change, two-factor sign-in, password reset codes.

-- Set on an account an administrator created or reset: the officer changes the password before anything else.
ALTER TABLE officers ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- An officer's authenticator app (TOTP): the secret sealed like the signing credentials, usable
-- for sign-in once a code from the app was checked (enabled_at). last_used_step refuses a code replayed.
CREATE TABLE officer_two_factor (
  officer_id uuid PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
  sealed_secret bytea NOT NULL,
  enabled_at timestamptz,
  last_used_step bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Codes that sign in instead of the app, each once; only their SHA-256 is kept.
CREATE TABLE officer_recovery_codes (
  officer_id uuid NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (officer_id, code_hash)
);

-- One-time codes sent to a citizen's e-mail address or phone to reset a forgotten password; the
-- code itself is kept only as a hash salted with the row's id.
CREATE TABLE citizen_reset_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  code_hash text NOT NULL,
  issued_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  used_at timestamptz,
  ip text NOT NULL DEFAULT ''
);
CREATE INDEX citizen_reset_codes_citizen ON citizen_reset_codes (citizen_id, issued_at DESC);
