-- The declaration (tờ khai) filled in as the procedure version's form (its definition's `form`):
-- the values as checked and kept, and the text of it the back office's search box finds (names
-- and identity numbers, bounded by the application: core/src/forms/reading.ts). A dossier of a
-- version without a form has neither.
ALTER TABLE dossiers
  ADD COLUMN form_values jsonb,
  ADD COLUMN form_search_text text CHECK (length(form_search_text) <= 1000);

-- The search text takes the form's text as well (db/functions/dossier-queues.sql re-creates both
-- with the new argument). Dossiers received so far have no form: their entries stay as they are.
-- (Views and functions exist only where db/functions ran: not yet on a new database.)
DROP VIEW IF EXISTS dossier_queue_entry_sources;
DROP FUNCTION IF EXISTS dossier_search_text(text, text, text, text, text);
