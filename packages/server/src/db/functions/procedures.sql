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
