-- Appends an audit entry; the sealer chains it once its transaction is over. plpgsql, which keeps
-- its plans: a SQL-language function is planned afresh on every call.
CREATE OR REPLACE FUNCTION append_audit(
  occurred_at timestamptz, actor_kind text, actor_id text, actor_name text,
  action text, entity_type text, entity_id text, ip text, details jsonb
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (occurred_at, actor_kind, actor_id, actor_name, action, entity_type, entity_id, ip, details)
  VALUES (append_audit.occurred_at, append_audit.actor_kind, append_audit.actor_id, append_audit.actor_name, append_audit.action,
          append_audit.entity_type, append_audit.entity_id, append_audit.ip, append_audit.details);
END $$;

-- What an entry's hash covers besides its chain position and its predecessor's hash, as text that
-- depends on nothing but the entry (not on the session's time zone or date style).
CREATE OR REPLACE FUNCTION audit_entry_content(entry audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
    'seq', entry.seq,
    'occurred_at', to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'actor_kind', entry.actor_kind,
    'actor_id', entry.actor_id,
    'actor_name', entry.actor_name,
    'action', entry.action,
    'entity_type', entry.entity_type,
    'entity_id', entry.entity_id,
    'ip', entry.ip,
    'details', entry.details
  )::text
$$;

CREATE OR REPLACE FUNCTION audit_entry_hash(chain_position bigint, prev_hash text, content text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(chain_position::text || '|' || prev_hash || '|' || content, 'UTF8')), 'hex')
$$;

-- Chains the entries whose transactions are over, oldest first, and returns how many it sealed.
-- Several instances may call it at once: whoever holds the chain head seals, the others skip.
CREATE OR REPLACE FUNCTION seal_audit_log(batch_size int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  head audit_chain_head;
  entry audit_log;
  seqs bigint[] := '{}';
  positions bigint[] := '{}';
  prevs text[] := '{}';
  hashes text[] := '{}';
  last_position bigint;
  last_hash text;
BEGIN
  SELECT * INTO head FROM audit_chain_head FOR UPDATE SKIP LOCKED;
  IF NOT FOUND THEN
    RETURN 0;
  END IF;
  last_position := head.position;
  last_hash := head.hash;
  FOR entry IN
    SELECT * FROM audit_log
     WHERE hash IS NULL AND txid < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY seq LIMIT batch_size
  LOOP
    last_position := last_position + 1;
    seqs := seqs || entry.seq;
    positions := positions || last_position;
    prevs := prevs || last_hash;
    last_hash := audit_entry_hash(last_position, last_hash, audit_entry_content(entry));
    hashes := hashes || last_hash;
  END LOOP;
  IF cardinality(seqs) = 0 THEN
    RETURN 0;
  END IF;
  UPDATE audit_log a SET chain_position = s.position, prev_hash = s.prev, hash = s.hash
    FROM unnest(seqs, positions, prevs, hashes) AS s(seq, position, prev, hash)
   WHERE a.seq = s.seq;
  UPDATE audit_chain_head SET position = last_position, hash = last_hash;
  RETURN cardinality(seqs);
END $$;
