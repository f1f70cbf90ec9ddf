import type { Queryable } from '../../db/database.js';
import { TtlCache } from '../../platform/ttl-cache.js';

/** The distinct (diacritics-free) words of the active procedures' names, for spelling correction. */
export function createVocabulary() {
  const cache = new TtlCache<'words', string[]>(60_000);
  return {
    of: (db: Queryable) =>
      cache.get('words', async () => {
        const { rows } = await db.query<{ word: string }>(
          'SELECT DISTINCT word FROM procedures p, unnest(tsvector_to_array(p.search_words)) AS word WHERE p.active',
        );
        return rows.map((row) => row.word);
      }),
    invalidate: () => cache.clear(),
  };
}
