-- Indexes no read uses any more since the figures come from the day tallies (migration 018) and the
-- lists from the queue entries: each was still written by every reception.
DROP INDEX IF EXISTS dossiers_received_at;
DROP INDEX IF EXISTS dossiers_finished_at;
