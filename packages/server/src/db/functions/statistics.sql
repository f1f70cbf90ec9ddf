-- The statistics' tallies (migrations/028): what each dossier, process step, fee payment and rating
-- adds to them, kept in the writing transaction by the triggers their owners put on their tables;
-- the fold; what readers add up; and a recount from the raw data to check them against.

-- What one dossier adds (core/statistics: DOMAIN's on-time rule, time waiting for the applicant
-- already added to its statutory appointment when its clock resumed). A received dossier is, on
-- the day it was received, received; on the day it ended, finished with a result (early, on time
-- or late), withdrawn or stopped; while open, open on the day of its statutory appointment (the
-- readers add these up whatever the day: open now); overdue from the day of that appointment
-- (paused: if it was past it when its clock stopped) to the day it ended late. A dossier refused at
-- reception counts on the day of the refusal. None for a dossier that is not there (NULL).
CREATE OR REPLACE FUNCTION statistics_dossier_contributions(d statistics_dossier) RETURNS SETOF statistics_tally_changes
  LANGUAGE sql IMMUTABLE AS $$
  SELECT vietnam_day(d.received_at), d.agency_id, d.procedure_id, d.channel, NULL::uuid, NULL::uuid, NULL::smallint, 1, d.digitised::int, d.supplement_count, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL
  UNION ALL
  SELECT vietnam_day(d.finished_at), d.agency_id, d.procedure_id, d.channel, NULL::uuid, NULL::uuid, NULL::smallint, 0, 0, 0, 1, (NOT (d.supplement_count > 1 OR d.finished_at > d.statutory_due_at) AND vietnam_day(d.finished_at) < vietnam_day(d.statutory_due_at))::int, (NOT (d.supplement_count > 1 OR d.finished_at > d.statutory_due_at) AND vietnam_day(d.finished_at) >= vietnam_day(d.statutory_due_at))::int, (d.supplement_count > 1 OR d.finished_at > d.statutory_due_at)::int, (d.outcome = 'rejected')::int, 0, 0, round(extract(epoch FROM d.finished_at - d.received_at) / 60)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL AND d.finished_at IS NOT NULL AND d.state IN ('result_ready', 'returned')
  UNION ALL
  SELECT vietnam_day(d.finished_at), d.agency_id, d.procedure_id, d.channel, NULL::uuid, NULL::uuid, greatest(1, ceil(extract(epoch FROM d.finished_at - d.received_at) / 86400))::smallint, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
   WHERE d.received_at IS NOT NULL AND d.finished_at IS NOT NULL AND d.state IN ('result_ready', 'returned')
  UNION ALL
  SELECT vietnam_day(d.finished_at), d.agency_id, d.procedure_id, d.channel, NULL::uuid, NULL::uuid, NULL::smallint, 0, 0, 0, 0, 0, 0, 0, 0, (d.state = 'withdrawn')::int, (d.state = 'stopped')::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL AND d.finished_at IS NOT NULL AND d.state IN ('withdrawn', 'stopped')
  UNION ALL
  SELECT vietnam_day(d.updated_at), d.agency_id, d.procedure_id, d.channel, NULL::uuid, NULL::uuid, NULL::smallint, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.state = 'refused'
  UNION ALL
  SELECT vietnam_day(coalesce(d.statutory_due_at, d.received_at)), d.agency_id, d.procedure_id, d.channel, NULL::uuid, NULL::uuid, NULL::smallint, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (d.clock_paused_at IS NULL AND d.statutory_due_at IS NOT NULL)::int, coalesce(d.statutory_due_at < d.clock_paused_at, false)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL AND d.finished_at IS NULL
  UNION ALL
  SELECT vietnam_day(d.statutory_due_at), d.agency_id, d.procedure_id, d.channel, NULL::uuid, NULL::uuid, NULL::smallint, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL AND d.statutory_due_at IS NOT NULL
     AND CASE WHEN d.finished_at IS NOT NULL THEN d.finished_at > d.statutory_due_at
              WHEN d.clock_paused_at IS NOT NULL THEN d.statutory_due_at < d.clock_paused_at ELSE true END
  UNION ALL
  SELECT vietnam_day(d.finished_at), d.agency_id, d.procedure_id, d.channel, NULL::uuid, NULL::uuid, NULL::smallint, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
   WHERE d.received_at IS NOT NULL AND d.finished_at > d.statutory_due_at
$$;

-- What one visit of a dossier to a process step adds, for its agency, unit and officer.
CREATE OR REPLACE FUNCTION statistics_step_contributions(s statistics_step) RETURNS SETOF statistics_tally_changes
  LANGUAGE sql IMMUTABLE AS $$
  SELECT vietnam_day(s.started_at), s.agency_id, NULL::uuid, NULL::text, s.unit_id, s.officer_id, NULL::smallint, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, (s.finished_at IS NULL)::int, 0, 0, 0, 0
   WHERE s.started_at IS NOT NULL
  UNION ALL
  SELECT vietnam_day(s.finished_at), s.agency_id, NULL::uuid, NULL::text, s.unit_id, s.officer_id, NULL::smallint, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, coalesce(s.finished_at > s.due_at, false)::int, 0, 0, 0, 0, 0
   WHERE s.finished_at IS NOT NULL
$$;

-- Appends what a row's change moved: what it adds now less what it added before.
CREATE OR REPLACE FUNCTION tally_statistics_difference(before statistics_tally_changes[], after statistics_tally_changes[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO statistics_tally_changes (day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days)
  SELECT day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, sum(received), sum(digitised), sum(supplement_requests), sum(finished), sum(finished_early), sum(finished_on_time), sum(finished_late), sum(rejected), sum(withdrawn), sum(stopped), sum(processing_minutes), sum(refused), sum(open), sum(open_running_statutory), sum(open_paused_late), sum(became_overdue), sum(ceased_overdue), sum(fees_paid), sum(fees_paid_online), sum(steps_started), sum(steps_finished), sum(steps_late), sum(steps_open), sum(rated_very_satisfied), sum(rated_satisfied), sum(rated_not_satisfied), sum(finished_in_days)
    FROM (SELECT * FROM unnest(after)
          UNION ALL
          SELECT day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, -received, -digitised, -supplement_requests, -finished, -finished_early, -finished_on_time, -finished_late, -rejected, -withdrawn, -stopped, -processing_minutes, -refused, -open, -open_running_statutory, -open_paused_late, -became_overdue, -ceased_overdue, -fees_paid, -fees_paid_online, -steps_started, -steps_finished, -steps_late, -steps_open, -rated_very_satisfied, -rated_satisfied, -rated_not_satisfied, -finished_in_days FROM unnest(before)) c
   GROUP BY day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days
  HAVING sum(received) <> 0 OR sum(digitised) <> 0 OR sum(supplement_requests) <> 0 OR sum(finished) <> 0 OR sum(finished_early) <> 0 OR sum(finished_on_time) <> 0 OR sum(finished_late) <> 0 OR sum(rejected) <> 0 OR sum(withdrawn) <> 0 OR sum(stopped) <> 0 OR sum(processing_minutes) <> 0 OR sum(refused) <> 0 OR sum(open) <> 0 OR sum(open_running_statutory) <> 0 OR sum(open_paused_late) <> 0 OR sum(became_overdue) <> 0 OR sum(ceased_overdue) <> 0 OR sum(fees_paid) <> 0 OR sum(fees_paid_online) <> 0 OR sum(steps_started) <> 0 OR sum(steps_finished) <> 0 OR sum(steps_late) <> 0 OR sum(steps_open) <> 0 OR sum(rated_very_satisfied) <> 0 OR sum(rated_satisfied) <> 0 OR sum(rated_not_satisfied) <> 0 OR sum(finished_in_days) <> 0;
$$;
CREATE OR REPLACE FUNCTION tally_dossier_statistics(before statistics_dossier, after statistics_dossier) RETURNS void LANGUAGE sql AS $$
  SELECT tally_statistics_difference(ARRAY(SELECT statistics_dossier_contributions(before)), ARRAY(SELECT statistics_dossier_contributions(after)));
$$;
CREATE OR REPLACE FUNCTION tally_step_statistics(before statistics_step, after statistics_step) RETURNS void LANGUAGE sql AS $$
  SELECT tally_statistics_difference(ARRAY(SELECT statistics_step_contributions(before)), ARRAY(SELECT statistics_step_contributions(after)));
$$;

-- A fee paid for a dossier (online or not), and a rating (one each, never changed).
CREATE OR REPLACE FUNCTION tally_fee_payment(agency uuid, procedure uuid, channel text, paid_at timestamptz, online boolean) RETURNS void LANGUAGE sql AS $$
  INSERT INTO statistics_tally_changes (day, agency_id, procedure_id, channel, fees_paid, fees_paid_online)
  VALUES (vietnam_day(paid_at), agency, procedure, channel, 1, online::int);
$$;
CREATE OR REPLACE FUNCTION tally_rating(agency uuid, procedure uuid, officer uuid, rated_at timestamptz, score text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO statistics_tally_changes (day, agency_id, procedure_id, officer_id, rated_very_satisfied, rated_satisfied, rated_not_satisfied)
  VALUES (vietnam_day(rated_at), agency, procedure, officer, (score = 'very_satisfied')::int, (score = 'satisfied')::int, (score = 'not_satisfied')::int);
$$;

-- Folds the appended changes into the day, month and year rows and the agencies' rollups. Safe on several instances at once: a
-- change row is deleted, hence folded, by one of them only.
CREATE OR REPLACE FUNCTION fold_statistics_changes() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  folded integer;
BEGIN
  WITH moved AS (DELETE FROM statistics_tally_changes RETURNING *),
       spans AS (SELECT 'd'::char(1) AS span, * FROM moved
                 UNION ALL
                 SELECT 'm', date_trunc('month', day)::date, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM moved
                 UNION ALL
                 SELECT 'y', date_trunc('year', day)::date, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM moved
                 UNION ALL
                 SELECT 'M', date_trunc('month', day)::date, agency_id, NULL, channel, NULL, NULL, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM moved
                 UNION ALL
                 SELECT 'Y', date_trunc('year', day)::date, agency_id, NULL, channel, NULL, NULL, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM moved)
  INSERT INTO statistics_tallies (span, day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days)
  SELECT span, day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, sum(received), sum(digitised), sum(supplement_requests), sum(finished), sum(finished_early), sum(finished_on_time), sum(finished_late), sum(rejected), sum(withdrawn), sum(stopped), sum(processing_minutes), sum(refused), sum(open), sum(open_running_statutory), sum(open_paused_late), sum(became_overdue), sum(ceased_overdue), sum(fees_paid), sum(fees_paid_online), sum(steps_started), sum(steps_finished), sum(steps_late), sum(steps_open), sum(rated_very_satisfied), sum(rated_satisfied), sum(rated_not_satisfied), sum(finished_in_days) FROM spans
   GROUP BY span, day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days
  ON CONFLICT (span, day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days) DO UPDATE SET
    received = statistics_tallies.received + excluded.received,
    digitised = statistics_tallies.digitised + excluded.digitised,
    supplement_requests = statistics_tallies.supplement_requests + excluded.supplement_requests,
    finished = statistics_tallies.finished + excluded.finished,
    finished_early = statistics_tallies.finished_early + excluded.finished_early,
    finished_on_time = statistics_tallies.finished_on_time + excluded.finished_on_time,
    finished_late = statistics_tallies.finished_late + excluded.finished_late,
    rejected = statistics_tallies.rejected + excluded.rejected,
    withdrawn = statistics_tallies.withdrawn + excluded.withdrawn,
    stopped = statistics_tallies.stopped + excluded.stopped,
    processing_minutes = statistics_tallies.processing_minutes + excluded.processing_minutes,
    refused = statistics_tallies.refused + excluded.refused,
    open = statistics_tallies.open + excluded.open,
    open_running_statutory = statistics_tallies.open_running_statutory + excluded.open_running_statutory,
    open_paused_late = statistics_tallies.open_paused_late + excluded.open_paused_late,
    became_overdue = statistics_tallies.became_overdue + excluded.became_overdue,
    ceased_overdue = statistics_tallies.ceased_overdue + excluded.ceased_overdue,
    fees_paid = statistics_tallies.fees_paid + excluded.fees_paid,
    fees_paid_online = statistics_tallies.fees_paid_online + excluded.fees_paid_online,
    steps_started = statistics_tallies.steps_started + excluded.steps_started,
    steps_finished = statistics_tallies.steps_finished + excluded.steps_finished,
    steps_late = statistics_tallies.steps_late + excluded.steps_late,
    steps_open = statistics_tallies.steps_open + excluded.steps_open,
    rated_very_satisfied = statistics_tallies.rated_very_satisfied + excluded.rated_very_satisfied,
    rated_satisfied = statistics_tallies.rated_satisfied + excluded.rated_satisfied,
    rated_not_satisfied = statistics_tallies.rated_not_satisfied + excluded.rated_not_satisfied,
    finished_in_days = statistics_tallies.finished_in_days + excluded.finished_in_days;
  GET DIAGNOSTICS folded = ROW_COUNT;
  RETURN folded;
END $$;

-- The tallies as they stand, folded and not yet folded, at every span: rows to add up. A change
-- not yet folded counts in each (readers take each range of days from one span only).
CREATE OR REPLACE VIEW statistics_rows AS
  SELECT span, day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM statistics_tallies
  UNION ALL
  SELECT 'd', day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM statistics_tally_changes
  UNION ALL
  SELECT 'm', date_trunc('month', day)::date, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM statistics_tally_changes
  UNION ALL
  SELECT 'y', date_trunc('year', day)::date, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM statistics_tally_changes
  UNION ALL
  SELECT 'M', date_trunc('month', day)::date, agency_id, NULL, channel, NULL, NULL, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM statistics_tally_changes
  UNION ALL
  SELECT 'Y', date_trunc('year', day)::date, agency_id, NULL, channel, NULL, NULL, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days FROM statistics_tally_changes;

-- Everything counted again from the raw data (through the owners' views), at day span.
CREATE OR REPLACE FUNCTION statistics_recount() RETURNS SETOF statistics_tally_changes LANGUAGE sql STABLE AS $$
  SELECT day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, sum(received), sum(digitised), sum(supplement_requests), sum(finished), sum(finished_early), sum(finished_on_time), sum(finished_late), sum(rejected), sum(withdrawn), sum(stopped), sum(processing_minutes), sum(refused), sum(open), sum(open_running_statutory), sum(open_paused_late), sum(became_overdue), sum(ceased_overdue), sum(fees_paid), sum(fees_paid_online), sum(steps_started), sum(steps_finished), sum(steps_late), sum(steps_open), sum(rated_very_satisfied), sum(rated_satisfied), sum(rated_not_satisfied), sum(finished_in_days) FROM (
    SELECT c.* FROM dossier_statistics_sources d CROSS JOIN LATERAL statistics_dossier_contributions(d.facts) c
    UNION ALL
    SELECT c.* FROM dossier_step_statistics_sources s CROSS JOIN LATERAL statistics_step_contributions(s.facts) c
    UNION ALL
    SELECT vietnam_day(p.paid_at), p.agency_id, p.procedure_id, p.channel, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, p.online::int, 0, 0, 0, 0, 0, 0, 0, 0
      FROM fee_payment_statistics_sources p
    UNION ALL
    SELECT vietnam_day(r.created_at), r.agency_id, r.procedure_id, NULL, NULL, r.officer_id, NULL,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (r.score = 'very_satisfied')::int, (r.score = 'satisfied')::int, (r.score = 'not_satisfied')::int, 0
      FROM rating_statistics_sources r) c
   GROUP BY day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days
  HAVING sum(received) <> 0 OR sum(digitised) <> 0 OR sum(supplement_requests) <> 0 OR sum(finished) <> 0 OR sum(finished_early) <> 0 OR sum(finished_on_time) <> 0 OR sum(finished_late) <> 0 OR sum(rejected) <> 0 OR sum(withdrawn) <> 0 OR sum(stopped) <> 0 OR sum(processing_minutes) <> 0 OR sum(refused) <> 0 OR sum(open) <> 0 OR sum(open_running_statutory) <> 0 OR sum(open_paused_late) <> 0 OR sum(became_overdue) <> 0 OR sum(ceased_overdue) <> 0 OR sum(fees_paid) <> 0 OR sum(fees_paid_online) <> 0 OR sum(steps_started) <> 0 OR sum(steps_finished) <> 0 OR sum(steps_late) <> 0 OR sum(steps_open) <> 0 OR sum(rated_very_satisfied) <> 0 OR sum(rated_satisfied) <> 0 OR sum(rated_not_satisfied) <> 0 OR sum(finished_in_days) <> 0;
$$;

-- The day rows where the tallies differ from a recount (none: they are equal), each as
-- (key, measure, tallied, recounted).
CREATE OR REPLACE FUNCTION statistics_recount_differences()
  RETURNS TABLE (day date, agency_id uuid, procedure_id uuid, channel text, unit_id uuid, officer_id uuid, duration_days smallint,
                 measure text, tallied bigint, recounted bigint) LANGUAGE sql STABLE AS $$
  WITH tallied AS (SELECT day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, sum(received) AS received, sum(digitised) AS digitised, sum(supplement_requests) AS supplement_requests, sum(finished) AS finished, sum(finished_early) AS finished_early, sum(finished_on_time) AS finished_on_time, sum(finished_late) AS finished_late, sum(rejected) AS rejected, sum(withdrawn) AS withdrawn, sum(stopped) AS stopped, sum(processing_minutes) AS processing_minutes, sum(refused) AS refused, sum(open) AS open, sum(open_running_statutory) AS open_running_statutory, sum(open_paused_late) AS open_paused_late, sum(became_overdue) AS became_overdue, sum(ceased_overdue) AS ceased_overdue, sum(fees_paid) AS fees_paid, sum(fees_paid_online) AS fees_paid_online, sum(steps_started) AS steps_started, sum(steps_finished) AS steps_finished, sum(steps_late) AS steps_late, sum(steps_open) AS steps_open, sum(rated_very_satisfied) AS rated_very_satisfied, sum(rated_satisfied) AS rated_satisfied, sum(rated_not_satisfied) AS rated_not_satisfied, sum(finished_in_days) AS finished_in_days FROM statistics_rows WHERE span = 'd' GROUP BY day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days),
       recounted AS (SELECT * FROM statistics_recount()),
       both_sides AS (
         SELECT 't' AS side, day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, to_jsonb(t) - ARRAY['day', 'agency_id', 'procedure_id', 'channel', 'unit_id', 'officer_id', 'duration_days'] AS measures FROM tallied t
         UNION ALL
         SELECT 'r', day, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, to_jsonb(r) - ARRAY['day', 'agency_id', 'procedure_id', 'channel', 'unit_id', 'officer_id', 'duration_days'] FROM recounted r)
  SELECT b.day, b.agency_id, b.procedure_id, b.channel, b.unit_id, b.officer_id, b.duration_days, m.key,
         sum(m.value::bigint) FILTER (WHERE b.side = 't'), sum(m.value::bigint) FILTER (WHERE b.side = 'r')
    FROM both_sides b CROSS JOIN LATERAL jsonb_each_text(b.measures) m
   GROUP BY b.day, b.agency_id, b.procedure_id, b.channel, b.unit_id, b.officer_id, b.duration_days, m.key
  HAVING coalesce(sum(m.value::bigint) FILTER (WHERE b.side = 't'), 0) <> coalesce(sum(m.value::bigint) FILTER (WHERE b.side = 'r'), 0);
$$;

-- The month and year rows and the agencies' rollups that differ from the sums of the day rows
-- (none: the fold keeps them together), each as (key, measure, kept, summed from the days).
CREATE OR REPLACE FUNCTION statistics_span_differences()
  RETURNS TABLE (span text, day date, agency_id uuid, procedure_id uuid, channel text, unit_id uuid, officer_id uuid, duration_days smallint,
                 measure text, kept bigint, from_days bigint) LANGUAGE sql STABLE AS $$
  WITH sides AS (
         SELECT 'kept' AS side, k.span::text AS span, k.day, k.agency_id, k.procedure_id, k.channel, k.unit_id, k.officer_id, k.duration_days,
                to_jsonb(k) - ARRAY['span', 'day', 'agency_id', 'procedure_id', 'channel', 'unit_id', 'officer_id', 'duration_days'] AS measures
           FROM statistics_rows k WHERE k.span <> 'd'
         UNION ALL
         SELECT 'days', s.span, date_trunc(CASE WHEN s.span IN ('m', 'M') THEN 'month' ELSE 'year' END, d.day)::date, d.agency_id,
                CASE WHEN s.span IN ('m', 'y') THEN d.procedure_id END, d.channel, CASE WHEN s.span IN ('m', 'y') THEN d.unit_id END,
                CASE WHEN s.span IN ('m', 'y') THEN d.officer_id END, d.duration_days, to_jsonb(d) - ARRAY['span', 'day', 'agency_id', 'procedure_id', 'channel', 'unit_id', 'officer_id', 'duration_days']
           FROM statistics_rows d CROSS JOIN (VALUES ('m'), ('y'), ('M'), ('Y')) s (span) WHERE d.span = 'd')
  SELECT b.span, b.day, b.agency_id, b.procedure_id, b.channel, b.unit_id, b.officer_id, b.duration_days, m.key,
         sum(m.value::bigint) FILTER (WHERE b.side = 'kept'), sum(m.value::bigint) FILTER (WHERE b.side = 'days')
    FROM sides b CROSS JOIN LATERAL jsonb_each_text(b.measures) m
   GROUP BY b.span, b.day, b.agency_id, b.procedure_id, b.channel, b.unit_id, b.officer_id, b.duration_days, m.key
  HAVING coalesce(sum(m.value::bigint) FILTER (WHERE b.side = 'kept'), 0) <> coalesce(sum(m.value::bigint) FILTER (WHERE b.side = 'days'), 0);
$$;

-- Made anew from the raw data: after migration 028, and after a bulk load (bench/scale).
CREATE OR REPLACE FUNCTION rebuild_statistics_tallies() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE statistics_tallies, statistics_tally_changes;
  WITH recounted AS MATERIALIZED (SELECT * FROM statistics_recount())
  INSERT INTO statistics_tallies
  SELECT 'd', * FROM recounted
  UNION ALL
  SELECT 'm', date_trunc('month', day)::date, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, sum(received), sum(digitised), sum(supplement_requests), sum(finished), sum(finished_early), sum(finished_on_time), sum(finished_late), sum(rejected), sum(withdrawn), sum(stopped), sum(processing_minutes), sum(refused), sum(open), sum(open_running_statutory), sum(open_paused_late), sum(became_overdue), sum(ceased_overdue), sum(fees_paid), sum(fees_paid_online), sum(steps_started), sum(steps_finished), sum(steps_late), sum(steps_open), sum(rated_very_satisfied), sum(rated_satisfied), sum(rated_not_satisfied), sum(finished_in_days)
    FROM recounted GROUP BY 2, 3, 4, 5, 6, 7, 8
  UNION ALL
  SELECT 'y', date_trunc('year', day)::date, agency_id, procedure_id, channel, unit_id, officer_id, duration_days, sum(received), sum(digitised), sum(supplement_requests), sum(finished), sum(finished_early), sum(finished_on_time), sum(finished_late), sum(rejected), sum(withdrawn), sum(stopped), sum(processing_minutes), sum(refused), sum(open), sum(open_running_statutory), sum(open_paused_late), sum(became_overdue), sum(ceased_overdue), sum(fees_paid), sum(fees_paid_online), sum(steps_started), sum(steps_finished), sum(steps_late), sum(steps_open), sum(rated_very_satisfied), sum(rated_satisfied), sum(rated_not_satisfied), sum(finished_in_days)
    FROM recounted GROUP BY 2, 3, 4, 5, 6, 7, 8;
  PERFORM rebuild_statistics_rollups();
END $$;

-- The agencies' rollups (spans 'M' and 'Y': the month and year rows without procedure, unit and
-- officer) made anew from the month and year rows, which no fold changes meanwhile.
CREATE OR REPLACE FUNCTION rebuild_statistics_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE statistics_tallies IN SHARE ROW EXCLUSIVE MODE;
  DELETE FROM statistics_tallies WHERE span IN ('M', 'Y');
  INSERT INTO statistics_tallies (span, day, agency_id, channel, duration_days, received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped, processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid, fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied, finished_in_days)
  SELECT upper(span), day, agency_id, channel, duration_days, sum(received), sum(digitised), sum(supplement_requests), sum(finished), sum(finished_early), sum(finished_on_time), sum(finished_late), sum(rejected), sum(withdrawn), sum(stopped), sum(processing_minutes), sum(refused), sum(open), sum(open_running_statutory), sum(open_paused_late), sum(became_overdue), sum(ceased_overdue), sum(fees_paid), sum(fees_paid_online), sum(steps_started), sum(steps_finished), sum(steps_late), sum(steps_open), sum(rated_very_satisfied), sum(rated_satisfied), sum(rated_not_satisfied), sum(finished_in_days)
    FROM statistics_tallies WHERE span IN ('m', 'y')
   GROUP BY span, day, agency_id, channel, duration_days;
END $$;
