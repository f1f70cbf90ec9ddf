/**
 * LIKE patterns from what users type. `%`, `_` and the escape character in their text match only
 * themselves: a search for `%` must not list everything. Both arguments are SQL expressions (a
 * placeholder, or a function of one), escaped in SQL so that the text is escaped after whatever
 * the expression does to it (`search_key` folds case and diacritics).
 */
const escaped = (text: string) => `replace(replace(replace(${text}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;

/** `haystack` holds the text of `needle` anywhere. */
export const containsText = (haystack: string, needle: string, operator: 'LIKE' | 'ILIKE' = 'LIKE') =>
  `${haystack} ${operator} '%' || ${escaped(needle)} || '%' ESCAPE '\\'`;

/** `haystack` starts with the text of `needle`. */
export const startsWithText = (haystack: string, needle: string) => `${haystack} LIKE ${escaped(needle)} || '%' ESCAPE '\\'`;
