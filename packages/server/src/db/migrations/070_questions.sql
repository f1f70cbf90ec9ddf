-- Citizens' questions and answers (hỏi đáp; modules/questions, core/src/enquiries/questions.ts).
-- A question waits 'unconfirmed' until its asker opens the link sent to their contact (only the
-- link's SHA-256 is kept); one not confirmed in time is deleted unseen. Once confirmed it is the
-- competent agency's, due on a working day; the leader publishes it anonymised: the public_*
-- columns are what the portal shows, never the asker's name or contact.
CREATE SEQUENCE IF NOT EXISTS question_numbers;
CREATE TABLE IF NOT EXISTS questions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  state text NOT NULL CHECK (state IN ('unconfirmed', 'received', 'assigned', 'answered', 'approved', 'published', 'rejected')),
  asker_name text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  -- The normalised e-mail address or mobile number the asker is reached on (and counted by).
  contact text NOT NULL,
  citizen_id uuid REFERENCES citizens (id),
  procedure_id uuid REFERENCES procedures (id),
  field_code text NOT NULL REFERENCES fields (code),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  title text NOT NULL,
  body text NOT NULL,
  asked_at timestamptz NOT NULL,
  asked_ip text NOT NULL,
  confirm_token_hash text UNIQUE,
  confirm_by timestamptz,
  received_at timestamptz,
  due_at timestamptz,
  assignee_id uuid REFERENCES officers (id),
  answer text,
  answered_by uuid REFERENCES officers (id),
  answered_at timestamptz,
  approved_by uuid REFERENCES officers (id),
  approved_at timestamptz,
  public_title text,
  public_body text,
  public_answer text,
  published_at timestamptz,
  -- The published text folded (search_key) for the portal's search; NULL while not published.
  search_text text,
  updated_at timestamptz NOT NULL,
  CHECK ((state = 'unconfirmed') = (received_at IS NULL)),
  CHECK ((state = 'unconfirmed') = (confirm_token_hash IS NOT NULL)),
  CHECK ((state = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS questions_agency_state ON questions (agency_id, state, due_at);
CREATE INDEX IF NOT EXISTS questions_assignee ON questions (assignee_id, state) WHERE assignee_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS questions_contact ON questions (contact, asked_at);
CREATE INDEX IF NOT EXISTS questions_unconfirmed ON questions (confirm_by) WHERE state = 'unconfirmed';
CREATE INDEX IF NOT EXISTS questions_published_procedure ON questions (procedure_id, published_at DESC) WHERE state = 'published';
CREATE INDEX IF NOT EXISTS questions_published_field ON questions (field_code, published_at DESC) WHERE state = 'published';
CREATE INDEX IF NOT EXISTS questions_search ON questions USING gin (search_text gin_trgm_ops) WHERE state = 'published';

-- A question's history, append-only (db/functions/questions.sql): every step from its confirmation on.
CREATE TABLE IF NOT EXISTS question_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  question_id uuid NOT NULL REFERENCES questions (id),
  action text NOT NULL,
  -- NULL for a question asked from a citizen account, received at once.
  from_state text,
  to_state text NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  actor_id uuid REFERENCES officers (id),
  actor_name text NOT NULL,
  note text,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS question_events_question ON question_events (question_id, id);
