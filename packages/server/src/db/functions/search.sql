-- Diacritics-insensitive search key: NFC, lower case, accents removed (đ → d). IMMUTABLE so that it can be indexed.
CREATE OR REPLACE FUNCTION search_key(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))) $$;
