-- What the other modules read of the ratings (the managers' figures group them by service, counter,
-- officer and hour): everything but the comment, which only the centre's managers read, here.
CREATE OR REPLACE VIEW rating_facts AS
  SELECT id, agency_id, ticket_id, dossier_id, officer_id, counter_id, service_id, score, criteria, channel, created_at
    FROM ratings;
