-- Signing per Decree 30/2020 (issue 17, item 3). Officers sign with a personal certificate: a
-- PKCS#12 file the installation holds (sealed like the agencies' credentials), or an account at a
-- remote signing service (VNPT SmartCA, Viettel MySign style) where the key stays and the officer
-- confirms each signature on their phone. The images of visible signatures: an officer's
-- handwritten signature, an agency's seal.
CREATE TABLE IF NOT EXISTS officer_signing_methods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL REFERENCES officers (id),
  method text NOT NULL CHECK (method IN ('pkcs12', 'remote')),
  sealed_secret bytea,
  service_url text,
  account_id text,
  certificate bytea NOT NULL,
  chain bytea[] NOT NULL DEFAULT '{}',
  subject text NOT NULL,
  fingerprint_sha256 text NOT NULL,
  not_before timestamptz NOT NULL,
  not_after timestamptz NOT NULL,
  configured_by uuid REFERENCES officers (id),
  configured_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  CHECK ((method = 'pkcs12' AND sealed_secret IS NOT NULL) OR (method = 'remote' AND service_url IS NOT NULL AND account_id IS NOT NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS officer_signing_methods_current ON officer_signing_methods (officer_id) WHERE retired_at IS NULL;

CREATE TABLE IF NOT EXISTS signature_images (
  owner_kind text NOT NULL CHECK (owner_kind IN ('officer', 'agency')),
  owner_id uuid NOT NULL,
  png bytea NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  uploaded_by uuid REFERENCES officers (id),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_kind, owner_id)
);

-- Each signature asked of a remote service, and how it ended.
CREATE TABLE IF NOT EXISTS remote_signature_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL REFERENCES officers (id),
  service_url text NOT NULL,
  account_id text NOT NULL,
  transaction_id text NOT NULL,
  digest text NOT NULL,
  description text NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'signed', 'refused', 'expired')),
  signature bytea,
  requested_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  settled_at timestamptz,
  UNIQUE (service_url, transaction_id)
);
CREATE INDEX IF NOT EXISTS remote_signature_requests_pending ON remote_signature_requests (expires_at) WHERE state = 'pending';

-- An approval whose result a remote signer has still to sign: the dossier is untouched until the
-- signature arrives, then approved with the signed result in one transaction, or left as it was.
CREATE TABLE IF NOT EXISTS approvals_awaiting_signature (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  remote_request_id uuid NOT NULL REFERENCES remote_signature_requests (id),
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  dossier_version integer NOT NULL,
  approving_agency_id uuid NOT NULL REFERENCES agencies (id),
  officer_id uuid NOT NULL REFERENCES officers (id),
  action_input jsonb NOT NULL,
  prepared jsonb NOT NULL,
  unsigned_pdf bytea NOT NULL,
  state text NOT NULL DEFAULT 'awaiting' CHECK (state IN ('awaiting', 'approved', 'failed')),
  failure_code text,
  failure_reason text,
  requested_at timestamptz NOT NULL,
  settled_at timestamptz
);
CREATE UNIQUE INDEX IF NOT EXISTS approvals_awaiting_signature_one ON approvals_awaiting_signature (dossier_id) WHERE state = 'awaiting';

-- A result signed with an officer's personal certificate names that certificate, not an agency credential.
ALTER TABLE signed_results ALTER COLUMN credential_id DROP NOT NULL;
ALTER TABLE signed_results ADD COLUMN IF NOT EXISTS signer_certificate bytea;
