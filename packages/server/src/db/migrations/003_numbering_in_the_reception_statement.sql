-- A new dossier takes its number inside the statement that saves it: one round trip instead of two.
-- Numbers come from a sequence per agency, which never makes one reception wait for another (a
-- counter row would stay locked until each saving statement had flushed its commit to disk); each
-- agency's day counts from where that sequence stood when the day's first dossier arrived.
DROP TABLE dossier_code_counters;

CREATE TABLE dossier_number_days (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  day date NOT NULL,
  -- The agency's sequence value just before the day's first number.
  base bigint NOT NULL,
  PRIMARY KEY (agency_id, day)
);

CREATE FUNCTION dossier_number_sequence(agency_id uuid) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'dossier_numbers_' || replace(agency_id::text, '-', '')
$$;

CREATE FUNCTION create_dossier_number_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE SEQUENCE %I', dossier_number_sequence(NEW.id));
  RETURN NEW;
END $$;
CREATE TRIGGER agencies_dossier_numbers AFTER INSERT ON agencies
  FOR EACH ROW EXECUTE FUNCTION create_dossier_number_sequence();
DO $$
DECLARE agency record;
BEGIN
  FOR agency IN SELECT id FROM agencies LOOP
    EXECUTE format('CREATE SEQUENCE %I', dossier_number_sequence(agency.id));
  END LOOP;
END $$;

-- The next number of an agency's day, 1, 2, 3… Sequence values are never handed out twice, so
-- numbers are unique even when two instances open the same day at once; the reception that loses
-- that race draws again (one number is skipped at most), and a failed reception leaves a gap.
CREATE FUNCTION next_dossier_number(agency_id uuid, day date) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  sequence_name regclass := dossier_number_sequence(agency_id)::regclass;
  drawn bigint := nextval(sequence_name);
  day_base bigint;
BEGIN
  SELECT d.base INTO day_base FROM dossier_number_days d WHERE d.agency_id = next_dossier_number.agency_id AND d.day = next_dossier_number.day;
  IF NOT FOUND THEN
    INSERT INTO dossier_number_days (agency_id, day, base) VALUES (agency_id, day, drawn - 1) ON CONFLICT DO NOTHING;
    SELECT d.base INTO day_base FROM dossier_number_days d WHERE d.agency_id = next_dossier_number.agency_id AND d.day = next_dossier_number.day;
  END IF;
  IF drawn <= day_base THEN
    -- Drawn before another reception opened the day: every value drawn from now on is above its base.
    drawn := nextval(sequence_name);
  END IF;
  RETURN drawn - day_base;
END $$;

DROP FUNCTION persist_dossier_change(jsonb);

-- Persists one planned dossier transition: the dossier (new, or changed if still at the version the
-- actor saw), its steps, the process-control record and the audit entry. With `numbering`, the new
-- dossier's code is drawn from its agency's numbers for the day, and returned. Raises MC409 when
-- someone else changed the dossier first; then nothing is written.
CREATE FUNCTION persist_dossier_change(change jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  patch jsonb := change->'dossier';
  audit jsonb := change->'audit';
  numbering jsonb := change->'numbering';
  sequence bigint;
  new_code text;
BEGIN
  IF numbering IS NOT NULL THEN
    sequence := next_dossier_number((numbering->>'agencyId')::uuid, (numbering->>'day')::date);
    new_code := (numbering->>'prefix') || lpad(sequence::text, greatest((numbering->>'digits')::int, length(sequence::text)), '0');
    patch := jsonb_set(patch, '{code}', to_jsonb(new_code));
    audit := jsonb_set(audit, '{entity_id}', to_jsonb(new_code));
  END IF;

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
  RETURN new_code;
END $$;
