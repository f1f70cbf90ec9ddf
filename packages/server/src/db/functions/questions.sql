-- A question's history is append-only (migrations/070).
CREATE OR REPLACE TRIGGER question_events_append_only BEFORE UPDATE OR DELETE ON question_events
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();

-- The published text, folded for the portal's search; nothing to search while not published.
CREATE OR REPLACE FUNCTION fill_question_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := CASE WHEN NEW.state = 'published' THEN search_key(NEW.public_title || ' ' || NEW.public_body || ' ' || NEW.public_answer) END;
  RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER questions_search_text BEFORE INSERT OR UPDATE OF state, public_title, public_body, public_answer ON questions
  FOR EACH ROW EXECUTE FUNCTION fill_question_search_text();

-- What the procedures module shows of the published questions on a procedure's page: the
-- anonymised text only.
CREATE OR REPLACE VIEW published_questions AS
  SELECT code, procedure_id, field_code, public_title AS title, public_body AS body, public_answer AS answer, published_at
    FROM questions WHERE state = 'published';
