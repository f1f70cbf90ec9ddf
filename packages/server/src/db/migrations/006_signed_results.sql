-- Signed results: the agencies' signing credentials, the per-procedure templates of generated
-- results, every result document issued on a leader's approval (with its public verification
-- code), and the digitised documents (số hóa) a later dossier of the same applicant may reuse.

-- An agency's PKCS#12 credential, sealed by the server (modules/signing/vault.ts). The certificate
-- stays in clear, to show it and to verify with it. A replaced credential is retired, not deleted:
-- the results it signed still name it.
CREATE TABLE signing_credentials (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  sealed_secret bytea NOT NULL,
  certificate bytea NOT NULL,
  -- The CA certificates the PKCS#12 file carried above the signer's.
  chain bytea[] NOT NULL DEFAULT '{}',
  subject text NOT NULL,
  issuer text NOT NULL,
  serial_number text NOT NULL,
  not_before timestamptz NOT NULL,
  not_after timestamptz NOT NULL,
  fingerprint_sha256 text NOT NULL,
  configured_by uuid REFERENCES officers (id),
  configured_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);
CREATE UNIQUE INDEX signing_credentials_current ON signing_credentials (agency_id) WHERE retired_at IS NULL;

-- How the result of a procedure is written when the officer does not upload one.
CREATE TABLE result_templates (
  procedure_id uuid PRIMARY KEY REFERENCES procedures (id),
  template jsonb NOT NULL,
  updated_by uuid REFERENCES officers (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Page count of a stored PDF (null for images and for PDFs that cannot be read).
ALTER TABLE files ADD COLUMN pages integer;

-- Results are facts as they were signed: the agency and the signer are named as printed.
CREATE TABLE signed_results (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  verification_code text NOT NULL UNIQUE,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  agency_name text NOT NULL,
  credential_id uuid NOT NULL REFERENCES signing_credentials (id),
  document_type text NOT NULL,
  source text NOT NULL CHECK (source IN ('template', 'upload')),
  -- The officer's PDF that was signed, when the result was uploaded.
  source_file_id uuid REFERENCES files (id),
  -- The signed PDF, byte for byte as issued.
  file_id uuid NOT NULL REFERENCES files (id),
  sha256 text NOT NULL,
  signer_id uuid NOT NULL REFERENCES officers (id),
  signer_name text NOT NULL,
  signer_title text NOT NULL,
  signed_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES officers (id),
  revocation_reason text,
  CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX signed_results_dossier ON signed_results (dossier_id);

-- Digitised documents of an applicant: the scans of the components of every received dossier and
-- every signed result. A record whose file an earlier dossier of the same applicant already held
-- names that first record in `reused_from` (Decree 45/2020: what was digitised is not asked for again).
CREATE TABLE digitised_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_id uuid NOT NULL REFERENCES files (id),
  kind text NOT NULL CHECK (kind IN ('component', 'result')),
  component_code text,
  title text NOT NULL,
  applicant_type text NOT NULL,
  applicant_id_number text NOT NULL,
  applicant_name text NOT NULL,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  signed_result_id uuid REFERENCES signed_results (id),
  reused_from uuid REFERENCES digitised_documents (id),
  digitised_at timestamptz NOT NULL,
  UNIQUE NULLS NOT DISTINCT (dossier_id, file_id, component_code)
);
CREATE INDEX digitised_documents_applicant ON digitised_documents (applicant_id_number, applicant_type, digitised_at DESC);
CREATE INDEX digitised_documents_file ON digitised_documents (file_id);

-- The digitisation of received components is a trigger: db/functions/digitisation.sql.
