-- A fee receipt (biên lai thu phí, lệ phí) takes its number when the payment is recorded, in the
-- statement that records it, and keeps it: printing a receipt no longer counts the year's payments.
-- Numbers run per receiving agency and restart each calendar year (Vietnam time), drawn as dossier
-- numbers and register lines are, from a sequence per agency with a base per period.
--
-- The three counters share one table of bases, so that one function draws them all
-- (db/functions/dossier-numbers.sql): a period is a day ('YYYY-MM-DD') for dossier numbers and a
-- year ('YYYY') for register lines and fee receipts.
CREATE TABLE agency_number_periods (
  series text NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  period text NOT NULL,
  -- The agency's sequence of the series just before the period's first number.
  base bigint NOT NULL,
  PRIMARY KEY (series, agency_id, period)
);
INSERT INTO agency_number_periods (series, agency_id, period, base)
SELECT 'dossier_numbers', agency_id, to_char(day, 'YYYY-MM-DD'), base FROM dossier_number_days;
INSERT INTO agency_number_periods (series, agency_id, period, base)
SELECT 'register_lines', agency_id, year::text, base FROM register_years;

-- Superseded by next_agency_number() and the one trigger that makes every series' sequences. (A
-- database made from scratch has none of them yet: functions are applied after the migrations.)
DROP TRIGGER IF EXISTS agencies_dossier_numbers ON agencies;
DROP TRIGGER IF EXISTS agencies_register_lines ON agencies;
DROP FUNCTION IF EXISTS create_dossier_number_sequence(), create_register_line_sequence(), next_dossier_number(uuid, date),
              next_register_line(uuid, timestamptz), dossier_number_sequence(uuid), register_line_sequence(uuid);
DROP TABLE dossier_number_days, register_years;

-- The receipt book: one number per payment, kept beside the process-control record (which is
-- append-only, and gets its payments' rows as before).
CREATE TABLE fee_receipts (
  payment_event_id bigint PRIMARY KEY REFERENCES dossier_events (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  year text NOT NULL,
  number integer NOT NULL,
  UNIQUE (agency_id, year, number)
);

-- Payments recorded before: the numbers their receipts were printed with, counted as they were then.
INSERT INTO fee_receipts (payment_event_id, agency_id, year, number)
SELECT e.id, d.receiving_agency_id, to_char((e.occurred_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY'),
       row_number() OVER (PARTITION BY d.receiving_agency_id, to_char((e.occurred_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY')
                          ORDER BY e.occurred_at, e.id)
  FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
 WHERE e.action = 'confirm_fee_paid';
-- Each year's base is the receipts of the agency's earlier years; each sequence stands at all of them.
INSERT INTO agency_number_periods (series, agency_id, period, base)
SELECT 'fee_receipts', agency_id, year, coalesce(sum(receipts) OVER (PARTITION BY agency_id ORDER BY year ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
  FROM (SELECT agency_id, year, max(number) AS receipts FROM fee_receipts GROUP BY 1, 2) years;
DO $$
DECLARE agency record;
BEGIN
  -- Named as agency_number_sequence() in db/functions/dossier-numbers.sql names it; each starts
  -- after the receipts its agency gave.
  FOR agency IN SELECT a.id, count(r.number) AS receipts FROM agencies a LEFT JOIN fee_receipts r ON r.agency_id = a.id GROUP BY a.id LOOP
    EXECUTE format('CREATE SEQUENCE %I START WITH %s', 'fee_receipts_' || replace(agency.id::text, '-', ''), agency.receipts + 1);
  END LOOP;
END $$;
