-- Feedback and petitions (phản ánh, kiến nghị) and the complaints and denunciations that arrive the
-- same way (modules/feedback, core/src/enquiries/feedback.ts). About a rule (free text, maybe a
-- procedure) or a dossier (checked against the sender's contact). One waits 'unconfirmed' until
-- its sender opens the link sent to their contact (only the link's SHA-256 is kept). due_at is the
-- deadline of its current state (core currentFeedbackDeadline), NULL where none runs; the working
-- minutes spent waiting for the sender's information move the handling deadline on.
CREATE SEQUENCE IF NOT EXISTS feedback_numbers;
CREATE TABLE IF NOT EXISTS feedbacks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('feedback', 'petition', 'complaint', 'denunciation')),
  subject text NOT NULL CHECK (subject IN ('rule', 'dossier')),
  state text NOT NULL CHECK (state IN ('unconfirmed', 'received', 'awaiting_information', 'in_handling', 'answered', 'handled', 'published', 'refused', 'routed', 'withdrawn')),
  sender_name text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  -- The normalised e-mail address or mobile number the sender is reached on (and counted by).
  contact text NOT NULL,
  citizen_id uuid REFERENCES citizens (id),
  dossier_id uuid REFERENCES dossiers (id),
  -- The rule it is about, as the sender names it, and the procedure when they chose one.
  rule_text text,
  procedure_id uuid REFERENCES procedures (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  title text NOT NULL,
  body text NOT NULL,
  sent_at timestamptz NOT NULL,
  sent_ip text NOT NULL,
  confirm_token_hash text UNIQUE,
  confirm_by timestamptz,
  received_at timestamptz,
  due_at timestamptz,
  assignee_id uuid REFERENCES officers (id),
  -- While waiting for the sender: what was asked, since when, and the hash of the link they answer by.
  information_request text,
  awaiting_since timestamptz,
  reply_token_hash text UNIQUE,
  waited_working_minutes integer NOT NULL DEFAULT 0 CHECK (waited_working_minutes >= 0),
  supplied_information text,
  routed_to text,
  answer text,
  answered_by uuid REFERENCES officers (id),
  answered_at timestamptz,
  handled_at timestamptz,
  approved_by uuid REFERENCES officers (id),
  public_title text,
  public_body text,
  public_answer text,
  published_at timestamptz,
  -- The published text folded (search_key) for the portal's search; NULL while not published.
  search_text text,
  updated_at timestamptz NOT NULL,
  CHECK ((subject = 'dossier') = (dossier_id IS NOT NULL)),
  CHECK (subject = 'dossier' OR rule_text IS NOT NULL),
  CHECK ((state = 'unconfirmed') = (received_at IS NULL)),
  CHECK ((state = 'unconfirmed') = (confirm_token_hash IS NOT NULL)),
  CHECK ((state = 'awaiting_information') = (awaiting_since IS NOT NULL)),
  CHECK ((state = 'awaiting_information') = (reply_token_hash IS NOT NULL)),
  CHECK ((state = 'published') = (published_at IS NOT NULL)),
  CHECK (state <> 'routed' OR routed_to IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS feedbacks_agency_state ON feedbacks (agency_id, state, due_at);
CREATE INDEX IF NOT EXISTS feedbacks_overdue ON feedbacks (due_at, agency_id) WHERE due_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS feedbacks_assignee ON feedbacks (assignee_id, state) WHERE assignee_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS feedbacks_contact ON feedbacks (contact, sent_at);
CREATE INDEX IF NOT EXISTS feedbacks_unconfirmed ON feedbacks (confirm_by) WHERE state = 'unconfirmed';
CREATE INDEX IF NOT EXISTS feedbacks_dossier ON feedbacks (dossier_id, received_at) WHERE dossier_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS feedbacks_published ON feedbacks (published_at DESC) WHERE state = 'published';
CREATE INDEX IF NOT EXISTS feedbacks_search ON feedbacks USING gin (search_text gin_trgm_ops) WHERE state = 'published';

-- A feedback's history, append-only (db/functions/feedback.sql): every step from its confirmation on.
CREATE TABLE IF NOT EXISTS feedback_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  feedback_id uuid NOT NULL REFERENCES feedbacks (id),
  action text NOT NULL,
  -- NULL for one sent from a citizen account, received at once.
  from_state text,
  to_state text NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  actor_id uuid REFERENCES officers (id),
  actor_name text NOT NULL,
  note text,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_events_feedback ON feedback_events (feedback_id, id);
