-- The demo's certification authority, made when the demo province is seeded: with MOTCUA_DEMO on,
-- agencies' signing certificates must chain to it (or to MOTCUA_TRUST_ANCHORS), and it is what
-- GET /api/public/signing-ca.pem serves. Only the demo seed (and the backfill below) writes here.
CREATE TABLE demo_certification_authorities (
  fingerprint_sha256 text PRIMARY KEY,
  certificate bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A demo seeded before this migration: its CA is what the seeded credentials (configured by no
-- officer) carry as their chain.
INSERT INTO demo_certification_authorities (fingerprint_sha256, certificate)
SELECT DISTINCT encode(sha256(link), 'hex'), link FROM signing_credentials c, unnest(c.chain) link WHERE c.configured_by IS NULL
ON CONFLICT DO NOTHING;

-- Who may look up an applicant's digitised documents depends on the applicant's dossiers.
CREATE INDEX dossiers_applicant ON dossiers (applicant_id_number, applicant_type);
