-- The demo's certification authority, made when the demo province is seeded: with MOTCUA_DEMO on,
-- agencies' signing certificates must chain to it (or to MOTCUA_TRUST_ANCHORS), and it is what
-- GET /api/public/signing-ca.pem serves. Nothing but the seed writes here.
CREATE TABLE demo_certification_authorities (
  fingerprint_sha256 text PRIMARY KEY,
  certificate bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Who may look up an applicant's digitised documents depends on the applicant's dossiers.
CREATE INDEX dossiers_applicant ON dossiers (applicant_id_number, applicant_type);
