-- The process-control record, the receipt book and the audit log are append-only: rows are added,
-- never changed or removed, whoever connects. Each table's owner puts the trigger on it
-- (dossier-facts.sql for the record and the receipt book).
CREATE OR REPLACE FUNCTION reject_change_to_append_only_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;

-- The one change allowed to an audit entry: sealing it, once, without touching its content.
CREATE OR REPLACE FUNCTION audit_log_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (NEW.seq, NEW.txid, NEW.occurred_at, NEW.actor_kind, NEW.actor_id, NEW.actor_name, NEW.action, NEW.entity_type,
          NEW.entity_id, NEW.ip, NEW.details)
         IS NOT DISTINCT FROM
         (OLD.seq, OLD.txid, OLD.occurred_at, OLD.actor_kind, OLD.actor_id, OLD.actor_name, OLD.action, OLD.entity_type,
          OLD.entity_id, OLD.ip, OLD.details) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE OR REPLACE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_seal_only();
