-- What the other modules read of the bookings (the centre managers' figures count them by the day
-- of their slot; the counter shows the code of the booking a ticket came from): no names or
-- contacts; `moved` when the holder moved the booking to another slot.
CREATE OR REPLACE VIEW booking_facts AS
  SELECT b.id, b.code, b.agency_id, b.service_id, b.slot_start, b.status, b.ticket_id, b.created_at,
         EXISTS (SELECT 1 FROM bookings n WHERE n.rescheduled_from = b.id) AS moved
    FROM bookings b;
