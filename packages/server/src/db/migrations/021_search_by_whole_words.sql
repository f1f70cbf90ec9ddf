-- The back office's search by a name at a province's scale. Measured at 5,000,000 dossiers, a full
-- name ("nguyen dinh hung") took 105 ms in the trigram index alone: most Vietnamese names share
-- their trigrams ("ngu", "uye", "ung"), so their posting lists are millions long. Searched as whole
-- words, the rarest word leads and the common ones are skipped through: 12 ms. Text of letters is
-- searched this way (db/functions/dossier-queues.sql dossier_search_words); codes and numbers, whole
-- or in part, by trigrams still.
CREATE INDEX dossier_queue_entries_words ON dossier_queue_entries USING gin (to_tsvector('simple', search_text));
