-- The centres' queues (modules/centres): what happened to a ticket is recorded once and kept as it
-- was, like the process-control record of a dossier.
CREATE OR REPLACE TRIGGER queue_ticket_events_append_only BEFORE UPDATE OR DELETE ON queue_ticket_events
  FOR EACH ROW EXECUTE FUNCTION reject_change_to_append_only_table();

-- What the ratings module reads of a ticket: whether its service is over, who served it, at which
-- counter and for which service (the one it was served for, after any transfer).
CREATE OR REPLACE VIEW queue_ticket_service_facts AS
  SELECT t.id, t.agency_id, t.follow_token, t.label, t.status, t.ended_at, t.officer_id,
         t.counter_id, c.number AS counter_number, c.name AS counter_name,
         t.service_id, s.code AS service_code, s.name AS service_name, s.name_en AS service_name_en, s.prefix AS service_prefix
    FROM queue_tickets t JOIN queue_services s ON s.id = t.service_id LEFT JOIN counters c ON c.id = t.counter_id;
-- The dossiers received from a ticket.
CREATE OR REPLACE VIEW queue_ticket_dossier_facts AS
  SELECT ticket_id, dossier_id FROM queue_ticket_dossiers;
-- What anyone may name of a counter and a service (the ratings' list names them).
CREATE OR REPLACE VIEW counter_directory AS
  SELECT id, agency_id, number, name FROM counters;
CREATE OR REPLACE VIEW queue_service_directory AS
  SELECT id, agency_id, code, name, name_en, prefix FROM queue_services;

-- What the bookings module reads of a centre's service: its booking settings, and how many active
-- counters serve it (a slot takes that many times the per-counter cap).
CREATE OR REPLACE VIEW queue_service_booking_rules AS
  SELECT s.id AS service_id, s.agency_id, s.code, s.name, s.name_en, s.active,
         st.opening_hours, st.booking_slot_minutes, st.bookings_per_counter_slot, st.booking_early_minutes, st.booking_late_minutes,
         (SELECT count(*) FROM counter_services cs JOIN counters c ON c.id = cs.counter_id WHERE cs.service_id = s.id AND c.active)::int AS counters,
         s.prefix
    FROM queue_services s JOIN centre_settings st ON st.agency_id = s.agency_id;
-- When a one-stop section with centre settings is open: where applicants collect their results (modules/dossiers).
CREATE OR REPLACE VIEW agency_opening_hours AS
  SELECT agency_id, opening_hours FROM centre_settings;
-- The priority groups a booking may declare (bookings checks the group it is given).
CREATE OR REPLACE VIEW priority_group_directory AS
  SELECT code, name, name_en, position, active FROM priority_groups;
-- The ticket a dossier was received from, for the dossier's page (modules/dossiers): its number,
-- when its holder started waiting and was first called, and their time at the counter.
CREATE OR REPLACE VIEW dossier_ticket_journeys AS
  SELECT l.dossier_id, t.id AS ticket_id, t.label, s.name AS service_name, c.number AS counter_number,
         t.issued_at, t.queued_at, t.serving_started_at, t.ended_at,
         (SELECT min(e.at) FROM queue_ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'called') AS first_called_at
    FROM queue_ticket_dossiers l JOIN queue_tickets t ON t.id = l.ticket_id
    JOIN queue_services s ON s.id = t.service_id LEFT JOIN counters c ON c.id = t.counter_id;
