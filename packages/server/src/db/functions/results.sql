-- What the other modules read of the signed results.
CREATE OR REPLACE VIEW signed_result_facts AS
  SELECT id, verification_code, dossier_id, agency_id, agency_name, document_type, file_id, signed_at, revoked_at FROM signed_results;
-- The files the signed results keep: the signed PDF and what it was made from.
CREATE OR REPLACE VIEW signed_result_file_ids (file_id) AS
  SELECT file_id::text FROM signed_results
  UNION ALL SELECT source_file_id::text FROM signed_results WHERE source_file_id IS NOT NULL;
-- The approvals still waiting for the approver's remote signature: the dossier page shows them.
CREATE OR REPLACE VIEW approval_awaiting_signature_facts AS
  SELECT id, dossier_id, officer_id, requested_at, (prepared -> 'ticket' ->> 'expiresAt')::timestamptz AS expires_at
    FROM approvals_awaiting_signature WHERE state = 'awaiting';
