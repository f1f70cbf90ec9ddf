-- The public results boards filtered by the agency competent to decide or by procedure: each board's
-- part in its own order after the filter's key, so that a filtered page reads the page and no more
-- however many years of dossiers the installation keeps (the unfiltered boards: migrations 018, 019).
-- A procedure names its competent agency, so both filters at once read the procedure's index.

-- Dossiers with a result, most recently finished first.
CREATE INDEX dossiers_results_by_agency ON dossiers (competent_agency_id, finished_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned');
CREATE INDEX dossiers_results_by_procedure ON dossiers (procedure_id, finished_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned');

-- Those that finished after their statutory appointment.
CREATE INDEX dossiers_results_late_by_agency ON dossiers (competent_agency_id, finished_at DESC, due_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND finished_at > coalesce(original_due_at, due_at);
CREATE INDEX dossiers_results_late_by_procedure ON dossiers (procedure_id, finished_at DESC, due_at DESC, code DESC)
  WHERE state IN ('result_ready', 'returned') AND finished_at > coalesce(original_due_at, due_at);

-- Open dossiers by the statutory appointment they are to meet, the latest first.
CREATE INDEX dossiers_open_by_agency_statutory_due ON dossiers (competent_agency_id, (coalesce(original_due_at, due_at)) DESC, code DESC)
  WHERE received_at IS NOT NULL AND finished_at IS NULL;
CREATE INDEX dossiers_open_by_procedure_statutory_due ON dossiers (procedure_id, (coalesce(original_due_at, due_at)) DESC, code DESC)
  WHERE received_at IS NOT NULL AND finished_at IS NULL;

-- A dossier's competent agency is its procedure's: told so, the planner reads both filters at once
-- from the procedure's index in the board's order, rather than gathering and sorting all of them.
CREATE STATISTICS dossiers_procedure_agency (dependencies) ON procedure_id, competent_agency_id FROM dossiers;
