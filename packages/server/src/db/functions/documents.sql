-- The files a document holds: the files module keeps them (expiry.ts).
CREATE OR REPLACE VIEW document_file_ids (file_id) AS
  SELECT file_id::text FROM document_attachments;

CREATE OR REPLACE TRIGGER document_events_append_only BEFORE UPDATE OR DELETE ON document_events
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();

-- What the work records (modules/work-records) show of the documents filed in them.
CREATE OR REPLACE VIEW document_summaries AS
  SELECT id, agency_id, direction, register_year, register_number, number_symbol, type, subject, document_date, state FROM documents;

-- Every word a document is searched by, but numbers, joins its agency's vocabulary (document_words).
CREATE OR REPLACE FUNCTION remember_document_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO document_words (agency_id, word)
    SELECT NEW.agency_id, w.word FROM unnest(tsvector_to_array(NEW.search_words)) AS w (word)
     WHERE w.word !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER documents_remember_words AFTER INSERT OR UPDATE OF number_symbol, sender, subject ON documents
  FOR EACH ROW EXECUTE FUNCTION remember_document_words();
