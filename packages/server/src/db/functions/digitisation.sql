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
  WITH moved AS (DELETE FROM digitised_document_tally_changes RETURNING *),
       spans AS (SELECT 'd'::char(1) AS span, * FROM moved
                 UNION ALL
                 SELECT 'm', date_trunc('month', day)::date, agency_id, components, reused, results FROM moved
                 UNION ALL
                 SELECT 'y', date_trunc('year', day)::date, agency_id, components, reused, results FROM moved)
  INSERT INTO digitised_document_tallies (span, day, agency_id, components, reused, results)
  SELECT span, day, agency_id, sum(components), sum(reused), sum(results) FROM spans GROUP BY span, day, agency_id
  ON CONFLICT (span, day, agency_id) DO UPDATE SET
    components = digitised_document_tallies.components + excluded.components,
    reused = digitised_document_tallies.reused + excluded.reused,
    results = digitised_document_tallies.results + excluded.results;
  GET DIAGNOSTICS folded = ROW_COUNT;
  RETURN folded;
END $$;

-- The month and year rows added up again from the day rows (migration 076 asks for it once).
CREATE OR REPLACE FUNCTION rebuild_digitised_document_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM digitised_document_tallies WHERE span <> 'd';
  INSERT INTO digitised_document_tallies (span, day, agency_id, components, reused, results)
  SELECT s.span, date_trunc(CASE s.span WHEN 'm' THEN 'month' ELSE 'year' END, t.day)::date, t.agency_id, sum(t.components), sum(t.reused), sum(t.results)
    FROM digitised_document_tallies t CROSS JOIN (VALUES ('m'), ('y')) s (span)
   WHERE t.span = 'd'
   GROUP BY 1, 2, 3;
END $$;

-- The tallies counted again from the documents (migration 030 asks for it once).
CREATE OR REPLACE FUNCTION rebuild_digitised_document_tallies() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE digitised_document_tallies, digitised_document_tally_changes;
  INSERT INTO digitised_document_tallies (span, day, agency_id, components, reused, results)
  SELECT 'd', vietnam_day(a.digitised_at), d.competent_agency_id, count(*) FILTER (WHERE a.kind = 'component'),
         count(*) FILTER (WHERE a.kind = 'component' AND a.reused_from IS NOT NULL), count(*) FILTER (WHERE a.kind = 'result')
    FROM digitised_documents a JOIN dossier_facts d ON d.id = a.dossier_id
   GROUP BY 2, 3;
  PERFORM rebuild_digitised_document_rollups();
END $$;

CREATE OR REPLACE TRIGGER digitised_documents_tally AFTER INSERT ON digitised_documents
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tally_digitised_documents();

-- What other modules read of the tallies, folded and not yet folded, at every span: rows to add
-- up. A change not yet folded counts in each (readers take each range of days from one span only).
CREATE OR REPLACE VIEW digitised_document_rows AS
  SELECT span, day, agency_id, components, reused, results FROM digitised_document_tallies
  UNION ALL
  SELECT s.span, date_trunc(CASE s.span WHEN 'd' THEN 'day' WHEN 'm' THEN 'month' ELSE 'year' END, c.day)::date, c.agency_id, c.components, c.reused, c.results
    FROM digitised_document_tally_changes c CROSS JOIN (VALUES ('d'::char(1)), ('m'), ('y')) s (span);
