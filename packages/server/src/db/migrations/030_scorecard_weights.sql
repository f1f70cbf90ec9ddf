-- The index of Decision 766/QĐ-TTg (issue 15): which indicators count, their points and the share
-- at which each earns all of them, as versions that take effect on a day. The formulas are in
-- core (statistics/scorecard.ts); a period is scored with the version in force on its last day.
-- A new decision is a new version: rows added, none changed, so past indexes stay as they were.
CREATE TABLE scorecard_weight_versions (
  effective_from date PRIMARY KEY,
  decision text NOT NULL
);

CREATE TABLE scorecard_weights (
  effective_from date NOT NULL REFERENCES scorecard_weight_versions (effective_from),
  indicator text NOT NULL CHECK (indicator ~ '^[a-z][a-z_]{1,39}$'),
  -- Where the indicator stands in its group.
  position integer NOT NULL,
  points numeric NOT NULL CHECK (points > 0),
  -- A share, 0 < threshold <= 1: at or above it, all the points; below it, in proportion.
  threshold numeric NOT NULL CHECK (threshold > 0 AND threshold <= 1),
  PRIMARY KEY (effective_from, indicator)
);

-- Decision 766's five groups: transparency 18, progress and results 20, digitisation 22, online
-- services 22, satisfaction 18. The thresholds of DOMAIN: 80 % of procedures fully online, 50 % of
-- dossiers submitted online, 80 % digitised and reused, satisfaction 90 %; every dossier on time
-- and every procedure and dossier published. How a group's points are shared among its indicators
-- and the 50 % of fees paid online are this installation's reading of the decision.
INSERT INTO scorecard_weight_versions (effective_from, decision) VALUES ('2022-06-23', 'Quyết định 766/QĐ-TTg ngày 23/6/2022');
INSERT INTO scorecard_weights (effective_from, indicator, position, points, threshold) VALUES
  ('2022-06-23', 'procedures_published', 1, 9, 1),
  ('2022-06-23', 'dossiers_synced', 2, 9, 1),
  ('2022-06-23', 'finished_on_time', 3, 12, 1),
  ('2022-06-23', 'handled_on_time', 4, 8, 1),
  ('2022-06-23', 'dossiers_digitised', 5, 8, 0.8),
  ('2022-06-23', 'results_digitised', 6, 7, 0.8),
  ('2022-06-23', 'data_reused', 7, 7, 0.8),
  ('2022-06-23', 'fully_online_procedures', 8, 8, 0.8),
  ('2022-06-23', 'online_submission', 9, 8, 0.5),
  ('2022-06-23', 'online_payment', 10, 6, 0.5),
  ('2022-06-23', 'satisfaction', 11, 18, 0.9);

-- The digitisation indicators count a period's digitised documents per agency competent for their
-- dossier, from tallies kept with every insertion (db/functions/digitisation.sql) rather than by
-- reading the documents: each reception appends a change, a job folds changes into the day rows.
CREATE TABLE digitised_document_tallies (
  day date NOT NULL,
  agency_id uuid NOT NULL,
  components integer NOT NULL,
  reused integer NOT NULL,
  results integer NOT NULL,
  PRIMARY KEY (day, agency_id)
);
CREATE TABLE digitised_document_tally_changes (
  day date NOT NULL,
  agency_id uuid NOT NULL,
  components integer NOT NULL,
  reused integer NOT NULL,
  results integer NOT NULL
);
INSERT INTO pending_rebuilds (function_name) VALUES ('rebuild_digitised_document_tallies');
