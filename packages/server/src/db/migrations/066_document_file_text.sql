-- The registers are searched by the words of their documents' PDF files as well: each attachment
-- keeps its text layer folded (search_key: no diacritics, lower case), empty for an image or a scan
-- without one. Files attached before this migration have no text kept.
ALTER TABLE document_attachments ADD COLUMN IF NOT EXISTS text_key text NOT NULL DEFAULT '';
-- search_words can no longer be a generated column, which sees only its own row: triggers of
-- db/functions/documents.sql keep it from the document's particulars and its files' text. Dropping
-- the expression keeps the values and the index as they are, without rewriting the table.
ALTER TABLE documents ALTER COLUMN search_words DROP EXPRESSION IF EXISTS;
