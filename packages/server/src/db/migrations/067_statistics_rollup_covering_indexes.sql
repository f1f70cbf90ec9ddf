-- Covering indexes of the agencies' rollups (spans 'M' and 'Y', migration 044), one for the
-- measures and one for the results' histogram: a figure of the province or of its agencies over
-- months and years (by month over five years: some 40,000 measure rows and 160,000 histogram rows
-- at 5,000,000 dossiers) is then read by index-only scans over a few megabytes in day order,
-- instead of fetching each row from wherever the fold put it in the table. Readers ask for each
-- span's range in a SELECT of its own (modules/statistics/figures.ts) so that each can use them.
CREATE INDEX IF NOT EXISTS statistics_rollup_measures ON statistics_tallies (span, day, agency_id, channel)
  INCLUDE (received, digitised, supplement_requests, finished, finished_early, finished_on_time, finished_late, rejected, withdrawn, stopped,
           processing_minutes, refused, open, open_running_statutory, open_paused_late, became_overdue, ceased_overdue, fees_paid,
           fees_paid_online, steps_started, steps_finished, steps_late, steps_open, rated_very_satisfied, rated_satisfied, rated_not_satisfied)
  WHERE span IN ('M', 'Y') AND duration_days IS NULL;
CREATE INDEX IF NOT EXISTS statistics_rollup_durations ON statistics_tallies (span, day, agency_id, channel, duration_days)
  INCLUDE (finished_in_days)
  WHERE span IN ('M', 'Y') AND duration_days IS NOT NULL;
