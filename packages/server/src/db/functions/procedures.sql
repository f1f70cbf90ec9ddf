-- What the other modules read of the procedures, their published versions and their fields.
CREATE OR REPLACE VIEW procedure_catalogue AS
  SELECT id, code, name, search_name, search_words, field_code, level, competent_agency_id, processing_days, online_mode,
         current_version, active, updated_at
    FROM procedures;
CREATE OR REPLACE VIEW procedure_version_catalogue AS
  SELECT id, procedure_id, version, definition, effective_from, published_by, published_at, decided_on FROM procedure_versions;
CREATE OR REPLACE VIEW field_catalogue AS
  SELECT code, name, name_en FROM fields;
-- The files the form templates keep (the files module deletes only what nothing names).
CREATE OR REPLACE VIEW component_template_file_ids (file_id) AS
  SELECT file_id::text FROM component_templates;
-- Who offers each procedure, by the version it follows now (core/src/procedures/offerings.ts, read
-- in SQL): its competent agency, or the communes in office it is offered by (every one, or those
-- its definition's offeredBy picks). The catalogue's agency filter and the scorecard read it.
CREATE OR REPLACE VIEW procedure_offerings AS
  SELECT p.id AS procedure_id, o.id AS agency_id
    FROM procedures p
    JOIN procedure_versions v ON v.procedure_id = p.id AND v.version = p.current_version
    JOIN agency_directory o ON CASE
           WHEN v.offered_by IS NULL THEN o.id = p.competent_agency_id
           ELSE o.kind = 'commune' AND o.abolished_on IS NULL
                AND (v.offered_by->>'scope' = 'all_communes' OR v.offered_by->'agencyCodes' ? o.code)
         END;
