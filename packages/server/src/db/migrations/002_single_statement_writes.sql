-- Writes that must be atomic and fast are single statements: one round trip, one implicit transaction.

-- Appends an audit entry; the sealer chains it once its transaction is over.
CREATE FUNCTION append_audit(
  occurred_at timestamptz, actor_kind text, actor_id text, actor_name text,
  action text, entity_type text, entity_id text, ip text, details jsonb
) RETURNS void LANGUAGE sql AS $$
  INSERT INTO audit_log (occurred_at, actor_kind, actor_id, actor_name, action, entity_type, entity_id, ip, details)
  VALUES (occurred_at, actor_kind, actor_id, actor_name, action, entity_type, entity_id, ip, details)
$$;

-- Persists one planned dossier transition: the dossier (new, or changed if still at the version the
-- actor saw), its steps, the process-control record and the audit entry. Raises MC409 when someone
-- else changed the dossier first; then nothing is written.
CREATE FUNCTION persist_dossier_change(change jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  patch jsonb := change->'dossier';
  audit jsonb := change->'audit';
BEGIN
  IF change->>'mode' = 'insert' THEN
    INSERT INTO dossiers SELECT * FROM jsonb_populate_record(NULL::dossiers, patch);
  ELSE
    UPDATE dossiers d SET
      (state, received_at, original_due_at, due_at, clock_paused_at, current_step_index, supplement_count, extension_count,
       finished_at, outcome, returned_at, return_method, components, version, updated_at) =
      (SELECT r.state, r.received_at, r.original_due_at, r.due_at, r.clock_paused_at, r.current_step_index, r.supplement_count,
              r.extension_count, r.finished_at, r.outcome, r.returned_at, r.return_method, r.components, d.version + 1, now()
         FROM jsonb_populate_record(d, patch) r)
     WHERE d.id = (change->>'dossierId')::uuid AND d.version = (change->>'expectedVersion')::int;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'dossier % changed by someone else', change->>'dossierId' USING ERRCODE = 'MC409';
    END IF;
  END IF;

  IF jsonb_array_length(change->'stepUpdates') > 0 THEN
    UPDATE dossier_steps s SET
      assignee_id = coalesce((u->>'assignee_id')::uuid, s.assignee_id),
      due_at = coalesce((u->>'due_at')::timestamptz, s.due_at),
      finished_at = coalesce((u->>'finished_at')::timestamptz, s.finished_at),
      finished_by = coalesce((u->>'finished_by')::uuid, s.finished_by)
    FROM jsonb_array_elements(change->'stepUpdates') u
    WHERE s.id = (u->>'id')::uuid;
  END IF;

  IF jsonb_array_length(change->'stepInserts') > 0 THEN
    INSERT INTO dossier_steps (dossier_id, step_index, step_code, name, role, agency_id, unit_id, assignee_id, started_at, due_at)
    SELECT r.dossier_id, r.step_index, r.step_code, r.name, r.role, r.agency_id, r.unit_id, r.assignee_id, r.started_at, r.due_at
      FROM jsonb_populate_recordset(NULL::dossier_steps, change->'stepInserts') r;
  END IF;

  INSERT INTO dossier_events (dossier_id, action, from_state, to_state, from_step_index, to_step_index, from_agency_id, to_agency_id,
                              actor_kind, actor_officer_id, actor_name, comment, attachment_ids, data, occurred_at)
  SELECT r.dossier_id, r.action, r.from_state, r.to_state, r.from_step_index, r.to_step_index, r.from_agency_id, r.to_agency_id,
         r.actor_kind, r.actor_officer_id, r.actor_name, r.comment, r.attachment_ids, r.data, r.occurred_at
    FROM jsonb_populate_record(NULL::dossier_events, change->'event') r;

  PERFORM append_audit((audit->>'occurred_at')::timestamptz, audit->>'actor_kind', audit->>'actor_id',
                       audit->>'actor_name', audit->>'action', audit->>'entity_type', audit->>'entity_id', audit->>'ip', audit->'details');
END $$;
