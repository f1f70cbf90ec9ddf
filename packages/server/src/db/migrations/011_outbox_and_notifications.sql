-- Background work leaves with the change that causes it: the change's transaction writes a row
-- here, and a worker on any instance delivers it afterwards. Workers claim rows with
-- FOR UPDATE SKIP LOCKED and hold them by moving `available_at` past a lease, so several instances
-- never take the same row, and a row whose worker died comes back when the lease runs out.
-- Rows with the same ordering key go out one after another, in order: an applicant must not read
-- "supplement received" before "supplement requested" because two instances sent them at once.
CREATE TABLE outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  ordering_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  available_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  done_at timestamptz,
  -- Given up on: the error was permanent or the attempts ran out.
  dead_at timestamptz
);
CREATE INDEX outbox_waiting ON outbox (available_at, id) WHERE done_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_waiting_in_order ON outbox (ordering_key, id) WHERE done_at IS NULL AND dead_at IS NULL AND ordering_key IS NOT NULL;
CREATE INDEX outbox_done ON outbox (done_at) WHERE done_at IS NOT NULL;
-- A carrier may hand over an incoming SMS twice: it is answered once.
CREATE UNIQUE INDEX outbox_sms_replies ON outbox ((payload->>'inboundId')) WHERE topic = 'sms.reply';

-- What the applicant was told about their dossier, on which channel, and whether it reached them.
-- `facts` is what the notice says, gathered when the action was taken; the text is written from
-- them when it is sent (a new dossier's code exists only once the statement saving it has run).
-- A notice is `about` the action of its event, or is a reminder of it: one of each per channel,
-- however many instances look for due reminders at once.
CREATE TABLE notifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  event_id bigint NOT NULL REFERENCES dossier_events (id),
  about text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient text NOT NULL,
  facts jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  subject text NOT NULL DEFAULT '',
  body text NOT NULL DEFAULT '',
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  -- The carrier's or mail server's reference for the message.
  provider_reference text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX notifications_dossier ON notifications (dossier_id, id);
CREATE UNIQUE INDEX notifications_once ON notifications (event_id, channel, about);
-- The counter's follow-up list and count: the few notices that could not be delivered.
CREATE INDEX notifications_failed ON notifications (dossier_id) WHERE status = 'failed';

-- A dossier transition the applicant is told of is saved by one statement, persist_transition:
-- db/functions/dossier-writes.sql.
