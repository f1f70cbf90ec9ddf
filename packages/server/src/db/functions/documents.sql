-- The files a document holds (its attachments; an outgoing one's versions, and what it was signed
-- and released as): the files module keeps them (expiry.ts).
CREATE OR REPLACE VIEW document_file_ids (file_id) AS
  SELECT file_id::text FROM document_attachments
  UNION ALL SELECT file_id::text FROM outgoing_document_versions
  UNION ALL SELECT body_file_id::text FROM outgoing_document_versions WHERE body_file_id IS NOT NULL
  UNION ALL SELECT signed_file_id::text FROM outgoing_documents WHERE signed_file_id IS NOT NULL
  UNION ALL SELECT released_file_id::text FROM outgoing_documents WHERE released_file_id IS NOT NULL;

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
CREATE OR REPLACE TRIGGER documents_remember_words AFTER INSERT OR UPDATE OF number_symbol, sender, subject, search_words ON documents
  FOR EACH ROW EXECUTE FUNCTION remember_document_words();

-- The words a document is searched by (search_words): its number and symbol, sender and subject,
-- slashes, dashes and dots splitting the number and symbol into words (`1234/SNV-CCHC` is found by
-- `snv` or `cchc`), and the words of its files' text (migration 066) without their positions, which
-- no search reads: a long file's words then stay well within what a tsvector may hold.
CREATE OR REPLACE FUNCTION document_search_words(document_id uuid, number_symbol text, sender text, subject text) RETURNS tsvector
  LANGUAGE sql STABLE AS $$
  SELECT to_tsvector('simple', translate(search_key(number_symbol || ' ' || sender || ' ' || subject), '/-.', '   '))
      || coalesce((SELECT strip(to_tsvector('simple', translate(string_agg(a.text_key, ' '), '/-.', '   ')))
                     FROM document_attachments a WHERE a.document_id = $1 AND a.text_key <> ''), '')
$$;

CREATE OR REPLACE FUNCTION fill_document_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_words := document_search_words(NEW.id, NEW.number_symbol, NEW.sender, NEW.subject);
  RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER documents_search_words BEFORE INSERT OR UPDATE OF number_symbol, sender, subject ON documents
  FOR EACH ROW EXECUTE FUNCTION fill_document_search_words();

-- A file with text attached or removed changes its document's words; a scan without text does not.
CREATE OR REPLACE FUNCTION refresh_document_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed document_attachments := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF changed.text_key = '' AND (TG_OP <> 'UPDATE' OR OLD.text_key = '') THEN RETURN NULL; END IF;
  UPDATE documents d SET search_words = document_search_words(d.id, d.number_symbol, d.sender, d.subject) WHERE d.id = changed.document_id;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER document_attachments_search_words AFTER INSERT OR DELETE OR UPDATE OF text_key ON document_attachments
  FOR EACH ROW EXECUTE FUNCTION refresh_document_search_words();

-- What the meetings module (giấy mời) reads of a document: its agency, type and course, its number
-- and subject, and who drafts it (an outgoing draft's author; whoever registered it otherwise).
CREATE OR REPLACE VIEW document_course_facts AS
  SELECT d.id, d.agency_id, d.direction, d.type, d.state, d.number_symbol, d.subject, d.document_date, coalesce(o.author_id, d.registered_by) AS author_id
    FROM documents d LEFT JOIN outgoing_documents o ON o.document_id = d.id;
