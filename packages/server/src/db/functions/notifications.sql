-- Queues the notices planned for applicants and one outbox message to send each (topic
-- `notification.send`, NOTIFICATION_TOPIC in service.ts); returns how many. Each planned notice is
-- {channel, recipient, facts}, with its dossierId and eventId unless they are the arguments'. A
-- notice already queued for the same event, channel and purpose is not queued again. Each
-- applicant's messages on one channel keep their order.
CREATE OR REPLACE FUNCTION queue_notifications(planned jsonb, created_at timestamptz, dossier uuid DEFAULT NULL, event bigint DEFAULT NULL)
  RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  payloads jsonb[];
  ordering_keys text[];
BEGIN
  WITH queued AS (
    INSERT INTO notifications (dossier_id, agency_id, event_id, about, channel, recipient, facts, created_at)
    SELECT d.id, d.receiving_agency_id, coalesce((n->>'eventId')::bigint, event), n->'facts'->>'action', n->>'channel',
           n->>'recipient', n->'facts', queue_notifications.created_at
      FROM jsonb_array_elements(planned) n JOIN dossier_facts d ON d.id = coalesce((n->>'dossierId')::uuid, dossier)
    ON CONFLICT (event_id, channel, about) DO NOTHING
    RETURNING id, dossier_id, channel
  )
  SELECT array_agg(jsonb_build_object('notificationId', queued.id)), array_agg(queued.dossier_id || '/' || queued.channel)
    INTO payloads, ordering_keys FROM queued;
  RETURN enqueue_messages('notification.send', coalesce(payloads, '{}'), coalesce(ordering_keys, '{}'));
END $$;
