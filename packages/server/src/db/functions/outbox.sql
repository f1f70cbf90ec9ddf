-- Queues a message inside the caller's transaction, as platform/outbox.ts `enqueue` does; returns its id.
CREATE OR REPLACE FUNCTION enqueue_message(topic text, payload jsonb, ordering_key text) RETURNS bigint LANGUAGE sql AS $$
  INSERT INTO outbox (topic, payload, ordering_key) VALUES ($1, $2, $3) RETURNING id
$$;
