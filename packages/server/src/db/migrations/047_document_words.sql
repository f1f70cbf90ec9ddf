-- The words of each agency's documents (folded, as search_words holds them), for the spelling
-- correction of register searches as the procedure catalogue corrects its own: a mistyped word is
-- replaced by the agency's words within an edit or two of it, and the search runs on words again.
-- Kept by a trigger of db/functions/documents.sql as documents are written. Numbers are left out:
-- every number and symbol adds one, and a mistyped number is another document's, not a typo.
CREATE TABLE IF NOT EXISTS document_words (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  word text NOT NULL,
  PRIMARY KEY (agency_id, word)
);
INSERT INTO document_words (agency_id, word)
  SELECT DISTINCT d.agency_id, w.word FROM documents d, unnest(tsvector_to_array(d.search_words)) AS w (word)
   WHERE w.word !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING;
-- Typos are corrected by words now: the trigram index of 045 would only cost every registration.
DROP INDEX IF EXISTS documents_search;
