-- A feedback's history is append-only (migrations/072).
CREATE OR REPLACE TRIGGER feedback_events_append_only BEFORE UPDATE OR DELETE ON feedback_events
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();

-- The published text, folded for the portal's search; nothing to search while not published.
CREATE OR REPLACE FUNCTION fill_feedback_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := CASE WHEN NEW.state = 'published' THEN search_key(NEW.public_title || ' ' || NEW.public_body || ' ' || NEW.public_answer) END;
  RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER feedbacks_search_text BEFORE INSERT OR UPDATE OF state, public_title, public_body, public_answer ON feedbacks
  FOR EACH ROW EXECUTE FUNCTION fill_feedback_search_text();

-- What the scorecard reads (Decision 766: a dossier complained about counts against satisfaction):
-- each dossier people sent feedback, a petition, a complaint or a denunciation about, by the
-- agency competent for it and the Vietnam day it was received. One unconfirmed, refused as out of
-- scope or withdrawn is not a complaint about the dossier.
CREATE OR REPLACE VIEW dossier_feedback_days AS
  SELECT vietnam_day(received_at) AS day, agency_id, dossier_id
    FROM feedbacks WHERE dossier_id IS NOT NULL AND state NOT IN ('unconfirmed', 'refused', 'withdrawn');
