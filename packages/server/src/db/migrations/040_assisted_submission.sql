-- Assisted submission: an officer, or a helper of an assisted-digital point (điểm hỗ trợ dịch vụ
-- công), submits a dossier for a citizen who is present and consents; the citizen may later claim
-- the dossier into their own account.

-- One-time codes about dossiers, kept as hashes salted with the row's id: a citizen's consent to
-- an assisted submission, sent to the phone they give the helper (officer_id: who asked for it),
-- and a claim of a dossier into an account, sent to the phone or e-mail on the dossier.
CREATE TABLE IF NOT EXISTS dossier_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  purpose text NOT NULL CHECK (purpose IN ('consent', 'claim')),
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient text NOT NULL,
  procedure_code text,
  officer_id uuid REFERENCES officers (id),
  dossier_id uuid REFERENCES dossiers (id),
  citizen_id uuid REFERENCES citizens (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  issued_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  used_at timestamptz,
  ip text NOT NULL DEFAULT '',
  CHECK (purpose <> 'consent' OR (officer_id IS NOT NULL AND procedure_code IS NOT NULL)),
  CHECK (purpose <> 'claim' OR (dossier_id IS NOT NULL AND citizen_id IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS dossier_codes_recipient ON dossier_codes (purpose, recipient, issued_at DESC);
CREATE INDEX IF NOT EXISTS dossier_codes_dossier ON dossier_codes (dossier_id, issued_at DESC) WHERE dossier_id IS NOT NULL;

-- Who helped submit a dossier, as it was then (the helper's name and point, never more of them),
-- and how the citizen consented: the code they read out, or the signed consent scanned.
CREATE TABLE IF NOT EXISTS dossier_assistance (
  dossier_id uuid PRIMARY KEY REFERENCES dossiers (id),
  helper_officer_id uuid NOT NULL REFERENCES officers (id),
  helper_name text NOT NULL,
  point_agency_id uuid NOT NULL REFERENCES agencies (id),
  point_name text NOT NULL,
  consent_kind text NOT NULL CHECK (consent_kind IN ('code', 'scan')),
  consent_code_id uuid REFERENCES dossier_codes (id),
  consent_file_id uuid REFERENCES files (id),
  consented_at timestamptz NOT NULL,
  CHECK ((consent_kind = 'code') = (consent_code_id IS NOT NULL)),
  CHECK ((consent_kind = 'scan') = (consent_file_id IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS dossier_assistance_helper ON dossier_assistance (helper_officer_id, consented_at DESC);
