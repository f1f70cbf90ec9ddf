-- eOffice: meeting invitations (giấy mời, issue 17 item 6). An outgoing document of type GM calls a
-- meeting; its details are set while it is drafted, its invitees are invited when it is released
-- (each by a personal link to confirm or decline), reminded the day before, and told of a change or
-- a cancellation with an updated calendar object (iCalendar SEQUENCE).
CREATE TABLE IF NOT EXISTS meetings (
  document_id uuid PRIMARY KEY REFERENCES documents (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  place text NOT NULL DEFAULT '',
  video_url text,
  chair text NOT NULL DEFAULT '',
  agenda text NOT NULL DEFAULT '',
  -- The SEQUENCE of the calendar object invitees were last sent: 0 with the invitation, one more at
  -- each change or cancellation after release.
  sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  -- Set by the release of the document, when the invitations go out; NULL while it is drafted.
  invited_at timestamptz,
  cancelled_at timestamptz,
  cancel_reason text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES officers (id),
  updated_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (place <> '' OR video_url IS NOT NULL)
);
-- What the reminder job reads: meetings invited and standing, by when they start.
CREATE INDEX IF NOT EXISTS meetings_standing ON meetings (starts_at) WHERE invited_at IS NOT NULL AND cancelled_at IS NULL;

-- The people invited: inside the installation an agency (its incoming register receives the
-- document at release), or one of its officers; outside it a name and an e-mail address. The
-- personal link's token is kept as its SHA-256 (to find the invitee by it) and sealed with the
-- installation's key (to write it in the later e-mails), never readable.
CREATE TABLE IF NOT EXISTS meeting_invitees (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL REFERENCES meetings (document_id),
  position integer NOT NULL CHECK (position > 0),
  agency_id uuid REFERENCES agencies (id),
  officer_id uuid REFERENCES officers (id),
  name text NOT NULL,
  email text NOT NULL DEFAULT '',
  token_hash text UNIQUE,
  sealed_token bytea,
  invited_at timestamptz,
  answer text NOT NULL DEFAULT 'pending' CHECK (answer IN ('pending', 'accepted', 'declined')),
  delegate_name text NOT NULL DEFAULT '',
  answer_note text NOT NULL DEFAULT '',
  answered_at timestamptz,
  reminded_at timestamptz,
  UNIQUE (document_id, position),
  CHECK (officer_id IS NULL OR agency_id IS NOT NULL),
  CHECK (agency_id IS NOT NULL OR email <> ''),
  CHECK ((token_hash IS NULL) = (invited_at IS NULL))
);
CREATE INDEX IF NOT EXISTS meeting_invitees_officer ON meeting_invitees (officer_id) WHERE officer_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS meeting_invitees_agency ON meeting_invitees (agency_id) WHERE agency_id IS NOT NULL;

-- Each e-mail to an invitee (the invitation, a change, the cancellation, the reminder) and how its
-- sending went; sent by the outbox (topic meeting.mail). One of a kind per version of the meeting.
CREATE TABLE IF NOT EXISTS meeting_mails (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invitee_id uuid NOT NULL REFERENCES meeting_invitees (id),
  kind text NOT NULL CHECK (kind IN ('invitation', 'update', 'cancellation', 'reminder')),
  sequence integer NOT NULL,
  -- superseded: a later change went out before this one could, and says more.
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'superseded')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  UNIQUE (invitee_id, kind, sequence)
);
