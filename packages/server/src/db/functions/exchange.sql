-- The log of refused packages is append-only (append-only-tables.sql).
CREATE OR REPLACE TRIGGER exchange_refusals_append_only BEFORE UPDATE OR DELETE ON exchange_refusals
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();
