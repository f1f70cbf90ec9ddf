-- What the other modules read of the ratings (the managers' figures group them by service, counter,
-- officer and hour): everything but the comment, which only the centre's managers read, here.
CREATE OR REPLACE VIEW rating_facts AS
  SELECT id, agency_id, ticket_id, dossier_id, officer_id, counter_id, service_id, score, criteria, channel, created_at
    FROM ratings;

-- What the statistics (statistics.sql) count of the ratings: each for its agency, its officer and,
-- a dossier's, the dossier's procedure; kept by a trigger in the rating's statement.
CREATE OR REPLACE VIEW rating_statistics_sources AS
  SELECT r.agency_id, d.procedure_id, r.officer_id, r.created_at, r.score FROM ratings r LEFT JOIN dossier_facts d ON d.id = r.dossier_id;
CREATE OR REPLACE FUNCTION tally_rating_statistics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tally_rating(NEW.agency_id, (SELECT d.procedure_id FROM dossier_facts d WHERE d.id = NEW.dossier_id), NEW.officer_id, NEW.created_at, NEW.score);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER ratings_statistics AFTER INSERT ON ratings FOR EACH ROW EXECUTE FUNCTION tally_rating_statistics();
