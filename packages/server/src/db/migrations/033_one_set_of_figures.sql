-- The public figures and boards count from the statistics' tallies (migration 028) and judge
-- lateness by the statistics' rule (DOMAIN: after the statutory appointment, or asked for more than
-- one supplement), so the portal shows one number for one thing. The day tallies of migrations 018
-- and 019 were a second count of the same dossiers, kept up by a second trigger on every write.
-- (Triggers, views and functions exist only where db/functions ran: not yet on a new database.)
DROP TRIGGER IF EXISTS dossiers_day_tallies ON dossiers;
DROP TRIGGER IF EXISTS dossiers_day_tallies_changed ON dossiers;
DROP VIEW IF EXISTS dossier_day_figures, dossier_open_day_figures;
DROP FUNCTION IF EXISTS tally_dossier_days(), dossier_day_contributions(dossiers), rebuild_dossier_day_tallies();
DROP TABLE dossier_day_tallies, dossier_day_tally_changes;
DELETE FROM pending_rebuilds WHERE function_name = 'rebuild_dossier_day_tallies';

-- The late board's results, by the statistics' rule: migration 029's indexes by agency and
-- province-wide, and this one by procedure; those by the appointment alone go.
DROP INDEX dossiers_results_late, dossiers_results_late_by_agency, dossiers_results_late_by_procedure;
CREATE INDEX dossiers_results_timed_late_by_procedure ON dossiers (procedure_id, finished_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND (supplement_count > 1 OR finished_at > coalesce(original_due_at, due_at));
