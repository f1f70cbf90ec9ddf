-- What the other modules read of the signing credentials: the certificates, never the sealed keys.
CREATE OR REPLACE VIEW signing_credential_facts AS
  SELECT id, agency_id, certificate, chain, subject, issuer, serial_number, not_before, not_after, fingerprint_sha256, configured_at,
         retired_at
    FROM signing_credentials;
