-- Whichever way a dossier is received (at the counter, an online dossier taken in, a supplement
-- handed in), the files of its components become digitised documents of its applicant.
CREATE OR REPLACE FUNCTION digitise_received_components() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO digitised_documents (file_id, kind, component_code, title, applicant_type, applicant_id_number, applicant_name,
                                   dossier_id, reused_from, digitised_at)
  SELECT f.id, 'component', c->>'code', c->>'name', NEW.applicant_type, NEW.applicant_id_number, NEW.applicant_name, NEW.id,
         (SELECT first.id FROM digitised_documents first
           WHERE first.file_id = f.id AND first.applicant_id_number = NEW.applicant_id_number
             AND first.applicant_type = NEW.applicant_type AND first.reused_from IS NULL
           ORDER BY first.digitised_at LIMIT 1),
         CASE WHEN TG_OP = 'INSERT' OR OLD.received_at IS NULL THEN NEW.received_at ELSE now() END
    FROM jsonb_array_elements(NEW.components) c
   CROSS JOIN LATERAL jsonb_array_elements_text(c->'fileIds') listed
    JOIN files f ON f.id = listed::uuid
  ON CONFLICT DO NOTHING;
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
