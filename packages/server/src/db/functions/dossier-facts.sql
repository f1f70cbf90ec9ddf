-- What the other modules read of the dossiers, their steps and their process-control record.
CREATE OR REPLACE VIEW dossier_facts AS
  SELECT id, code, lookup_code, procedure_id, procedure_version_id, receiving_agency_id, competent_agency_id, channel, state,
         applicant_type, applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address, summary,
         components, submitted_at, received_at, original_due_at, due_at, clock_paused_at, current_step_index, supplement_count,
         extension_count, finished_at, outcome, returned_at, return_method, version, updated_at, citizen_id, register_line,
         delivery_method, delivery_address, delivery_postal_fee_vnd
    FROM dossiers;
CREATE OR REPLACE VIEW dossier_step_facts AS
  SELECT id, visit, dossier_id, step_index, step_code, name, role, agency_id, unit_id, assignee_id, started_at, due_at, finished_at,
         finished_by
    FROM dossier_steps;
CREATE OR REPLACE VIEW dossier_event_facts AS
  SELECT id, dossier_id, action, from_state, to_state, from_step_index, to_step_index, from_agency_id, to_agency_id, actor_kind,
         actor_officer_id, actor_name, comment, attachment_ids, data, occurred_at, comment_for_applicant
    FROM dossier_events;
-- The files the dossiers name: their components' and their events' attachments. File ids in
-- components are JSON, not foreign keys, hence read as text.
CREATE OR REPLACE VIEW dossier_file_ids (file_id) AS
  SELECT listed FROM dossiers d
   CROSS JOIN LATERAL jsonb_array_elements(d.components) c
   CROSS JOIN LATERAL jsonb_array_elements_text(CASE jsonb_typeof(c->'fileIds') WHEN 'array' THEN c->'fileIds' ELSE '[]' END) listed
  UNION ALL SELECT unnest(attachment_ids)::text FROM dossier_events;

-- The process-control record and the receipt book are append-only (append-only-tables.sql).
CREATE OR REPLACE TRIGGER dossier_events_no_update BEFORE UPDATE OR DELETE ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();
CREATE OR REPLACE TRIGGER fee_receipts_no_update BEFORE UPDATE OR DELETE ON fee_receipts
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();

-- A dossier received, at first or with a supplement, hands the files of its components to the
-- digitisation module (digitisation.sql).
CREATE OR REPLACE FUNCTION digitise_received_components() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM digitise_components(NEW.applicant_type, NEW.applicant_id_number, NEW.applicant_name, NEW.id, NEW.components,
                              CASE WHEN TG_OP = 'INSERT' OR OLD.received_at IS NULL THEN NEW.received_at ELSE now() END);
  RETURN NULL;
END $$;
-- Most receptions carry no scans: the triggers look for files before they fire.
CREATE OR REPLACE TRIGGER dossiers_digitise_received AFTER INSERT ON dossiers
  FOR EACH ROW WHEN (NEW.received_at IS NOT NULL AND NEW.components @? '$[*].fileIds[*]')
  EXECUTE FUNCTION digitise_received_components();
CREATE OR REPLACE TRIGGER dossiers_digitise_supplemented AFTER UPDATE OF received_at, components ON dossiers
  FOR EACH ROW WHEN (NEW.received_at IS NOT NULL AND NEW.components @? '$[*].fileIds[*]'
                     AND (OLD.received_at IS NULL OR NEW.components IS DISTINCT FROM OLD.components))
  EXECUTE FUNCTION digitise_received_components();
