-- What the other modules read of a stored file: its description, not its content.
CREATE OR REPLACE VIEW file_facts AS
  SELECT id, name, content_type, size, sha256, uploaded_by, created_at, pages, citizen_id FROM files;
