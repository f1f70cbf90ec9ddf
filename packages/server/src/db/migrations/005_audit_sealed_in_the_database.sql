-- Audit entries are now appended and sealed inside the database. Two costs per write go away:
-- `append_audit` was a SQL-language function, which PostgreSQL plans afresh on every call (plpgsql
-- keeps its plans), and the sealer no longer ships every entry to the application to be hashed.

-- append_audit, audit_entry_content, audit_entry_hash and seal_audit_log: db/functions/audit.sql.

-- Installations older than this migration had their sealed entries chained again in the new text
-- form when it ran; on a new database there is nothing to chain again.
