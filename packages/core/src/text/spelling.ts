/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** One typo in a short word, two in a long one: enough for "sih" → "sinh", not enough to turn words into others. */
const allowedDistance = (word: string) => (word.length >= 6 ? 2 : 1);

/**
 * Replaces each word of a query that the catalogue never uses by the catalogue's words closest to
 * it. The last word may also be the beginning of a word (results as you type). Words with no close
 * match are dropped; an empty answer means nothing could be recognised.
 */
export function correctWords(words: readonly string[], vocabulary: readonly string[]): Array<{ word: string; alternatives: string[]; prefix: boolean }> {
  const known = new Set(vocabulary);
  return words.flatMap((word, index) => {
    const last = index === words.length - 1;
    if (known.has(word) || (last && vocabulary.some((candidate) => candidate.startsWith(word)))) return [{ word, alternatives: [word], prefix: last }];
    const limit = allowedDistance(word);
    const alternatives = vocabulary.filter((candidate) => editDistance(word, candidate, limit) <= limit);
    return alternatives.length ? [{ word, alternatives, prefix: false }] : [];
  });
}

/** `to_tsquery` text: every word required, alternatives of a misspelt word OR-ed, the last word as a prefix. */
export function toTsquery(corrected: ReturnType<typeof correctWords>): string {
  return corrected
    .map(({ alternatives, prefix }) => {
      if (prefix) return `${alternatives[0]}:*`;
      return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}
