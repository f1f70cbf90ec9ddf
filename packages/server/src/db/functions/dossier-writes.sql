-- Persists one planned dossier transition: the dossier (new, or changed if still at the version the
-- actor saw), its steps, its work-queue entries (dossier-queues.sql), the process-control record
-- and the audit entry. With `numbering`, the new
-- dossier's code is drawn from its agency's numbers for the day, and returned. A dossier received
-- by this change takes the next line of its agency's register; a payment (`feeReceipt`) takes the
-- next number of its agency's receipt book. Raises MC409 when someone else changed the dossier
-- first; then nothing is written.
--
-- The columns a change sets are the keys of its `dossier` patch, which the server makes from its
-- one list of writable columns (modules/dossiers/repo.ts DOSSIER_WRITES): the update names them
-- from the patch, so this function has no copy of that list.
CREATE OR REPLACE FUNCTION persist_dossier_change(change jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  patch jsonb := change->'dossier';
  audit jsonb := change->'audit';
  numbering jsonb := change->'numbering';
  sequence bigint;
  new_code text;
  targets text;
  sources text;
  updated integer;
  event_id bigint;
  agency uuid;
BEGIN
  IF numbering IS NOT NULL THEN
    sequence := next_agency_number('dossier_numbers', (numbering->>'agencyId')::uuid, numbering->>'day');
    new_code := (numbering->>'prefix') || lpad(sequence::text, greatest((numbering->>'digits')::int, length(sequence::text)), '0');
    patch := jsonb_set(patch, '{code}', to_jsonb(new_code));
    audit := jsonb_set(audit, '{entity_id}', to_jsonb(new_code));
  END IF;

  IF change->>'mode' = 'insert' THEN
    IF patch->>'received_at' IS NOT NULL THEN
      patch := jsonb_set(patch, '{register_line}', to_jsonb(next_agency_number('register_lines', (patch->>'receiving_agency_id')::uuid,
                                                                               installation_year((patch->>'received_at')::timestamptz))));
    END IF;
    INSERT INTO dossiers SELECT * FROM jsonb_populate_record(NULL::dossiers, patch);
  ELSE
    SELECT string_agg(format(', %I', column_name), ''), string_agg(format(', r.%I', column_name), '')
      INTO targets, sources FROM jsonb_object_keys(patch) column_name;
    EXECUTE format(
      'UPDATE dossiers d SET (version, updated_at, register_line%s) =
         (SELECT d.version + 1, now(),
                 -- Received now, for the first time: the dossier takes the next line of the register.
                 coalesce(d.register_line, CASE WHEN r.received_at IS NOT NULL
                                                THEN next_agency_number(''register_lines'', d.receiving_agency_id, installation_year(r.received_at))::int END)%s
            FROM jsonb_populate_record(d, $1) r)
        WHERE d.id = $2 AND d.version = $3', coalesce(targets, ''), coalesce(sources, ''))
      USING patch, (change->>'dossierId')::uuid, (change->>'expectedVersion')::int;
    GET DIAGNOSTICS updated = ROW_COUNT;
    IF updated = 0 THEN
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
                              actor_kind, actor_officer_id, actor_name, comment, attachment_ids, data, occurred_at, comment_for_applicant)
  SELECT r.dossier_id, r.action, r.from_state, r.to_state, r.from_step_index, r.to_step_index, r.from_agency_id, r.to_agency_id,
         r.actor_kind, r.actor_officer_id, r.actor_name, r.comment, r.attachment_ids, r.data, r.occurred_at, coalesce(r.comment_for_applicant, false)
    FROM jsonb_populate_record(NULL::dossier_events, change->'event') r
  RETURNING id INTO event_id;

  IF change ? 'feeReceipt' THEN
    agency := (change->'feeReceipt'->>'agencyId')::uuid;
    INSERT INTO fee_receipts (payment_event_id, agency_id, year, number)
    SELECT event_id, agency, year, next_agency_number('fee_receipts', agency, year)
      FROM installation_year((change->'event'->>'occurred_at')::timestamptz) year;
  END IF;

  PERFORM refresh_dossier_queue_entries((change->>'dossierId')::uuid);

  PERFORM append_audit((audit->>'occurred_at')::timestamptz, audit->>'actor_kind', audit->>'actor_id',
                       audit->>'actor_name', audit->>'action', audit->>'entity_type', audit->>'entity_id', audit->>'ip', audit->'details');
  RETURN new_code;
END $$;

-- Submits a draft: the draft goes in the statement that saves the new dossier, so that a draft is
-- either still there or became exactly one dossier. Raises MC404 when the draft is gone (submitted
-- twice at once, or deleted meanwhile); then nothing is written.
CREATE OR REPLACE FUNCTION persist_draft_submission(change jsonb) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  IF NOT take_dossier_draft((change->'draft'->>'id')::uuid, (change->'draft'->>'citizenId')::uuid) THEN
    RAISE EXCEPTION 'draft % is gone', change->'draft'->>'id' USING ERRCODE = 'MC404';
  END IF;
  RETURN persist_dossier_change(change);
END $$;

-- `persist_dossier_change` writes (or `persist_draft_submission`, when a citizen's draft becomes
-- the dossier), then the notices and their outbox rows (notifications.sql). Transitions with no
-- notice call those functions directly.
CREATE OR REPLACE FUNCTION persist_transition(change jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  new_code text;
  dossier uuid := (change->>'dossierId')::uuid;
  event bigint;
BEGIN
  IF change ? 'draft' THEN
    new_code := persist_draft_submission(change);
  ELSE
    new_code := persist_dossier_change(change);
  END IF;

  IF jsonb_array_length(coalesce(change->'notifications', '[]')) > 0 THEN
    SELECT max(e.id) INTO event FROM dossier_events e WHERE e.dossier_id = dossier;
    PERFORM queue_notifications(change->'notifications', (change->'event'->>'occurred_at')::timestamptz, dossier, event);
  END IF;
  RETURN new_code;
END $$;
