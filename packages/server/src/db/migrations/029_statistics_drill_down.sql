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
