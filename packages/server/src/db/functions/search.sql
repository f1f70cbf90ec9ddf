-- Diacritics-insensitive search key: NFC, lower case, accents removed (đ → d). IMMUTABLE so that it
-- can be indexed. plpgsql, which keeps its plan: unaccent is only STABLE, so an SQL body is never
-- inlined and would be planned afresh by every statement that calls it.
CREATE OR REPLACE FUNCTION search_key(value text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ BEGIN RETURN lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))); END $$;
