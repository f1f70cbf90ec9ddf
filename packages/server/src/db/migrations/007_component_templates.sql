-- Blank forms (mẫu đơn, tờ khai) that applicants download, one per component of a procedure
-- version. The bytes are stored in files like every other document. A published version never
-- changes its rules, but a form may be uploaded or replaced later; a newer version starts with
-- its predecessor's forms for the components it keeps.
CREATE TABLE component_templates (
  procedure_version_id uuid NOT NULL REFERENCES procedure_versions (id),
  component_code text NOT NULL,
  file_id uuid NOT NULL REFERENCES files (id),
  uploaded_by uuid REFERENCES officers (id),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (procedure_version_id, component_code)
);
