-- A counter reception with no scans attached (most of them) fired the digitisation trigger for
-- nothing; now the trigger's condition looks for files first. And most dossiers are unfinished:
-- the index of finish times no longer carries an entry for each of them.
DROP TRIGGER dossiers_digitise_received ON dossiers;
DROP TRIGGER dossiers_digitise_supplemented ON dossiers;
CREATE TRIGGER dossiers_digitise_received AFTER INSERT ON dossiers
  FOR EACH ROW WHEN (NEW.received_at IS NOT NULL AND NEW.components @? '$[*].fileIds[*]')
  EXECUTE FUNCTION digitise_received_components();
CREATE TRIGGER dossiers_digitise_supplemented AFTER UPDATE OF received_at, components ON dossiers
  FOR EACH ROW WHEN (NEW.received_at IS NOT NULL AND NEW.components @? '$[*].fileIds[*]'
                     AND (OLD.received_at IS NULL OR NEW.components IS DISTINCT FROM OLD.components))
  EXECUTE FUNCTION digitise_received_components();

DROP INDEX dossiers_finished_at;
CREATE INDEX dossiers_finished_at ON dossiers (finished_at) WHERE finished_at IS NOT NULL;
