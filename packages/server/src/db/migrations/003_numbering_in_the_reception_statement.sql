-- A new dossier takes its number inside the statement that saves it: one round trip instead of two.
-- Numbers come from a sequence per agency, which never makes one reception wait for another (a
-- counter row would stay locked until each saving statement had flushed its commit to disk); each
-- agency's day counts from where that sequence stood when the day's first dossier arrived.
DROP TABLE dossier_code_counters;

CREATE TABLE dossier_number_days (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  day date NOT NULL,
  -- The agency's sequence value just before the day's first number.
  base bigint NOT NULL,
  PRIMARY KEY (agency_id, day)
);

-- Each agency's sequence is made with the agency, by a trigger; the numbering and dossier write
-- functions live in db/functions/ (dossier-numbers.sql, dossier-writes.sql).
