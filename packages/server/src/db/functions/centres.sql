-- The centres' queues (modules/centres): what happened to a ticket is recorded once and kept as it
-- was, like the process-control record of a dossier.
CREATE OR REPLACE TRIGGER queue_ticket_events_append_only BEFORE UPDATE OR DELETE ON queue_ticket_events
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();
