-- The files a document holds: the files module keeps them (expiry.ts).
CREATE OR REPLACE VIEW document_file_ids (file_id) AS
  SELECT file_id::text FROM document_attachments;

CREATE OR REPLACE TRIGGER document_events_append_only BEFORE UPDATE OR DELETE ON document_events
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();
