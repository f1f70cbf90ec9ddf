-- Queues messages of one topic inside the caller's transaction, as platform/outbox.ts `enqueue`
-- does: each payload with the ordering key at the same place; returns how many.
CREATE OR REPLACE FUNCTION enqueue_messages(topic text, payloads jsonb[], ordering_keys text[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox (topic, payload, ordering_key)
  SELECT enqueue_messages.topic, m.payload, m.ordering_key FROM unnest(payloads, ordering_keys) AS m(payload, ordering_key);
  RETURN cardinality(payloads);
END $$;
