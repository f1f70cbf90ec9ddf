-- At the centre (issue 14): counters and the services they serve, queue tickets and their calls,
-- paired devices (kiosks, TV boards, rating tablets), bookings of a time slot, and ratings of the
-- service. A centre is an agency with a one-stop unit; its settings hold what DOMAIN makes
-- configurable (opening hours, calls before a no-show, the calling rule, booking slots).

-- The priority groups served first at any counter open to them (DOMAIN's list, as data).
CREATE TABLE priority_groups (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z_]{1,39}$'),
  name text NOT NULL,
  name_en text NOT NULL,
  position integer NOT NULL,
  active boolean NOT NULL DEFAULT true
);
INSERT INTO priority_groups (code, name, name_en, position) VALUES
  ('elderly', 'Người cao tuổi', 'Elderly people', 1),
  ('disability', 'Người khuyết tật', 'Persons with disabilities', 2),
  ('pregnant', 'Phụ nữ mang thai', 'Pregnant women', 3),
  ('young_child', 'Người bế con nhỏ', 'People carrying a young child', 4),
  ('meritorious', 'Người có công với cách mạng, thương binh', 'People with meritorious service, war invalids', 5);

CREATE TABLE centre_settings (
  agency_id uuid PRIMARY KEY REFERENCES agencies (id),
  -- The days restart and the hours are read in this zone.
  time_zone text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
  -- Per ISO weekday (1 = Monday … 7 = Sunday): the opening periods, e.g. {"1": [["07:30","11:30"],["13:30","17:00"]]}.
  opening_hours jsonb NOT NULL DEFAULT '{"1":[["07:30","11:30"],["13:30","17:00"]],"2":[["07:30","11:30"],["13:30","17:00"]],"3":[["07:30","11:30"],["13:30","17:00"]],"4":[["07:30","11:30"],["13:30","17:00"]],"5":[["07:30","11:30"],["13:30","17:00"]],"6":[["07:30","11:30"]]}',
  calls_before_no_show integer NOT NULL DEFAULT 3 CHECK (calls_before_no_show BETWEEN 1 AND 10),
  -- The calling rule, as an ordered list of criteria (core/queue: CALL_ORDER_CRITERIA).
  call_order jsonb NOT NULL DEFAULT '["priority", "booking_due", "queued_at"]',
  booking_slot_minutes integer NOT NULL DEFAULT 30 CHECK (booking_slot_minutes BETWEEN 5 AND 240),
  -- At most this many bookings per slot and per counter serving the service.
  bookings_per_counter_slot integer NOT NULL DEFAULT 2 CHECK (bookings_per_counter_slot BETWEEN 0 AND 100),
  -- A booking checks in from this many minutes before its slot until this many after its start.
  booking_early_minutes integer NOT NULL DEFAULT 30 CHECK (booking_early_minutes BETWEEN 0 AND 240),
  booking_late_minutes integer NOT NULL DEFAULT 15 CHECK (booking_late_minutes BETWEEN 0 AND 240),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- What a kiosk offers and a counter serves: a field, a unit's desk, or named procedures.
CREATE TABLE queue_services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name text NOT NULL,
  name_en text NOT NULL DEFAULT '',
  prefix text NOT NULL CHECK (prefix ~ '^[A-Z]{1,2}$'),
  field_code text REFERENCES fields (code),
  unit_id uuid REFERENCES units (id),
  procedure_codes text[] NOT NULL DEFAULT '{}',
  position integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  UNIQUE (agency_id, code),
  UNIQUE (agency_id, prefix)
);

CREATE TABLE counters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  -- "Quầy số 3": the number called out.
  number integer NOT NULL CHECK (number BETWEEN 1 AND 999),
  name text NOT NULL DEFAULT '',
  priority boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  -- Who sits there now; one officer at a time, and one counter per officer.
  status text NOT NULL DEFAULT 'closed' CHECK (status IN ('closed', 'open', 'paused')),
  officer_id uuid REFERENCES officers (id),
  pause_reason text NOT NULL DEFAULT '',
  status_since timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, number),
  CHECK ((status = 'closed') = (officer_id IS NULL))
);
CREATE UNIQUE INDEX counters_one_per_officer ON counters (officer_id) WHERE officer_id IS NOT NULL;

CREATE TABLE counter_services (
  counter_id uuid NOT NULL REFERENCES counters (id) ON DELETE CASCADE,
  service_id uuid NOT NULL REFERENCES queue_services (id),
  PRIMARY KEY (counter_id, service_id)
);

-- The counters' openings, pauses and closings, for the managers' figures.
CREATE TABLE counter_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  counter_id uuid NOT NULL REFERENCES counters (id) ON DELETE CASCADE,
  officer_id uuid REFERENCES officers (id),
  status text NOT NULL CHECK (status IN ('closed', 'open', 'paused')),
  reason text NOT NULL DEFAULT '',
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX counter_status_changes_counter ON counter_status_changes (counter_id, at);

-- Kiosks, display boards and rating tablets, each paired once by an administrator: the device keeps
-- the token, the database only its hash.
CREATE TABLE centre_devices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  kind text NOT NULL CHECK (kind IN ('kiosk', 'board', 'tablet')),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  -- A rating tablet stands at one counter.
  counter_id uuid REFERENCES counters (id),
  paired_by uuid REFERENCES officers (id),
  paired_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX centre_devices_agency ON centre_devices (agency_id);

-- A number per service prefix and centre day, drawn by one upsert: concurrent kiosks queue on the row.
CREATE TABLE queue_ticket_numbers (
  service_id uuid NOT NULL REFERENCES queue_services (id),
  day date NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (service_id, day)
);

CREATE TABLE queue_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  -- The service the ticket was issued for (its number's prefix) and the one it waits for now.
  issued_service_id uuid NOT NULL REFERENCES queue_services (id),
  service_id uuid NOT NULL REFERENCES queue_services (id),
  -- The centre's local day the number belongs to.
  day date NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  -- "A017"
  label text NOT NULL,
  priority_group text REFERENCES priority_groups (code),
  channel text NOT NULL CHECK (channel IN ('kiosk', 'booking', 'counter')),
  booking_id uuid,
  -- Secret of the ticket's QR code: follow the queue on a phone, rate the service.
  follow_token text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'serving', 'finished', 'no_show', 'cancelled')),
  -- Transferred to a counter of the service (or to any counter serving it when null).
  counter_id uuid REFERENCES counters (id),
  target_counter_id uuid REFERENCES counters (id),
  officer_id uuid REFERENCES officers (id),
  call_count integer NOT NULL DEFAULT 0,
  transfer_count integer NOT NULL DEFAULT 0,
  issued_at timestamptz NOT NULL,
  -- A booking's ticket waits from its slot's start; a transferred ticket keeps its place.
  queued_at timestamptz NOT NULL,
  called_at timestamptz,
  serving_started_at timestamptz,
  ended_at timestamptz,
  UNIQUE (issued_service_id, day, number)
);
CREATE INDEX queue_tickets_waiting ON queue_tickets (service_id, queued_at) WHERE status IN ('waiting', 'called');
CREATE INDEX queue_tickets_agency_day ON queue_tickets (agency_id, day);

-- Everything that happened to a ticket, append-only: calls, recalls, transfers, service, ends.
CREATE TABLE queue_ticket_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES queue_tickets (id),
  kind text NOT NULL CHECK (kind IN ('issued', 'called', 'recalled', 'serving', 'finished', 'no_show', 'transferred', 'cancelled', 'dossier_received')),
  counter_id uuid REFERENCES counters (id),
  officer_id uuid REFERENCES officers (id),
  data jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL
);
CREATE INDEX queue_ticket_events_ticket ON queue_ticket_events (ticket_id, id);

-- The dossiers received from a ticket: waiting, service, processing and rating form one journey.
CREATE TABLE queue_ticket_dossiers (
  ticket_id uuid NOT NULL REFERENCES queue_tickets (id),
  dossier_id uuid NOT NULL UNIQUE REFERENCES dossiers (id),
  PRIMARY KEY (ticket_id, dossier_id)
);

CREATE TABLE bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Shown to the citizen and typed at the kiosk.
  code text NOT NULL UNIQUE,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  service_id uuid NOT NULL REFERENCES queue_services (id),
  slot_start timestamptz NOT NULL,
  slot_end timestamptz NOT NULL,
  citizen_id uuid REFERENCES citizens (id),
  name text NOT NULL,
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  priority_group text REFERENCES priority_groups (code),
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
  ticket_id uuid REFERENCES queue_tickets (id),
  rescheduled_from uuid REFERENCES bookings (id),
  created_at timestamptz NOT NULL,
  ended_at timestamptz,
  CHECK (slot_end > slot_start)
);
CREATE INDEX bookings_slot ON bookings (service_id, slot_start) WHERE status = 'booked';
CREATE INDEX bookings_citizen ON bookings (citizen_id) WHERE citizen_id IS NOT NULL;

-- A rating of the service at a counter (by its ticket) or of a dossier's handling (by its applicant).
CREATE TABLE ratings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  ticket_id uuid UNIQUE REFERENCES queue_tickets (id),
  dossier_id uuid UNIQUE REFERENCES dossiers (id),
  officer_id uuid REFERENCES officers (id),
  counter_id uuid REFERENCES counters (id),
  service_id uuid REFERENCES queue_services (id),
  score text NOT NULL CHECK (score IN ('very_satisfied', 'satisfied', 'not_satisfied')),
  -- Optional per criterion (attitude, guidance, time, result), each a score as above.
  criteria jsonb NOT NULL DEFAULT '{}',
  comment text NOT NULL DEFAULT '',
  channel text NOT NULL CHECK (channel IN ('tablet', 'qr', 'online')),
  created_at timestamptz NOT NULL,
  CHECK ((ticket_id IS NULL) <> (dossier_id IS NULL))
);
CREATE INDEX ratings_agency_time ON ratings (agency_id, created_at);
CREATE INDEX ratings_officer ON ratings (officer_id, created_at) WHERE officer_id IS NOT NULL;
