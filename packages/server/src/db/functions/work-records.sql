-- A record the archive took over is read-only, with everything filed in it (migrations/060).
CREATE OR REPLACE FUNCTION refuse_change_to_archived_work_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'work_records' THEN
    IF OLD.state = 'archived' THEN
      RAISE EXCEPTION 'work record % was handed over to the archive and is read-only', OLD.id USING ERRCODE = 'check_violation';
    END IF;
  ELSIF EXISTS (SELECT 1 FROM work_records WHERE id = coalesce(NEW.record_id, OLD.record_id) AND state = 'archived') THEN
    RAISE EXCEPTION 'work record % was handed over to the archive and is read-only', coalesce(NEW.record_id, OLD.record_id) USING ERRCODE = 'check_violation';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

CREATE OR REPLACE TRIGGER work_records_archived_read_only BEFORE UPDATE OR DELETE ON work_records
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_archived_work_record();
CREATE OR REPLACE TRIGGER work_record_items_archived_read_only BEFORE INSERT OR UPDATE OR DELETE ON work_record_items
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_archived_work_record();
