-- The papers of the one-stop section read dossiers by receiving agency and time of reception (the
-- register and its line numbers) and the fees collected (the numbers of fee receipts).
CREATE INDEX dossiers_receiving_received ON dossiers (receiving_agency_id, received_at) WHERE received_at IS NOT NULL;
CREATE INDEX dossier_events_fee_paid ON dossier_events (occurred_at) WHERE action = 'confirm_fee_paid';
