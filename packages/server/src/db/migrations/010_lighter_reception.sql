-- A counter reception with no scans attached (most of them) fired the digitisation trigger for
-- nothing; now the trigger's condition looks for files first. And most dossiers are unfinished:
-- the index of finish times no longer carries an entry for each of them.

DROP INDEX dossiers_finished_at;
CREATE INDEX dossiers_finished_at ON dossiers (finished_at) WHERE finished_at IS NOT NULL;
