-- What the statistics (statistics.sql) count of the dossiers, their steps and their fee payments:
-- each row as the statistics see it, the sources of their recount, and the triggers that keep their
-- tallies in the statement that changes a dossier.

-- A dossier counts for the agency competent to decide it; its statutory appointment is the one an
-- extension does not move.
CREATE OR REPLACE FUNCTION dossier_statistics_facts(d dossiers) RETURNS statistics_dossier LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(d.competent_agency_id, d.procedure_id, d.channel, d.state, d.outcome, d.received_at, coalesce(d.original_due_at, d.due_at),
             d.clock_paused_at, d.finished_at, d.updated_at, d.supplement_count, d.components @? '$[*].fileIds[*]')::statistics_dossier
$$;
-- A step counts for the officer it was assigned to or, unassigned, who finished it.
CREATE OR REPLACE FUNCTION dossier_step_statistics_facts(s dossier_steps) RETURNS statistics_step LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(s.agency_id, s.unit_id, coalesce(s.assignee_id, s.finished_by), s.started_at, s.due_at, s.finished_at)::statistics_step
$$;

CREATE OR REPLACE VIEW dossier_statistics_sources AS SELECT dossier_statistics_facts(d) AS facts FROM dossiers d;
CREATE OR REPLACE VIEW dossier_step_statistics_sources AS SELECT dossier_step_statistics_facts(s) AS facts FROM dossier_steps s;
-- A payment is online when the payment platform confirmed it (its event's data says so).
CREATE OR REPLACE VIEW fee_payment_statistics_sources AS
  SELECT d.competent_agency_id AS agency_id, d.procedure_id, d.channel, e.occurred_at AS paid_at, coalesce(e.data->>'method' = 'online', false) AS online
    FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
   WHERE e.action IN ('confirm_fee_paid', 'confirm_fee_paid_at_submission');

CREATE OR REPLACE FUNCTION tally_dossier_change_statistics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Any column may move a dossier's figures (the day of a refusal is its last change's), so every
  -- change is weighed; one that moves nothing appends nothing.
  PERFORM tally_dossier_statistics(CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE dossier_statistics_facts(OLD) END,
                                   CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE dossier_statistics_facts(NEW) END);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER dossiers_statistics AFTER INSERT OR UPDATE OR DELETE ON dossiers
  FOR EACH ROW EXECUTE FUNCTION tally_dossier_change_statistics();

CREATE OR REPLACE FUNCTION tally_step_change_statistics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tally_step_statistics(CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE dossier_step_statistics_facts(OLD) END,
                                CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE dossier_step_statistics_facts(NEW) END);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER dossier_steps_statistics AFTER INSERT OR UPDATE OR DELETE ON dossier_steps
  FOR EACH ROW EXECUTE FUNCTION tally_step_change_statistics();

CREATE OR REPLACE FUNCTION tally_fee_payment_statistics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tally_fee_payment(d.competent_agency_id, d.procedure_id, d.channel, NEW.occurred_at, coalesce(NEW.data->>'method' = 'online', false))
     FROM dossiers d WHERE d.id = NEW.dossier_id;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER dossier_events_fee_statistics AFTER INSERT ON dossier_events
  FOR EACH ROW WHEN (NEW.action IN ('confirm_fee_paid', 'confirm_fee_paid_at_submission')) EXECUTE FUNCTION tally_fee_payment_statistics();
