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

-- Digitised documents counted per Vietnam day and agency competent for their dossier (the
-- scorecard's digitisation indicators): scans of components, of those reused, and results. Each
-- insertion appends its counts, so that concurrent receptions never wait on one row; the fold job
-- moves them into the day rows. Documents are never changed or deleted.
CREATE OR REPLACE FUNCTION tally_digitised_documents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO digitised_document_tally_changes (day, agency_id, components, reused, results)
  SELECT vietnam_day(a.digitised_at), d.competent_agency_id, count(*) FILTER (WHERE a.kind = 'component'),
         count(*) FILTER (WHERE a.kind = 'component' AND a.reused_from IS NOT NULL), count(*) FILTER (WHERE a.kind = 'result')
    FROM added a JOIN dossier_facts d ON d.id = a.dossier_id
   GROUP BY 1, 2;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION fold_digitised_document_changes() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  folded integer;
BEGIN
  WITH moved AS (DELETE FROM digitised_document_tally_changes RETURNING *)
  INSERT INTO digitised_document_tallies (day, agency_id, components, reused, results)
  SELECT day, agency_id, sum(components), sum(reused), sum(results) FROM moved GROUP BY day, agency_id
  ON CONFLICT (day, agency_id) DO UPDATE SET
    components = digitised_document_tallies.components + excluded.components,
    reused = digitised_document_tallies.reused + excluded.reused,
    results = digitised_document_tallies.results + excluded.results;
  GET DIAGNOSTICS folded = ROW_COUNT;
  RETURN folded;
END $$;

-- The tallies counted again from the documents (migration 030 asks for it once).
CREATE OR REPLACE FUNCTION rebuild_digitised_document_tallies() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE digitised_document_tallies, digitised_document_tally_changes;
  INSERT INTO digitised_document_tallies (day, agency_id, components, reused, results)
  SELECT vietnam_day(a.digitised_at), d.competent_agency_id, count(*) FILTER (WHERE a.kind = 'component'),
         count(*) FILTER (WHERE a.kind = 'component' AND a.reused_from IS NOT NULL), count(*) FILTER (WHERE a.kind = 'result')
    FROM digitised_documents a JOIN dossier_facts d ON d.id = a.dossier_id
   GROUP BY 1, 2;
END $$;

CREATE OR REPLACE TRIGGER digitised_documents_tally AFTER INSERT ON digitised_documents
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tally_digitised_documents();

-- What other modules read of the tallies: folded and not yet folded rows, to add up.
CREATE OR REPLACE VIEW digitised_document_rows AS
  SELECT day, agency_id, components, reused, results FROM digitised_document_tallies
  UNION ALL
  SELECT day, agency_id, components, reused, results FROM digitised_document_tally_changes;
