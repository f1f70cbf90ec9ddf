-- The dossiers behind the figures that migration 029's indexes hold only as a minority of their
-- rows, so that a page of them never reads through the rest of the installation's years.

-- Results on time (not late, ended on the statutory appointment's own day): most results come
-- earlier, so the list of results would be read through for these few.
CREATE INDEX dossiers_results_on_time_by_agency ON dossiers (competent_agency_id, finished_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND NOT (supplement_count > 1 OR finished_at > coalesce(original_due_at, due_at))
    AND ((finished_at AT TIME ZONE 'UTC') + interval '7 hours')::date >= ((coalesce(original_due_at, due_at) AT TIME ZONE 'UTC') + interval '7 hours')::date;
CREATE INDEX dossiers_results_on_time ON dossiers (finished_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND NOT (supplement_count > 1 OR finished_at > coalesce(original_due_at, due_at))
    AND ((finished_at AT TIME ZONE 'UTC') + interval '7 hours')::date >= ((coalesce(original_due_at, due_at) AT TIME ZONE 'UTC') + interval '7 hours')::date;

-- Received online: a small share of the receptions in a province's first years of online service.
CREATE INDEX dossiers_received_online_by_agency ON dossiers (competent_agency_id, received_at DESC, code DESC) WHERE received_at IS NOT NULL AND channel = 'online';
CREATE INDEX dossiers_received_online ON dossiers (received_at DESC, code DESC) WHERE received_at IS NOT NULL AND channel = 'online';

-- The time a received dossier was open: after its reception, up to and including its end (open
-- ended: not ended yet). The dossiers open at an instant (carried over into a period, in progress
-- at the end of a past one) are the spans that contain it, found per agency (btree_gist) instead of
-- walking back through every dossier received before it. An end recorded before the reception
-- (data repaired by hand) makes an empty span, not an error on write. The drill-down
-- (modules/statistics/drill-down.ts) writes the same expression.
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;
CREATE INDEX dossiers_open_spans ON dossiers USING gist (competent_agency_id, tstzrange(received_at, CASE WHEN finished_at < received_at THEN received_at ELSE finished_at END, '(]')) WHERE received_at IS NOT NULL;
