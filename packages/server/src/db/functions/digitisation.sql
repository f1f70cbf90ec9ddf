-- Whichever way a dossier is received (at the counter, an online dossier taken in, a supplement
-- handed in), the files of its components become digitised documents of its applicant; the
-- dossiers' triggers call this (dossier-facts.sql). A file already digitised for the same
-- applicant is marked as reused from its first digitisation.
CREATE OR REPLACE FUNCTION digitise_components(applicant_type text, applicant_id_number text, applicant_name text, dossier_id uuid,
                                               components jsonb, digitised_at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO digitised_documents (file_id, kind, component_code, title, applicant_type, applicant_id_number, applicant_name,
                                   dossier_id, reused_from, digitised_at)
  SELECT f.id, 'component', c->>'code', c->>'name', digitise_components.applicant_type, digitise_components.applicant_id_number,
         digitise_components.applicant_name, digitise_components.dossier_id,
         (SELECT first.id FROM digitised_documents first
           WHERE first.file_id = f.id AND first.applicant_id_number = digitise_components.applicant_id_number
             AND first.applicant_type = digitise_components.applicant_type AND first.reused_from IS NULL
           ORDER BY first.digitised_at LIMIT 1),
         digitise_components.digitised_at
    FROM jsonb_array_elements(components) c
   CROSS JOIN LATERAL jsonb_array_elements_text(c->'fileIds') listed
    JOIN file_facts f ON f.id = listed::uuid
  ON CONFLICT DO NOTHING;
END $$;

-- The files the digitised documents keep.
CREATE OR REPLACE VIEW digitised_file_ids (file_id) AS
  SELECT file_id::text FROM digitised_documents;

-- What the scorecard counts of the digitised documents (kinds, reuse), by dossier and day.
CREATE OR REPLACE VIEW digitised_document_facts AS
  SELECT id, kind, reused_from IS NOT NULL AS reused, dossier_id, digitised_at FROM digitised_documents;
