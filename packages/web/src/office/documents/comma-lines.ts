import type { Text } from '../../shared/i18n.js';

/**
 * Lines typed as "first, second" (an agency's code and name, a guest's name and address), each
 * split at its first comma; blank lines are skipped and the lines that do not split are returned
 * apart, for the form to name.
 */
export function commaPairs(text: string): { pairs: Array<[string, string]>; unreadable: string[] } {
  const pairs: Array<[string, string]> = [];
  const unreadable: string[] = [];
  for (const line of text.split(/\r?\n/).map((value) => value.trim())) {
    if (!line) continue;
    const comma = line.indexOf(',');
    const first = comma < 0 ? '' : line.slice(0, comma).trim();
    const second = comma < 0 ? '' : line.slice(comma + 1).trim();
    if (first && second) pairs.push([first, second]);
    else unreadable.push(line);
  }
  return { pairs, unreadable };
}

/** The non-blank lines of a text, trimmed: one e-mail address a line. */
export const nonBlankLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A message about one line the form could not read, naming it. */
export const aboutLine = (text: Text, line: string): Text => ({ vi: text.vi.replace('{line}', line), en: text.en.replace('{line}', line) });
