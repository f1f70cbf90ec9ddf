import type { Queryable } from '../../db/database.js';

/** How long an instance keeps the catalogue's words; another instance's publication shows up within this. */
const CACHE_MS = 60_000;

/** The distinct (diacritics-free) words of the active procedures' names, for spelling correction. */
export function createVocabulary() {
  let cached: { words: string[]; at: number } | undefined;
  return {
    async of(db: Queryable): Promise<string[]> {
      if (!cached || Date.now() - cached.at > CACHE_MS) {
        const { rows } = await db.query<{ word: string }>(
          'SELECT DISTINCT word FROM procedures p, unnest(tsvector_to_array(p.search_words)) AS word WHERE p.active',
        );
        cached = { words: rows.map((row) => row.word), at: Date.now() };
      }
      return cached.words;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
