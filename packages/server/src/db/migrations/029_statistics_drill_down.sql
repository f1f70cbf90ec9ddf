-- The dossiers behind a figure of the statistics (modules/statistics/drill-down.ts), newest first:
-- each list read in the order of one of these indexes after the key of the page before, per agency
-- of the leader's subtree or province-wide, so that a page reads the page and no more however many
-- years of dossiers the installation keeps.

-- Received in a period (all, online, with supplement requests), by the instant of reception.
CREATE INDEX dossiers_received_by_agency ON dossiers (competent_agency_id, received_at DESC, code DESC) WHERE received_at IS NOT NULL;
CREATE INDEX dossiers_received_newest ON dossiers (received_at DESC, code DESC) WHERE received_at IS NOT NULL;

-- Open ones (carried over, in progress, overdue), by the instant of reception.
CREATE INDEX dossiers_open_by_agency_received ON dossiers (competent_agency_id, received_at DESC, code DESC)
  WHERE received_at IS NOT NULL AND finished_at IS NULL;
CREATE INDEX dossiers_open_received ON dossiers (received_at DESC, code DESC) WHERE received_at IS NOT NULL AND finished_at IS NULL;

-- Withdrawn or stopped in a period, by the instant they ended (those with a result: migrations 018, 026).
CREATE INDEX dossiers_ended_by_agency ON dossiers (competent_agency_id, state, finished_at DESC, code DESC) WHERE finished_at IS NOT NULL;
CREATE INDEX dossiers_ended_newest ON dossiers (state, finished_at DESC, code DESC) WHERE finished_at IS NOT NULL;

-- Refused at reception, by the instant of the refusal (their last change).
CREATE INDEX dossiers_refused_by_agency ON dossiers (competent_agency_id, updated_at DESC, code DESC) WHERE state = 'refused';
CREATE INDEX dossiers_refused_newest ON dossiers (updated_at DESC, code DESC) WHERE state = 'refused';

-- The figures that are a minority of their index's rows, each in an index of its own, so that a page
-- does not read through the rest: results late (more than one supplement request, or after the
-- statutory appointment) and refused with reasons, by the instant they ended; received dossiers
-- that were asked for supplements, by the instant of reception.
CREATE INDEX dossiers_results_timed_late_by_agency ON dossiers (competent_agency_id, finished_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND (supplement_count > 1 OR finished_at > coalesce(original_due_at, due_at));
CREATE INDEX dossiers_results_timed_late ON dossiers (finished_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND (supplement_count > 1 OR finished_at > coalesce(original_due_at, due_at));
CREATE INDEX dossiers_results_rejected_by_agency ON dossiers (competent_agency_id, finished_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND outcome = 'rejected';
CREATE INDEX dossiers_results_rejected ON dossiers (finished_at DESC, code DESC) WHERE state IN ('result_ready', 'returned') AND outcome = 'rejected';
CREATE INDEX dossiers_supplemented_by_agency ON dossiers (competent_agency_id, received_at DESC, code DESC) WHERE supplement_count > 0;
CREATE INDEX dossiers_supplemented ON dossiers (received_at DESC, code DESC) WHERE supplement_count > 0;
