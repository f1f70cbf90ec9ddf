-- The incoming register searched by whole words first (as the procedure catalogue is), so that a
-- common phrase over a large register is a GIN lookup rather than a trigram comparison with every
-- line; trigrams (045's search_text) remain for typos, when the words find nothing. Slashes, dashes
-- and dots split the number and symbol into words: `1234/SNV-CCHC` is found by `snv` or `cchc`.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS search_words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', translate(search_key(number_symbol || ' ' || sender || ' ' || subject), '/-.', '   '))) STORED;
-- The sender folded once, for the filter by sender (compared as the register is read newest first).
ALTER TABLE documents ADD COLUMN IF NOT EXISTS sender_key text GENERATED ALWAYS AS (search_key(sender)) STORED;
CREATE INDEX IF NOT EXISTS documents_search_words ON documents USING gin (search_words);
