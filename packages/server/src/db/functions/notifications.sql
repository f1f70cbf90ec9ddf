-- Queues the notices planned for applicants ([{dossierId, eventId, channel, recipient, facts}]) and
-- one outbox message to send each (topic `notification.send`, NOTIFICATION_TOPIC in service.ts);
-- returns how many. A notice already queued for the same event, channel and purpose is not queued
-- again. Each applicant's messages on one channel keep their order.
CREATE OR REPLACE FUNCTION queue_notifications(planned jsonb, created_at timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  queued_count integer;
BEGIN
  WITH queued AS (
    INSERT INTO notifications (dossier_id, event_id, about, channel, recipient, facts, created_at)
    SELECT (n->>'dossierId')::uuid, (n->>'eventId')::bigint, n->'facts'->>'action', n->>'channel', n->>'recipient', n->'facts',
           queue_notifications.created_at
      FROM jsonb_array_elements(planned) n
    ON CONFLICT (event_id, channel, about) DO NOTHING
    RETURNING id, dossier_id, channel
  )
  SELECT count(enqueue_message('notification.send', jsonb_build_object('notificationId', queued.id), queued.dossier_id || '/' || queued.channel))::int
    INTO queued_count FROM queued;
  RETURN queued_count;
END $$;
